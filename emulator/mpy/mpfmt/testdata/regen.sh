#!/bin/sh
# Regenerates golden.jsonl (gen.py) and floats.golden (gen_floats.py) from real MicroPython
# 1.27 (webassembly build, double precision). float32_ints.golden comes from CPython instead:
# python3 float32_ints.py > float32_ints.golden (see that file).
# Needs node and the npm package @micropython/micropython-webassembly-pyscript; the runner
# script (run.mjs) loads it and prints what the program prints.
set -e
cd "$(dirname "$0")"
RUNNER=${MPREF:-/tmp/mpref/run.mjs}
node "$RUNNER" gen.py > golden.jsonl.new
if grep -q '^EXC:\|^Traceback' golden.jsonl.new; then
	cat golden.jsonl.new | grep -v '^{' >&2
	exit 1
fi
mv golden.jsonl.new golden.jsonl
node "$RUNNER" gen_floats.py > floats.golden.new
if grep -q '^EXC:\|^Traceback' floats.golden.new; then
	cat floats.golden.new | grep -v '^[0-9a-f]' >&2
	exit 1
fi
mv floats.golden.new floats.golden
wc -l golden.jsonl floats.golden
