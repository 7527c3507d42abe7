//! The one place that calls `similar`: sequences of interned `u32` keys.
//!
//! Every sequence diff in the crate goes through here with one element type,
//! so `similar`'s generic algorithms are compiled once (this keeps the wasm
//! small: each element type costs about 40 KB of code).

use super::words::FxMap;
use similar::algorithms::{myers, Capture, Replace};
use similar::DiffOp;

/// Interns strings to dense `u32` keys: equal strings get equal keys.
#[derive(Default)]
pub(crate) struct Interner<'a> {
    ids: FxMap<&'a str, u32>,
}

impl<'a> Interner<'a> {
    /// An interner with room for `n` distinct strings (no rehashing on the way).
    pub(crate) fn with_capacity(n: usize) -> Self {
        Interner {
            ids: FxMap::with_capacity_and_hasher(n, Default::default()),
        }
    }

    /// The key of `s`, assigning the next free one on first sight.
    pub(crate) fn key(&mut self, s: &'a str) -> u32 {
        let next = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
        *self.ids.entry(s).or_insert(next)
    }

    /// Keys for a whole sequence.
    pub(crate) fn keys<I: IntoIterator<Item = &'a str>>(&mut self, items: I) -> Vec<u32> {
        items.into_iter().map(|s| self.key(s)).collect()
    }
}

/// A monotone diff of two key sequences (Myers with `similar`'s bounded
/// heuristics), as equal, delete, insert and replace runs.
pub(crate) fn diff_keys(old: &[u32], new: &[u32]) -> Vec<DiffOp> {
    let mut hook = Replace::new(Capture::new());
    match myers::diff(&mut hook, old, 0..old.len(), new, 0..new.len()) {
        Ok(()) => hook.into_inner().into_ops(),
        // `Capture` never fails; keep a correct (if coarse) answer regardless.
        Err(never) => match never {},
    }
}
