class Stream:
    def read(self):
        return b"x"
s = Stream()
print(s.read())
s.readinto(bytearray(1))
