// Palimpsest page: wiring of inputs, the analysis worker and the views.
import { EXAMPLE } from '../examples.js';
import { h, clear, formatBytes, pluralise } from './dom.js';
import { Engine } from './engine.js';
import { pastedText, readFile, htmlToText } from './input.js';
import { encodeShare, decodeShare, shareFile, MAX_FRAGMENT } from './share.js';
import * as store from './store.js';
import { TAGS, indexChanges, passes, summaryLine, analysisLine } from './model.js';
import { structureView, sentencesView, quotesView, statsView, compareStatsView } from './views/analysis.js';
import { redlineView, sideBySideView, changeListView, quoteTable } from './views/compare.js';
import { reveal } from './views/common.js';

const LARGE = 400_000; // characters: above this a pane shows a preview instead of the full text
const PREVIEW = 20_000;
const $ = (id) => document.getElementById(id);

const els = {
  old: $('text-old'), new: $('text-new'), summary: $('summary'), busy: $('busy'), busyText: $('busy-text'),
  error: $('error'), notice: $('notice'), tabs: $('tabs'), view: $('view'), filters: $('filters'), tagBoxes: $('tag-boxes'),
  results: $('results'), versionPick: $('version-pick'), stepPos: $('step-pos'), theme: $('theme'),
};

const texts = { old: '', new: '' };
const large = { old: false, new: false };
const settings = {
  view: null,
  version: 'new',
  boundaries: true,
  showUnchangedQuotes: false,
  enabled: new Set(Object.keys(TAGS)),
  save: () => scheduleSave(),
};
let result = null; // {kind: 'analysis'|'comparison', result, side}
let ix = null; // change indices of a comparison
let views = {}; // view id -> {node, ensure?}
let current = null; // the selected change index
let job = 0;

// ---------- theme ----------
const systemDark = matchMedia('(prefers-color-scheme: dark)');
function applyTheme(value) {
  const dark = value === 'dark' || (value !== 'light' && systemDark.matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  els.theme.value = value;
}
applyTheme(store.loadSetting('theme', 'auto'));
systemDark.addEventListener('change', () => applyTheme(els.theme.value));
els.theme.addEventListener('change', () => { applyTheme(els.theme.value); store.saveSetting('theme', els.theme.value); });

// ---------- notices and errors ----------
let noticeTimer = 0;
function notice(text, keep = false) {
  els.notice.textContent = text;
  delete els.notice.dataset.kind;
  clearTimeout(noticeTimer);
  if (!keep) noticeTimer = setTimeout(() => { els.notice.textContent = ''; }, 8000);
}

function showError(text, retry) {
  clear(els.error).append(h('strong', { text: 'Something went wrong. ' }), text,
    retry ? h('button', { type: 'button', class: 'retry', text: 'Try again', on: { click: () => { hideError(); retry(); } } }) : null);
  els.error.hidden = false;
}
function hideError() { els.error.hidden = true; clear(els.error); }

// ---------- engine ----------
const engine = new Engine({
  onReady: (v) => { $('version').textContent = `engine ${v}`; },
  onCrash: (message, restarted) => {
    setBusy(false);
    showError(`The analysis engine stopped (${message}). ${restarted ? 'It has been restarted; your text is safe.' : 'Reload the page to try again; your text is saved.'}`, restarted ? () => analyseNow() : null);
  },
});

let busyTimer = 0;
function setBusy(on, label = 'Analysing…') {
  clearTimeout(busyTimer);
  els.results.setAttribute('aria-busy', on ? 'true' : 'false');
  if (!on) { els.busy.hidden = true; return; }
  els.busyText.textContent = label;
  busyTimer = setTimeout(() => { els.busy.hidden = false; }, 120);
}

let analyseTimer = 0;
function scheduleAnalysis() {
  clearTimeout(analyseTimer);
  const size = texts.old.length + texts.new.length;
  analyseTimer = setTimeout(analyseNow, Math.min(900, 220 + size / 20_000));
}

async function analyseNow() {
  clearTimeout(analyseTimer);
  const hasOld = texts.old.trim().length > 0;
  const hasNew = texts.new.trim().length > 0;
  const mine = ++job;
  if (!hasOld && !hasNew) {
    result = null;
    renderAll();
    return;
  }
  // A stale job that has run a while is cancelled by replacing the worker.
  if (engine.busyFor() > 300) engine.restart('superseded by newer text');
  const side = hasOld && hasNew ? null : hasOld ? 'old' : 'new';
  const size = texts.old.length + texts.new.length;
  setBusy(true, size > 200_000 ? `Analysing ${formatBytes(size)} of text…` : 'Analysing…');
  try {
    const r = side ? await engine.analyse(texts[side], null) : await engine.analyse(texts.old, texts.new);
    if (mine !== job) return;
    performance.mark('palimpsest:result');
    hideError();
    result = { ...r, side };
    await renderAll();
    performance.mark('palimpsest:rendered');
  } catch (err) {
    if (mine !== job || err.cancelled || err.fatal) return;
    showError(err.message, () => analyseNow());
  } finally {
    if (mine === job) setBusy(false);
  }
}

// ---------- panes ----------
function paneCount(side) {
  const t = texts[side];
  const el = $(`count-${side}`);
  if (!t) { el.textContent = ''; return; }
  if (t.length > LARGE) { el.textContent = formatBytes(t.length); return; }
  const words = (t.match(/\S+/g) || []).length;
  el.textContent = pluralise(words, 'word');
}

function setText(side, text, { from = 'input' } = {}) {
  texts[side] = text;
  const area = els[side];
  const note = $(`note-${side}`);
  large[side] = text.length > LARGE;
  if (large[side]) {
    area.value = `${text.slice(0, PREVIEW)}\n\n[… ${(text.length - PREVIEW).toLocaleString('en')} more characters, analysed but not shown here]`;
    area.readOnly = true;
    note.textContent = `Large text: ${formatBytes(text.length)} (${text.length.toLocaleString('en')} characters). The box shows the beginning; the whole text is analysed. Clear it to type again.`;
    note.hidden = false;
  } else {
    if (from !== 'typing') area.value = text;
    area.readOnly = false;
    note.hidden = true;
  }
  paneCount(side);
  if (from !== 'load') sharePanel.hidden = true;
  if (from === 'typing' && els.notice.dataset.kind === 'example') notice('');
  scheduleSave();
  scheduleAnalysis();
}

function insertAtCursor(side, insert) {
  const area = els[side];
  if (large[side]) { setText(side, insert, { from: 'paste' }); return; }
  const start = area.selectionStart ?? area.value.length;
  const end = area.selectionEnd ?? start;
  const next = area.value.slice(0, start) + insert + area.value.slice(end);
  if (next.length > LARGE) { setText(side, next, { from: 'paste' }); return; }
  area.focus();
  // insertText keeps the browser's undo history; fall back to setRangeText.
  let ok = false;
  try { ok = document.execCommand('insertText', false, insert); } catch { ok = false; }
  if (!ok || area.value !== next) { area.value = next; area.setSelectionRange(start + insert.length, start + insert.length); }
  setText(side, area.value, { from: 'typing' });
}

for (const side of ['old', 'new']) {
  const area = els[side];
  const pane = $(`pane-${side}`);
  area.addEventListener('input', () => { if (!large[side]) setText(side, area.value, { from: 'typing' }); });
  area.addEventListener('paste', (event) => {
    if (!event.clipboardData) return;
    event.preventDefault();
    const { text, cleaned } = pastedText(event.clipboardData);
    insertAtCursor(side, text);
    if (cleaned) notice('Pasted HTML was converted to clean text.');
  });
  area.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') { area.blur(); els.results.focus(); }
  });
  pane.addEventListener('dragover', (event) => { event.preventDefault(); pane.classList.add('dropping'); });
  pane.addEventListener('dragleave', () => pane.classList.remove('dropping'));
  pane.addEventListener('drop', async (event) => {
    event.preventDefault();
    pane.classList.remove('dropping');
    const dt = event.dataTransfer;
    if (dt.files && dt.files.length) await openFile(side, dt.files[0]);
    else if (dt.getData('text/html')) setText(side, htmlToText(dt.getData('text/html')), { from: 'drop' });
    else if (dt.getData('text/plain')) setText(side, dt.getData('text/plain'), { from: 'drop' });
  });
}

async function openFile(side, file) {
  try {
    const got = await readFile(file);
    if (got.shared) {
      setText('old', got.shared.old, { from: 'file' });
      setText('new', got.shared.new, { from: 'file' });
      notice(`Opened the shared texts from ${file.name}.`);
    } else {
      setText(side, got.text, { from: 'file' });
      notice(`Opened ${file.name}.`);
    }
  } catch (err) {
    showError(`Could not read ${file.name}: ${err.message}`);
  }
}

document.querySelectorAll('input[type=file][data-file]').forEach((input) => {
  input.addEventListener('change', async () => {
    if (input.files?.[0]) await openFile(input.dataset.file, input.files[0]);
    input.value = '';
  });
});
document.querySelectorAll('[data-clear]').forEach((b) => b.addEventListener('click', () => { setText(b.dataset.clear, '', { from: 'clear' }); els[b.dataset.clear].focus(); }));

// ---------- autosave ----------
let saveTimer = 0;
function scheduleSave() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, 400);
}
async function saveNow() {
  const status = await store.save({ old: texts.old, new: texts.new, view: settings.view, version: settings.version, boundaries: settings.boundaries, enabled: [...settings.enabled] });
  if (status === 'too-large') notice('These texts are too large to autosave in this browser; use Share → file to keep them.', true);
  else if (status === 'failed') notice('Autosave is not available in this browser.');
}
window.addEventListener('pagehide', saveNow);

// ---------- tabs and views ----------
const VIEWS = {
  redline: { label: 'Redline', compare: true },
  side: { label: 'Side by side', compare: true },
  changes: { label: 'Changes', compare: true },
  quotes: { label: 'Quotes' },
  structure: { label: 'Structure' },
  sentences: { label: 'Sentences' },
  stats: { label: 'Stats' },
};

function availableViews() {
  const cmp = result?.kind === 'comparison';
  return Object.keys(VIEWS).filter((v) => cmp || !VIEWS[v].compare);
}

function buildTabs() {
  const ids = availableViews();
  if (!ids.includes(settings.view)) settings.view = ids[0];
  clear(els.tabs);
  ids.forEach((id, n) => {
    const tab = h('button', {
      type: 'button', id: `tab-${id}`, text: VIEWS[id].label,
      attrs: { role: 'tab', 'aria-selected': id === settings.view ? 'true' : 'false', 'aria-controls': 'view', tabindex: id === settings.view ? '0' : '-1', 'aria-keyshortcuts': String(n + 1) },
      on: { click: () => selectView(id) },
    });
    els.tabs.append(tab);
  });
}

els.tabs.addEventListener('keydown', (event) => {
  const tabs = [...els.tabs.querySelectorAll('[role=tab]')];
  const i = tabs.indexOf(document.activeElement);
  if (i < 0) return;
  let next = null;
  if (event.key === 'ArrowRight') next = (i + 1) % tabs.length;
  else if (event.key === 'ArrowLeft') next = (i - 1 + tabs.length) % tabs.length;
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = tabs.length - 1;
  if (next == null) return;
  event.preventDefault();
  tabs[next].focus();
  selectView(tabs[next].id.slice(4));
});

function selectView(id) {
  if (!availableViews().includes(id)) return;
  settings.view = id;
  for (const tab of els.tabs.querySelectorAll('[role=tab]')) {
    const on = tab.id === `tab-${id}`;
    tab.setAttribute('aria-selected', on ? 'true' : 'false');
    tab.tabIndex = on ? 0 : -1;
  }
  els.view.setAttribute('role', 'tabpanel');
  els.view.setAttribute('aria-labelledby', `tab-${id}`);
  showView();
  scheduleSave();
}

function analysisFor(which) {
  if (!result) return null;
  if (result.kind === 'analysis') return result.result;
  return result.result[which];
}

function viewKey(id) {
  return ['quotes', 'structure', 'sentences'].includes(id) && result?.kind === 'comparison' ? `${id}:${settings.version}` : id;
}

function buildView(id) {
  const r = result.result;
  const getRoot = () => els.view;
  const cmp = result.kind === 'comparison';
  switch (id) {
    case 'redline': {
      const text = redlineView(r, ix, getRoot);
      const list = changeListView(r, ix, (k) => { current = k; focusChange(k); }, { compact: true });
      return {
        node: h('div', { class: 'with-aside' }, text.node,
          h('aside', { class: 'aside-list', attrs: { 'aria-labelledby': 'aside-title' } }, h('h2', { id: 'aside-title', text: `All changes (${ix.real.length})` }), list.node)),
        ensure: (k) => { text.ensure(k); list.ensure(k); },
      };
    }
    case 'side': return sideBySideView(r, ix, getRoot);
    case 'changes': return changeListView(r, ix, (k) => { current = k; selectView('redline'); focusChange(k); });
    case 'quotes': {
      const a = analysisFor(cmp ? settings.version : null);
      const node = h('div', {},
        cmp ? h('div', { class: 'panel' }, h('h2', { text: 'Quotes: what changed' }), quoteTable(r, {
          showUnchanged: settings.showUnchangedQuotes,
          onToggle: (on) => { settings.showUnchangedQuotes = on; delete views[viewKey('quotes')]; showView(); document.getElementById('show-unchanged-quotes')?.focus(); },
        })) : null,
        quotesView(a, { title: cmp ? `Who is quoted in the ${settings.version === 'old' ? 'original' : 'revised'} version` : null }));
      return { node };
    }
    case 'structure': return { node: structureView(analysisFor(cmp ? settings.version : null)) };
    case 'sentences': return { node: sentencesView(analysisFor(cmp ? settings.version : null), settings) };
    case 'stats': return { node: cmp ? compareStatsView(r) : statsView(r) };
    default: return { node: h('p', { text: 'Unknown view' }) };
  }
}

function showView() {
  if (!result) return;
  const id = settings.view;
  const key = viewKey(id);
  if (!views[key]) {
    performance.mark(`palimpsest:build:${key}`);
    views[key] = buildView(id);
    performance.mark(`palimpsest:built:${key}`);
    applyFilters(views[key].node);
  }
  els.view.replaceChildren(views[key].node);
  const cmp = result.kind === 'comparison';
  els.filters.hidden = !(cmp && ['redline', 'side', 'changes'].includes(id));
  els.versionPick.hidden = !(cmp && ['quotes', 'structure', 'sentences'].includes(id));
  for (const b of els.versionPick.querySelectorAll('button')) b.setAttribute('aria-pressed', b.dataset.version === settings.version ? 'true' : 'false');
  markCurrent();
}

els.versionPick.addEventListener('click', (event) => {
  const b = event.target.closest('button[data-version]');
  if (!b) return;
  settings.version = b.dataset.version;
  showView();
  scheduleSave();
});

function emptyState() {
  return h('div', { class: 'welcome' },
    h('h2', { text: 'Paste an article to begin' }),
    h('p', { text: 'Put one article in “Original” to see its structure, sentences and quotes. Add a later version in “Revised” to see every change, classed and filterable.' }),
    h('button', { type: 'button', class: 'primary', text: 'Load the example pair', on: { click: loadExample } }));
}

async function renderAll() {
  views = {};
  current = null;
  ix = result?.kind === 'comparison' ? indexChanges(result.result) : null;
  if (!result) {
    clear(els.tabs);
    els.filters.hidden = true;
    els.versionPick.hidden = true;
    els.summary.textContent = 'No text yet.';
    els.view.removeAttribute('role');
    els.view.replaceChildren(emptyState());
    return;
  }
  els.summary.textContent = result.kind === 'comparison'
    ? summaryLine(result.result)
    : `${result.side === 'new' ? 'Revised only' : 'One version'}: ${analysisLine(result.result)}`;
  buildTabs();
  selectView(settings.view);
  updateStepper();
  document.body.dataset.result = result.kind; // lets tests and styles know a result is shown
}

// ---------- filters and stepping ----------
function buildFilterBoxes() {
  for (const [tag, v] of Object.entries(TAGS)) {
    const box = h('input', { type: 'checkbox', id: `tag-${tag}`, checked: settings.enabled.has(tag), dataset: { tag } });
    box.addEventListener('change', () => {
      if (box.checked) settings.enabled.add(tag); else settings.enabled.delete(tag);
      filtersChanged();
    });
    els.tagBoxes.append(h('label', { class: `tag-box t-${tag}`, title: v.note }, box, ` ${v.label}`));
  }
}

const PRESETS = {
  all: () => Object.keys(TAGS),
  substantive: () => Object.keys(TAGS).filter((t) => t !== 'style'),
  number: () => ['number'],
  quote: () => ['quote'],
  attribution: () => ['attribution'],
};

document.querySelector('.presets').addEventListener('click', (event) => {
  const b = event.target.closest('button[data-preset]');
  if (!b) return;
  settings.enabled = new Set(PRESETS[b.dataset.preset]());
  for (const box of els.tagBoxes.querySelectorAll('input')) box.checked = settings.enabled.has(box.dataset.tag);
  filtersChanged();
});

const PRESET_NAMES = { all: 'all classes', substantive: 'all but style-only', number: 'numbers only', quote: 'quotes only', attribution: 'attribution only' };
function syncPresetButtons() {
  const key = [...settings.enabled].sort().join();
  let name = null;
  for (const b of document.querySelectorAll('button[data-preset]')) {
    const on = PRESETS[b.dataset.preset]().sort().join() === key;
    b.setAttribute('aria-pressed', on ? 'true' : 'false');
    if (on) name = PRESET_NAMES[b.dataset.preset];
  }
  $('filter-state').textContent = name || (settings.enabled.size ? [...settings.enabled].map((t) => TAGS[t].label.toLowerCase()).join(', ') : 'none');
}
// Filters start folded on narrow screens, where they would push the text out of view.
if (window.matchMedia('(max-width: 800px)').matches) $('filter-details').open = false;

function applyFilters(root) {
  if (!ix || !root) return;
  const changes = result.result.changes;
  for (const el of root.querySelectorAll('[data-change]')) el.classList.toggle('filtered', !passes(changes[+el.dataset.change], settings.enabled));
}

els.view.addEventListener('pagerendered', (event) => { applyFilters(event.target); markCurrent(); });

function filtersChanged() {
  syncPresetButtons();
  for (const v of Object.values(views)) applyFilters(v.node);
  if (current != null && !passes(result.result.changes[current], settings.enabled)) current = null;
  updateStepper();
  markCurrent();
  scheduleSave();
}

function visibleChanges() {
  if (!ix) return [];
  return ix.real.filter((k) => passes(result.result.changes[k], settings.enabled));
}

function updateStepper() {
  const list = visibleChanges();
  const pos = current == null ? -1 : list.indexOf(current);
  els.stepPos.textContent = list.length ? (pos >= 0 ? `Change ${pos + 1} of ${list.length}` : `${pluralise(list.length, 'change')} shown`) : 'No changes match the filter';
}

function markCurrent() {
  for (const el of els.view.querySelectorAll('.current')) el.classList.remove('current');
  for (const el of els.view.querySelectorAll('[aria-current]')) el.removeAttribute('aria-current');
  if (current == null) return null;
  const hits = els.view.querySelectorAll(`[data-change="${current}"]`);
  hits.forEach((el) => { el.classList.add('current'); el.setAttribute('aria-current', 'true'); });
  return hits[0] || null;
}

function focusChange(k) {
  views[viewKey(settings.view)]?.ensure?.(k);
  const el = markCurrent();
  updateStepper();
  if (el) reveal(el.matches('li') ? el.querySelector('button') || el : el);
  const ch = result.result.changes[k];
  const pos = visibleChanges().indexOf(k);
  notice(`Change ${pos + 1}: ${ch.op}${ch.tags?.length ? ` (${ch.tags.join(', ')})` : ''}`);
}

function step(dir) {
  if (result?.kind !== 'comparison') return;
  const list = visibleChanges();
  if (!list.length) { updateStepper(); return; }
  if (!['redline', 'side', 'changes'].includes(settings.view)) selectView('redline');
  let pos = current == null ? -1 : list.indexOf(current);
  if (pos < 0 && current != null) pos = dir > 0 ? list.findIndex((k) => k > current) - 1 : list.findIndex((k) => k > current);
  pos = dir > 0 ? (pos + 1) % list.length : (pos <= 0 ? list.length - 1 : pos - 1);
  current = list[pos];
  focusChange(current);
}

$('next-change').addEventListener('click', () => step(1));
$('prev-change').addEventListener('click', () => step(-1));

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
  const t = event.target;
  if (t.closest && t.closest('input, textarea, select, [contenteditable]')) return;
  if (event.key === 'n') { event.preventDefault(); step(1); }
  else if (event.key === 'p') { event.preventDefault(); step(-1); }
  else if (/^[1-7]$/.test(event.key)) {
    const id = availableViews()[+event.key - 1];
    if (id) { event.preventDefault(); selectView(id); document.getElementById(`tab-${id}`)?.focus(); }
  }
});

// ---------- example, swap, clear ----------
function loadExample() {
  setText('old', EXAMPLE.old.text, { from: 'example' });
  setText('new', EXAMPLE.new.text, { from: 'example' });
  settings.view = 'redline';
  notice('Loaded the example: two versions of a news story about the Kim–Putin summit.');
  analyseNow();
}
$('load-example').addEventListener('click', loadExample);
$('swap').addEventListener('click', () => {
  const o = texts.old;
  setText('old', texts.new, { from: 'swap' });
  setText('new', o, { from: 'swap' });
  analyseNow();
});
$('clear-all').addEventListener('click', () => {
  setText('old', '', { from: 'clear' });
  setText('new', '', { from: 'clear' });
  analyseNow();
  els.old.focus();
});

// ---------- downloads: exports and the share file ----------
function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

const exportButton = $('export-button');
const exportMenu = $('export-menu');
function setMenu(open) {
  exportMenu.hidden = !open;
  exportButton.setAttribute('aria-expanded', open ? 'true' : 'false');
  if (open) exportMenu.querySelector('button').focus();
}
exportButton.addEventListener('click', () => setMenu(exportMenu.hidden));
exportMenu.addEventListener('keydown', (event) => {
  const items = [...exportMenu.querySelectorAll('button')];
  const i = items.indexOf(document.activeElement);
  if (event.key === 'Escape') { setMenu(false); exportButton.focus(); }
  else if (event.key === 'ArrowDown') { event.preventDefault(); items[(i + 1) % items.length].focus(); }
  else if (event.key === 'ArrowUp') { event.preventDefault(); items[(i - 1 + items.length) % items.length].focus(); }
});
document.addEventListener('click', (event) => { if (!event.target.closest('.menu')) setMenu(false); });
exportMenu.addEventListener('click', async (event) => {
  const b = event.target.closest('button[data-export]');
  if (!b) return;
  setMenu(false);
  exportButton.focus();
  const hasOld = texts.old.trim(), hasNew = texts.new.trim();
  if (!hasOld && !hasNew) { notice('Nothing to export yet.'); return; }
  const [a, n] = hasOld && hasNew ? [texts.old, texts.new] : [hasOld ? texts.old : texts.new, null];
  const format = b.dataset.export;
  setBusy(true, 'Preparing the export…');
  try {
    const out = format === 'json' ? await engine.json(a, n) : await engine.report(a, n, format);
    const [ext, type] = { json: ['json', 'application/json'], markdown: ['md', 'text/markdown'], html: ['html', 'text/html'] }[format];
    download(`palimpsest-${n ? 'comparison' : 'analysis'}.${ext}`, new Blob([out.text], { type: `${type};charset=utf-8` }));
    notice(`Saved the ${b.textContent.toLowerCase()}.`);
  } catch (err) {
    if (!err.fatal) showError(`Export failed: ${err.message}`);
  } finally {
    setBusy(false);
  }
});

// ---------- share ----------
// The link is shown (and copied) but the address bar is left alone, so editing
// never has to rewrite the URL. An opened share link's fragment is dropped at
// start-up; autosave keeps the texts from then on.
const sharePanel = $('share-panel');
const shareLink = $('share-link');

$('share').addEventListener('click', async () => {
  if (!texts.old.trim() && !texts.new.trim()) { notice('Nothing to share yet.'); return; }
  const fragment = await encodeShare(texts.old, texts.new);
  if (fragment.length > MAX_FRAGMENT) {
    sharePanel.hidden = true;
    download('palimpsest-share.json', shareFile(texts.old, texts.new));
    notice(`These texts make a link too long to share (${formatBytes(fragment.length)}), so they were saved as a file instead. Open or drop that file on the page to restore both texts.`, true);
    return;
  }
  shareLink.value = `${location.origin}${location.pathname}#${fragment}`;
  $('share-note').textContent = `Both texts are inside the link, compressed (${formatBytes(fragment.length)}). The part after # stays in the browser: it is never sent to any server.`;
  sharePanel.hidden = false;
  shareLink.focus();
  shareLink.select();
  await copyLink(false);
});

async function copyLink(say = true) {
  try {
    await navigator.clipboard.writeText(shareLink.value);
    notice('Link copied.');
  } catch {
    if (say) notice('Copying was blocked: select the link and copy it yourself.');
  }
}
$('share-copy').addEventListener('click', () => copyLink(true));
$('share-close').addEventListener('click', () => { sharePanel.hidden = true; $('share').focus(); });

async function loadFromHash() {
  if (!location.hash.startsWith('#share=')) return false;
  try {
    const shared = await decodeShare(location.hash);
    if (!shared) return false;
    setText('old', shared.old, { from: 'load' });
    setText('new', shared.new, { from: 'load' });
    notice('Opened the texts from the shared link.');
    return true;
  } catch (err) {
    showError(`This share link could not be read (${err.message}). It may have been cut short.`);
    return false;
  } finally {
    history.replaceState(null, '', location.pathname + location.search);
  }
}
window.addEventListener('hashchange', async () => { if (await loadFromHash()) analyseNow(); });

// ---------- start ----------
async function start() {
  buildFilterBoxes();
  const saved = store.load();
  if (saved) {
    settings.view = saved.view || null;
    settings.version = saved.version === 'old' ? 'old' : 'new';
    settings.boundaries = saved.boundaries !== false;
    if (Array.isArray(saved.enabled)) settings.enabled = new Set(saved.enabled.filter((t) => t in TAGS));
    for (const box of els.tagBoxes.querySelectorAll('input')) box.checked = settings.enabled.has(box.dataset.tag);
  }
  syncPresetButtons();
  if (!(await loadFromHash())) {
    const kept = await store.loadTexts(saved);
    if (kept) {
      setText('old', kept.old, { from: 'load' });
      setText('new', kept.new, { from: 'load' });
    } else if (saved?.tooLarge || saved?.inDb) {
      notice('Your last texts were too large to autosave.', true);
    } else {
      setText('old', EXAMPLE.old.text, { from: 'load' });
      setText('new', EXAMPLE.new.text, { from: 'load' });
      notice('Showing the example. Paste your own texts to replace it.');
      els.notice.dataset.kind = 'example';
    }
  }
  await analyseNow();
  if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
    navigator.serviceWorker.register(new URL('../sw.js', import.meta.url), { scope: new URL('../', import.meta.url).pathname }).catch(() => {});
  }
}

if (new URLSearchParams(location.search).has('selftest')) {
  // Hooks for the end-to-end tests only (never used by the page itself).
  window.palimpsestSelftest = { panic: () => engine.selftestPanic().catch((e) => e.message) };
}

start();
