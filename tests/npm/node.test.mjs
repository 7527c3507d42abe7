// pkg/ from plain Node ESM: no fetch, no bundler, the JSON contract comes out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, test } from 'node:test';
import { PKG, SEED_NEW, SEED_OLD, crateVersion, requirePkg } from './helpers.mjs';

let palimpsest;
before(async () => {
  requirePkg();
  // The node entry must never fetch: make any attempt fail loudly.
  globalThis.fetch = () => {
    throw new Error('fetch must not be called in Node');
  };
  palimpsest = await import(pathToFileURL(join(PKG, 'node.js')).href);
});

test('the node entry loads the wasm from disk on first use, without init', () => {
  assert.equal(palimpsest.isInitialised(), false);
  assert.equal(palimpsest.version(), crateVersion());
  assert.equal(palimpsest.isInitialised(), true);
});

test('analyse returns a plain Analysis object for the seed article', () => {
  const analysis = palimpsest.analyse(SEED_OLD);
  assert.equal(Object.getPrototypeOf(analysis), Object.prototype);
  assert.equal(analysis.version, crateVersion());
  assert.ok(analysis.blocks.length >= 5, 'several blocks');
  assert.ok(analysis.sentences.length >= analysis.stats.paragraphs, 'at least a sentence per paragraph');
  for (const item of [...analysis.blocks, ...analysis.sentences]) {
    assert.equal(SEED_OLD.slice(item.start, item.end), item.text, 'UTF-16 offsets slice the JS string');
  }
  const quote = analysis.quotes.find((q) => q.text.includes('We will talk about all issues'));
  assert.ok(quote, 'the first quote of the seed');
  assert.equal(quote.kind, 'direct');
  assert.equal(analysis.metadata.date === undefined, false, 'absent metadata is null, not undefined');
  assert.equal(analysis.stats.characters, SEED_OLD.length);
});

test('compare finds the may -> might edit in the seed pair and keeps every sentence', () => {
  const comparison = palimpsest.compare(SEED_OLD, SEED_NEW);
  const edits = comparison.changes.filter((change) => change.op === 'edit');
  const mayMight = edits.some(
    (change) =>
      change.tokens.some((t) => t.op === 'delete' && t.text.trim() === 'may') &&
      change.tokens.some((t) => t.op === 'insert' && t.text.trim() === 'might'),
  );
  assert.ok(mayMight, 'a word change may -> might');
  const oldSeen = comparison.changes.flatMap((change) => change.old).sort((a, b) => a - b);
  const newSeen = comparison.changes.flatMap((change) => change.new).sort((a, b) => a - b);
  assert.deepEqual(oldSeen, comparison.old.sentences.map((_, i) => i), 'every old sentence in exactly one change');
  assert.deepEqual(newSeen, comparison.new.sentences.map((_, i) => i), 'every new sentence in exactly one change');
  for (const change of edits) {
    const oldText = change.tokens.filter((t) => t.op !== 'insert').map((t) => t.text).join('');
    const newText = change.tokens.filter((t) => t.op !== 'delete').map((t) => t.text).join('');
    if (change.old.length === 1 && change.new.length === 1) {
      assert.equal(oldText, comparison.old.sentences[change.old[0]].text, 'equal+delete tokens rebuild the old sentence');
      assert.equal(newText, comparison.new.sentences[change.new[0]].text, 'equal+insert tokens rebuild the new sentence');
    }
  }
});

test('options are checked and errors are Error objects with messages', () => {
  assert.equal(palimpsest.analyse('Two words.', { words: true }).words.length, 2);
  assert.throws(() => palimpsest.analyse('Text.', { words: 'yes' }), (error) => {
    assert.ok(error instanceof Error);
    assert.match(error.message, /^invalid options: .*boolean/);
    return true;
  });
  assert.throws(() => palimpsest.renderReport('Text.', null, 'pdf'), /pdf/);
});

test('renderReport renders text, markdown and html', () => {
  const speaker = palimpsest.analyse(SEED_OLD).speakers[0].name;
  assert.ok(palimpsest.renderReport(SEED_OLD, null, 'text').includes(speaker), 'the text report names a speaker');
  assert.ok(palimpsest.renderReport(SEED_OLD).includes(speaker), 'text is the default format');
  const markdown = palimpsest.renderReport(SEED_OLD, SEED_NEW, 'markdown');
  assert.match(markdown, /might/);
  // Reports name change tags from the Rust enums; the wasm build must spell them as native does.
  const tags = new Set(palimpsest.compare(SEED_OLD, SEED_NEW).changes.flatMap((change) => change.tags));
  assert.ok([...tags].some((tag) => markdown.toLowerCase().includes(tag.toLowerCase())), `a tag of ${[...tags]} in the report`);
  assert.match(palimpsest.renderReport(SEED_OLD, SEED_NEW, 'html'), /<[a-z]+[\s>]/);
});

test('the browser entry needs init, and takes the bytes explicitly', async () => {
  // A second copy of the module graph (query string), so this instance starts uninitialised.
  const browserEntry = await import(`${pathToFileURL(join(PKG, 'index.js')).href}?fresh`);
  assert.throws(() => browserEntry.analyse('Text.'), /call `await init\(\)` first/);
  await browserEntry.init(readFileSync(join(PKG, 'palimpsest_bg.wasm')));
  assert.equal(browserEntry.isInitialised(), true);
  assert.equal(browserEntry.analyse('He said: “Yes.”').quotes.length, 1);
  await browserEntry.init(); // a second call is a no-op
});

test('a compiled WebAssembly.Module works with initSync', async () => {
  const entry = await import(`${pathToFileURL(join(PKG, 'index.js')).href}?module`);
  const module = new WebAssembly.Module(readFileSync(join(PKG, 'palimpsest_bg.wasm')));
  entry.initSync(module);
  assert.equal(entry.version(), crateVersion());
});
