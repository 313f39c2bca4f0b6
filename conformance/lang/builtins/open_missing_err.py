print("open missing file")
f = open("does_not_exist.txt")
