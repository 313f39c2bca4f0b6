# hmac for ota-emu, written for the emulator: behaves as the micropython-lib hmac 3.4.4 that
# MicroPython 1.27 bundles (HMAC, new; md5 by default; no compare_digest in that version).
# With the board's built-in hashlib objects (no copy()), digest() finalises the HMAC: a second
# digest() or an update() afterwards raises ValueError("hash is final").


def _constructor(digestmod):
    import hashlib

    if digestmod is None:
        return hashlib.md5
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        algo = getattr(hashlib, digestmod)
        return lambda data=b"": algo(data)
    return digestmod.new


class HMAC:
    def __init__(self, key, msg=None, digestmod=None):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes/bytearray")
        make = _constructor(digestmod)
        self._outer = make()
        self._inner = make()
        self.digest_size = getattr(self._inner, "digest_size", None)
        # the built-in hash objects have no block_size: 64 fits md5, sha1 and sha256
        self.block_size = getattr(self._inner, "block_size", 64)
        if len(key) > self.block_size:
            key = make(key).digest()
        key = key + bytes(self.block_size - len(key))
        self._outer.update(bytes(b ^ 0x5C for b in key))
        self._inner.update(bytes(b ^ 0x36 for b in key))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + getattr(self._inner, "name", type(self._inner).__name__)

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        if not hasattr(self._inner, "copy"):
            raise NotImplementedError()
        twin = self.__class__.__new__(self.__class__)
        twin.block_size = self.block_size
        twin.digest_size = self.digest_size
        twin._inner = self._inner.copy()
        twin._outer = self._outer.copy()
        return twin

    def _current(self):
        outer = self._outer.copy() if hasattr(self._outer, "copy") else self._outer
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        import binascii

        return str(binascii.hexlify(self.digest()), "utf-8")


def new(key, msg=None, digestmod=None):
    return HMAC(key, msg, digestmod)
