//! Bags of words for fuzzy matching: words interned to ids, stop words
//! weighted down, and a weighted Dice similarity on sorted multisets.

pub(crate) use crate::text::hash::FxMap;
use crate::text::{ascii_alnum_end, char_at};

/// Words too common to say whether two sentences are about the same thing.
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have", "he", "her",
    "his", "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their", "they", "this", "to", "was",
    "were", "which", "who", "with",
];

/// Weight of a stop word relative to a content word.
const STOP_WEIGHT: f32 = 0.25;

/// Interns lowercased words of both versions so that bags compare by id.
#[derive(Default)]
pub(crate) struct Vocabulary {
    ids: FxMap<String, u32>,
    weights: Vec<f32>,
    buffer: String,
}

impl Vocabulary {
    /// The sorted multiset of word ids of `text`.
    pub(crate) fn bag(&mut self, text: &str) -> Vec<u32> {
        // About one word in five bytes: one allocation for most sentences.
        let mut bag = Vec::with_capacity(text.len() / 5 + 1);
        for word in words(text) {
            // Most words are lowercase ASCII already: look them up as they are.
            let plain = word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase());
            if !plain {
                self.buffer.clear();
                if word.is_ascii() {
                    self.buffer.push_str(word);
                    self.buffer.make_ascii_lowercase();
                } else {
                    for c in word.chars() {
                        if c.is_ascii() {
                            self.buffer.push(c.to_ascii_lowercase());
                        } else {
                            self.buffer.extend(c.to_lowercase());
                        }
                    }
                }
            }
            let key = if plain { word } else { self.buffer.as_str() };
            let id = match self.ids.get(key) {
                Some(&id) => id,
                None => {
                    let id = self.weights.len() as u32;
                    let weight = if STOP_WORDS.contains(&key) { STOP_WEIGHT } else { 1.0 };
                    self.weights.push(weight);
                    self.ids.insert(key.to_string(), id);
                    id
                }
            };
            bag.push(id);
        }
        sort_ids(&mut bag);
        bag
    }

    /// Weight of a word id.
    pub(crate) fn weight(&self, id: u32) -> f32 {
        self.weights.get(id as usize).copied().unwrap_or(1.0)
    }

    /// Whether a word id is a content word (not a stop word).
    pub(crate) fn is_content(&self, id: u32) -> bool {
        self.weight(id) >= 1.0
    }

    /// Total weight of a bag.
    pub(crate) fn mass(&self, bag: &[u32]) -> f32 {
        bag.iter().map(|&w| self.weight(w)).sum()
    }

    /// Weighted Dice similarity of two sorted bags, 0 to 1 (1 when both are empty).
    pub(crate) fn dice(&self, a: &[u32], b: &[u32]) -> f64 {
        let total = self.mass(a) + self.mass(b);
        if total <= 0.0 {
            return if a.is_empty() && b.is_empty() { 1.0 } else { 0.0 };
        }
        (2.0 * self.shared(a, b) / total) as f64
    }

    /// Weight of the multiset intersection of two sorted bags.
    pub(crate) fn shared(&self, a: &[u32], b: &[u32]) -> f32 {
        let (mut i, mut j, mut sum) = (0, 0, 0.0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += self.weight(a[i]);
                    i += 1;
                    j += 1;
                }
            }
        }
        sum
    }
}

/// Merge sorted bags into one sorted bag.
pub(crate) fn union(bags: &[&[u32]]) -> Vec<u32> {
    bags.iter().fold(Vec::new(), |acc, bag| merge(&acc, bag))
}

/// Merge two sorted slices.
fn merge(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while let (Some(&x), Some(&y)) = (a.get(i), b.get(j)) {
        if x <= y {
            out.push(x);
            i += 1;
        } else {
            out.push(y);
            j += 1;
        }
    }
    out.extend_from_slice(a.get(i..).unwrap_or_default());
    out.extend_from_slice(b.get(j..).unwrap_or_default());
    out
}

/// Sort word ids in place: insertion sort for the short bags of sentences
/// (std's sort is built for size in the wasm, where it is a heapsort).
fn sort_ids(ids: &mut [u32]) {
    if ids.len() > 48 {
        ids.sort_unstable();
        return;
    }
    for i in 1..ids.len() {
        let x = ids[i];
        let mut j = i;
        while j > 0 && ids[j - 1] > x {
            ids[j] = ids[j - 1];
            j -= 1;
        }
        ids[j] = x;
    }
}

/// Word slices of a text: runs of alphanumeric characters, joined by inner
/// apostrophes, hyphens, and (between digits) commas, dots and colons.
pub(crate) fn words(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

/// Iterator of [`words`] (a byte scanner with an ASCII fast path).
pub(crate) struct Words<'a> {
    text: &'a str,
    pos: usize,
}

impl Words<'_> {
    /// The char at byte `i` (a char boundary) and its length.
    fn at(&self, i: usize) -> Option<(char, usize)> {
        char_at(self.text, i)
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        // Skip to the first alphanumeric char (ASCII bytes without decoding).
        let start = loop {
            let b = *bytes.get(self.pos)?;
            if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    break self.pos;
                }
                self.pos += 1;
                continue;
            }
            let (c, len) = self.at(self.pos)?;
            if c.is_alphanumeric() {
                break self.pos;
            }
            self.pos += len;
        };
        let mut end = start;
        let mut prev = ' ';
        loop {
            // A run of ASCII letters and digits, without decoding.
            let run_end = ascii_alnum_end(bytes, end);
            if run_end > end {
                prev = bytes.get(run_end - 1).map_or(prev, |&b| char::from(b));
                end = run_end;
            }
            // Most words end at a space or a mark that never joins.
            if bytes
                .get(end)
                .is_some_and(|&b| b < 0x80 && !matches!(b, b'\'' | b'-' | b',' | b'.' | b':'))
            {
                break;
            }
            let Some((c, len)) = self.at(end) else { break };
            if c.is_alphanumeric() {
                prev = c;
                end += len;
                continue;
            }
            let next = self.at(end + len).map(|(n, _)| n);
            let joins = match c {
                '\'' | '’' | '-' | '‐' | '‑' => next.is_some_and(char::is_alphanumeric),
                ',' | '.' | ':' => prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()),
                _ => false,
            };
            if !joins {
                break;
            }
            prev = c;
            end += len;
        }
        self.pos = end;
        Some(&self.text[start..end])
    }
}

/// Number of words in a text.
pub(crate) fn count_words(text: &str) -> usize {
    words(text).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_numbers_and_compounds_whole() {
        let w: Vec<&str> = words("Kim’s re-entry cost $35,000,000 (24 people), 3.5% at 02:00.").collect();
        assert_eq!(
            w,
            [
                "Kim’s",
                "re-entry",
                "cost",
                "35,000,000",
                "24",
                "people",
                "3.5",
                "at",
                "02:00"
            ]
        );
    }

    #[test]
    fn dice_weights_stop_words_down() {
        let mut v = Vocabulary::default();
        let a = v.bag("The talks in the region");
        let b = v.bag("The deal in the city");
        let c = v.bag("Talks in the region ended");
        assert!(v.dice(&a, &b) < 0.5, "only stop words shared");
        assert!(v.dice(&a, &c) > 0.7);
        assert_eq!(v.dice(&[], &[]), 1.0);
    }

    #[test]
    fn bags_are_sorted_multisets_and_union_merges_them() {
        let mut v = Vocabulary::default();
        // Long enough for both sorting paths (insertion sort up to 48 words).
        for n in [0, 1, 5, 48, 49, 200] {
            let text: Vec<String> = (0..n).map(|i| format!("w{}", (i * 7919) % 31)).collect();
            let bag = v.bag(&text.join(" "));
            assert_eq!(bag.len(), n);
            assert!(bag.windows(2).all(|w| w[0] <= w[1]), "bag of {n} words not sorted");
        }
        let (a, b, c) = (v.bag("the talks the end"), v.bag("talks resumed"), v.bag(""));
        let u = union(&[&a, &b, &c]);
        let mut expected: Vec<u32> = a.iter().chain(&b).copied().collect();
        expected.sort_unstable();
        assert_eq!(u, expected);
    }
}
