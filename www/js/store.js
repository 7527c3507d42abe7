// Autosave: both texts, the chosen view and theme, in localStorage.
// Very large texts are not autosaved (localStorage holds a few MB per site);
// the page says so instead of failing silently.

const KEY = 'palimpsest:v1';
export const AUTOSAVE_LIMIT = 1_500_000; // characters, both texts together

export function load() {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

/** Save the state; returns 'saved', 'too-large' or 'failed'. */
export function save(state) {
  const size = (state.old?.length || 0) + (state.new?.length || 0);
  try {
    if (size > AUTOSAVE_LIMIT) {
      localStorage.setItem(KEY, JSON.stringify({ ...state, old: '', new: '', tooLarge: true }));
      return 'too-large';
    }
    localStorage.setItem(KEY, JSON.stringify(state));
    return 'saved';
  } catch {
    return 'failed';
  }
}

export function loadSetting(name, fallback) {
  try {
    return localStorage.getItem(`palimpsest:${name}`) ?? fallback;
  } catch {
    return fallback;
  }
}

export function saveSetting(name, value) {
  try {
    localStorage.setItem(`palimpsest:${name}`, value);
  } catch { /* private mode: settings simply do not persist */ }
}
