# match and search over a table of patterns and subjects: every group of every match
import re
pats = ["a*", "a*?", "a+?b", "(a|ab)(c|bcd)(d*)", "(a+|b+)*c", "x(?:ab)+y", "[a-c]+", "[^a-c]+", "[\\d.]+", "\\w+@\\w+\\.com",
        "\\s*(\\S+)\\s*", "^ab", "ab$", "^$", "a{2}", "a.c", "(\\d+)\\.(\\d+)\\.(\\d+)", "v?(\\d+)\\.(\\d+)", "a|b|c", "(a|b|c)+", "((a)|b)+",
        "[]a]", "[a-]", "[-a]", "[\\]]", "\\n", "\\.", "a??b", "(ab)*?c", "[\\w-]+", "[\\s]+", "\\D+", "\\W", "(?:a|b)*c", "()", "(|a)b", "a||b",
        "[A-Za-z_][A-Za-z0-9_]*", "\"([^\"]*)\"", "(\\w+)=(\\w*)", "<([a-z]+)>.*</\\1>", "é+", "[é]", "a+b+c+", ".*foo", ".*?foo", "x*y*z*"]
subjs = ["", "a", "aaab", "abcd", "xababy", "1.2.3", "v10.20", " key=val ", "foo@bar.com", "]a-", "n.\n", "aé€éé", "abc\nabc", "<b>bold</b>", "\"quoted\" text", "xyz foo bar foo"]
for p in pats:
    try:
        r = re.compile(p)
    except Exception as e:
        print(p, "->", repr(e))
        continue
    line = []
    for s in subjs:
        for fn in (r.match, r.search):
            m = fn(s)
            if m is None:
                line.append("-")
            else:
                gs = []
                i = 0
                while True:
                    try:
                        gs.append(m.group(i))
                    except IndexError:
                        break
                    except UnicodeError:
                        gs.append("U")
                    i += 1
                line.append(repr(gs))
    print(p, " ".join(line))
for p in pats[:20]:
    try:
        print(repr(re.sub(p, "<\\0>", "aaab abcd 1.2.3 v10.20")), re.compile(p).split("aaab abcd 1.2.3"))
    except Exception as e:
        print(repr(e))
