// Autosave: both texts, the chosen view and theme. Small states live in
// localStorage; texts too large for it (a few MB per site) go to IndexedDB,
// which holds hundreds of MB, with a marker left in localStorage. Only when
// both fail does the page say the texts could not be kept.

const KEY = 'palimpsest:v1';
export const AUTOSAVE_LIMIT = 1_500_000; // characters, both texts together, for localStorage
const DB = 'palimpsest';
const STORE = 'texts';

export function load() {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

/** The saved texts: from the state itself, or from IndexedDB when it holds them; null when lost. */
export async function loadTexts(saved) {
  if (!saved) return null;
  if (!saved.inDb) return saved.tooLarge ? null : { old: saved.old || '', new: saved.new || '' };
  try {
    const texts = await request((db) => db.transaction(STORE).objectStore(STORE).get(KEY));
    return texts && typeof texts.old === 'string' ? texts : null;
  } catch {
    return null;
  }
}

/** Save the state; resolves to 'saved', 'too-large' (nowhere to keep the texts) or 'failed'. */
export async function save(state) {
  const size = (state.old?.length || 0) + (state.new?.length || 0);
  try {
    if (size <= AUTOSAVE_LIMIT) {
      localStorage.setItem(KEY, JSON.stringify(state));
      return 'saved';
    }
    const marker = { ...state, old: '', new: '' };
    try {
      await request((db) => db.transaction(STORE, 'readwrite').objectStore(STORE).put({ old: state.old, new: state.new }, KEY));
      localStorage.setItem(KEY, JSON.stringify({ ...marker, inDb: true }));
      return 'saved';
    } catch {
      localStorage.setItem(KEY, JSON.stringify({ ...marker, tooLarge: true }));
      return 'too-large';
    }
  } catch {
    return 'failed';
  }
}

/** Run one IndexedDB request on the page's database and resolve with its result. */
function request(make) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      let req;
      try {
        req = make(db);
      } catch (e) {
        db.close();
        reject(e);
        return;
      }
      req.onsuccess = () => { db.close(); resolve(req.result); };
      req.onerror = () => { db.close(); reject(req.error); };
    };
  });
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
