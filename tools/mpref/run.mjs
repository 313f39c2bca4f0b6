// run.mjs runs MicroPython programs on real MicroPython 1.27 (the npm package
// @micropython/micropython-webassembly-pyscript, pinned in package.json) and
// reports what a board's serial console would show for each one.
//
// Each program runs in a fresh MicroPython instance, as the file main.py in the
// current directory "/": it is written to /main.py, compiled under the name
// "main.py" and executed in __main__ (so __name__ == "__main__" and
// __file__ == "main.py", as pyexec_file sets them on a board). The compile and
// exec calls are made from JavaScript, not from Python, so no bootstrap frame
// appears in tracebacks: an uncaught exception prints exactly as a board prints
// main.py's, starting `Traceback (most recent call last):` then
// `  File "main.py", line N, in <module>`. SystemExit prints nothing, as on a
// board. stdout and stderr are captured byte by byte into one stream, in order.
//
// Library trees are copied into the MicroPython filesystem first:
//   --lib DIR   -> /lib   (on sys.path, as on boards)
//   --root DIR  -> /      (beside main.py; sys.path's '' entry)
//
// Usage:
//   node run.mjs [options] PATH...
// PATH is a .py file or a directory searched recursively for *.py (the --lib
// and --root directories are skipped). Options:
//   --lib DIR        copy DIR's tree into /lib
//   --root DIR       copy DIR's tree into /
//   --heapsize N     MicroPython heap in bytes (default 1048576)
//   --timeout MS     wall-clock limit per program (default 10000)
//   --write          write each program's output to NAME.exp beside NAME.py,
//                    and remove .exp files whose program is gone
//   --check          compare with NAME.exp; list the programs that differ
//                    and .exp files without a program
//   (neither)        print the output (with a "==> NAME <==" header when
//                    more than one program is given)
// Exit status: 0 when every program ran (and, with --check, matched); 1 when a
// program timed out, the harness failed, or --check found a difference; 2 on
// bad usage.

import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE = "@micropython/micropython-webassembly-pyscript";

// ---- worker: one fresh MicroPython per program ------------------------------

async function workerMain() {
  const { loadMicroPython } = await import(PACKAGE);
  const { files, heapsize } = workerData;
  parentPort.on("message", async (job) => {
    let result;
    try {
      result = { id: job.id, out: await runOne(loadMicroPython, files, heapsize, job.src) };
    } catch (e) {
      result = { id: job.id, error: String((e && e.stack) || e) };
    }
    parentPort.postMessage(result);
  });
  parentPort.postMessage({ ready: true });
}

async function runOne(loadMicroPython, files, heapsize, src) {
  const bytes = [];
  const sink = (data) => {
    for (const c of data) bytes.push(c);
  };
  const mp = await loadMicroPython({ heapsize, stdout: sink, stderr: sink, linebuffer: false });
  for (const f of files) {
    mkdirAll(mp.FS, path.posix.dirname(f.dest));
    mp.FS.writeFile(f.dest, f.data);
  }
  mp.FS.writeFile("/main.py", src);
  mp.FS.chdir("/");
  mp.globals.set("__file__", "main.py");
  const builtins = mp.pyimport("builtins");
  try {
    const code = builtins.compile(src, "main.py", "exec");
    builtins.exec(code);
  } catch (e) {
    if (!e || e.name !== "PythonError") {
      throw e;
    }
    if (e.type !== "SystemExit") {
      for (const c of Buffer.from(e.message, "utf8")) bytes.push(c);
    }
  }
  return Uint8Array.from(bytes);
}

function mkdirAll(FS, dir) {
  if (dir === "/" || dir === "") return;
  mkdirAll(FS, path.posix.dirname(dir));
  if (!FS.analyzePath(dir).exists) FS.mkdir(dir);
}

// ---- main thread: argument handling, scheduling, timeouts -------------------

function usage(msg) {
  process.stderr.write(`run.mjs: ${msg}\nusage: node run.mjs [--lib DIR] [--root DIR] [--heapsize N] [--timeout MS] [--write|--check] PATH...\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const o = { lib: null, root: null, heapsize: 1024 * 1024, timeout: 10000, mode: "print", paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case "--lib": o.lib = path.resolve(value()); break;
      case "--root": o.root = path.resolve(value()); break;
      case "--heapsize": o.heapsize = parseInt(value(), 10); break;
      case "--timeout": o.timeout = parseInt(value(), 10); break;
      case "--write": o.mode = "write"; break;
      case "--check": o.mode = "check"; break;
      default:
        if (a.startsWith("-")) usage(`unknown option ${a}`);
        o.paths.push(path.resolve(a));
    }
  }
  if (o.paths.length === 0) usage("no program given");
  if (!(o.heapsize > 0) || !(o.timeout > 0)) usage("--heapsize and --timeout take positive integers");
  return o;
}

// walk lists regular files under dir, sorted by byte order of their paths.
function walk(dir, skip) {
  const found = [];
  const visit = (d) => {
    if (skip.includes(d)) return;
    for (const ent of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, ent.name);
      if (ent.isDirectory()) visit(p);
      else if (ent.isFile()) found.push(p);
    }
  };
  visit(dir);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function treeFiles(dir, destRoot) {
  if (!dir) return [];
  if (!fs.existsSync(dir)) return [];
  return walk(dir, []).filter((p) => !p.endsWith(".exp")).map((p) => ({
    dest: path.posix.join(destRoot, path.relative(dir, p).split(path.sep).join("/")),
    data: fs.readFileSync(p),
  }));
}

function programs(o) {
  const skip = [o.lib, o.root].filter(Boolean);
  const list = [];
  const orphans = [];
  for (const p of o.paths) {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (!st) usage(`no such file or directory: ${p}`);
    if (st.isDirectory()) {
      const files = walk(p, skip);
      list.push(...files.filter((f) => f.endsWith(".py")));
      // An .exp whose program is gone would be compared against nothing.
      orphans.push(...files.filter((f) => f.endsWith(".exp") && !fs.existsSync(f.replace(/\.exp$/, ".py"))));
    } else list.push(p);
  }
  return { list, orphans };
}

class Runner {
  constructor(files, heapsize, timeout) {
    this.files = files;
    this.heapsize = heapsize;
    this.timeout = timeout;
    this.worker = null;
    this.nextId = 0;
  }

  async start() {
    this.worker = new Worker(fileURLToPath(import.meta.url), {
      workerData: { files: this.files, heapsize: this.heapsize },
    });
    await new Promise((resolve, reject) => {
      const onMsg = (m) => {
        if (m.ready) {
          this.worker.off("message", onMsg);
          this.worker.off("error", reject);
          resolve();
        }
      };
      this.worker.on("message", onMsg);
      this.worker.once("error", reject);
    });
  }

  // run returns {out: Uint8Array} or {error: string}.
  async run(src) {
    if (!this.worker) await this.start();
    const id = this.nextId++;
    const w = this.worker;
    return await new Promise((resolve) => {
      let timer;
      const finish = (r) => {
        clearTimeout(timer);
        w.off("message", onMsg);
        w.off("error", onErr);
        resolve(r);
      };
      const onMsg = (m) => {
        if (m.id === id) finish(m.error !== undefined ? { error: m.error } : { out: m.out });
      };
      const onErr = (e) => {
        this.worker = null;
        finish({ error: `worker failed: ${e && e.stack ? e.stack : e}` });
      };
      timer = setTimeout(() => {
        this.worker = null;
        w.terminate();
        finish({ error: `timed out after ${this.timeout} ms` });
      }, this.timeout);
      w.on("message", onMsg);
      w.on("error", onErr);
      w.postMessage({ id, src });
    });
  }

  async close() {
    if (this.worker) await this.worker.terminate();
  }
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const files = [...treeFiles(o.lib, "/lib"), ...treeFiles(o.root, "/")];
  const { list: progs, orphans } = programs(o);
  const runner = new Runner(files, o.heapsize, o.timeout);
  let failed = 0;
  let differ = 0;
  let written = 0;
  for (const orphan of orphans) {
    const rel = path.relative(process.cwd(), orphan);
    if (o.mode === "write") {
      fs.unlinkSync(orphan);
      process.stderr.write(`run.mjs: removed ${rel} (no program)\n`);
    } else if (o.mode === "check") {
      differ++;
      process.stdout.write(`DIFFERS ${rel} (no program)\n`);
    }
  }
  for (const prog of progs) {
    const r = await runner.run(fs.readFileSync(prog, "utf8"));
    const rel = path.relative(process.cwd(), prog);
    if (r.error !== undefined) {
      failed++;
      process.stderr.write(`run.mjs: ${rel}: ${r.error}\n`);
      continue;
    }
    const out = Buffer.from(r.out);
    const exp = prog.replace(/\.py$/, ".exp");
    if (o.mode === "write") {
      const old = fs.existsSync(exp) ? fs.readFileSync(exp) : null;
      if (!old || !old.equals(out)) {
        fs.writeFileSync(exp, out);
        written++;
      }
    } else if (o.mode === "check") {
      const old = fs.existsSync(exp) ? fs.readFileSync(exp) : null;
      if (!old || !old.equals(out)) {
        differ++;
        process.stdout.write(`DIFFERS ${rel}${old ? "" : " (no .exp)"}\n`);
      }
    } else {
      if (progs.length > 1) process.stdout.write(`==> ${rel} <==\n`);
      process.stdout.write(out);
    }
  }
  await runner.close();
  if (o.mode === "write") {
    process.stderr.write(`run.mjs: ${progs.length} programs, ${written} .exp files written or changed, ${failed} failed\n`);
  } else if (o.mode === "check") {
    process.stderr.write(`run.mjs: ${progs.length} programs, ${differ} differ, ${failed} failed\n`);
  }
  process.exit(failed || differ ? 1 : 0);
}

if (isMainThread) {
  await main();
} else {
  await workerMain();
}
