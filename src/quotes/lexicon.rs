//! Word lists with constant-time lookup.

use crate::text::hash::FxSet;
use std::sync::OnceLock;

/// A static word list, hashed on first use.
pub struct Lexicon {
    words: &'static [&'static str],
    set: OnceLock<Index>,
}

/// The hashed words plus a cheap pre-filter on first byte and length.
struct Index {
    set: FxSet<&'static str>,
    firsts: [u64; 4],
    lengths: u64,
}

impl Lexicon {
    /// Wrap a word list.
    pub const fn new(words: &'static [&'static str]) -> Self {
        Lexicon {
            words,
            set: OnceLock::new(),
        }
    }

    fn index(&self) -> &Index {
        self.set.get_or_init(|| {
            let mut firsts = [0u64; 4];
            let mut lengths = 0u64;
            for w in self.words {
                if let Some(&b) = w.as_bytes().first() {
                    firsts[usize::from(b >> 6)] |= 1 << (b & 63);
                }
                lengths |= 1 << w.len().min(63);
            }
            Index {
                set: self.words.iter().copied().collect(),
                firsts,
                lengths,
            }
        })
    }

    /// Whether the list holds `word` (exact match).
    pub fn contains(&self, word: &str) -> bool {
        let index = self.index();
        let Some(&b) = word.as_bytes().first() else {
            return false;
        };
        if index.firsts[usize::from(b >> 6)] & (1 << (b & 63)) == 0 || index.lengths & (1 << word.len().min(63)) == 0 {
            return false;
        }
        index.set.contains(word)
    }
}

/// Capitalised conjunctions, prepositions and pronouns that open clauses:
/// never part of a name, never the start of a speaker phrase.
pub static CLAUSE_OPENERS: Lexicon = Lexicon::new(&[
    "But", "And", "In", "On", "At", "When", "While", "After", "Before", "As", "If", "For", "With", "From", "It",
    "That", "There",
]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_is_exact() {
        static L: Lexicon = Lexicon::new(&["said", "told"]);
        assert!(L.contains("said"));
        assert!(!L.contains("Said"));
        assert!(!L.contains("sai"));
    }
}
