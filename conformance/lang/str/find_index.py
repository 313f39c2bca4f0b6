s = "GET /releases/latest HTTP/1.1"
print(s.find("/"))
print(s.find("/", 5))
print(s.rfind("/"))
print(s.find("nope"))
print(s.index("HTTP"))
print(s.count("/"))
print(s.count("e"))
print("aaaa".count("aa"))
print("abc".find(""))
print("abc".rfind(""))
print(s.find("/", 4, 10))
print(s[s.find(" ") + 1:s.rfind(" ")])
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError", e)
