counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
print(counter)
def make():
    total = 0
    def inc(n):
        nonlocal total
        total += n
        return total
    return inc
inc = make()
print(inc(5), inc(10))
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
