# a program that ends in an uncaught exception: the traceback's line numbers
# (one per frame) must be the same before and after lowering
x: int = 1_000
name: str


def show(*args: int, **kw: str,) -> None:
    print(f"{args!r}", f"{sorted(kw.items())}")


def source(items):
    it = iter(items)
    return lambda: next(it, b"")


def pump(read):
    total = 0
    while chunk := read():
        total += len(chunk)
        show(*[total], *(
            len(chunk),
        ), k=f"{chunk!r:>8}")
    return total


class Box:
    size: int = 0

    def fill(self, n: int = 2) -> int:
        self.size: int = n
        return f"{self.size:{n}d}" + 1


show(pump(source([b"ab", b"cde"])))
Box().fill(
    3,
)
