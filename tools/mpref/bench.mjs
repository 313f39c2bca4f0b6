// Times programs on MicroPython 1.27 (webassembly, under node), for comparison with
// `go test -bench BenchmarkProgram ./emulator/mpy`: each file runs RUNS times in a fresh
// interpreter; the median wall time per run is printed in milliseconds.
// Usage: node tools/mpref/bench.mjs [--runs N] FILE.py...
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import fs from "fs";
import path from "path";

const args = process.argv.slice(2);
let runs = 7;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--runs") runs = parseInt(args[++i], 10);
  else files.push(args[i]);
}
for (const f of files) {
  const src = fs.readFileSync(f, "utf8");
  const times = [];
  for (let r = 0; r < runs; r++) {
    const mp = await loadMicroPython({ stdout: () => {}, stderr: () => {}, heapsize: 8 * 1024 * 1024 });
    const t0 = performance.now();
    mp.runPython(src);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${path.basename(f)}\t${times[Math.floor(times.length / 2)].toFixed(2)} ms`);
}
