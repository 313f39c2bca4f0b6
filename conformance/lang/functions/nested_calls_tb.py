def parse_size(text):
    return int(text)
def parse_line(line):
    version, name, size, sha = line.split(";")
    return version, name, parse_size(size), sha
def load(lines):
    return [parse_line(l) for l in lines]
print(load(["1.0;a.tar;10;ff"]))
print(load(["1.0;a.tar;10;ff", "1.1;b.tar;ten;ee"]))
