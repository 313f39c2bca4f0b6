# A small HTTP/1.1 client over socket (+ TLS) for the updater: the certificate is verified
# (CA or pin) before a byte of the request is sent; secret headers never go over plain HTTP
# when TLS is configured, nor across a redirect to another host; Range resume, chunked bodies,
# redirects, per-operation timeouts, an overall deadline, size limits and bounded buffers.
import hashlib
import time

from . import util
from .errors import NetError, OTAError, Refused, TLSError

try:
    import ssl
except ImportError:
    try:
        import ussl as ssl
    except ImportError:
        ssl = None


class Response:
    def __init__(self, client, sock, status, headers, rd):
        self.c = client
        self.s = sock
        self.status = status
        self.headers = headers
        self.rd = rd
        te = headers.get("transfer-encoding", "").lower()
        self.chunked = "chunked" in te
        self.length = None
        cl = headers.get("content-length")
        if cl is not None and not self.chunked:
            try:
                self.length = int(cl)
            except ValueError:
                self.length = -1
            if self.length < 0:
                raise NetError("bad Content-Length %r" % cl)
        self.left = self.length  # bytes left in the body (or in the chunk)
        self.chunk = 0
        self.eof = False

    def _chunk_size(self):
        line = self.rd.readline(256)
        if not line:
            raise NetError("truncated chunked body")
        line = line.split(b";")[0].strip()
        try:
            return int(line, 16)
        except ValueError:
            raise NetError("bad chunk size")

    def readinto(self, mv):
        # read some body bytes into the memoryview mv; 0 at the end of the body
        if self.eof:
            return 0
        want = len(mv)
        if self.chunked:
            if self.chunk == 0:
                n = self._chunk_size()
                if n == 0:
                    while True:  # trailers
                        line = self.rd.readline(1024)
                        if not line or line in (b"\r\n", b"\n"):
                            break
                    self.eof = True
                    return 0
                self.chunk = n
            want = min(want, self.chunk)
            n = self.rd.readinto(mv[:want])
            if not n:
                raise NetError("truncated chunk")
            self.chunk -= n
            if self.chunk == 0:
                self.rd.readline(8)  # CRLF after the chunk
            return n
        if self.left is not None:
            if self.left == 0:
                self.eof = True
                return 0
            want = min(want, self.left)
        n = self.rd.readinto(mv[:want])
        if not n:
            self.eof = True
            if self.left:
                raise NetError("body truncated: %d bytes missing" % self.left)
            return 0
        if self.left is not None:
            self.left -= n
        return n

    def read_all(self, limit):
        # the whole body as bytes, refusing more than limit bytes
        if self.length is not None and self.length > limit:
            raise Refused("body of %d bytes over the limit %d" % (self.length, limit))
        out = bytearray()
        buf = bytearray(512)
        mv = memoryview(buf)
        while True:
            n = self.readinto(mv)
            if not n:
                break
            if len(out) + n > limit:
                raise Refused("body over the limit %d" % limit)
            out.extend(mv[:n])
        return bytes(out)

    def close(self):
        try:
            self.s.close()
        except OSError:
            pass


class _Reader:
    # A bounded buffered reader over a socket: header lines, then body bytes. The socket is
    # switched to non-blocking and waited on with select.poll, so the overall deadline and the
    # per-operation timeout hold between any two arrivals, even when a slow link delivers a
    # TLS record (or a blocking read(n)) one byte at a time and no single read ever times out.
    def __init__(self, sock, client):
        self.s = sock
        self.c = client
        self.b = b""
        # recv returns what has arrived; real TLS sockets have it only with DTLS, and their
        # non-blocking read(n) returns what has arrived too (None when nothing has)
        self.recv = getattr(sock, "recv", None) or sock.read
        self.poll = None
        try:
            import select

            sock.setblocking(False)
            self.poll = select.poll()
            self.poll.register(sock, select.POLLIN)
        except (ImportError, OSError, AttributeError):
            self.poll = None  # blocking reads with the per-read timeout (set by tick)
            try:
                sock.setblocking(True)
            except (OSError, AttributeError):
                pass

    def _recv(self, n):
        # up to n bytes as they arrive (b"" at EOF); NetError on a timeout, the deadline or a
        # socket error
        c = self.c
        if self.poll is None:
            c.tick(self.s)
            try:
                d = self.recv(n)
            except OSError as e:
                raise NetError("read: %r" % (e,))
            return d if d is not None else b""
        tmo = c.timeout * 1000
        t0 = time.ticks_ms()
        while True:
            left = c.left_ms()
            if left <= 0:
                raise NetError("deadline of %d s passed" % (c.deadline // 1000))
            try:
                d = self.recv(n)
            except OSError as e:
                if not e.args or e.args[0] not in (11, 115):  # EAGAIN, EINPROGRESS
                    raise NetError("read: %r" % (e,))
                d = None
            if d is not None:
                return d
            # nothing readable yet (or only part of a TLS record): wait for the next arrival,
            # at most the rest of the timeout and of the deadline
            quiet = time.ticks_diff(time.ticks_ms(), t0)
            if quiet >= tmo:
                raise NetError("read: timed out after %d s" % c.timeout)
            wait = int(min(tmo - quiet, left))
            if self.poll.poll(max(wait, 1)):
                t0 = time.ticks_ms()  # something arrived: the timeout starts again

    def readline(self, limit):
        while True:
            i = self.b.find(b"\n")
            if i >= 0:
                line = self.b[: i + 1]
                self.b = self.b[i + 1 :]
                return line
            if len(self.b) >= limit:
                raise NetError("line over %d bytes" % limit)
            d = self._recv(128)
            if not d:
                line = self.b
                self.b = b""
                return line
            self.b += d

    def readinto(self, mv):
        if self.b:
            n = min(len(mv), len(self.b))
            mv[:n] = self.b[:n]
            self.b = self.b[n:]
            return n
        d = self._recv(len(mv))
        if not d:
            return 0
        n = len(d)
        mv[:n] = d
        return n


def split_url(url):
    # (https, host, port, path)
    if url.startswith("https://"):
        tls, rest, port = True, url[8:], 443
    elif url.startswith("http://"):
        tls, rest, port = False, url[7:], 80
    else:
        raise NetError("unsupported URL " + url)
    i = rest.find("/")
    if i < 0:
        host, path = rest, "/"
    else:
        host, path = rest[:i], rest[i:]
    if "@" in host:
        raise NetError("credentials in URL refused")
    j = host.rfind(":")
    if j >= 0 and "]" not in host[j:]:
        port = int(host[j + 1 :])
        host = host[:j]
    return tls, host, port, path


def quote(p):
    # percent-encode every byte outside A-Z a-z 0-9 - . _ ~ /
    out = []
    for c in p.encode():
        if (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122) or c in b"-._~/":
            out.append(chr(c))
        else:
            out.append("%%%02X" % c)
    return "".join(out)


class Client:
    def __init__(self, cfg):
        self.cfg = cfg
        self.timeout = cfg["timeout"]
        self.retries = max(1, cfg["retries"])
        self.ca = None
        if cfg.get("ca"):
            ca = cfg["ca"]
            if isinstance(ca, str) and not ca.startswith("-----"):
                with open(ca, "rb") as f:
                    ca = f.read()
            elif isinstance(ca, str):
                ca = ca.encode()
            self.ca = ca
        self.pin = cfg.get("pin")
        if self.pin:
            self.pin = self.pin.lower().replace(":", "")
        self.secure = bool(self.ca or self.pin)
        self.headers = cfg.get("headers") or {}
        self.ua = "pylib-ota/1"
        self.t0 = time.ticks_ms()
        self.deadline = cfg["deadline"] * 1000
        self.ntp_done = False

    def begin(self):
        self.t0 = time.ticks_ms()

    def left_ms(self):
        return self.deadline - time.ticks_diff(time.ticks_ms(), self.t0)

    def tick(self, sock=None):
        left = self.left_ms()
        if left <= 0:
            raise NetError("deadline of %d s passed" % (self.deadline // 1000))
        if sock is not None:
            try:
                sock.settimeout(min(self.timeout, left / 1000))
            except (OSError, AttributeError):
                pass

    def _ntp(self):
        if self.ntp_done or not self.cfg.get("ntp"):
            return
        self.ntp_done = True
        if time.gmtime()[0] >= 2024:
            return
        try:
            import ntptime

            ntptime.settime()
        except Exception as e:
            print("ota: ntp failed:", repr(e))

    def _wrap(self, s, host):
        # the handshake is left to non-blocking socket calls (do_handshake=False), so the
        # deadline and the timeout hold during it too: a blocking handshake has no bound, and
        # a server dripping it a byte at a time would hold the board for hours
        kw = {"server_hostname": host}
        if self.ca:
            kw["cert_reqs"] = ssl.CERT_REQUIRED
            kw["cadata"] = self.ca
        try:
            return ssl.wrap_socket(s, do_handshake=False, **kw)
        except TypeError:  # an ssl module without do_handshake: a blocking handshake
            return ssl.wrap_socket(s, **kw)

    def _handshake(self, s, host):
        # drive the handshake without sending anything: a non-blocking read lets it progress
        # (an HTTP server says nothing before the request, so only handshake records arrive)
        # and it is over once the peer certificate is known; nothing, secrets included, goes
        # out before the certificate is verified (and pinned)
        peer = getattr(s, "getpeercert", None)
        if peer is None:
            return  # no way to see the handshake end: the first write does it, blocking
        try:
            import select

            s.setblocking(False)
            poll = select.poll()
            poll.register(s, select.POLLIN)
        except (ImportError, OSError, AttributeError):
            return  # wrapped with a blocking handshake
        tmo = self.timeout * 1000
        t0 = time.ticks_ms()
        while peer(True) is None:
            left = self.left_ms()
            if left <= 0:
                raise NetError("deadline of %d s passed (TLS handshake with %s)" % (self.deadline // 1000, host))
            try:
                d = s.read(1)
            except OSError as e:
                if not e.args or e.args[0] not in (11, 115):  # EAGAIN, EINPROGRESS
                    raise
                d = None
            if d == b"":
                raise NetError("%s closed the connection during the TLS handshake" % host)
            if d:
                raise NetError("%s spoke before the request" % host)
            if peer(True) is not None:
                break  # the read finished the handshake: no need to wait
            quiet = time.ticks_diff(time.ticks_ms(), t0)
            if quiet >= tmo:
                raise NetError("TLS handshake with %s timed out after %d s" % (host, self.timeout))
            if poll.poll(max(int(min(tmo - quiet, left)), 1)):
                t0 = time.ticks_ms()
        s.setblocking(True)

    def _connect(self, tls, host, port):
        import socket

        self.tick()
        try:
            ai = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)[0]
        except OSError as e:
            raise NetError("resolve %s: %r" % (host, e))
        s = socket.socket(ai[0], socket.SOCK_STREAM, ai[2])
        try:
            self.tick(s)
            s.connect(ai[-1])
            if tls:
                if ssl is None:
                    raise TLSError("no TLS on this board")
                self._ntp()
                self.tick(s)
                try:
                    s = self._wrap(s, host)
                    self._handshake(s, host)
                except ValueError as e:
                    raise TLSError("certificate of %s refused: %s" % (host, str(e).strip()))
                if self.pin:
                    der = s.getpeercert(True)
                    got = util.hexlify(hashlib.sha256(der).digest()) if der else ""
                    if not util.same(got, self.pin):
                        raise TLSError("certificate of %s does not match the pin" % host)
            return s
        except OSError as e:
            s.close()
            raise NetError("connect %s:%d: %r" % (host, port, e))
        except Exception:
            s.close()
            raise

    def open(self, url, offset=0):
        """GET url (following redirects); returns a Response with status 200 or 206."""
        secret_host = None
        if self.headers:
            secret_host = split_url(url)[1]
        for _ in range(6):
            tls, host, port, path = split_url(url)
            if self.secure and not tls:
                raise TLSError("plain HTTP refused (a CA or pin is configured): " + url)
            s = self._connect(tls, host, port)
            try:
                req = ["GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nConnection: close\r\n" % (path, host, self.ua)]
                if offset:
                    req.append("Range: bytes=%d-\r\n" % offset)
                # secrets only to the configured host, over a verified connection (or
                # anywhere, when the config says "insecure_headers": true)
                if host == secret_host and ((tls and self.secure) or self.cfg.get("insecure_headers")):
                    for k in self.headers:
                        req.append("%s: %s\r\n" % (k, self.headers[k]))
                req.append("\r\n")
                self.tick(s)
                try:
                    s.write("".join(req).encode())
                except OSError as e:
                    raise NetError("send to %s: %r" % (host, e))
                rd = _Reader(s, self)
                line = rd.readline(512)
                parts = line.split(None, 2)
                if len(parts) < 2 or not parts[0].startswith(b"HTTP/"):
                    raise NetError("bad status line from %s" % host)
                try:
                    status = int(parts[1])
                except ValueError:
                    raise NetError("bad status line from %s" % host)
                hdrs = {}
                n = 0
                while True:
                    h = rd.readline(2048)
                    n += len(h)
                    if n > 16384:
                        raise NetError("headers too long")
                    if not h:
                        raise NetError("truncated headers")
                    if h in (b"\r\n", b"\n"):
                        break
                    try:
                        k, _, v = h.decode().partition(":")
                    except UnicodeError:
                        raise NetError("bad header from %s" % host)
                    hdrs[k.strip().lower()] = v.strip()
            except Exception:
                s.close()
                raise
            if status in (301, 302, 303, 307, 308):
                s.close()
                loc = hdrs.get("location")
                if not loc:
                    raise NetError("redirect without Location")
                if loc.startswith("/"):
                    loc = ("https://" if tls else "http://") + host + ("" if port in (80, 443) else ":%d" % port) + loc
                if tls and loc.startswith("http://"):
                    raise TLSError("redirect from HTTPS to HTTP refused")
                url = loc
                continue
            try:
                r = Response(self, s, status, hdrs, rd)
            except Exception:
                s.close()
                raise
            if status == 200 or (status == 206 and offset):
                return r
            r.close()
            raise NetError("HTTP %d for %s" % (status, url), status)
        raise NetError("too many redirects")

    def retry(self, fn, final=(401, 403, 404, 410)):
        """fn() with the client's retries: after a NetError (a reset, a timeout, an HTTP
        status but those in final) it is called again after a backoff of 1, 2, 4 s... within
        the deadline. A TLS failure, a refusal or a final status is raised at once."""
        err = None
        for attempt in range(self.retries):
            if attempt:
                self._backoff(attempt)
            try:
                return fn()
            except (TLSError, Refused):
                raise
            except NetError as e:
                err = e
                if _status(e) in final:
                    raise
        raise err

    def get(self, url, limit):
        """The body of url as bytes (at most limit bytes), with retries."""

        def once():
            r = self.open(url)
            try:
                return r.read_all(limit)
            finally:
                r.close()

        return self.retry(once)

    def length(self, url):
        """The Content-Length of url (None when not given), with retries; the body is not read."""

        def once():
            r = self.open(url)
            try:
                return r.length
            finally:
                r.close()

        return self.retry(once)

    def download(self, url, w, buf, progress=None):
        """Stream url into the writer w (write/tell/restart), resuming with Range on retries."""
        mv = memoryview(buf)

        def once():
            r = self.open(url, w.tell())
            try:
                if r.status == 200 and w.tell():
                    w.restart()
                elif r.status == 206:
                    cr = r.headers.get("content-range", "")
                    if not cr.startswith("bytes %d-" % w.tell()):
                        raise NetError("bad Content-Range " + cr)
                while True:
                    n = r.readinto(mv)
                    if not n:
                        return
                    w.write(mv[:n])
                    if progress:
                        progress(n)
            finally:
                r.close()

        return self.retry(once)

    def _backoff(self, attempt):
        ms = min(1000 << (attempt - 1), 30000)
        if self.left_ms() <= ms:
            raise NetError("deadline of %d s passed" % (self.deadline // 1000))
        time.sleep_ms(ms)


def _status(e):
    a = e.args
    return a[1] if len(a) > 1 else 0
