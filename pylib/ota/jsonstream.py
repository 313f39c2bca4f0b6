# A bounded, streaming JSON reader: parses from a read(n) function through a small buffer, so a
# large manifest never sits in RAM as one string. Arrays under the top-level keys named in
# `stream` are not built: each item is handed to on_item(key, value) as soon as it is parsed.
# Strings, nesting and container sizes are bounded.

_WS = b" \t\r\n"
_NUM = b"-+0123456789.eE"


class JSONError(ValueError):
    pass


class _Skip:
    pass


SKIP = _Skip()


class Reader:
    def __init__(self, read, stream=(), on_item=None, max_str=4096, max_depth=16, max_items=10000):
        self.read = read
        self.stream = stream
        self.on_item = on_item
        self.max_str = max_str
        self.max_depth = max_depth
        self.max_items = max_items
        self.b = b""
        self.i = 0
        self.depth = 0

    def _peek(self):
        if self.i >= len(self.b):
            self.b = self.read(256)
            self.i = 0
            if not self.b:
                return -1
        return self.b[self.i]

    def _next(self):
        c = self._peek()
        if c < 0:
            raise JSONError("unexpected end of JSON")
        self.i += 1
        return c

    def _ws(self):
        while True:
            c = self._peek()
            if c < 0 or c not in _WS:
                return c
            self.i += 1

    def value(self, key=None):
        c = self._ws()
        if c == 123:  # {
            return self._object()
        if c == 91:  # [
            return self._array(key)
        if c == 34:  # "
            return self._string()
        if c >= 0 and c in _NUM:
            return self._number()
        for word, v in ((b"true", True), (b"false", False), (b"null", None)):
            if c == word[0]:
                for ch in word:
                    if self._next() != ch:
                        raise JSONError("bad literal")
                return v
        raise JSONError("unexpected character %r" % (chr(c) if c >= 0 else "EOF",))

    def _enter(self):
        self.depth += 1
        if self.depth > self.max_depth:
            raise JSONError("nested too deep")

    def _object(self):
        self.i += 1
        self._enter()
        d = {}
        if self._ws() == 125:
            self.i += 1
            self.depth -= 1
            return d
        while True:
            if self._ws() != 34:
                raise JSONError("object key expected")
            k = self._string()
            if self._ws() != 58:
                raise JSONError("':' expected")
            self.i += 1
            v = self.value(k if self.depth == 1 else None)
            if v is not SKIP:
                if len(d) >= self.max_items:
                    raise JSONError("object too large")
                d[k] = v
            c = self._ws()
            self.i += 1
            if c == 44:
                continue
            if c == 125:
                break
            raise JSONError("',' or '}' expected")
        self.depth -= 1
        return d

    def _array(self, key):
        self.i += 1
        self._enter()
        streamed = key is not None and key in self.stream
        out = [] if not streamed else None
        n = 0
        if self._ws() == 93:
            self.i += 1
        else:
            while True:
                v = self.value()
                n += 1
                if n > self.max_items:
                    raise JSONError("array too large")
                if streamed:
                    self.on_item(key, v)
                else:
                    out.append(v)
                c = self._ws()
                self.i += 1
                if c == 44:
                    continue
                if c == 93:
                    break
                raise JSONError("',' or ']' expected")
        self.depth -= 1
        return SKIP if streamed else out

    def _string(self):
        self.i += 1
        out = bytearray()
        while True:
            if self._peek() < 0:
                raise JSONError("unexpected end of JSON")
            b = self.b
            i = self.i
            # copy plain runs in bulk, up to a quote or a backslash
            j = b.find(b'"', i)
            k = b.find(b"\\", i, j if j >= 0 else len(b))
            end = k if k >= 0 else (j if j >= 0 else len(b))
            if end > i:
                out.extend(b[i:end])
                self.i = end
            if len(out) > self.max_str:
                raise JSONError("string too long")
            if end == len(b):
                continue
            c = self._next()
            if c == 34:
                break
            e = self._next()  # after a backslash
            if e == 117:  # \uXXXX
                cp = self._hex4()
                if 0xD800 <= cp < 0xDC00:
                    if self._next() != 92 or self._next() != 117:
                        raise JSONError("lone surrogate")
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (self._hex4() - 0xDC00)
                out.extend(chr(cp).encode())
            else:
                x = b'"\\/bfnrt'.find(bytes((e,)))
                if x < 0:
                    raise JSONError("bad escape")
                out.append(b'"\\/\x08\x0c\n\r\t'[x])
        # raw control characters are not rejected here (the callers check what they use)
        return out.decode()

    def _hex4(self):
        s = bytes((self._next(), self._next(), self._next(), self._next()))
        try:
            return int(s, 16)
        except ValueError:
            raise JSONError("bad \\u escape")

    def _number(self):
        out = bytearray()
        while True:
            c = self._peek()
            if c < 0 or c not in _NUM:
                break
            out.append(c)
            self.i += 1
            if len(out) > 32:
                raise JSONError("number too long")
        s = out.decode()
        try:
            if "." in s or "e" in s or "E" in s:
                return float(s)
            return int(s)
        except ValueError:
            raise JSONError("bad number " + s)


def parse(read, stream=(), on_item=None, **limits):
    """Parse one JSON value from read(n); arrays under the top-level keys in stream are handed
    item by item to on_item(key, item) and left out of the result."""
    r = Reader(read, stream, on_item, **limits)
    v = r.value()
    if r._ws() >= 0:
        raise JSONError("trailing data after JSON")
    return v


class BytesReader:
    """read(n) over bytes in RAM."""

    def __init__(self, b):
        self.b = memoryview(b)
        self.i = 0

    def read(self, n):
        s = bytes(self.b[self.i : self.i + n])
        self.i += len(s)
        return s
