class Abort(Exception):
    pass
print("about to abort")
raise Abort
