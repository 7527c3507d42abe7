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
    /// Ids of the words without a [`packed`] key.
    ids: FxMap<String, u32>,
    /// Ids of the words with a [`packed`] key (most words): no string hashed or compared.
    short: FxMap<usize, u32>,
    weights: Vec<f32>,
    buffer: String,
}

impl Vocabulary {
    /// The sorted multiset of word ids of `text`.
    pub(crate) fn bag(&mut self, text: &str) -> Vec<u32> {
        // About one word in five bytes: one allocation for most sentences.
        let mut bag = Vec::with_capacity(text.len() / 5 + 1);
        for word in words(text) {
            let id = match packed(word) {
                Some(key) => self.short_id(key),
                None => self.long_id(word),
            };
            bag.push(id);
        }
        sort_ids(&mut bag);
        bag
    }

    /// The id of a word that fits a [`packed`] key.
    fn short_id(&mut self, key: usize) -> u32 {
        let next = self.weights.len() as u32;
        let id = *self.short.entry(key).or_insert(next);
        if id == next {
            let bytes = key.to_le_bytes();
            let len = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
            self.weights.push(weight_of(bytes.get(..len).unwrap_or_default()));
        }
        id
    }

    /// The id of any other word, by its lowercase text.
    fn long_id(&mut self, word: &str) -> u32 {
        // Most words are lowercase ASCII already: look them up as they are.
        let plain = word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase());
        if !plain {
            self.buffer.clear();
            for c in word.chars() {
                self.buffer.extend(c.to_lowercase());
            }
            // A word that lowercases to a short ASCII word (the Kelvin sign).
            if let Some(key) = packed(&self.buffer) {
                return self.short_id(key);
            }
        }
        let key = if plain { word } else { self.buffer.as_str() };
        match self.ids.get(key) {
            Some(&id) => id,
            None => {
                let id = self.weights.len() as u32;
                self.weights.push(weight_of(key.as_bytes()));
                self.ids.insert(key.to_string(), id);
                id
            }
        }
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
        self.dice_with_masses((a, self.mass(a)), (b, self.mass(b)))
    }

    /// [`Vocabulary::dice`] of two bags whose masses are known: it costs about
    /// the smaller bag only (a long sentence meets many short ones).
    pub(crate) fn dice_with_masses(&self, (a, mass_a): (&[u32], f32), (b, mass_b): (&[u32], f32)) -> f64 {
        let total = mass_a + mass_b;
        if total <= 0.0 {
            return if a.is_empty() && b.is_empty() { 1.0 } else { 0.0 };
        }
        (2.0 * self.shared(a, b) / total) as f64
    }

    /// Weight of the multiset intersection of two sorted bags.
    pub(crate) fn shared(&self, a: &[u32], b: &[u32]) -> f32 {
        let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
        if small.len().saturating_mul(16) < large.len() {
            return self.shared_galloping(small, large);
        }
        self.shared_merging(a, b)
    }

    /// [`Vocabulary::shared`] by one merge walk over both bags.
    fn shared_merging(&self, a: &[u32], b: &[u32]) -> f32 {
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

    /// [`Vocabulary::shared`] for a small bag against a much larger one: each id
    /// of the small bag is found by exponential search from the last match, so
    /// the cost is about `small × log(large / small)`. Matches are summed in the
    /// same (ascending) order as the merge walk, so the result is identical.
    fn shared_galloping(&self, small: &[u32], large: &[u32]) -> f32 {
        let (mut from, mut sum) = (0, 0.0);
        for &x in small {
            let rest = large.get(from..).unwrap_or_default();
            let mut step = 1;
            while step < rest.len() && rest[step - 1] < x {
                step *= 2;
            }
            from += rest[..step.min(rest.len())].partition_point(|&y| y < x);
            if large.get(from) == Some(&x) {
                sum += self.weight(x);
                from += 1;
            }
        }
        sum
    }
}

/// The weight of a new lowercase word.
fn weight_of(key: &[u8]) -> f32 {
    if STOP_WORDS.iter().any(|w| w.as_bytes() == key) {
        STOP_WEIGHT
    } else {
        1.0
    }
}

/// The lowercase bytes of an ASCII word of up to one `usize` of bytes, packed
/// into one (words hold no zero byte, so the key also tells the length);
/// `None` for longer or non-ASCII words. Letters are lowercased eight (or
/// four) at a time: a byte gets `0x20` when it lies in `A..=Z`.
fn packed(word: &str) -> Option<usize> {
    const LOW: usize = usize::MAX / 255;
    let bytes = word.as_bytes();
    if bytes.len() > LOW.to_le_bytes().len() {
        return None;
    }
    let x = bytes.iter().rev().fold(0, |x, &b| x << 8 | usize::from(b));
    if x & (LOW * 0x80) != 0 {
        return None;
    }
    // Bytes below 0x80: adding 0x3f sets the top bit from `A` on, 0x25 from `[` on.
    let upper = (x + LOW * 0x3f) & !(x + LOW * 0x25) & (LOW * 0x80);
    Some(x | upper >> 2)
}

/// Merge sorted bags into one sorted bag, halves first: O(n log k) for k bags
/// of n ids in all (a paragraph can hold 50,000 sentences).
pub(crate) fn union(bags: &[&[u32]]) -> Vec<u32> {
    match bags {
        [] => Vec::new(),
        [one] => one.to_vec(),
        // Two bags merge straight from the slices (no copy of each first).
        [a, b] => merge(a, b),
        _ => {
            let (left, right) = bags.split_at(bags.len() / 2);
            merge(&union(left), &union(right))
        }
    }
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
    fn packed_and_string_ids_agree_with_lowercased_words() {
        let text = "The THE the Kelvin \u{212a} k K İstanbul istanbul CAFÉ café eight888 EIGHT888 \
                    ninechars NINECHARS a1b2c3d4e5 A1B2C3D4E5 Zz zZ @ [ re-entry RE-ENTRY it’s IT’S 35,000";
        let mut v = Vocabulary::default();
        let bag = v.bag(text);
        // Reference: ids in first-seen order of the lowercased words.
        let mut seen: Vec<String> = Vec::new();
        let mut expected: Vec<u32> = words(text)
            .map(|w| {
                let low: String = w.chars().flat_map(char::to_lowercase).collect();
                let id = seen.iter().position(|s| *s == low).unwrap_or_else(|| {
                    seen.push(low);
                    seen.len() - 1
                });
                id as u32
            })
            .collect();
        expected.sort_unstable();
        assert_eq!(bag, expected);
        for (id, word) in seen.iter().enumerate() {
            let stop = STOP_WORDS.contains(&word.as_str());
            assert_eq!(v.weight(id as u32), if stop { STOP_WEIGHT } else { 1.0 }, "{word}");
        }
        assert_eq!(packed("Zz"), packed("zZ"));
        assert_ne!(packed("@"), packed("`"));
        assert_ne!(packed("["), packed("{"));
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
    fn galloping_and_merging_intersections_agree() {
        let mut v = Vocabulary::default();
        // Ids with repeats, stop words among them (weights differ).
        let text: Vec<String> = (0..3_000).map(|i| format!("w{}", (i * 7919) % 997)).collect();
        let large = v.bag(&format!("the of and {}", text.join(" the ")));
        for (k, step) in [(1, 1), (3, 5), (40, 17), (150, 3), (180, 20)] {
            let small: Vec<u32> = large.iter().copied().step_by(step).take(k).collect();
            let merged = v.shared_merging(&small, &large);
            assert!(merged > 0.0);
            assert_eq!(
                v.shared_galloping(&small, &large).to_bits(),
                merged.to_bits(),
                "{k} ids"
            );
            assert_eq!(v.shared(&large, &small).to_bits(), merged.to_bits(), "{k} ids");
        }
        let absent = [u32::MAX - 1, u32::MAX];
        assert_eq!(v.shared_galloping(&absent, &large), 0.0);
        assert_eq!(v.shared_galloping(&[], &large), 0.0);
        assert_eq!(v.shared_galloping(&large[..2], &[]), 0.0);
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
        // Many bags (a paragraph of many sentences) merge the same way.
        let bags: Vec<Vec<u32>> = (0..1_001u32)
            .map(|i| {
                let mut bag = vec![i % 7, 3, (i * 31) % 1_000 + 7];
                bag.sort_unstable();
                bag
            })
            .collect();
        let refs: Vec<&[u32]> = bags.iter().map(Vec::as_slice).collect();
        let mut expected: Vec<u32> = bags.iter().flatten().copied().collect();
        expected.sort_unstable();
        assert_eq!(union(&refs), expected);
    }
}
