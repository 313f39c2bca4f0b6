total = 10
label = "total: "
print(label + str(total))
print(label + total)
