import sys
import errno
import ujson
import utime
import uos
import uerrno
import usys
import ubinascii
import ustruct
for m in (ujson, utime, uos, uerrno, usys, ubinascii, ustruct):
    print(m.__name__)
print(uerrno is errno, usys is sys)
print(uerrno.ENOENT, usys.implementation.name)
for name in ("ugc", "umicropython", "ubuiltins"):
    try:
        __import__(name)
        print(name, "imported")
    except ImportError as e:
        print("ImportError:", e)
