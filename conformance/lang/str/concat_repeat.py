s = "ab"
print(s + "cd", s * 3, 3 * s, s * 0, repr(s * -1))
acc = ""
for i in range(5):
    acc += str(i)
print(acc)
print("x" in "xyz", "w" not in "xyz")
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a")
print("abc" == "abc", "abc" != "ABC")
print(max("hello"), min("hello"))
print(sorted("banana"))
print(list("hey"))
print(tuple("hi"))
