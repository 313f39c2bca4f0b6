s = "micropython"
print(s[0], s[-1], s[5])
print(s[:5], s[5:], s[-6:])
for step in (2, -1):
    try:
        print(s[::step])
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(s[::1], s[0:4:None])
print(list(range(10))[::3], list(range(5))[::-1], range(10)[::2])
print(s[100:], repr(s[5:2]))
print(s[-100:3])
print(len(s), len(""), len("héllo"))
t = "héllo wörld"
print(t[1], t[7], t[-5:])
print(t.upper())
try:
    print(s[20])
except IndexError as e:
    print("IndexError:", e)
