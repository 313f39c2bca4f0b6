# The HTTP client behind requests and urequests on the emulated device, written for ota-emu.
# request(..., newer=False) behaves as the requests module bundled with MicroPython firmware
# 1.20-1.28 (shared/MICROPYTHON.md): HTTP/1.0, the body read to the end of the stream (a
# truncated download is not detected), chunked transfer encoding refused, redirects 301-308
# followed with no hop limit (https to http included), no certificate verification.
# newer=True behaves as the newer micropython-lib requests (1.1.x): HTTP/1.1, header names
# matched case-insensitively, chunked bodies decoded, a Content-Length body read exactly that far
# (cut short: ValueError("Connection closed before body complete")), relative redirects
# resolved; still no verification and no hop limit.
import socket


class _Body:
    # A response body: exactly n bytes (n >= 0), or chunks (n < 0).
    def __init__(self, sock, n):
        self._sock = sock
        self._chunked = n < 0
        self._left = n

    def readinto(self, buf):
        if self._left <= 0:
            if self._left == 0:
                return 0
            self._left = int(self._sock.readline().split(b";")[0], 16)
            if self._left == 0:
                while True:
                    line = self._sock.readline()
                    if not line or line == b"\r\n":
                        return 0
        if len(buf) > self._left:
            buf = memoryview(buf)[: self._left]
        got = self._sock.readinto(buf)
        if not got:
            raise ValueError("Connection closed before body complete")
        self._left -= got
        if self._left == 0 and self._chunked:
            self._sock.readline()
            self._left = -1
        return got

    def read(self, n=-1):
        buf = bytearray(n if n >= 0 else 256)
        if n >= 0:
            got = self.readinto(buf)
            return bytes(buf[:got])
        out = b""
        while True:
            got = self.readinto(buf)
            if not got:
                return out
            out += buf[:got]

    def close(self):
        self._sock.close()


class Response:
    def __init__(self, sock):
        self.raw = sock
        self.encoding = "utf-8"
        self._body = None

    def close(self):
        if self.raw:
            self.raw.close()
            self.raw = None
        self._body = None

    @property
    def content(self):
        if self._body is None:
            try:
                self._body = self.raw.read()
            finally:
                self.raw.close()
                self.raw = None
        return self._body

    @property
    def text(self):
        return str(self.content, self.encoding)

    def json(self):
        import json

        return json.loads(self.content)


def _connect(proto, host, port, timeout):
    addr = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)[0]
    sock = socket.socket(addr[0], socket.SOCK_STREAM, addr[2])
    if timeout is not None:
        sock.settimeout(timeout)
    try:
        sock.connect(addr[-1])
        if proto == "https:":
            try:
                import tls
            except ImportError:
                import ssl as tls
            ctx = tls.SSLContext(tls.PROTOCOL_TLS_CLIENT)
            ctx.verify_mode = tls.CERT_NONE
            sock = ctx.wrap_socket(sock, server_hostname=host)
    except OSError:
        sock.close()
        raise
    return sock


def request(method, url, data=None, json=None, headers=None, stream=None, auth=None, timeout=None, parse_headers=True, newer=False):
    if headers is None:
        headers = {}
    redirect = None
    if auth is not None:
        import binascii

        user, password = auth
        token = binascii.b2a_base64(b"%s:%s" % (user, password))[:-1]
        headers["Authorization"] = "Basic %s" % token.decode()
    try:
        proto, _, host, path = url.split("/", 3)
    except ValueError:
        proto, _, host = url.split("/", 2)
        path = ""
    if proto == "http:":
        port = 80
    elif proto == "https:":
        port = 443
    else:
        raise ValueError("Unsupported protocol: " + proto)
    if ":" in host:
        host, port = host.split(":", 1)
        port = int(port)
    sock = _connect(proto, host, port, timeout)
    fields = {}
    length = None
    chunked = False
    try:
        sock.write(b"%s /%s HTTP/%s\r\n" % (method, path, b"1.1" if newer else b"1.0"))
        if "Host" not in headers:
            sock.write(b"Host: %s\r\n" % host)
        for name in headers:
            sock.write(name)
            sock.write(b": ")
            sock.write(headers[name])
            sock.write(b"\r\n")
        if json is not None:
            import json as _json

            data = _json.dumps(json)
            sock.write(b"Content-Type: application/json\r\n")
        if data:
            sock.write(b"Content-Length: %d\r\n" % len(data))
        sock.write(b"Connection: close\r\n\r\n")
        if data:
            sock.write(data)
        line = sock.readline().split(None, 2)
        if len(line) < 2:
            raise ValueError("HTTP error: BadStatusLine:\n%s" % line)
        status = int(line[1])
        reason = line[2].rstrip() if len(line) > 2 else ""
        while True:
            line = sock.readline()
            if not line or line == b"\r\n":
                break
            lower = line.lower() if newer else line
            if lower.startswith(b"transfer-encoding:" if newer else b"Transfer-Encoding:"):
                if b"chunked" in line:
                    if not newer:
                        raise ValueError("Unsupported " + str(line, "utf-8"))
                    chunked = True
            elif lower.startswith(b"location:" if newer else b"Location:") and not 200 <= status <= 299:
                if status in (301, 302, 303, 307, 308):
                    redirect = str(line[10:-2], "utf-8")
                    if newer and redirect.startswith("/"):
                        redirect = proto + "//" + host + ":" + str(port) + redirect
                else:
                    raise NotImplementedError("Redirect %d not yet supported" % status)
            if parse_headers is False:
                pass
            elif parse_headers is True:
                text = str(line, "utf-8")
                name, value = text.split(":", 1)
                fields[name] = value.strip()
                if newer and lower.startswith(b"content-length:"):
                    length = int(value.strip())
            else:
                parse_headers(line, fields)
    except OSError:
        sock.close()
        raise
    if redirect:
        sock.close()
        if newer:
            headers.pop("Host", None)
        if status in (301, 302, 303):
            return request("GET", redirect, None, None, headers, stream, newer=newer)
        return request(method, redirect, data, json, headers, stream, newer=newer)
    if chunked:
        resp = Response(_Body(sock, -1))
    elif length is not None:
        resp = Response(_Body(sock, length))
    else:
        resp = Response(sock)
    resp.status_code = status
    resp.reason = reason
    resp.headers = fields
    return resp


_request = request


def api(newer):
    """The functions of a requests module (request, head, get, post, put, patch, delete), all
    with one behaviour: the firmware's bundled version (newer=False) or micropython-lib 1.1."""

    def request(method, url, data=None, json=None, headers=None, stream=None, auth=None, timeout=None, parse_headers=True):
        return _request(method, url, data, json, headers, stream, auth, timeout, parse_headers, newer)

    def head(url, **kw):
        return request("HEAD", url, **kw)

    def get(url, **kw):
        return request("GET", url, **kw)

    def post(url, **kw):
        return request("POST", url, **kw)

    def put(url, **kw):
        return request("PUT", url, **kw)

    def patch(url, **kw):
        return request("PATCH", url, **kw)

    def delete(url, **kw):
        return request("DELETE", url, **kw)

    return request, head, get, post, put, patch, delete
