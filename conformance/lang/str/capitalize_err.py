s = "ota updater"
print(s.upper())
print(s.split())
print(s.capitalize())
