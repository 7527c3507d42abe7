//! Word lists with constant-time lookup.

use crate::text::hash::FxSet;
use std::sync::OnceLock;

/// A static word list, hashed on first use.
pub struct Lexicon {
    words: &'static [&'static str],
    set: OnceLock<Index>,
}

/// The hashed words plus a cheap pre-filter: for each first byte (low six
/// bits), the set of word lengths (up to 63) that start with it.
struct Index {
    set: FxSet<&'static str>,
    lengths_by_first: [u64; 64],
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
            let mut lengths_by_first = [0u64; 64];
            for w in self.words {
                if let Some(&b) = w.as_bytes().first() {
                    lengths_by_first[usize::from(b & 63)] |= 1 << w.len().min(63);
                }
            }
            Index {
                set: self.words.iter().copied().collect(),
                lengths_by_first,
            }
        })
    }

    /// Whether the list holds `word` (exact match).
    pub fn contains(&self, word: &str) -> bool {
        let index = self.index();
        let Some(&b) = word.as_bytes().first() else {
            return false;
        };
        index.lengths_by_first[usize::from(b & 63)] & (1 << word.len().min(63)) != 0 && index.set.contains(word)
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
