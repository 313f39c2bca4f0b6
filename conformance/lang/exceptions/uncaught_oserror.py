import errno
def open_cfg():
    raise OSError(errno.ENOENT)
def boot():
    open_cfg()
print("booting")
boot()
