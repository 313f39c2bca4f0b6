def download(url, *, dest="/tmp", chunk=1024):
    return "%s -> %s (%d)" % (url, dest, chunk)
print(download("x"))
print(download("x", dest="/flash"))
print(download("x", chunk=512, dest="/d"))
try:
    download("x", "/pos")
except TypeError as e:
    print("TypeError:", e)
def g(a, *args, flag=False, **kw):
    return a, args, flag, sorted(kw)
print(g(1, 2, 3, flag=True, z=1))
def req(*, must):
    return must
try:
    req()
except TypeError as e:
    print("TypeError:", e)
print(req(must=1))
