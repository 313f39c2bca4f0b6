# Verify downloaded files against a JSON manifest of SHA-256 digests.
import hashlib, binascii, json
files = {"main.py": b"print('v2')\n", "lib/ota.py": b"def run():\n    pass\n"}
manifest = {}
for name in files:
    manifest[name] = binascii.hexlify(hashlib.sha256(files[name]).digest()).decode()
text = json.dumps({"version": "2.0", "sha256": manifest})
m = json.loads(text)
files["lib/ota.py"] += b"# tampered\n"
for name in sorted(files):
    ok = binascii.hexlify(hashlib.sha256(files[name]).digest()).decode() == m["sha256"][name]
    print(name, "ok" if ok else "MISMATCH")
