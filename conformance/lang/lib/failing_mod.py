# Raises while being imported.
print("failing_mod starts")
SETTING = 1


def _load():
    raise RuntimeError("cannot load settings")


_load()
