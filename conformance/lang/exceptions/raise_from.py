class FetchError(Exception):
    pass
def fetch():
    try:
        int("x")
    except ValueError as e:
        raise FetchError("bad payload") from e
try:
    fetch()
except FetchError as e:
    print("FetchError:", e)
    print(hasattr(e, "__cause__"))
try:
    raise KeyError("a") from None
except KeyError as e:
    print("KeyError", e)
