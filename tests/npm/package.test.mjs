// The packed package: its manifest, its files, plain Node from the tarball, and tsc --strict on its types.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { FIXTURES, NODE_BIN, PKG, ROOT, crateVersion, installTarball, packInto, requirePkg, tempDir } from './helpers.mjs';

let temp;
let tarball;
before(() => {
  requirePkg();
  temp = tempDir('pack');
  tarball = packInto(temp.dir);
  installTarball(temp.dir, tarball);
});
after(() => temp?.cleanup());

test('package.json: name, version from Cargo.toml, ESM, exports map, files, sideEffects', () => {
  const manifest = JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8'));
  assert.equal(manifest.name, 'palimpsest');
  assert.equal(manifest.version, crateVersion());
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.sideEffects, false);
  const entry = manifest.exports['.'];
  assert.deepEqual(Object.keys(entry), ['types', 'node', 'browser', 'default'], 'types first, default last');
  assert.equal(entry.types, './index.d.ts');
  assert.equal(entry.node, './node.js');
  for (const file of manifest.files) assert.ok(readFileSync(join(PKG, file)).length > 0, `${file} is built`);
});

test('the tarball holds exactly the package files', () => {
  const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
  assert.deepEqual(listing, [
    'package/README.md',
    'package/index.d.ts',
    'package/index.js',
    'package/node.js',
    'package/package.json',
    'package/palimpsest.js',
    'package/palimpsest_bg.wasm',
  ]);
});

test('plain Node imports the installed tarball and analyses the seed article', () => {
  const script = join(temp.dir, 'use.mjs');
  writeFileSync(
    script,
    `import { analyse, compare, version } from 'palimpsest';
import { readFileSync } from 'node:fs';
globalThis.fetch = () => { throw new Error('no fetch in Node'); };
const old = readFileSync(process.argv[2], 'utf8');
const neu = readFileSync(process.argv[3], 'utf8');
const a = analyse(old);
const c = compare(old, neu);
console.log(JSON.stringify({ version: version(), blocks: a.blocks.length, quotes: a.quotes.map((q) => q.text),
  edits: c.changes.filter((x) => x.op === 'edit').length }));
`,
  );
  const out = execFileSync(
    process.execPath,
    [script, join(ROOT, 'examples', '000_3d0e1f293caf9599.txt'), join(ROOT, 'examples', '002_347963c6eb78a301.txt')],
    { cwd: temp.dir, encoding: 'utf8' },
  );
  const result = JSON.parse(out);
  assert.equal(result.version, crateVersion());
  assert.ok(result.blocks >= 5);
  assert.ok(result.quotes.some((q) => q.includes('We will talk about all issues')));
  assert.ok(result.edits >= 1);
});

test('a TypeScript consumer compiles with tsc --strict --noEmit against the package types', () => {
  copyFileSync(join(FIXTURES, 'consumer.ts'), join(temp.dir, 'consumer.ts'));
  const tsc = join(NODE_BIN, 'tsc');
  const common = ['--strict', '--noEmit', '--skipLibCheck', 'false', '--target', 'es2022', '--lib', 'es2022,dom'];
  for (const [module, resolution] of [
    ['nodenext', 'nodenext'],
    ['esnext', 'bundler'],
  ]) {
    try {
      execFileSync(tsc, [...common, '--module', module, '--moduleResolution', resolution, '--types', '', 'consumer.ts'], {
        cwd: temp.dir,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      assert.fail(`tsc (${resolution}) failed:\n${error.stdout}${error.stderr}`);
    }
  }
});

test('index.d.ts types every export (no any)', () => {
  const dts = readFileSync(join(PKG, 'index.d.ts'), 'utf8');
  // Types only: doc comments may use the word freely.
  const code = dts.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  assert.doesNotMatch(code, /\bany\b/);
  for (const name of ['Analysis', 'Comparison', 'Quote', 'Change', 'Options', 'Span', 'QuoteChange', 'Block']) {
    assert.match(dts, new RegExp(`export type ${name} =`));
  }
  assert.match(dts, /export function analyse\(text: string, options\?: AnalyseOptions\): Analysis;/);
  assert.match(dts, /export function compare\(oldText: string, newText: string, options\?: AnalyseOptions\): Comparison;/);
});
