# Format a MAC address as network.WLAN().config('mac') users do.
import binascii
mac = b"\x24\x0a\xc4\x12\x34\x56"
print(binascii.hexlify(mac, ":").decode())
print(binascii.hexlify(mac).decode().upper())
print("esp32-" + binascii.hexlify(mac[-3:]).decode())
print(binascii.unhexlify(binascii.hexlify(mac, ":").replace(b":", b"")) == mac)
