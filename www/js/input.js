// Getting text in: paste, drop and file pick; HTML and Markdown become clean text.
// HTML is parsed with DOMParser into an inert document (no scripts run, nothing
// loads) and only its text is read; it never touches the page's DOM.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS',
  'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'FORM', 'NAV', 'HEAD', 'TITLE', 'META', 'LINK', 'AUDIO', 'VIDEO', 'MAP', 'DIALOG', 'X-STYLE']);
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL', 'CAPTION', 'TIME', 'PICTURE']);

// A start tag, with quoted attribute values that may contain '>'.
// Each character is a quoted run or a single other character (no ambiguous backtracking),
// and no part may cross a '<', so every attempt stops at the next tag: linear time.
const START_TAG = /<[a-zA-Z](?:"[^"<]*"|'[^'<]*'|[^"'<>])*>/g;

/**
 * Rename event-handler and style attributes and style elements before parsing.
 * The parsed document is inert either way (nothing in it runs or loads), but it
 * shares the page's Content-Security-Policy, which would otherwise report each
 * inline handler or style it blocks. This keeps the report log clean.
 */
function defuse(html) {
  if (html.length > 4_000_000) return html;
  return html
    .replace(START_TAG, (tag) => tag.replace(/(\s|["'/])(on[a-z]+|style)(\s*=)/gi, '$1data-defused-$2$3'))
    .replace(/<(\/?)style(?=[\s>/])/gi, '<$1x-style');
}

/** Clean text from an HTML string: one line per paragraph-like block, no markup. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(defuse(html), 'text/html');
  let root = doc.body || doc.documentElement;
  // A whole saved page: prefer its article, when it holds most of the text.
  const article = doc.querySelector('article') || doc.querySelector('main');
  if (article && (article.textContent || '').trim().length > 0.4 * (root.textContent || '').trim().length) root = article;
  const lines = [];
  let line = '';
  const flush = () => {
    const clean = line.replace(/[ \t\f\v\u00a0\u200b]+/g, ' ').replace(/ *\n */g, '\n').trim();
    if (clean) lines.push(...clean.split('\n').map((l) => l.trim()).filter(Boolean));
    line = '';
  };
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      line += node.data.replace(/[\r\n]+/g, ' ');
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const tag = node.tagName.toUpperCase();
    if (SKIP.has(tag) || node.hidden || node.getAttribute('aria-hidden') === 'true') return;
    if (tag === 'BR') { line += '\n'; return; }
    if (tag === 'IMG') {
      return; // alt text of images is usually noise; captions come from figcaption
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    if (tag === 'PRE') {
      line += node.textContent;
      lines.push(...line.split(/\r?\n/).map((l) => l.trim()).filter(Boolean));
      line = '';
      return;
    }
    for (const child of node.childNodes) walk(child);
    if (tag === 'TD' || tag === 'TH') line += ' ';
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join('\n');
}

function markdownInline(line) {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*/g, '$1$2')
    .replace(/(^|\W)_(?=\S)([^_]*?\S)_(?=\W|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/**
 * Plain text from Markdown: one line per paragraph (hard-wrapped lines are
 * joined), headings and list items on their own lines, markup reduced to words.
 */
export function markdownToText(md) {
  const out = [];
  let para = [];
  const flush = () => {
    const text = markdownInline(para.join(' '));
    if (text) out.push(text);
    para = [];
  };
  let fenced = false;
  for (const raw of md.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^[ \t]{0,3}(```|~~~)/.test(raw)) { flush(); fenced = !fenced; continue; }
    if (fenced) { if (raw.trim()) out.push(raw.trim()); continue; }
    const line = raw.replace(/^[ \t]{0,3}>[ \t]?/, '');
    if (!line.trim() || /^[ \t]{0,3}([-*_])([ \t]*\1){2,}[ \t]*$/.test(line)) { flush(); continue; }
    const heading = line.match(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/);
    if (heading) { flush(); para.push(heading[1]); flush(); continue; }
    const item = line.match(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(.*)$/);
    if (item) { flush(); para.push(item[1]); continue; }
    para.push(line.trim());
  }
  flush();
  return out.join('\n');
}

function looksLikeHtml(text) {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

/** Text from a dropped or picked file, by name and type. A share file gives {old, new}. */
export async function readFile(file) {
  const raw = await file.text();
  const name = (file.name || '').toLowerCase();
  if (name.endsWith('.json')) {
    try {
      const data = JSON.parse(raw);
      if (data && data.app === 'palimpsest' && typeof data.old === 'string') return { shared: { old: data.old, new: typeof data.new === 'string' ? data.new : '' } };
    } catch { /* not a share file: fall through and use the text as is */ }
    return { text: raw };
  }
  if (name.endsWith('.html') || name.endsWith('.htm') || file.type === 'text/html' || looksLikeHtml(raw)) return { text: htmlToText(raw) };
  if (name.endsWith('.md') || name.endsWith('.markdown') || file.type === 'text/markdown') return { text: markdownToText(raw) };
  return { text: raw.replace(/\r\n?/g, '\n') };
}

/** Text of a paste: cleaned HTML when the clipboard carries HTML, else plain text. */
export function pastedText(clipboardData) {
  const html = clipboardData.getData('text/html');
  if (html && html.trim()) {
    const text = htmlToText(html);
    if (text) return { text, cleaned: true };
  }
  return { text: clipboardData.getData('text/plain').replace(/\r\n?/g, '\n'), cleaned: false };
}
