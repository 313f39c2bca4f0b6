# Prints when its body runs, so a program can see when an import really happens.
print("counter_mod body runs")
count = 0


def bump():
    global count
    count += 1
    return count
