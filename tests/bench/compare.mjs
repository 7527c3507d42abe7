// Bench: the wasm `compare` (pkg/, built by scripts/build or the wasm route in
// the README) against jsdiff `diffWords` on the same generated version pairs,
// in the same Node run. The generator mirrors benches/compare.rs (same
// mulberry32 seed, same checksum), so native and wasm figures are comparable.
//
//   node tests/bench/compare.mjs            # 5k, 50k, 500k words; jsdiff at 5k and 50k
//   node tests/bench/compare.mjs --quick    # 5k and 50k only
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { diffWords } from 'diff';

const root = new URL('../../', import.meta.url);
const { default: init, compare } = await import(new URL('pkg/palimpsest.js', root));
await init({ module_or_path: await readFile(new URL('pkg/palimpsest_bg.wasm', root)) });

function mulberry32(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1) >>> 0;
    t = (t ^ (t + Math.imul(t ^ (t >>> 7), t | 61))) >>> 0;
    return (t ^ (t >>> 14)) >>> 0;
  };
  return { next, below: (n) => next() % n };
}

const WORDS = `the the the of of and and to to a a in in on for with that was is has had would could may said told
after before during while government minister council officials police report talks deal plan budget election vote
court ruling company market prices workers union strike border troops missile summit leaders meeting agreement
sanctions economy growth bank rates inflation energy oil gas power storm flood rescue hospital patients school
students city region province capital village bridge road airport port ship train week month year Monday Tuesday
Wednesday yesterday today spokesman statement interview agency newspaper television public private national local
foreign military civil new old first last major small large early late expected likely reported announced confirmed
denied warned promised rejected approved signed launched opened closed raised cut increase decline support
opposition critics residents families children experts analysts investors voters Putin Kim Moscow Pyongyang
Washington Brussels Berlin Paris London Tokyo Smith Garcia Nguyen Okafor Kowalski Haddad`.split(/\s+/);
const NUMBERS = ['24', '$35,000,000', '3.5%', '1,200', '2019', '12', '40,000', '7.8', '€150', '300'];

function sentence(rng) {
  const n = 8 + rng.below(23);
  const out = [];
  for (let i = 0; i < n; i++) {
    let w = rng.below(20) === 0 ? NUMBERS[rng.below(NUMBERS.length)] : WORDS[rng.below(WORDS.length)];
    if (rng.below(12) === 0) w += ',';
    out.push(w);
  }
  return out;
}

function renderSentence(words, quoted) {
  const ws = words.slice();
  if (ws.length) ws[0] = ws[0].charAt(0).toUpperCase() + ws[0].slice(1);
  const body = ws.join(' ').replace(/,+$/, '');
  return quoted ? `“${body},” Smith said.` : `${body}.`;
}

const render = (doc) => doc.map((p) => p.map(([s, q]) => renderSentence(s, q)).join(' ')).join('\n\n');

function generate(words, seed) {
  const rng = mulberry32(seed);
  const doc = [];
  let count = 0;
  while (count < words) {
    const n = 2 + rng.below(4);
    const para = [];
    for (let i = 0; i < n; i++) {
      const s = sentence(rng);
      count += s.length;
      para.push([s, rng.below(8) === 0]);
    }
    doc.push(para);
  }
  const old = render(doc);
  for (const para of doc) {
    for (const [s] of para) {
      let k = 0;
      while (k < s.length) {
        if (rng.below(20) === 0) {
          const r = rng.below(3);
          if (r === 0) s[k] = WORDS[rng.below(WORDS.length)];
          else if (r === 1 && s.length > 3) {
            s.splice(k, 1);
            continue;
          } else {
            s.splice(k + 1, 0, WORDS[rng.below(WORDS.length)]);
            k += 1;
          }
        }
        k += 1;
      }
    }
  }
  for (let m = 0; m < 4; m++) {
    const from = rng.below(doc.length);
    const [p] = doc.splice(from, 1);
    const to = rng.below(doc.length + 1);
    doc.splice(to, 0, p);
  }
  return [old, render(doc)];
}

function fnv1a(text) {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(text, 'utf8')) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h >>> 0;
}

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// CPU time of this process (user + system), in ms: steadier than wall time on
// a shared machine. Both are printed.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const time = (f) => {
  const c = cpuMs();
  const t = performance.now();
  const r = f();
  return [cpuMs() - c, r, performance.now() - t];
};

const quick = process.argv.includes('--quick');
const sizes = quick ? [[5000, 9, true], [50000, 5, true]] : [[5000, 9, true], [50000, 5, true], [500000, 2, false]];
console.log(`node ${process.version}; wasm compare (includes analysing both texts and building the JS result)`);
console.log('CPU ms (wall ms in brackets), median of runs');
console.log('words    checksum   wasm ms           Mwords/s   jsdiff ms            jsdiff/wasm');
for (const [words, runs, withJsdiff] of sizes) {
  const [old, neu] = generate(words, 42);
  const checksum = ((fnv1a(old) ^ fnv1a(neu)) >>> 0).toString(16);
  compare(old, neu); // warm-up
  const times = [];
  const walls = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const [ms, r, wall] = time(() => compare(old, neu));
    times.push(ms);
    walls.push(wall);
    result = r;
  }
  const wasm = median(times);
  let js = NaN;
  let jsWall = NaN;
  if (withJsdiff) [js, , jsWall] = time(() => diffWords(old, neu));
  const cell = (cpu, wall) => `${cpu.toFixed(1)} [${wall.toFixed(0)}]`.padStart(16);
  console.log(
    `${String(words).padEnd(8)} ${checksum.padEnd(10)} ${cell(wasm, median(walls))} ${(words / wasm / 1000).toFixed(2).padStart(10)} ` +
      `${Number.isNaN(js) ? '               -' : cell(js, jsWall).padStart(20)} ${Number.isNaN(js) ? '' : (js / wasm).toFixed(1).padStart(12) + '×'}` +
      (result.stats.fallback ? '  (fallback)' : ''),
  );
  if (words === 50000) {
    const s = result.stats;
    console.log(
      `         50k: kept ${s.kept} edited ${s.edited} moved ${s.moved} split ${s.split} merged ${s.merged}; ` +
        `${result.paragraphs.filter((p) => p.op === 'move').length} paragraph moves`,
    );
  }
}
