class Fatal(Exception):
    def __str__(self):
        return "fatal condition"
print(str(Fatal("x")), repr(Fatal("x")))
raise Fatal("ignored arg")
