// Browser end-to-end tests of the page (issues 2 and 6): the served dist/ page
// in Debian's Chromium, driven by playwright-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  launch, serve, openPage, waitForResult, cspViolations, axe, screenshot, paste, EXAMPLE_OLD, EXAMPLE_NEW,
} from './helpers.mjs';

let browser;
let server;

before(async () => {
  server = await serve('/');
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function fresh(opts = {}) {
  return openPage(browser, server.url, opts);
}

async function noCspViolations(page, watch) {
  assert.deepEqual(await cspViolations(page), [], 'no Content-Security-Policy violations');
  assert.deepEqual(watch.pageErrors, [], 'no uncaught errors in the page');
  assert.deepEqual(watch.dialogs, [], 'no dialogs');
}

async function setTexts(page, old, neu) {
  await page.fill('#text-old', old);
  await page.fill('#text-new', neu);
}

test('the seed pair loads as the example and shows the comparison', async () => {
  const { context, page, watch } = await fresh();
  await waitForResult(page, 'comparison');
  assert.equal(await page.inputValue('#text-old'), EXAMPLE_OLD);
  assert.equal(await page.inputValue('#text-new'), EXAMPLE_NEW);
  const summary = await page.textContent('#summary');
  assert.match(summary, /^\d+% unchanged; \d+ edits?, \d+ substantive; /);

  // The word change "may" → "might", shown as a removal followed by an insertion in one edit.
  const mayMight = await page.$$eval('.redline .chg.op-edit del', (dels) => dels.some((d) => d.textContent.trim() === 'may' && d.nextElementSibling?.tagName === 'INS' && d.nextElementSibling.textContent.trim() === 'might'));
  assert.ok(mayMight, 'redline shows may → might');

  await noCspViolations(page, watch);
  await context.close();
});

test('the seed example shows the quote "We will talk about all issues…" by Vladimir Putin', async () => {
  const { context, page, watch } = await fresh();
  await waitForResult(page, 'comparison');
  // The quote, attributed to Vladimir Putin, in the roster of the revised version.
  await page.click('#tab-quotes');
  const putin = await page.$$eval('.roster .speaker', (speakers) => speakers
    .filter((s) => s.querySelector('.who').textContent === 'Vladimir Putin')
    .flatMap((s) => [...s.querySelectorAll('.q-text')].map((q) => q.textContent)));
  assert.ok(putin.some((q) => q.includes('We will talk about all issues')), `Vladimir Putin is quoted saying "We will talk about all issues…" (roster quotes of Putin: ${JSON.stringify(putin)})`);
  // The quote is highlighted in the text, and the quote diff table lists it.
  assert.ok(await page.$$eval('.qtext mark.q', (ms) => ms.some((m) => m.textContent.includes('We will talk about all issues'))));
  assert.ok(await page.$$eval('table.qdiff caption', (c) => c.length === 1));
  await noCspViolations(page, watch);
  await context.close();
});

test('the seed example shows the appended teasers as teasers', async () => {
  const { context, page, watch } = await fresh();
  await waitForResult(page, 'comparison');
  // Teasers appended to the revised version are shown as teasers, set apart from the story.
  await page.click('#tab-structure');
  await page.click('#version-pick button[data-version="new"]');
  const kinds = await page.$$eval('.blocks .blk', (blocks) => blocks.map((b) => ({ teaser: b.classList.contains('k-teaser'), aside: b.classList.contains('aside'), label: b.querySelector('.blk-kind')?.textContent ?? '', text: b.querySelector('.blk-text').textContent })));
  const pope = kinds.find((b) => b.text.startsWith('Pope Francis is be laid to rest'));
  const story = kinds.find((b) => b.text.startsWith('Kim might be looking for food aid'));
  assert.ok(pope?.teaser && pope.aside && /^Teaser/.test(pope.label), `the appended "Pope Francis" story is a teaser (got ${JSON.stringify(pope?.label)})`);
  assert.ok(story && !story.teaser && !story.aside, 'a story paragraph is not a teaser');
  await noCspViolations(page, watch);
  await context.close();
});

test('filters hide and show changes by class, and n/p step through them', async () => {
  const { context, page, watch } = await fresh();
  await waitForResult(page, 'comparison');
  const state = () => page.$$eval('.redline [data-change]', (els) => els.map((el) => ({
    tags: [...el.classList].filter((c) => c.startsWith('t-')).map((c) => c.slice(2)),
    filtered: el.classList.contains('filtered'),
    visible: el.getClientRects().length > 0,
    op: [...el.classList].find((c) => c.startsWith('op-')),
  })));
  let all = await state();
  assert.ok(all.length > 5, 'the redline marks the changes');
  assert.ok(all.every((c) => !c.filtered), 'all changes show by default');

  for (const only of ['number', 'quote', 'attribution']) {
    await page.click(`button[data-preset="${only}"]`);
    all = await state();
    for (const c of all) assert.equal(c.filtered, !c.tags.includes(only), `"${only} only" filters exactly the changes without that class`);
    assert.equal(await page.getAttribute(`button[data-preset="${only}"]`, 'aria-pressed'), 'true');
  }

  await page.click('button[data-preset="substantive"]');
  all = await state();
  for (const c of all) assert.equal(c.filtered, c.tags.every((t) => t === 'style'), 'hide style-only filters exactly the style-only changes');
  // Unchecking "Removed" hides removals that have no other enabled class; a change shows if any of its classes is on.
  await page.click('button[data-preset="all"]');
  await page.uncheck('#tag-delete');
  all = await state();
  for (const c of all) {
    const shown = c.tags.some((t) => t !== 'delete');
    assert.equal(c.filtered, !shown, `a change shows when any of its classes is on (${c.tags})`);
  }
  const removals = all.filter((c) => c.op === 'op-delete' && c.tags.every((t) => t === 'delete'));
  assert.ok(removals.length > 0, 'the seed pair has plain removals');
  for (const c of removals) assert.ok(c.filtered && !c.visible, 'plain removals are hidden from the redline');
  await page.click('button[data-preset="all"]');

  // Keyboard stepping.
  await page.focus('#tab-redline');
  await page.keyboard.press('n');
  assert.match(await page.textContent('#step-pos'), /^Change 1 of \d+$/);
  const total = Number((await page.textContent('#step-pos')).match(/of (\d+)/)[1]);
  assert.equal(await page.$$eval('.redline .current', (els) => els.length), 1);
  await page.keyboard.press('n');
  assert.match(await page.textContent('#step-pos'), /^Change 2 of/);
  await page.keyboard.press('p');
  await page.keyboard.press('p');
  assert.equal(await page.textContent('#step-pos'), `Change ${total} of ${total}`, 'p wraps to the last change');
  await page.waitForFunction(() => { const r = document.querySelector('.redline .current').getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight; }, null, { timeout: 5000 });

  // The change list steps too, and picking an item opens it in the redline.
  await page.click('#tab-changes');
  await page.keyboard.press('n');
  assert.equal(await page.$$eval('.change-list li.current', (els) => els.length), 1);
  await page.click('.change-list li:nth-child(3) button');
  assert.equal(await page.getAttribute('#tab-redline', 'aria-selected'), 'true');
  assert.equal(await page.$$eval('.redline .current', (els) => els.length), 1);

  // Side by side keeps paragraphs aligned in rows, original left and revised right.
  await page.click('#tab-side');
  const rows = await page.$$eval('.sbs-body .sbs-row', (rs) => rs.length);
  assert.ok(rows > 5);
  assert.ok(await page.$$eval('.sbs-old del', (d) => d.some((x) => x.textContent.trim() === 'may')));
  assert.ok(await page.$$eval('.sbs-new ins', (d) => d.some((x) => x.textContent.trim() === 'might')));
  await noCspViolations(page, watch);
  await context.close();
});

test('long comparisons render in pages, and the filter applies to pages shown later', async () => {
  const { context, page, watch } = await fresh();
  await waitForResult(page, 'comparison');
  const paras = Array.from({ length: 150 }, (_, i) => `Paragraph ${i} reports that ${i * 3} people attended the meeting on Monday.`);
  const edited = paras.map((p, i) => (i % 2 ? p.replace(`${i * 3} people`, `${i * 3 + 1} people`) : p.replace('the meeting', 'the long meeting')));
  await setTexts(page, paras.join('\n'), edited.join('\n'));
  await page.waitForFunction(() => /^\d+% unchanged; 150 edits/.test(document.getElementById('summary').textContent), null, { timeout: 20000 });
  await page.click('button[data-preset="number"]');
  const first = await page.$$eval('.redline .rl-para', (p) => p.length);
  assert.ok(first < 150, 'the first page holds part of the paragraphs');
  await page.click('#view .more');
  const state = await page.$$eval('.redline [data-change]', (els) => els.map((el) => ({ number: el.classList.contains('t-number'), filtered: el.classList.contains('filtered') })));
  assert.ok(state.length > first);
  for (const c of state) assert.equal(c.filtered, !c.number, 'items shown later follow the filter too');
  await noCspViolations(page, watch);
  await context.close();
});

test('moves are linked between their two places', async () => {
  const { context, page, watch } = await fresh();
  await waitForResult(page, 'comparison');
  const a = 'First paragraph says the council met on Monday.\nSecond paragraph quotes the mayor at length about the budget.\nThird paragraph gives the closing figures for the year.';
  const b = 'Second paragraph quotes the mayor at length about the budget.\nFirst paragraph says the council met on Monday.\nThird paragraph gives the closing figures for the year.';
  await setTexts(page, a, b);
  await page.waitForFunction(() => /\d+ moved/.test(document.getElementById('summary').textContent), null, { timeout: 15000 });
  const jump = await page.$('.redline .op-move .jump');
  assert.ok(jump, 'a moved sentence has a link to its old place');
  await jump.click();
  assert.ok(await page.$eval('.redline .ghost', (g) => g.contains(document.activeElement) || g === document.activeElement), 'the link moves focus to the old place');
  await noCspViolations(page, watch);
  await context.close();
});

test('autosave brings the texts back after a reload', async () => {
  const { context, page, watch } = await fresh();
  await waitForResult(page, 'comparison');
  const old = 'The minister said on Tuesday that talks would resume.\nShe added: “We are hopeful.”';
  const neu = 'The minister said on Wednesday that talks might resume.\nShe added: “We are very hopeful.”';
  await setTexts(page, old, neu);
  await page.waitForFunction(() => document.getElementById('summary').textContent.includes('unchanged'));
  await page.waitForTimeout(700); // the autosave debounce
  await page.reload();
  await waitForResult(page, 'comparison');
  assert.equal(await page.inputValue('#text-old'), old);
  assert.equal(await page.inputValue('#text-new'), neu);
  assert.ok(await page.$$eval('.redline ins', (ins) => ins.some((i) => i.textContent.includes('Wednesday'))));
  // Clearing both panes is remembered too: no example comes back uninvited.
  await page.click('#clear-all');
  await page.waitForTimeout(700);
  await page.reload();
  await page.waitForSelector('.welcome');
  assert.equal(await page.inputValue('#text-old'), '');
  await noCspViolations(page, watch);
  await context.close();
});

test('a share link round-trips both texts; a too-long one falls back to a file', async () => {
  const { context, page, watch } = await fresh();
  await waitForResult(page, 'comparison');
  const old = 'Ünïcödé “quotes” — emoji 🗞️ and CJK 新闻 text.\nSecond line, with & < > " \' characters.';
  const neu = 'Ünïcödé “quotes” — emoji 🗞️ and CJK 新闻 texts.\nSecond line, changed, with & < > " \' characters.';
  await setTexts(page, old, neu);
  await page.click('#share');
  await page.waitForSelector('#share-panel:not([hidden])');
  const link = await page.inputValue('#share-link');
  assert.match(link, /#share=[\w-]+$/);
  assert.equal(await page.evaluate(() => location.hash), '', 'the address bar is left alone');
  assert.ok(!link.includes('emoji') && !link.includes('Second'), 'the texts are compressed, not in plain sight');
  await context.close();

  const other = await browser.newContext();
  const { page: p2, watch: w2 } = await openPage(browser, link, { context: other });
  await waitForResult(p2, 'comparison');
  assert.equal(await p2.inputValue('#text-old'), old);
  assert.equal(await p2.inputValue('#text-new'), neu);
  assert.equal(await p2.evaluate(() => location.hash), '', 'the opened link is dropped from the address bar; autosave keeps the texts');
  await p2.waitForTimeout(700);
  await p2.reload();
  await waitForResult(p2, 'comparison');
  assert.equal(await p2.inputValue('#text-new'), neu, 'a reload keeps the shared texts');
  await noCspViolations(p2, w2);

  // Hard-to-compress text too long for a link: Share saves a file, and opening it restores both texts.
  let seed = 2463534242;
  const noise = Array.from({ length: 120_000 }, () => {
    seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; // xorshift32
    return 'abcdefghijklmnopqrstuvwxyz .,'[(seed >>> 0) % 29];
  }).join('');
  await p2.evaluate(([a, b]) => {
    for (const [id, t] of [['text-old', a], ['text-new', b]]) {
      const el = document.getElementById(id);
      el.value = t;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }, [noise, `${noise}!`]);
  const [download] = await Promise.all([p2.waitForEvent('download'), p2.click('#share')]);
  assert.equal(download.suggestedFilename(), 'palimpsest-share.json');
  const file = path.join(tmpdir(), `palimpsest-share-${process.pid}.json`);
  await download.saveAs(file);
  const saved = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(saved.old, noise);
  assert.match(await p2.textContent('#notice'), /saved as a file/);
  await other.close();

  const third = await browser.newContext();
  const { page: p3 } = await openPage(browser, server.url, { context: third });
  await waitForResult(p3, 'comparison');
  await p3.setInputFiles('#pane-old input[type=file]', file);
  await p3.waitForFunction((n) => document.getElementById('count-old').textContent && document.getElementById('text-old').value.length === n, noise.length);
  assert.equal(await p3.inputValue('#text-old'), noise);
  assert.equal(await p3.inputValue('#text-new'), `${noise}!`);
  await third.close();
});

test('pasted HTML becomes clean text with paragraph breaks', async () => {
  const { context, page, watch } = await fresh();
  await waitForResult(page, 'comparison');
  await page.click('#clear-all');
  const html = `<html><head><title>Site title</title><style>p{color:red}</style><script>window.__pwned = 1</script></head><body>
    <nav><a href="/">Home</a> | <a href="/world">World</a></nav>
    <article>
      <h1>Harbour   plan
        approved</h1>
      <p class="byline">By <a href="/a">Ana Ruiz</a></p>
      <p>The council <b>approved</b> the harbour plan on Monday,<br>after a long debate.</p>
      <figure><img src="x.jpg" alt="The harbour at dawn"><figcaption>The harbour at dawn. Photo: J. Doe</figcaption></figure>
      <p>“It is a good day,” said the mayor.</p>
      <ul><li>Cost: €4m</li><li>Start: May</li></ul>
      <button>Subscribe</button>
    </article>
    <script>alert('x')</script>
  </body></html>`;
  await paste(page, '#text-old', { html, text: 'plain fallback' });
  const value = await page.inputValue('#text-old');
  assert.equal(value, [
    'Harbour plan approved',
    'By Ana Ruiz',
    'The council approved the harbour plan on Monday,',
    'after a long debate.',
    'The harbour at dawn. Photo: J. Doe',
    '“It is a good day,” said the mayor.',
    'Cost: €4m',
    'Start: May',
  ].join('\n'));
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await waitForResult(page, 'analysis');
  assert.match(await page.textContent('#notice'), /converted to clean text/);
  await noCspViolations(page, watch);
  await context.close();
});

test('dropped or opened .md and .txt files become clean text', async () => {
  const { context, page, watch } = await fresh();
  await waitForResult(page, 'comparison');
  const md = '# Harbour plan approved\n\nThe council **approved** the [harbour plan](https://example.org/plan)\non Monday, after a long\ndebate.\n\n![A photo](x.jpg)\n\n> “It is a good day,” said the *mayor*.\n\n- Cost: 4m\n- Start: May\n';
  await page.setInputFiles('#pane-old input[type=file]', { name: 'story.md', mimeType: 'text/markdown', buffer: Buffer.from(md) });
  await page.waitForFunction(() => document.getElementById('text-old').value.startsWith('Harbour'));
  assert.equal(await page.inputValue('#text-old'), 'Harbour plan approved\nThe council approved the harbour plan on Monday, after a long debate.\n“It is a good day,” said the mayor.\nCost: 4m\nStart: May');
  await page.setInputFiles('#pane-new input[type=file]', { name: 'story.txt', mimeType: 'text/plain', buffer: Buffer.from('Line one.\r\nLine two **stays**.\r\n') });
  await page.waitForFunction(() => document.getElementById('text-new').value.startsWith('Line one'));
  assert.equal(await page.inputValue('#text-new'), 'Line one.\nLine two **stays**.\n');
  // A drop on a pane reads the file the same way.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['<p>Dropped <i>HTML</i> story.</p><script>window.__x = 1</script>'], 'dropped.html', { type: 'text/html' }));
    document.getElementById('pane-new').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.getElementById('text-new').value === 'Dropped HTML story.');
  assert.equal(await page.evaluate(() => window.__x), undefined);
  await noCspViolations(page, watch);
  await context.close();
});

const XSS = [
  '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="window.__xss=1">',
  '<script>alert(1)</script>',
  '<script>window.__xss=1</script>',
  '<a href="javascript:alert(1)">click me</a>',
  '<svg onload=alert(1)><circle r=10 /></svg>',
  '"><iframe src="javascript:alert(1)"></iframe>',
  '\'><body onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:text/html,<script>alert(1)</script>">',
  '<form action="javascript:alert(1)"><input type=submit></form>',
  '<div style="background:url(javascript:alert(1))">styled</div>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '{{constructor.constructor(\'alert(1)\')()}}',
  '`${alert(1)}`',
  '<template><img src=x onerror=alert(1)></template>',
  '<base href="javascript:alert(1)//">',
  '<link rel=stylesheet href="data:text/css,body{display:none}">',
];

async function dangerous(page) {
  return page.evaluate(() => ({
    xss: window.__xss,
    // Anything active inside the rendered results, and anywhere in the document: handlers, frames, foreign scripts.
    nodes: [...document.querySelectorAll(':is(.blocks, .redline, .sentences, .qtext, .sbs, .change-list, .roster, .qdiff) :is(img, iframe, script, svg, object, embed, form, details, math, template, base, link, meta, style, a, input), [onerror], [onload], [ontoggle], [onclick], [style], iframe, object, embed, base, a[href^="javascript"]')].map((n) => n.outerHTML.slice(0, 80)),
    scripts: [...document.scripts].map((s) => s.getAttribute('src')),
  }));
}

test('an XSS payload corpus renders as plain text and runs nothing', async () => {
  const { context, page, watch } = await fresh();
  await waitForResult(page, 'comparison');
  const old = XSS.map((p, i) => `Paragraph ${i + 1} says ${p} and “${p},” said ${p}.`).join('\n');
  const neu = XSS.map((p, i) => `Paragraph ${i + 1} now says ${p} and “${p},” said ${p}.`).join('\n');
  await setTexts(page, old, neu);
  await page.waitForFunction(() => document.getElementById('text-new').value.includes('now says') && document.getElementById('results').getAttribute('aria-busy') === 'false' && document.querySelector('.redline ins'));
  for (const tab of ['redline', 'side', 'changes', 'quotes', 'structure', 'sentences', 'stats']) {
    await page.click(`#tab-${tab}`);
    await page.waitForTimeout(50);
  }
  await page.click('#tab-structure');
  const shown = await page.$eval('.blocks', (b) => b.textContent);
  for (const p of XSS) assert.ok(shown.includes(p), `payload shown as text: ${p}`);
  await page.click('#tab-redline');
  assert.ok((await page.$eval('.redline', (r) => r.textContent)).includes(XSS[0]));

  // The same payloads pasted as HTML and opened as an .html file.
  await paste(page, '#text-new', { html: XSS.join('<p>') });
  await page.setInputFiles('#pane-old input[type=file]', { name: 'evil.html', mimeType: 'text/html', buffer: Buffer.from(`<!doctype html><body>${XSS.join('\n<p>')}</body>`) });
  await page.waitForTimeout(1500);
  for (const tab of ['redline', 'side', 'changes', 'quotes', 'structure', 'sentences']) {
    await page.click(`#tab-${tab}`);
    await page.waitForTimeout(50);
  }
  const found = await dangerous(page);
  assert.equal(found.xss, undefined, 'no payload script ran');
  assert.deepEqual(found.nodes, [], 'no active element made it into the page');
  assert.deepEqual(found.scripts, ['js/main.js'], 'the page runs only its own script');
  await noCspViolations(page, watch);
  await context.close();
});

test('no network requests after load, no CSP violations, exports work offline', async () => {
  const { context, page, watch } = await fresh();
  await waitForResult(page, 'comparison');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForTimeout(500);
  const before = watch.requests.length;
  const serverBefore = server.log.length;

  for (const tab of ['redline', 'side', 'changes', 'quotes', 'structure', 'sentences', 'stats']) await page.click(`#tab-${tab}`);
  await page.click('#tab-structure');
  await page.click('#version-pick button[data-version="old"]');
  await page.click('#tab-redline');
  await page.click('button[data-preset="substantive"]');
  await page.keyboard.press('n');
  await page.fill('#text-new', `${EXAMPLE_NEW}\nA new closing line was added by the editor.`);
  await page.waitForFunction(() => document.getElementById('results').getAttribute('aria-busy') === 'false' && document.querySelector('.redline ins'));
  await paste(page, '#text-old', { html: '<p>Pasted <b>bold</b> text.</p>' });
  await page.click('#share');

  const exports = {};
  for (const kind of ['json', 'markdown', 'html']) {
    await page.click('#export-button');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-export="${kind}"]`)]);
    exports[kind] = { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }
  await page.waitForTimeout(500);
  const later = watch.requests.slice(before).filter((r) => !r.url.startsWith('blob:') && !r.url.startsWith('data:'));
  assert.deepEqual(later.map((r) => r.url), [], 'no requests after load, not even to the page origin or its service worker');
  assert.deepEqual(server.log.slice(serverBefore), [], 'the server saw nothing after load');

  const json = JSON.parse(exports.json.text);
  assert.equal(exports.json.name, 'palimpsest-comparison.json');
  assert.ok(Array.isArray(json.changes) && json.old && json.new && typeof json.similarity === 'number', 'the JSON export is a Comparison');
  assert.ok(json.new.sentences.some((s) => s.text.includes('A new closing line')));
  assert.equal(exports.markdown.name, 'palimpsest-comparison.md');
  assert.match(exports.markdown.text, /#/);
  assert.equal(exports.html.name, 'palimpsest-comparison.html');
  assert.match(exports.html.text, /<html|<!doctype/i);
  await noCspViolations(page, watch);
  await context.close();
});

test('a wasm panic shows a readable error and the worker restarts', async () => {
  const { context, page, watch } = await openPage(browser, `${server.url}?selftest`);
  await waitForResult(page, 'comparison');
  const message = await page.evaluate(() => window.palimpsestSelftest.panic());
  assert.match(message, /unreachable/);
  await page.waitForSelector('#error:not([hidden])');
  assert.match(await page.textContent('#error'), /analysis engine stopped .*restarted; your text is safe/);
  await page.fill('#text-new', `${EXAMPLE_NEW}\nOne more line after the crash.`);
  await page.waitForFunction(() => document.getElementById('error').hidden && [...document.querySelectorAll('.redline ins')].some((i) => i.textContent.includes('One more line')), null, { timeout: 20000 });
  await noCspViolations(page, watch);
  await context.close();
});

const VIEWS = ['redline', 'side', 'changes', 'quotes', 'structure', 'sentences', 'stats'];

for (const scheme of ['light', 'dark']) {
  test(`axe reports no violations and screenshots are saved (${scheme})`, async () => {
    const { context, page, watch } = await fresh({ colorScheme: scheme, viewport: { width: 1280, height: 1100 } });
    await waitForResult(page, 'comparison');
    const problems = [];
    for (const view of VIEWS) {
      await page.click(`#tab-${view}`);
      if (view === 'redline') await page.keyboard.press('n');
      await page.waitForTimeout(100);
      for (const v of await axe(page)) problems.push({ view, ...v });
      await page.evaluate(() => document.getElementById('results').scrollIntoView());
      await screenshot(page, `${scheme}-${view}`);
    }
    // The empty state and the export menu.
    await page.click('#export-button');
    for (const v of await axe(page)) problems.push({ view: 'export-menu', ...v });
    await page.keyboard.press('Escape');
    // Phone width.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.click('#tab-redline');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `${scheme}-phone-top`);
    await page.evaluate(() => document.getElementById('results').scrollIntoView());
    await screenshot(page, `${scheme}-phone-redline`);
    await page.click('#tab-side');
    await screenshot(page, `${scheme}-phone-side`);
    for (const v of await axe(page)) problems.push({ view: 'phone', ...v });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no horizontal scrolling at phone width (overflow ${overflow}px)`);
    await page.click('#clear-all');
    await page.waitForSelector('.welcome');
    for (const v of await axe(page)) problems.push({ view: 'empty', ...v });
    assert.deepEqual(problems, [], 'axe-core finds no violations');
    await noCspViolations(page, watch);
    await context.close();
  });
}

test('keyboard: tabs with arrows and number keys, Escape leaves a text box', async () => {
  const { context, page, watch } = await fresh();
  await waitForResult(page, 'comparison');
  await page.focus('#tab-redline');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getAttribute('#tab-side', 'aria-selected'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-side');
  await page.keyboard.press('7');
  assert.equal(await page.getAttribute('#tab-stats', 'aria-selected'), 'true');
  await page.focus('#text-old');
  await page.keyboard.press('n'); // typing in a text box is not a shortcut
  assert.equal(await page.getAttribute('#tab-stats', 'aria-selected'), 'true');
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'results');
  await page.keyboard.press('1');
  assert.equal(await page.getAttribute('#tab-redline', 'aria-selected'), 'true');
  // Export menu by keyboard.
  await page.focus('#export-button');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.export), 'json');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.export), 'markdown');
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'export-button');
  assert.equal(await page.getAttribute('#export-menu', 'hidden'), '');
  await noCspViolations(page, watch);
  await context.close();
});
