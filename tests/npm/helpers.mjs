// Shared helpers for the npm package tests (node --test tests/npm/).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PKG = join(ROOT, 'pkg');
export const FIXTURES = join(ROOT, 'tests', 'npm', 'fixtures');
export const NODE_BIN = join(ROOT, 'node_modules', '.bin');

export const SEED_OLD = readFileSync(join(ROOT, 'examples', '000_3d0e1f293caf9599.txt'), 'utf8');
export const SEED_NEW = readFileSync(join(ROOT, 'examples', '002_347963c6eb78a301.txt'), 'utf8');

/** Fail clearly when pkg/ has not been built. */
export function requirePkg() {
  for (const file of ['package.json', 'index.js', 'node.js', 'index.d.ts', 'palimpsest.js', 'palimpsest_bg.wasm']) {
    if (!existsSync(join(PKG, file))) throw new Error(`pkg/${file} is missing: run scripts/build first`);
  }
}

/** The crate version from Cargo.toml. */
export function crateVersion() {
  const toml = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8');
  const match = toml.match(/\[package\][^[]*?\nversion\s*=\s*"([^"]+)"/);
  if (!match) throw new Error('no version in Cargo.toml');
  return match[1];
}

/** A fresh temporary directory, removed by the returned cleanup function. */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), `palimpsest-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `npm pack` pkg/ into `dir`; returns the tarball path. */
export function packInto(dir) {
  requirePkg();
  execFileSync('npm', ['pack', '--silent', '--pack-destination', dir, PKG], { stdio: ['ignore', 'pipe', 'inherit'] });
  const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack wrote no tarball');
  return join(dir, tarball);
}

/** Install a tarball into a new project in `dir` (no network needed: the package has no dependencies). */
export function installTarball(dir, tarball) {
  execFileSync('npm', ['init', '-y'], { cwd: dir, stdio: 'ignore' });
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** The Chromium flags that work on these machines (no sandbox as root, no background network). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** Launch Debian's Chromium through playwright-core. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** Open `url`, wait for `window.__result` or `window.__error`, and return it with the console errors. */
export async function runPage(browser, url, { timeout = 60_000 } = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('requestfailed', (request) => errors.push(`requestfailed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__result !== undefined || window.__error !== undefined, null, { timeout });
  const { result, error } = await page.evaluate(() => ({ result: window.__result, error: window.__error }));
  return { page, result, error, errors };
}
