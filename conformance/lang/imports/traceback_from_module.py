import otautil
print(otautil.check_size(10, 10))
otautil.check_size(10, 7)
