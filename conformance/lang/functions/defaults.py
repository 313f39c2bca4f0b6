def connect(host, port=80, timeout=5.0, retries=3):
    return "%s:%d t=%s r=%d" % (host, port, timeout, retries)
print(connect("a"))
print(connect("a", 443))
print(connect("a", retries=1))
print(connect(port=8080, host="b"))
print(connect("c", 1, 2, 3))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2))
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))
