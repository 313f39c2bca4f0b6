# re.sub: group references, \g<n>, function replacements, count, bytes, empty matches
import re

print(re.sub(r"(\d+)\.(\d+)", r"\2.\1", "v1.2 and 10.20"))
print(re.sub(r"(\w+)=(\w*)", r"\g<2>:\g<1>", "a=1 b= c=3"))
print(re.sub(r"(\w+)=(\w*)", r"\g<2>0", "k=v"))
print(re.sub("a", r"\\", "banana"))
print(re.sub("a", "[\\0]", "banana", 2))
print(re.sub("a", "-", "banana", 0))
print(re.sub("z", "-", "banana"))
print(re.sub("(a)|(n)", r"<\1\2>", "banana"))
print(re.sub(r"\s+", " ", "  lots   of\t\tspace \n here "))
print(re.sub("[aeiou]", lambda m: m.group(0).upper(), "firmware update"))
calls = []


def repl(m):
    calls.append(m.group(1))
    return str(len(calls))


print(re.sub(r"\{(\w+)\}", repl, "{a}-{bb}-{ccc}"), calls)
print(re.sub(b"[0-9]", b"#", b"pin 1234"))
print(re.sub("b*", "x", "abc"))
print(re.sub("$", "!", "end"))
print(re.sub("^", ">", "start"))
r = re.compile(r"(?:ab)+")
print(r.sub("X", "ababab-ab-a"), r.sub("X", "ababab-ab-a", 1))
s = "unchanged"
print(re.sub("q", "z", s) is s)
