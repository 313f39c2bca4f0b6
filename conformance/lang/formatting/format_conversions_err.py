print("{:d}".format(5))
print("{:d}".format("5"))
