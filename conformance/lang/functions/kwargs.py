def request(method, url, **kw):
    keys = sorted(kw)
    print(method, url, keys)
    for k in keys:
        print("  ", k, "=", kw[k])
request("GET", "/a")
request("POST", "/b", data=b"x", headers={"A": "1"}, timeout=3)
opts = {"stream": True, "timeout": 10}
request("GET", "/c", **opts)
def f(a, b=2, **rest):
    return (a, b, sorted(rest.items()))
print(f(1), f(1, b=3, c=4), f(**{"a": 9, "z": 0}))
