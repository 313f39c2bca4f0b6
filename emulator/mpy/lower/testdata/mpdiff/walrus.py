# assignment expressions in the forms the lowering supports (the first two
# lines make room for the 2-argument iter() MicroPython lacks; see mpdiff_test.go)
class Src:
    def __init__(self, chunks):
        self.chunks = list(chunks)

    def read(self, n):
        return self.chunks.pop(0) if self.chunks else b""


def copy(src):
    out = []
    while chunk := src.read(512):
        out.append(chunk)
    else:
        print("drained")
    return out


def count_big(values):
    pending = list(values)
    total = 0
    while (n := pending.pop(0) if pending else 0) > 2:
        total += n
        if total > 100:
            break
    return total


def first_word(line):
    if (words := line.split()):
        return words[0]
    return None


def parse(s):
    if (i := s.find("=")) >= 0 and i > 0:
        return s[:i], s[i + 1:]
    return None


def lines(text):
    pos = 0
    res = []
    while (
        nl := text.find("\n", pos)
    ) != -1:
        res.append(text[pos:nl])
        pos = nl + 1
    return res


def skip_blank(items):
    seen = []
    for item in items:
        while (rest := item.strip()) == "":
            break
        seen.append(item)
    return seen


print(copy(Src([b"ab", b"cd"])))
print(count_big([5, 7, 9, 1, 50]))
print(first_word("  hello world "), first_word("   "))
print(parse("k=v"), parse("=v"), parse("kv"))
print(lines("a\nbb\nccc\n"))
print(skip_blank(["x", " ", "y"]))
data = [3, 2, 1]
while x := data and data.pop():
    print("module", x)
