s = "version"
print(s[0])
t = s.replace("v", "V")
print(s, t)
s[0] = "V"
print("not reached")
