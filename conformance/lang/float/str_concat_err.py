temp = 21.5
print("temp=" + str(temp))
print("temp=%s" % temp)
print("temp=" + temp)
