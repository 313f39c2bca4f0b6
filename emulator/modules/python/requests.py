# requests for the emulated device, written for ota-emu: the version bundled with MicroPython
# firmware 1.20-1.28 (the client and its behaviour: _http_client.py).
from _http_client import Response, request as _request


def request(method, url, data=None, json=None, headers=None, stream=None, auth=None, timeout=None, parse_headers=True):
    return _request(method, url, data, json, headers, stream, auth, timeout, parse_headers, False)


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
