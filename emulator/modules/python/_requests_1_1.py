# requests for the emulated device, written for ota-emu: the newer micropython-lib requests
# (1.1.x), selected per device (the client and its behaviour: _http_client.py).
from _http_client import Response, api

request, head, get, post, put, patch, delete = api(True)
