def fetch(url: str, timeout: int | None = None, headers: dict[str, str] = {}) -> bytes | None:
    return url.encode()
print(fetch("x"))
count: int = 5
name: str
items: list[int] = [1, 2]
print(count, items)
def g(a: "forward ref", *args: int, **kw: UndefinedType) -> NotDefinedEither:
    return a, args, kw
print(g(1, 2, k=3))
class Cfg:
    ssid: str = "home"
    port: int
    retries: Optional[int] = 3
print(Cfg.ssid, Cfg.retries, hasattr(Cfg, "port"))
