b = b"raw"
print("%s" % b)
print("%r" % b)
print("val=%s" % (b,))
print("%s" % bytearray(b"ba"))
print("{}".format(b))
print(str(b) + "!")
