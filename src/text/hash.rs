//! The crate's one hasher and the map and set types keyed with it.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash's multiplier.
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// A small, fast, non-cryptographic hasher (FxHash) for the crate's maps and sets
/// (words, ids, offsets): one hasher, so its code is compiled once.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn finish(&self) -> u64 {
        // A multiply mixes upwards only (the last bytes of a word reach only the
        // high bits), and hash tables index by the low bits: fold the halves,
        // multiply once more, and bring the high bits, which now depend on every
        // bit, down. Without it, words sharing their first bytes crowd into a
        // few buckets.
        let h = self.0;
        (h ^ (h >> 32)).wrapping_mul(SEED).rotate_left(26)
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        // Little-endian words of eight bytes, the last one zero-padded. Slice
        // patterns, not slice helpers: they stay fast without inlining (the
        // wasm is built for size, where helpers remain calls).
        let mut rest = bytes;
        while let [a, b, c, d, e, f, g, h, tail @ ..] = rest {
            self.add(u64::from_le_bytes([*a, *b, *c, *d, *e, *f, *g, *h]));
            rest = tail;
        }
        if !rest.is_empty() {
            let mut word = 0u64;
            for (k, &b) in rest.iter().enumerate() {
                word |= u64::from(b) << (8 * k);
            }
            self.add(word);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

/// A hash map keyed with [`FxHasher`].
pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A hash set keyed with [`FxHasher`].
pub(crate) type FxSet<T> = HashSet<T, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn words_sharing_their_first_bytes_spread_over_the_low_bits() {
        // Hash tables index by the low bits: 4,096 words that share their first
        // three bytes must land in most of 1,024 buckets, not in a handful.
        let build = BuildHasherDefault::<FxHasher>::default();
        let mut buckets = FxSet::default();
        for i in 0..4_096u32 {
            let word = format!("zzz{i:05x}");
            buckets.insert(build.hash_one(word.as_str()) & 1_023);
        }
        assert!(buckets.len() > 900, "{} buckets of 1,024", buckets.len());
    }
}
