base = {"host": "a", "port": 80}
base.update({"path": "/", "tls": True, "timeout": 5})
print(list(base))
base.update([("retries", 3), ("host", "b")])
print(list(base))
base.update(user="u", password="p")
print(base)
d = {}
d.update(base)
print(list(d))
print(list(dict(base, extra=1)))
