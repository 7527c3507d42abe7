// Shared setup for the browser tests: build dist/, serve it on 127.0.0.1,
// launch Debian's Chromium through playwright-core, and watch a page for
// network requests, CSP violations, dialogs and errors.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
export const SCREENSHOTS = path.join(ROOT, 'target', 'screenshots');
export const EXAMPLE_OLD = readFileSync(path.join(ROOT, 'examples/000_3d0e1f293caf9599.txt'), 'utf8');
export const EXAMPLE_NEW = readFileSync(path.join(ROOT, 'examples/002_347963c6eb78a301.txt'), 'utf8');

let built = false;
/** Assemble dist/ from www/ and pkg/ once per test process (PALIMPSEST_SKIP_BUILD_PAGE=1 uses dist/ as is). */
export function buildPage() {
  if (built || process.env.PALIMPSEST_SKIP_BUILD_PAGE) return;
  if (!existsSync(path.join(ROOT, 'pkg', 'palimpsest_bg.wasm'))) {
    if (existsSync(path.join(DIST, 'index.html'))) { built = true; return; }
    throw new Error('pkg/ is missing: build the wasm package first (scripts/build), then run the browser tests');
  }
  execFileSync(path.join(ROOT, 'scripts', 'build-page'), { stdio: 'pipe' });
  built = true;
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export async function serve(prefix = '/') {
  buildPage();
  return startServer({ root: DIST, prefix });
}

/**
 * Open a fresh context and page with watchers installed before any page script runs.
 * Returns {context, page, watch} where watch holds requests, cspViolations, dialogs, pageErrors.
 */
export async function openPage(browser, url, { colorScheme = 'light', viewport = { width: 1280, height: 900 }, context: existing = null, serviceWorkers = 'allow' } = {}) {
  const context = existing || await browser.newContext({ colorScheme, viewport, serviceWorkers, acceptDownloads: true });
  const page = await context.newPage();
  const watch = { requests: [], dialogs: [], pageErrors: [], console: [] };
  page.on('request', (r) => watch.requests.push({ url: r.url(), at: Date.now() }));
  page.on('dialog', async (d) => { watch.dialogs.push(d.message()); await d.dismiss(); });
  page.on('pageerror', (e) => watch.pageErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') watch.console.push(m.text()); });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  if (url) await page.goto(url);
  return { context, page, watch };
}

/** Wait until the page shows a result of the given kind ('comparison' or 'analysis'). */
export async function waitForResult(page, kind = 'comparison', timeout = 30_000) {
  await page.waitForFunction((k) => document.body.dataset.result === k && document.getElementById('results').getAttribute('aria-busy') === 'false', kind, { timeout });
}

export async function cspViolations(page) {
  return page.evaluate(() => window.__csp.slice());
}

/** Run axe-core (from node_modules) in the page; returns the violations. */
export async function axe(page) {
  const source = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  // Injected through the devtools protocol, so the page's CSP does not apply to the test tool itself.
  await page.evaluate(source);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} :: ${n.failureSummary}`) }));
  });
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** Paste through the page's paste handler, as the browser does for a real paste. */
export async function paste(page, selector, { text = '', html = '' }) {
  await page.evaluate(({ selector, text, html }) => {
    const el = document.querySelector(selector);
    el.focus();
    const dt = new DataTransfer();
    if (text) dt.setData('text/plain', text);
    if (html) dt.setData('text/html', html);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, { selector, text, html });
}

/** Clear both panes through the page's own Clear button. */
export async function clearAll(page) {
  await page.click('#clear-all');
}
