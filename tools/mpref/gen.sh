#!/bin/sh
# gen.sh regenerates the expected outputs of the MicroPython differential
# corpus: for every conformance/lang/**/*.py program (except the library trees
# conformance/lang/lib, copied to /lib, and conformance/lang/root, copied to /
# beside main.py) it runs the program on real MicroPython 1.27 (WebAssembly
# build under node, pinned in package.json) and writes NAME.exp beside NAME.py.
#
#   tools/mpref/gen.sh            write the .exp files
#   tools/mpref/gen.sh --check    only compare; exit 1 if any .exp would change
#
# Needs node and npm; installs the pinned package with `npm ci` on first use.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
corpus=$(cd "$here/../../conformance/lang" && pwd)
mode=--write
if [ "${1:-}" = "--check" ]; then
	mode=--check
fi
if [ ! -d "$here/node_modules/@micropython/micropython-webassembly-pyscript" ]; then
	(cd "$here" && npm ci --no-audit --no-fund)
fi
exec node "$here/run.mjs" --lib "$corpus/lib" --root "$corpus/root" "$mode" "$corpus"
