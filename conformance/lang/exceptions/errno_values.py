import errno
# Values that are the same on every port (filesystem errors).
for name in ("EPERM", "ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST", "ENODEV", "EISDIR", "EINVAL"):
    print(name, getattr(errno, name))
# Names the errno module has (network values differ per port, so only presence is printed).
for name in ("ETIMEDOUT", "ECONNRESET", "EINPROGRESS", "ENOTCONN", "EHOSTUNREACH", "ECONNABORTED", "EOPNOTSUPP", "EADDRINUSE", "ECONNREFUSED", "EALREADY", "ENOBUFS"):
    print(name, hasattr(errno, name))
# Names it does not have on any port.
for name in ("ENOSPC", "ENOTDIR", "EROFS", "ENOTEMPTY", "EPIPE"):
    print(name, hasattr(errno, name))
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EEXIST])
print(errno.errorcode.get(28), 2 in errno.errorcode)
