total = 123456
for done in (0, 1000, 61728, 99999, 123456):
    pct = done * 100 / total
    print("%d/%d %.1f%% %d%%" % (done, total, pct, int(pct)))
rate = 12345.678
print("{:.2f} KB/s".format(rate / 1024))
print("eta %ds" % ((total - 61728) / rate))
