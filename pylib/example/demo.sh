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
