// Throughput of the wasm build's `analyse` under Node, on English news text
// built by repeating examples/*.txt (the same corpus as benches/analyse.rs).
//
// Build pkg/ first (see the README's wasm route), then:
//   node tests/bench/analyse.mjs [MB ...]        (default: 1 10)
// The time includes turning the result into JS objects, as callers see it.
// Both wall time and process CPU time are printed: on a busy shared machine
// the CPU time is the fairer figure.
import { readFile, readdir } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';

const root = new URL('../../', import.meta.url);
const { default: init, analyse, version } = await import(new URL('pkg/palimpsest.js', root));
await init({ module_or_path: await readFile(new URL('pkg/palimpsest_bg.wasm', root)) });

const dir = new URL('examples/', root);
const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
const articles = await Promise.all(names.map((n) => readFile(new URL(n, dir), 'utf8')));
const unit = articles.map((a) => `${a}\n\n`).join('');

function corpus(bytes) {
  const copies = Math.ceil(bytes / Buffer.byteLength(unit));
  return unit.repeat(copies);
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
console.log(`palimpsest ${version()} wasm analyse under Node ${process.version} (best run)`);
console.log('      MB  wall ms  MB/s   cpu ms  MB/s  sentences');
for (const mb of sizes.length ? sizes : [1, 10]) {
  const text = corpus(mb * 1e6);
  const bytes = Buffer.byteLength(text);
  let best = Infinity;
  let bestCpu = Infinity;
  let sentences = 0;
  const runs = mb <= 1 ? 8 : 3;
  const started = performance.now();
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    const c = process.cpuUsage();
    const a = analyse(text, null);
    best = Math.min(best, performance.now() - t);
    const used = process.cpuUsage(c);
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1e3);
    sentences = a.sentences.length;
    if (performance.now() - started > 20000) break;
  }
  const mb2 = (ms) => (bytes / 1e6 / (ms / 1e3)).toFixed(1).padStart(5);
  console.log(
    `${(bytes / 1e6).toFixed(1).padStart(8)} ${best.toFixed(0).padStart(8)} ${mb2(best)} ${bestCpu.toFixed(0).padStart(8)} ${mb2(bestCpu)} ${String(sentences).padStart(10)}`,
  );
}
