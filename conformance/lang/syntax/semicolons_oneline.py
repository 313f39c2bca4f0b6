a = 1; b = 2; c = a + b
print(a, b, c)
if c > 2: print("big")
for i in range(2): print("i", i)
while False: pass
def f(): return "one-liner"
print(f())
class C: v = 5
print(C.v)
