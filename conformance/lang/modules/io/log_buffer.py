# An updater keeps its log in a StringIO and dumps it at the end.
import io

log = io.StringIO()

def info(*args):
    log.write(" ".join(str(a) for a in args))
    log.write("\n")

info("checking", "v1.2.0")
info("download", 3, "files")
for n in (512, 1024, 2048):
    info("  got", n, "bytes")
info("done", True)
text = log.getvalue()
print(text, end="")
print(len(text), text.count("\n"))
log.seek(0)
print(repr(log.readline()))
log.seek(0, 2)
info("appended")
print(log.getvalue().splitlines()[-1])
