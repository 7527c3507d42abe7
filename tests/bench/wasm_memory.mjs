// Peak wasm memory of a 10 MB analyse (issue 8), measured in Node.
//
//   node tests/bench/wasm_memory.mjs            # every case, each in a fresh process
//   node tests/bench/wasm_memory.mjs analyse-10mb
//   PKG=path/to/pkg node tests/bench/wasm_memory.mjs
//
// Needs the wasm-bindgen output (`--target web`) in pkg/: palimpsest.js and
// palimpsest_bg.wasm. wasm linear memory only grows (it never shrinks), so
// `memory.buffer.byteLength` after the call is the peak the module needed.
// Each case runs in its own Node process so every case starts from a fresh
// instance. The JS side (the returned object) is reported from process.memoryUsage().

import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const pkg = path.resolve(process.env.PKG ?? path.join(here, '..', '..', 'pkg'));
const MB = 1024 * 1024;

/** Deterministic news-like prose with quotes and paragraphs, `bytes` long. */
function prose(bytes, seed = 1) {
  const words = ['government', 'minister', 'talks', 'budget', 'council', 'report', 'election', 'energy',
    'prices', 'workers', 'union', 'court', 'ruling', 'police', 'bridge', 'market', 'Tuesday', 'the', 'of', 'a'];
  let x = seed >>> 0 || 1;
  const rnd = (n) => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x % n; };
  const parts = [];
  let len = 0;
  let i = 0;
  while (len < bytes) {
    const n = 6 + rnd(15);
    const w = [];
    for (let k = 0; k < n; k++) w.push(words[rnd(words.length)]);
    let s = w.join(' ');
    s = s[0].toUpperCase() + s.slice(1);
    s = rnd(5) === 0 ? `“${s},” the minister said.` : `${s} ${++i}.`;
    s += rnd(4) === 0 ? '\n\n' : ' ';
    parts.push(s);
    len += Buffer.byteLength(s);
  }
  return parts.join('');
}

const cases = {
  'analyse-10mb': () => ({ fn: 'analyse', args: [prose(10 * MB)] }),
  'analyse-10mb-one-line': () => ({ fn: 'analyse', args: ['budget talks '.repeat(Math.ceil(10 * MB / 13))] }),
  // Two 1 MB versions, every 50th sentence edited. (Two identical 5 MB versions
  // did not finish within 26 minutes in wasm with the first-version diff engine.)
  'compare-2x1mb': () => {
    const a = prose(1 * MB, 1);
    let k = 0;
    return { fn: 'compare', args: [a, a.replace(/ budget /g, () => (++k % 50 === 0 ? ' spending plan ' : ' budget '))] };
  },
};

async function runCase(name) {
  const mod = await import(pathToFileURL(path.join(pkg, 'palimpsest.js')).href);
  const bytes = await readFile(path.join(pkg, 'palimpsest_bg.wasm'));
  const wasm = await mod.default({ module_or_path: bytes });
  const memory = wasm.memory;
  const { fn, args } = cases[name]();
  const inputBytes = args.reduce((n, a) => n + Buffer.byteLength(a), 0);
  const before = memory.buffer.byteLength;
  const t0 = performance.now();
  const result = mod[fn](...args, undefined);
  const ms = performance.now() - t0;
  const after = memory.buffer.byteLength;
  const js = process.memoryUsage();
  const sentences = result.sentences?.length ?? result.changes?.length ?? 0;
  console.log(JSON.stringify({
    case: name, inputMB: +(inputBytes / MB).toFixed(2), ms: Math.round(ms),
    wasmMemoryBeforeMB: +(before / MB).toFixed(1), wasmMemoryPeakMB: +(after / MB).toFixed(1),
    peakPerInputByte: +(after / inputBytes).toFixed(1),
    nodeRssMB: +(js.rss / MB).toFixed(1), nodeHeapUsedMB: +(js.heapUsed / MB).toFixed(1), units: sentences,
  }));
}

const wanted = process.argv.slice(2);
if (wanted.length === 1 && cases[wanted[0]]) {
  await runCase(wanted[0]);
} else {
  const names = wanted.length ? wanted : Object.keys(cases);
  console.log(`wasm memory, pkg at ${pkg}`);
  console.log('case                      input MB  time ms  wasm peak MB  peak/input  node RSS MB');
  for (const name of names) {
    const out = execFileSync(process.execPath, ['--max-old-space-size=4096', fileURLToPath(import.meta.url), name],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const r = JSON.parse(out.trim().split('\n').pop());
    console.log(`${r.case.padEnd(26)}${String(r.inputMB).padStart(8)}${String(r.ms).padStart(9)}`
      + `${String(r.wasmMemoryPeakMB).padStart(14)}${(r.peakPerInputByte + 'x').padStart(12)}${String(r.nodeRssMB).padStart(13)}`);
  }
}
