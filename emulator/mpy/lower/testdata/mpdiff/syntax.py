# annotations, numbers, calls
n: int = 1_000 + 0x_FF + 0b1_0 + 0o1_7
f: float = 1_0.5 + 1e1_0
print(n, f)
x: int
print('x' in globals())
class A:
    x: int
    y: str = "a"
    def m(self, a: int = 1, *args: "T", b: str | None = None, **kw: dict[str, int],) -> str | None:
        self.v: list[int] = [a, b]
        return f"{self.v} {args} {sorted(kw.items())}"
print(A.y, hasattr(A, "x"), A().m(2, 3, b="q", z=1))
def show(*args, **kw):
    print(args, sorted(kw.items()))
a = [1, 2]
b = (3,)
show(*a, *b)
show(0, *a, 9, *b, 10)
show(**{"x": 1}, **{"y": 2})
show(k=0, **{"x": 1}, y=2, **{"z": 3})
show(*a,)
show(**{"q": 1},)
show(
    *a,   # first
    *b,
)
show(*a, 7, k=1, **{"m": 2})
print(*a, *b, sep="-")
