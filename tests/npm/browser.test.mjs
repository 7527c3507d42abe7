// The package in a real browser (Debian's Chromium via playwright-core):
// a page with no bundler (main thread + module Web Worker, under a strict CSP),
// and a Vite app that imports the package by name, built with `vite build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startServer } from '../../scripts/static-server.mjs';
import {
  FIXTURES,
  PKG,
  ROOT,
  SEED_NEW,
  SEED_OLD,
  crateVersion,
  installTarball,
  launchChromium,
  packInto,
  requirePkg,
  runPage,
  tempDir,
} from './helpers.mjs';

let browser;
before(async () => {
  requirePkg();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

function assertSeedResult(result) {
  assert.equal(result.version, crateVersion());
  assert.ok(result.mainQuotes.some((q) => q.includes('We will talk about all issues')), 'the seed quote, on the main thread');
  assert.ok(result.worker.changes > 0, 'the worker compared the pair');
  assert.ok(result.worker.deleted.includes('may') && result.worker.inserted.includes('might'), 'may -> might, from the worker');
}

test('no bundler: init() fetches the wasm, a module Worker compares, CSP allows only wasm-unsafe-eval', async () => {
  const server = await startServer({
    root: join(FIXTURES, 'worker'),
    mounts: { '/pkg': PKG, '/examples': join(ROOT, 'examples') },
  });
  try {
    const { page, result, error, errors } = await runPage(browser, server.url);
    assert.equal(error, undefined, error);
    assert.deepEqual(errors, []);
    assertSeedResult(result);
    assert.equal(result.slicesMatch, true, 'UTF-16 offsets slice the string in the browser');
    assert.match(await page.textContent('#status'), /^done: \d+ quotes$/);
    await page.close();

    const strict = await runPage(browser, `${server.url}strict-csp.html`);
    assert.equal(strict.result, undefined, 'without wasm-unsafe-eval the module must not load');
    assert.match(strict.error, /Content Security Policy/, strict.error);
    await strict.page.close();
  } finally {
    await server.close();
  }
});

test('Vite: an app importing the package builds with vite build and works under a sub-path', async () => {
  const temp = tempDir('vite');
  try {
    const app = join(temp.dir, 'app');
    mkdirSync(app);
    cpSync(join(FIXTURES, 'vite-app'), app, { recursive: true });
    writeFileSync(join(app, 'old.txt'), SEED_OLD);
    writeFileSync(join(app, 'new.txt'), SEED_NEW);
    installTarball(app, packInto(temp.dir));
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
      cwd: app,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    assert.ok(existsSync(join(app, 'dist', 'index.html')));

    const server = await startServer({ root: join(app, 'dist'), prefix: '/tools/palimpsest/' });
    try {
      const { page, result, error, errors } = await runPage(browser, server.url);
      assert.equal(error, undefined, error);
      assert.deepEqual(errors, []);
      assertSeedResult(result);
      const items = await page.$$eval('#quotes li', (lis) => lis.map((li) => li.textContent));
      assert.ok(items.some((text) => text.includes('We will talk about all issues')), 'quotes rendered in the page');
      await page.close();
    } finally {
      await server.close();
    }
  } finally {
    temp.cleanup();
  }
});
