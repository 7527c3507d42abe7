//! Word lists with constant-time lookup.

use std::collections::HashSet;
use std::sync::OnceLock;

/// A static word list, hashed on first use.
pub struct Lexicon {
    words: &'static [&'static str],
    set: OnceLock<HashSet<&'static str>>,
}

impl Lexicon {
    /// Wrap a word list.
    pub const fn new(words: &'static [&'static str]) -> Self {
        Lexicon {
            words,
            set: OnceLock::new(),
        }
    }

    /// Whether the list holds `word` (exact match).
    pub fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
    }
}

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
