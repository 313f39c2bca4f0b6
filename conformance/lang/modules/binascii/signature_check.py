# Verify a fake signature file: hex digest line, base64 body.
import binascii
sig_file = "sha256=3a6eb0790f39ac87c94f3856b2dd2c5d110e6811602261a9a923d3bb23adc8b7\nbody=T1RBLW9r\n"
fields = {}
for line in sig_file.split("\n"):
    if "=" in line:
        k, v = line.split("=", 1)
        fields[k] = v
digest = binascii.unhexlify(fields["sha256"])
print(len(digest), binascii.hexlify(digest[:8]))
print(binascii.a2b_base64(fields["body"].encode()))
