class Txn:
    def __enter__(self):
        print("begin")
        return self
    def __exit__(self, t, v, tb):
        print("rollback" if t else "commit")
        return False
with Txn():
    print("ok work")
with Txn():
    {}["missing"]
