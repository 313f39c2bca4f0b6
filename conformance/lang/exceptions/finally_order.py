log = []
def inner():
    try:
        log.append("inner-try")
        raise ValueError("v")
    finally:
        log.append("inner-finally")
def outer():
    try:
        inner()
    except ValueError:
        log.append("outer-except")
    finally:
        log.append("outer-finally")
outer()
print(log)
def nested():
    for i in range(2):
        try:
            try:
                if i:
                    raise KeyError(i)
            finally:
                print("inner finally", i)
        except KeyError as e:
            print("caught", e)
nested()
