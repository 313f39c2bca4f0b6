events = []
def on(event, fn):
    events.append((event, fn))
def emit(event, *args):
    for name, fn in events:
        if name == event:
            fn(*args)
progress = {"bytes": 0}
def track(n):
    progress["bytes"] += n
on("chunk", track)
on("chunk", lambda n: print("got", n))
on("done", lambda: print("done, total", progress["bytes"]))
for n in (512, 512, 100):
    emit("chunk", n)
emit("done")
