for n in (0, 1, 10, 255, 4096, -1, -255):
    print(n, hex(n), oct(n), bin(n))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("{:x} {:#x} {:#b} {:08b}".format(255, 255, 5, 5))
print(int(hex(12345), 16))
