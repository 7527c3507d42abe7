//! The one place that calls `similar`: sequences of interned `u32` keys.
//!
//! Every sequence diff in the crate goes through here with one element type,
//! so `similar`'s generic algorithms are compiled once (this keeps the wasm
//! small: each element type costs about 40 KB of code).

use super::align::heaviest_chain;
use super::words::FxMap;
use similar::algorithms::{myers, Capture, DiffHook, Replace};
use similar::DiffOp;
use std::convert::Infallible;
use std::ops::Range;

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

/// The work allowed for one exact search, in steps of Myers' algorithm. A gap
/// (what is left after trimming the common ends) with `(old + new)²` up to this
/// is searched exactly, and so is a longer one whose edit distance is at most
/// `limit = EXACT_WORK / (old + new)` (checked with that bound).
const EXACT_WORK: usize = 1 << 22;

/// A monotone diff of two key sequences, as equal, delete, insert and replace
/// runs, and whether a part of it is approximate.
///
/// Small gaps and gaps with few edits are diffed exactly (`similar`'s Myers
/// without its heuristics). A longer gap with many edits is first split at the
/// keys that occur once on each side, in order (patience anchors); what is
/// still too long is aligned greedily, `limit` edits at a time (each step an
/// exact diff up to the furthest point those edits reach). That bounds the
/// work to about `EXACT_WORK` whatever the input. (`similar`'s bounded mode does
/// the same job, but its preflight pass costs 7 KB of the gzipped wasm.)
pub(crate) fn diff_keys(old: &[u32], new: &[u32]) -> (Vec<DiffOp>, bool) {
    let gap = Gap {
        old,
        new,
        limit: (EXACT_WORK / (old.len() + new.len()).max(1)).max(1),
    };
    let mut hook = Replace::new(Capture::new());
    let mut approximate = false;
    let done = gap.diff(&mut hook, 0..old.len(), 0..new.len(), &mut approximate);
    match done.and_then(|()| hook.finish()) {
        Ok(()) => (hook.into_inner().into_ops(), approximate),
        // `Capture` never fails.
        Err(never) => match never {},
    }
}

/// Whether a gap is large enough for the capped search of [`Gap::reach`]:
/// both sides hold keys and `(old + new)²` is over `EXACT_WORK` (smaller
/// gaps are diffed exactly without one).
fn searched(o: &Range<usize>, n: &Range<usize>) -> bool {
    !o.is_empty() && !n.is_empty() && (o.len() + n.len()).saturating_pow(2) > EXACT_WORK
}

/// The two sequences of one diff.
struct Gap<'a> {
    old: &'a [u32],
    new: &'a [u32],
    /// The most edits a long gap may have and still be searched exactly.
    limit: usize,
}

type Hook = Replace<Capture>;

impl Gap<'_> {
    /// Diff `old[o]` against `new[n]` into `hook`: exact when the gap is
    /// small or close, else between patience anchors.
    fn diff(
        &self,
        hook: &mut Hook,
        o: Range<usize>,
        n: Range<usize>,
        approximate: &mut bool,
    ) -> Result<(), Infallible> {
        self.trimmed(hook, o, n, |hook, o, n| {
            if !self.beyond_limit(&o, &n) && self.reach(&o, &n).is_ok() {
                return myers::diff_deadline_raw(hook, self.old, o, self.new, n, None);
            }
            let (mut a, mut b) = (o.start, n.start);
            for (i, j) in self.anchors(o.clone(), n.clone()) {
                self.greedy(hook, a..i, b..j, approximate)?;
                hook.equal(i, j, 1)?;
                (a, b) = (i + 1, j + 1);
            }
            self.greedy(hook, a..o.end, b..n.end, approximate)
        })
    }

    /// Diff a gap exactly when it is small or close; else `limit` edits at a
    /// time, each step an exact diff up to the furthest point they reach.
    fn greedy(
        &self,
        hook: &mut Hook,
        o: Range<usize>,
        n: Range<usize>,
        approximate: &mut bool,
    ) -> Result<(), Infallible> {
        self.trimmed(hook, o, n, |hook, mut o, mut n| loop {
            let Err((x, y)) = self.reach(&o, &n) else {
                return myers::diff_deadline_raw(hook, self.old, o, self.new, n, None);
            };
            *approximate = true;
            let (i, j) = (o.start + x, n.start + y);
            myers::diff_deadline_raw(hook, self.old, o.start..i, self.new, n.start..j, None)?;
            (o, n) = (i..o.end, j..n.end);
        })
    }

    /// `Ok` when `old[o]` and `new[n]` are diffed exactly: one side empty,
    /// small, or at most `limit` insertions and deletions apart. Else the
    /// furthest point `(x, y)` (offsets in `o` and `n`, past the start) that
    /// `limit` edits reach. The forward pass of Myers' search, stopped at
    /// `limit`: O((old + new) × limit).
    fn reach(&self, o: &Range<usize>, n: &Range<usize>) -> Result<(), (usize, usize)> {
        if !searched(o, n) {
            return Ok(());
        }
        let (a, b) = (&self.old[o.clone()], &self.new[n.clone()]);
        let (len_a, len_b) = (a.len() as isize, b.len() as isize);
        let limit = self.limit as isize;
        let at = |k: isize| (k + limit + 1) as usize;
        // Furthest x on diagonal k (= x - y).
        let mut v = vec![0isize; 2 * self.limit + 3];
        let mut best = (0isize, 0isize);
        for d in 0..=limit {
            for k in (-d..=d).step_by(2) {
                let mut x = if k == -d || (k != d && v[at(k - 1)] < v[at(k + 1)]) {
                    v[at(k + 1)]
                } else {
                    v[at(k - 1)] + 1
                };
                let mut y = x - k;
                while x < len_a && (0..len_b).contains(&y) && a[x as usize] == b[y as usize] {
                    x += 1;
                    y += 1;
                }
                v[at(k)] = x;
                if x >= len_a && y >= len_b {
                    return Ok(());
                }
                if x <= len_a && (0..=len_b).contains(&y) && x + y > best.0 + best.1 {
                    best = (x, y);
                }
            }
        }
        Err((best.0 as usize, best.1 as usize))
    }

    /// Whether `old[o]` and `new[n]` are surely more than `limit` edits apart
    /// while large enough for [`Gap::reach`] to search: the keys that the two
    /// sides do not share (as multisets) each cost an edit. One counting pass
    /// spares a search of `limit × (old + new)` steps that would fail (a
    /// sentence-level diff where most sentences were edited).
    fn beyond_limit(&self, o: &Range<usize>, n: &Range<usize>) -> bool {
        if !searched(o, n) {
            return false;
        }
        let (a, b) = (&self.old[o.clone()], &self.new[n.clone()]);
        let total = a.len() + b.len();
        // Keys are dense (interned): count them in a table.
        let size = a.iter().chain(b).max().map_or(0, |&k| k as usize + 1);
        if size > 4 * total {
            return false;
        }
        let mut count = vec![0u32; size];
        for &k in a {
            count[k as usize] += 1;
        }
        let mut shared = 0;
        for &k in b {
            if count[k as usize] > 0 {
                count[k as usize] -= 1;
                shared += 1;
            }
        }
        total - 2 * shared > self.limit
    }

    /// Emit the common prefix of `old[o]` and `new[n]`, diff what lies
    /// between prefix and suffix with `middle`, then emit the common suffix.
    fn trimmed(
        &self,
        hook: &mut Hook,
        o: Range<usize>,
        n: Range<usize>,
        middle: impl FnOnce(&mut Hook, Range<usize>, Range<usize>) -> Result<(), Infallible>,
    ) -> Result<(), Infallible> {
        let (a, b) = (&self.old[o.clone()], &self.new[n.clone()]);
        let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
        let suffix = a[prefix..]
            .iter()
            .rev()
            .zip(b[prefix..].iter().rev())
            .take_while(|(x, y)| x == y)
            .count();
        if prefix > 0 {
            hook.equal(o.start, n.start, prefix)?;
        }
        let (o_end, n_end) = (o.end - suffix, n.end - suffix);
        middle(hook, o.start + prefix..o_end, n.start + prefix..n_end)?;
        if suffix > 0 {
            hook.equal(o_end, n_end, suffix)?;
        }
        Ok(())
    }

    /// Positions `(old, new)` of the keys that occur exactly once in `old[o]`
    /// and once in `new[n]`, the longest chain of them increasing on both sides.
    fn anchors(&self, o: Range<usize>, n: Range<usize>) -> Vec<(usize, usize)> {
        // Per key: [count in old, count in new, position in old, position in new].
        let size = self.old[o.clone()]
            .iter()
            .chain(&self.new[n.clone()])
            .max()
            .map_or(0, |&k| k as usize + 1);
        let mut counts = vec![[0u32; 4]; size];
        for (side, seq, range) in [(0, self.old, o.clone()), (1, self.new, n)] {
            for i in range {
                let c = &mut counts[seq[i] as usize];
                c[side] = c[side].saturating_add(1);
                c[side + 2] = i as u32;
            }
        }
        let pairs = self.old[o]
            .iter()
            .filter_map(|&k| {
                let c = counts[k as usize];
                (c[0] == 1 && c[1] == 1).then(|| (c[2] as usize, c[3] as usize, 1.0))
            })
            .collect();
        heaviest_chain(pairs).into_iter().map(|(i, j, _)| (i, j)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use similar::DiffTag;

    /// Check that `ops` walk both sequences in order, cover them, and pair
    /// equal keys only; return the number of keys outside equal runs.
    fn check(old: &[u32], new: &[u32], ops: &[DiffOp]) -> usize {
        let (mut i, mut j, mut changed) = (0, 0, 0);
        for op in ops {
            let (tag, o, n) = op.as_tag_tuple();
            assert_eq!((o.start, n.start), (i, j), "ops must be contiguous");
            if tag == DiffTag::Equal {
                assert_eq!(old[o.clone()], new[n.clone()]);
            } else {
                changed += o.len() + n.len();
            }
            (i, j) = (o.end, n.end);
        }
        assert_eq!((i, j), (old.len(), new.len()), "ops must cover both sides");
        changed
    }

    fn random(seed: &mut u64, below: u32) -> u32 {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        (*seed % u64::from(below)) as u32
    }

    #[test]
    fn small_inputs_get_a_minimal_exact_diff() {
        let (old, new) = ([1, 2, 3, 4, 5], [1, 3, 4, 6, 5]);
        let (ops, approximate) = diff_keys(&old, &new);
        assert_eq!(check(&old, &new, &ops), 2);
        assert!(!approximate);
    }

    /// 30,000 keys over a 50-key vocabulary (none unique), and a copy with
    /// `edits` keys replaced by keys of their own.
    fn repetitive_with_edits(mut seed: u64, edits: usize) -> (Vec<u32>, Vec<u32>) {
        let old: Vec<u32> = (0..30_000).map(|_| random(&mut seed, 50)).collect();
        let mut new = old.clone();
        for _ in 0..edits {
            let at = random(&mut seed, 30_000) as usize;
            new[at] = 1_000 + random(&mut seed, 1_000);
        }
        (old, new)
    }

    #[test]
    fn long_inputs_with_few_edits_are_exact() {
        let (old, new) = repetitive_with_edits(7, 20);
        let (ops, approximate) = diff_keys(&old, &new);
        assert!(check(&old, &new, &ops) <= 40);
        assert!(!approximate, "20 replacements are within the exact bound");
    }

    #[test]
    fn long_repetitive_inputs_with_many_edits_stay_near_minimal() {
        // No key is unique, so there are no anchors: the greedy steps align it.
        let (old, new) = repetitive_with_edits(11, 500);
        let (ops, approximate) = diff_keys(&old, &new);
        assert!(approximate);
        let changed = check(&old, &new, &ops);
        assert!(changed <= 2 * 500 + 100, "{changed} keys changed for 500 replacements");
    }

    #[test]
    fn unique_keys_in_a_new_order_anchor_the_diff() {
        let old: Vec<u32> = (0..20_000).collect();
        let mut new: Vec<u32> = old.clone();
        new[5_000..15_000].reverse();
        let (ops, _) = diff_keys(&old, &new);
        // Everything outside the reversed block stays equal.
        assert!(check(&old, &new, &ops) <= 2 * 10_000);
        assert!(ops
            .first()
            .is_some_and(|op| op.tag() == DiffTag::Equal && op.old_range() == (0..5_000)));
    }

    #[test]
    fn the_shared_key_bound_never_skips_a_search_that_would_succeed() {
        // Like a sentence-level diff: unique keys, every other one replaced.
        let old: Vec<u32> = (0..6_000).collect();
        let new: Vec<u32> = old.iter().map(|&k| if k % 2 == 0 { k } else { k + 10_000 }).collect();
        let cases = [(old, new), repetitive_with_edits(7, 20), repetitive_with_edits(11, 500)];
        let mut fired = 0;
        for (old, new) in &cases {
            let gap = Gap {
                old,
                new,
                limit: EXACT_WORK / (old.len() + new.len()),
            };
            let (o, n) = (0..old.len(), 0..new.len());
            if gap.beyond_limit(&o, &n) {
                fired += 1;
                assert!(
                    gap.reach(&o, &n).is_err(),
                    "the bound skipped a search within the limit"
                );
            }
        }
        assert_eq!(
            fired, 2,
            "3,000 and 1,000 unshared keys are beyond the limit, 40 are not"
        );
    }

    #[test]
    fn unlike_random_inputs_are_still_a_valid_diff() {
        let mut seed = 3;
        for vocabulary in [2, 5, 2_000] {
            let old: Vec<u32> = (0..30_000).map(|_| random(&mut seed, vocabulary)).collect();
            let new: Vec<u32> = (0..30_000).map(|_| random(&mut seed, vocabulary)).collect();
            let (ops, approximate) = diff_keys(&old, &new);
            check(&old, &new, &ops);
            assert!(approximate);
        }
    }
}
