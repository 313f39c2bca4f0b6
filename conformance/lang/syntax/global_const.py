from micropython import const
CHUNK = const(512)
_PRIVATE = const(0x10)
MASK = const(1 << 4)
print(CHUNK, _PRIVATE, MASK, CHUNK * 2)
def use():
    return CHUNK + _PRIVATE
print(use())
import micropython
print(micropython.const(7))
