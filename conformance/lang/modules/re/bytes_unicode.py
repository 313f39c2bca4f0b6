# bytes subjects give bytes groups; str subjects match byte-wise over UTF-8
import re
import ure

print(ure is re)
m = re.match(rb"(\w+)=(\d+)", b"count=42;")
print(m.group(0), m.group(1), m.group(2))
print(re.search(b"\\x", b"a\\xb"))
print(re.sub(rb"\s", b"", b" a b\tc\n"))
print(re.compile(b",").split(b"a,b,,c"))
m = re.search("é+", "caféé!")
print(m.group(0), len(m.group(0)))
print(re.match("..", "éa").group(0))
print(re.sub("ü", "ue", "Grüße, Müller"))
print(re.compile("[äöü]").split("aäbücöd"))
try:
    re.match(".", "é").group(0)
except UnicodeError:
    print("UnicodeError")
print(re.search(r"\d+", "٣ 42").group(0))
print(re.match("[^a]", "€") is not None)
