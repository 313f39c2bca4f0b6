class UpdateError(Exception):
    pass
def verify(sha, want):
    if sha != want:
        raise UpdateError("sha mismatch", sha, want)
verify("aa", "aa")
print("first ok")
verify("aa", "bb")
