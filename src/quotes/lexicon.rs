//! Word lists with constant-time lookup.

use crate::text::hash::FxSet;
use std::sync::OnceLock;

/// A static word list, hashed on first use.
pub struct Lexicon {
    words: &'static [&'static str],
    /// Lists whose words this one holds as well (see [`Lexicon::union`]).
    parts: &'static [&'static Lexicon],
    set: OnceLock<Index>,
}

/// The hashed words plus a cheap pre-filter: a Bloom filter (two bits per
/// word) keyed on the length and the first, second and last bytes, which
/// rules out most other words without hashing them.
struct Index {
    set: FxSet<&'static str>,
    filter: Box<[u64; FILTER_WORDS]>,
}

/// Size of the pre-filter in 64-bit words (16,384 bits).
const FILTER_WORDS: usize = 256;

impl Index {
    /// The two filter bits of a word (its bytes mapped by `map`), or None
    /// for the empty word.
    fn bits(bytes: &[u8], map: impl Fn(u8) -> u8) -> Option<[usize; 2]> {
        let (&first, &last) = (bytes.first()?, bytes.last()?);
        let second = bytes.get(1).copied().unwrap_or(first);
        let key = u32::from(map(first))
            | u32::from(map(second)) << 8
            | u32::from(map(last)) << 16
            | (bytes.len().min(255) as u32) << 24;
        let shift = 32 - (FILTER_WORDS * 64).trailing_zeros();
        Some([
            (key.wrapping_mul(0x9E37_79B1) >> shift) as usize,
            (key.wrapping_mul(0x85EB_CA6B) >> shift) as usize,
        ])
    }

    /// The pre-filter: whether a word of these bytes (mapped by `map`) may be
    /// in the set.
    fn may_hold(&self, bytes: &[u8], map: impl Fn(u8) -> u8) -> bool {
        Self::bits(bytes, map).is_some_and(|bits| bits.iter().all(|&b| self.filter[b / 64] & 1 << (b % 64) != 0))
    }
}

impl Lexicon {
    /// Wrap a word list.
    pub const fn new(words: &'static [&'static str]) -> Self {
        Lexicon {
            words,
            parts: &[],
            set: OnceLock::new(),
        }
    }

    /// The words of several lists plus some more, for one lookup where a
    /// caller would try each list in turn.
    pub const fn union(parts: &'static [&'static Lexicon], words: &'static [&'static str]) -> Self {
        Lexicon {
            words,
            parts,
            set: OnceLock::new(),
        }
    }

    /// Every word, the parts' included.
    fn each_word(&self, f: &mut impl FnMut(&'static str)) {
        self.words.iter().for_each(|w| f(w));
        self.parts.iter().for_each(|p| p.each_word(f));
    }

    fn index(&self) -> &Index {
        self.set.get_or_init(|| {
            let mut filter = Box::new([0u64; FILTER_WORDS]);
            let mut set = FxSet::default();
            self.each_word(&mut |w| {
                for b in Index::bits(w.as_bytes(), |b| b).into_iter().flatten() {
                    filter[b / 64] |= 1 << (b % 64);
                }
                set.insert(w);
            });
            Index { set, filter }
        })
    }

    /// Whether the list holds `word` (exact match).
    pub fn contains(&self, word: &str) -> bool {
        let index = self.index();
        index.may_hold(word.as_bytes(), |b| b) && index.set.contains(word)
    }

    /// Whether the list holds `word` with its ASCII capitals lowered
    /// ("Officials" finds "officials"). The pre-filter reads the lowered
    /// bytes it keys on, so most words are ruled out before a copy.
    pub fn contains_lower(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        if !bytes.iter().any(u8::is_ascii_uppercase) {
            return self.contains(word);
        }
        let index = self.index();
        if !index.may_hold(bytes, |b| b.to_ascii_lowercase()) {
            return false;
        }
        let mut buf = [0u8; 32];
        match buf.get_mut(..bytes.len()) {
            Some(dst) => {
                for (d, s) in dst.iter_mut().zip(bytes) {
                    *d = s.to_ascii_lowercase();
                }
                std::str::from_utf8(dst).is_ok_and(|l| index.set.contains(l))
            }
            None => index.set.contains(word.to_ascii_lowercase().as_str()),
        }
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

    #[test]
    fn a_union_holds_its_parts_and_its_own_words() {
        static A: Lexicon = Lexicon::new(&["said", "told"]);
        static B: Lexicon = Lexicon::new(&["claim"]);
        static U: Lexicon = Lexicon::union(&[&A, &B], &["about"]);
        for w in ["said", "told", "claim", "about"] {
            assert!(U.contains(w), "{w:?} not found");
        }
        assert!(!U.contains("claims"));
        assert!(!A.contains("claim"), "the parts are unchanged");
    }

    #[test]
    fn lookup_in_lower_case_lowers_ascii_capitals_only() {
        static L: Lexicon = Lexicon::new(&["officials", "über", "spokesman"]);
        for w in ["officials", "Officials", "OFFICIALS", "über", "Spokesman"] {
            assert!(L.contains_lower(w), "{w:?} not found");
        }
        for w in ["Über", "Official", "", "Officialss"] {
            assert!(!L.contains_lower(w), "{w:?} found");
        }
        let long = "A".repeat(40);
        assert!(!L.contains_lower(&long));
    }

    #[test]
    fn prefilter_never_hides_a_listed_word() {
        // First, second and last bytes of every kind (ASCII, multi-byte, equal
        // low bits), one-byte words, and lengths past what the filter key holds.
        let long: &'static str = "w".repeat(300).leak();
        let words: &'static [&'static str] = vec![
            "a",
            "said",
            "sad",
            "ask",
            "über",
            "naïve",
            "façade",
            "“quoted”",
            "Ä",
            "~",
            long,
        ]
        .leak();
        let l = Lexicon::new(words);
        for w in words {
            assert!(l.contains(w), "{w:?} not found");
        }
        for w in ["", "sa", "saidd", "über ", "A", "Said", "quoted"] {
            assert!(!l.contains(w), "{w:?} found");
        }
        assert!(
            !l.contains(&"w".repeat(301)),
            "words that share a filter key differ in the set"
        );
    }
}
