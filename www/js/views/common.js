import { h } from '../dom.js';

export const PAGE = 60; // items rendered per step; more on "Show more"

/**
 * Render `count` items into `list` in pages, with a "Show more" button after
 * each page, so huge inputs never build a huge DOM at once.
 */
export function paged(list, count, renderItem, { page = PAGE, noun = 'items', after = null } = {}) {
  let shown = 0;
  const more = h('button', { type: 'button', class: 'more' });
  const wrap = h('p', { class: 'more-row' }, more);
  const step = () => {
    const end = Math.min(count, shown + page);
    const frag = document.createDocumentFragment();
    for (let i = shown; i < end; i++) {
      const node = renderItem(i);
      if (node) frag.append(node);
    }
    list.append(frag);
    // Lets the page apply the current filter and selection to the new items.
    list.dispatchEvent(new CustomEvent('pagerendered', { bubbles: true }));
    shown = end;
    if (shown < count) {
      more.textContent = `Show ${Math.min(page, count - shown).toLocaleString('en')} more ${noun} (${(count - shown).toLocaleString('en')} not shown)`;
      const anchor = after || list;
      // Views build the list before attaching it to its parent: place the button once it has one.
      if (anchor.parentNode) anchor.after(wrap);
      else queueMicrotask(() => { if (anchor.parentNode && !wrap.parentNode) anchor.after(wrap); });
    } else wrap.remove();
    return shown;
  };
  more.addEventListener('click', () => {
    const first = shown;
    step();
    list.children[first]?.querySelector?.('button, a, [tabindex]')?.focus?.();
  });
  step();
  return { step, shown: () => shown, count, renderUpTo(i) { while (shown <= i && shown < count) step(); } };
}

export function legend(title, items) {
  return h('div', { class: 'legend', attrs: { role: 'group', 'aria-label': title } },
    h('span', { class: 'legend-title', text: title }),
    items.map(([cls, label, note]) => h('span', { class: `legend-item ${cls}`, title: note || null }, h('span', { class: 'swatch', attrs: { 'aria-hidden': 'true' } }), label)));
}

export function section(title, ...children) {
  return h('section', { class: 'panel' }, h('h2', { text: title }), ...children);
}

export function emptyNote(text) {
  return h('p', { class: 'empty', text });
}

/** Scroll an element into view and flash it, honouring reduced motion. */
export function reveal(el, focus = true) {
  if (!el) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  el.classList.remove('flash');
  void el.offsetWidth;
  el.classList.add('flash');
  if (focus) {
    if (!el.hasAttribute('tabindex') && !/^(BUTTON|A|INPUT)$/.test(el.tagName)) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
  }
}
