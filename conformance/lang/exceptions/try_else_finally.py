def attempt(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("  except")
        return "div0"
    else:
        print("  else", r)
        return r
    finally:
        print("  finally", x)
print(attempt(2))
print(attempt(0))
def fin_override():
    try:
        return "try"
    finally:
        print("  finally runs")
print(fin_override())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
