// dist/ served from a plain static server under a sub-path (as on GitHub Pages:
// https://user.github.io/palimpsest/), then offline after the first visit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, waitForResult, cspViolations } from './helpers.mjs';

let browser;
let server;
before(async () => { server = await serve('/palimpsest/'); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('dist/ works under /palimpsest/ and offline after the first visit', async () => {
  assert.match(server.url, /\/palimpsest\/$/);
  const { context, page, watch } = await openPage(browser, server.url);
  await waitForResult(page, 'comparison');
  const urls = watch.requests.map((r) => new URL(r.url));
  assert.ok(urls.length > 5);
  for (const u of urls) assert.ok(u.pathname.startsWith('/palimpsest/'), `every request stays under the sub-path: ${u.pathname}`);
  assert.ok(!server.log.some((p) => !p.startsWith('/palimpsest/')), `the server saw only sub-path requests: ${JSON.stringify(server.log)}`);
  assert.ok(urls.some((u) => u.pathname.endsWith('.wasm')), 'the wasm was loaded');

  // The service worker takes over and caches the static files.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(new URL(scope).pathname, '/palimpsest/');
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    if (!keys.some((k) => k.startsWith('palimpsest-'))) return false;
    const cache = await caches.open(keys.find((k) => k.startsWith('palimpsest-')));
    return Boolean(await cache.match('pkg/palimpsest_bg.wasm')) && Boolean(await cache.match('./'));
  });

  // Offline: the server is gone and the network is off; the page still loads and analyses.
  await server.close();
  await context.setOffline(true);
  await page.reload();
  await waitForResult(page, 'comparison');
  await page.fill('#text-new', 'An offline revision, written on the train.');
  await page.waitForFunction(() => [...document.querySelectorAll('.redline ins')].some((i) => i.textContent.includes('offline revision')));
  // A share link opens offline too (the fragment never reaches any server).
  // Encoding is async (CompressionStream): wait for the panel to show the link.
  await page.click('#share');
  await page.waitForSelector('#share-panel:not([hidden])');
  const link = await page.inputValue('#share-link');
  assert.match(link, /\/palimpsest\/#share=[\w-]+$/);
  const second = await context.newPage();
  await second.goto(link);
  await waitForResult(second, 'comparison');
  assert.equal(await second.inputValue('#text-new'), 'An offline revision, written on the train.');
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(watch.pageErrors, []);
  await context.close();
});
