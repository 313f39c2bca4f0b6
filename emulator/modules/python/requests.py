# requests for the emulated device, written for ota-emu: the version bundled with MicroPython
# firmware 1.20-1.28 (the client and its behaviour: _http_client.py).
from _http_client import Response, api

request, head, get, post, put, patch, delete = api(False)
