from otapkg.sub.deep import fail
print("calling fail")
fail("rollback required")
