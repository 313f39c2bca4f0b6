#!/bin/sh
# Sweep a pylib update with ota-emu on littlefs and on FAT (run from the repository root):
#   sh pylib/example/demo.sh [ota-emu binary]
# device/ is release 1.0 with /ota.json; v2/ is release 2.0. pylib is copied into the device's
# /lib/ota, the release is made with `ota-emu release` (signed with the key of ota.json) and
# served at ota.example; every cut must end ok-old or ok-new (exit code 4 otherwise).
set -e
OTAEMU=${1:-"go run ./cmd/ota-emu"}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r pylib/example/device "$tmp/device"
mkdir -p "$tmp/device/lib/ota"
cp pylib/ota/*.py "$tmp/device/lib/ota/"
$OTAEMU release pylib/example/v2 --version 2.0 --key demo-key --previous pylib/example/device --out "$tmp/rel"
for model in littlefs fat; do
	echo "== $model"
	$OTAEMU sweep "$tmp/device/main.py" --fs-model $model --serve ota.example="$tmp/rel" \
		--state '/.ota/**' --depth 2 --depth2-cuts 2 --version-regexp 'running version (\S+)' --no-progress
done

# HTTPS with the netsim CA and a secret header, then a man in the middle with every forged
# certificate: each run must keep the old release (--expect old), and the trace shows that no
# request (so no header, no secret) reached the impostor: pylib sends nothing before the
# certificate is verified.
mkdir -p "$tmp/tls"
cp -r "$tmp/device/." "$tmp/tls/"
$OTAEMU ca > "$tmp/tls/ca.pem"
cat > "$tmp/tls/ota.json" <<'JSON'
{"source": "manifest", "url": "https://ota.example/", "key": "demo-key", "health": "app:health",
 "ca": "/ca.pem", "ntp": true, "headers": {"Authorization": "Bearer demo-secret"}}
JSON
echo "== https, no attacker"
run() {
	if ! $OTAEMU run "$tmp/tls/main.py" --serve ota.example="$tmp/rel" --state '/.ota/**' "$@" >"$tmp/out" 2>&1; then
		cat "$tmp/out"; echo "FAIL"; exit 1
	fi
	tail -2 "$tmp/out"
}
run --expect new
for forgery in self-signed untrusted-ca wrong-host expired not-yet-valid other-host; do
	echo "== tls.mitm=$forgery"
	run --expect old --fault "tls.mitm=$forgery:host=ota.example" --trace "$tmp/trace.jsonl"
	if grep -q '(impostor)' "$tmp/trace.jsonl"; then
		echo "FAIL: a request reached the impostor"; exit 1
	fi
done

# A 500 KB file on a 64 KB heap: pylib streams it through a 1 KB buffer.
mkdir -p "$tmp/big/data" "$tmp/big2/data"
cp -r "$tmp/device/." "$tmp/big/"
cp -r pylib/example/v2/. "$tmp/big2/"
head -c 512000 /dev/zero >"$tmp/big/data/blob.bin"
yes 'release 2.0' | head -c 512000 >"$tmp/big2/data/blob.bin"
$OTAEMU release "$tmp/big2" --version 2.0 --key demo-key --out "$tmp/relbig" >/dev/null
echo "== 500 KB file, 64 KB heap"
if ! $OTAEMU run "$tmp/big/main.py" --heap 64K --serve ota.example="$tmp/relbig" --state '/.ota/**' --expect new >"$tmp/out" 2>&1; then
	cat "$tmp/out"; echo "FAIL"; exit 1
fi
tail -2 "$tmp/out"
