import otautil
print(otautil.__name__, otautil.__file__)
print(otautil.VERSION)
print(otautil.parse_latest("1.2.3;app.tar.gz;12;abc\n"))
print(otautil.newer("1.10.0", "1.9.9"), otautil.newer("1.0", "1.0"))
print(otautil.calls())
