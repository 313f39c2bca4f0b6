import errno
try:
    raise OSError(errno.ENOENT)
except OSError as e:
    print(e.errno, e.args, e, repr(e))
    print(e.errno == errno.ENOENT)
try:
    raise OSError(28, "no space")
except OSError as e:
    print(e.errno, e.args, str(e))
e = OSError("custom")
print(e.errno, e.args)
e = OSError(-2, "MBEDTLS_ERR_X")
print(e.errno, e)
for code in (errno.EIO, errno.EEXIST, errno.EACCES, errno.EINVAL, errno.EISDIR, 28, 30, 39, 20):
    print(code, OSError(code), repr(OSError(code)))
