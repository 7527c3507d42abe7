//! Sentence alignment.
//!
//! 1. A monotone diff of the exact sentence texts with `similar`'s Myers
//!    (with its bounded heuristics, so long unrelated runs stay cheap).
//! 2. Each run of deleted and inserted sentences between anchors (a gap) is
//!    paired into edits by weighted word similarity: the heaviest chain of
//!    pairs that keeps the order. Small gaps score every pair; large gaps only
//!    pairs that share a rare word or lie near the diagonal (reported in
//!    `stats.fallbacks`).
//! 3. An edited sentence grows into a split (one old, several adjacent new
//!    sentences of one block) or a merge when that raises the similarity.
//! 4. Sentences still unpaired are matched across the whole text: identical
//!    texts first, then similar ones through an index of rare words. Those
//!    pairs are moves.

use super::seq::{diff_keys, Interner};
use super::words::{union, FxMap, Vocabulary};
use crate::segment::Sentence;
use similar::DiffTag;
use std::collections::VecDeque;
use std::ops::Range;

/// Least similarity for two sentences in the same gap to pair as an edit.
pub(crate) const EDIT_MIN: f64 = 0.5;
/// Least similarity for a moved sentence (they have no position to support them).
pub(crate) const MOVE_MIN: f64 = 0.6;
/// Least content words for a fuzzy move.
const MOVE_MIN_WORDS: usize = 3;
/// How much a split or merge must raise the similarity over the plain edit.
const SPLIT_GAIN: f64 = 0.1;
/// Most sentences on one side of a split or merge.
const SPLIT_MAX: usize = 3;
/// Gaps with at most this many sentence pairs score every pair.
const FULL_PAIR_CAP: usize = 4096;
/// Words in more sentences than this are not used to find candidates.
const DF_CAP: usize = 24;
/// Candidates kept per sentence from the word index.
const TOP_K: usize = 8;
/// Half-width of the diagonal window in large gaps.
const WINDOW: usize = 8;

/// A sentence-level alignment link (indices are sentence indices).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Link {
    Equal(usize, usize),
    Edit(usize, usize, f64),
    Delete(usize),
    Insert(usize),
    Move(usize, usize, f64),
    Split(usize, Vec<usize>, f64),
    Merge(Vec<usize>, usize, f64),
}

impl Link {
    /// The first new index, when the link has a new side.
    pub(crate) fn first_new(&self) -> Option<usize> {
        match self {
            Link::Equal(_, j) | Link::Edit(_, j, _) | Link::Insert(j) | Link::Move(_, j, _) | Link::Merge(_, j, _) => {
                Some(*j)
            }
            Link::Split(_, js, _) => js.first().copied(),
            Link::Delete(_) => None,
        }
    }
}

/// One version's sentences, as the aligner sees them.
pub(crate) struct Sents<'a> {
    pub sentences: &'a [Sentence],
    /// Each sentence's sorted word bag.
    pub bags: Vec<Vec<u32>>,
    /// Each bag's mass.
    masses: Vec<f32>,
}

impl<'a> Sents<'a> {
    /// The bags (and their masses) of `sentences`; a sentence whose text is
    /// in `before` (the other version) copies that bag instead of scanning.
    pub(crate) fn new(sentences: &'a [Sentence], vocab: &mut Vocabulary, before: Option<&Sents>) -> Self {
        let mut known: FxMap<&str, usize> = FxMap::default();
        for (i, s) in before.map_or(&[][..], |b| b.sentences).iter().enumerate() {
            *known.entry(&s.text).or_default() = i;
        }
        let bags: Vec<Vec<u32>> = sentences
            .iter()
            .map(|s| match (before, known.get_mut(s.text.as_str())) {
                (Some(b), Some(i)) => b.bags[*i].clone(),
                _ => vocab.bag(&s.text),
            })
            .collect();
        let masses = bags.iter().map(|b| vocab.mass(b)).collect();
        Sents {
            sentences,
            bags,
            masses,
        }
    }

    /// Sentence `i`'s bag and its mass.
    fn weighed(&self, i: usize) -> (&[u32], f32) {
        (&self.bags[i], self.masses[i])
    }
}

/// Align the sentences listed in `olds` and `news` (one lane, indices in order).
pub(crate) fn align_lane(
    old: &Sents,
    new: &Sents,
    olds: &[usize],
    news: &[usize],
    vocab: &Vocabulary,
    notes: &mut Vec<String>,
) -> Vec<Link> {
    let mut interner = Interner::with_capacity(olds.len() + news.len());
    let okeys = interner.keys(olds.iter().map(|&i| old.sentences[i].text.as_str()));
    let nkeys = interner.keys(news.iter().map(|&j| new.sentences[j].text.as_str()));
    let lane = Lane {
        old,
        new,
        olds,
        news,
        vocab,
    };
    let mut links = Vec::with_capacity(olds.len().max(news.len()));
    let (ops, coarse) = diff_keys(&okeys, &nkeys);
    let mut noted = coarse;
    for op in ops {
        let (tag, o, n) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            links.extend(o.zip(n).map(|(p, q)| Link::Equal(olds[p], news[q])));
        } else {
            lane.pair_gap(o, n, &mut links, &mut noted);
        }
    }
    if noted {
        notes.push(format!(
            "large runs of changed sentences ({} old, {} new sentences in the lane) were paired only where \
             sentences share a rare word or stand near the same relative position",
            olds.len(),
            news.len()
        ));
    }
    lane.find_moves(&mut links);
    links
}

struct Lane<'a> {
    old: &'a Sents<'a>,
    new: &'a Sents<'a>,
    olds: &'a [usize],
    news: &'a [usize],
    vocab: &'a Vocabulary,
}

/// A pairing inside a gap, in lane positions.
struct Item {
    olds: Vec<usize>,
    news: Vec<usize>,
    sim: f64,
}

impl Lane<'_> {
    fn obag(&self, p: usize) -> &[u32] {
        &self.old.bags[self.olds[p]]
    }

    fn nbag(&self, q: usize) -> &[u32] {
        &self.new.bags[self.news[q]]
    }

    /// Similarity of lane positions `p` (old) and `q` (new).
    fn sim(&self, p: usize, q: usize) -> f64 {
        self.vocab
            .dice_with_masses(self.old.weighed(self.olds[p]), self.new.weighed(self.news[q]))
    }

    fn sim_items(&self, ps: &[usize], qs: &[usize]) -> f64 {
        let a: Vec<&[u32]> = ps.iter().map(|&p| self.obag(p)).collect();
        let b: Vec<&[u32]> = qs.iter().map(|&q| self.nbag(q)).collect();
        let (a, b) = (union(&a), union(&b));
        self.vocab.dice(&a, &b)
    }

    /// Pair the deleted `o` and inserted `n` lane positions of one gap.
    fn pair_gap(&self, o: Range<usize>, n: Range<usize>, links: &mut Vec<Link>, noted: &mut bool) {
        let mut candidates: Vec<(usize, usize, f64)> = Vec::new();
        if !o.is_empty() && !n.is_empty() {
            if o.len().saturating_mul(n.len()) <= FULL_PAIR_CAP {
                for p in o.clone() {
                    for q in n.clone() {
                        let s = self.sim(p, q);
                        if s >= EDIT_MIN {
                            candidates.push((p, q, s));
                        }
                    }
                }
            } else {
                *noted = true;
                candidates = self.indexed_candidates(o.clone(), n.clone());
            }
        }
        let chain = heaviest_chain(candidates);
        let mut paired_old = vec![false; o.len()];
        let mut paired_new = vec![false; n.len()];
        for &(p, q, _) in &chain {
            paired_old[p - o.start] = true;
            paired_new[q - n.start] = true;
        }
        let mut items: Vec<Item> = chain
            .into_iter()
            .map(|(p, q, sim)| Item {
                olds: vec![p],
                news: vec![q],
                sim,
            })
            .collect();
        for item in &mut items {
            self.grow(item, &o, &n, &mut paired_old, &mut paired_new);
        }
        // Emit in order: deletes and inserts before the next pairing.
        let (mut p, mut q) = (o.start, n.start);
        for item in items {
            let (first_old, first_new) = (item.olds[0], item.news[0]);
            while p < first_old {
                if !paired_old[p - o.start] {
                    links.push(Link::Delete(self.olds[p]));
                }
                p += 1;
            }
            while q < first_new {
                if !paired_new[q - n.start] {
                    links.push(Link::Insert(self.news[q]));
                }
                q += 1;
            }
            links.push(self.link(&item));
            p = p.max(item.olds.iter().max().map_or(p, |m| m + 1));
            q = q.max(item.news.iter().max().map_or(q, |m| m + 1));
        }
        links.extend(
            (p..o.end)
                .filter(|&p| !paired_old[p - o.start])
                .map(|p| Link::Delete(self.olds[p])),
        );
        links.extend(
            (q..n.end)
                .filter(|&q| !paired_new[q - n.start])
                .map(|q| Link::Insert(self.news[q])),
        );
    }

    fn link(&self, item: &Item) -> Link {
        let olds: Vec<usize> = item.olds.iter().map(|&p| self.olds[p]).collect();
        let news: Vec<usize> = item.news.iter().map(|&q| self.news[q]).collect();
        match (olds.as_slice(), news.as_slice()) {
            ([i], [j]) if self.old.sentences[*i].text == self.new.sentences[*j].text => Link::Equal(*i, *j),
            ([i], [j]) => Link::Edit(*i, *j, item.sim),
            ([i], _) => Link::Split(*i, news, item.sim),
            (_, [j]) => Link::Merge(olds, *j, item.sim),
            _ => Link::Edit(olds[0], news[0], item.sim),
        }
    }

    /// Grow a one-to-one pairing into a split or merge when neighbours in the
    /// same block raise the similarity.
    fn grow(&self, item: &mut Item, o: &Range<usize>, n: &Range<usize>, po: &mut [bool], pn: &mut [bool]) {
        let block_new = |q: usize| self.new.sentences[self.news[q]].block;
        let block_old = |p: usize| self.old.sentences[self.olds[p]].block;
        // Split: more new sentences.
        while item.news.len() < SPLIT_MAX && item.olds.len() == 1 {
            let (lo, hi) = (item.news[0], item.news[item.news.len() - 1]);
            let mut best: Option<(usize, f64)> = None;
            for cand in [lo.checked_sub(1), Some(hi + 1)].into_iter().flatten() {
                if !n.contains(&cand) || pn[cand - n.start] || block_new(cand) != block_new(lo) {
                    continue;
                }
                let mut qs = item.news.clone();
                qs.push(cand);
                qs.sort_unstable();
                let s = self.sim_items(&item.olds, &qs);
                let contained = self.vocab.shared(self.obag(item.olds[0]), self.nbag(cand))
                    >= 0.6 * self.new.masses[self.news[cand]];
                if contained && s >= item.sim + SPLIT_GAIN && best.is_none_or(|(_, b)| s > b) {
                    best = Some((cand, s));
                }
            }
            let Some((cand, s)) = best else { break };
            pn[cand - n.start] = true;
            item.news.push(cand);
            item.news.sort_unstable();
            item.sim = s;
        }
        // Merge: more old sentences.
        while item.olds.len() < SPLIT_MAX && item.news.len() == 1 {
            let (lo, hi) = (item.olds[0], item.olds[item.olds.len() - 1]);
            let mut best: Option<(usize, f64)> = None;
            for cand in [lo.checked_sub(1), Some(hi + 1)].into_iter().flatten() {
                if !o.contains(&cand) || po[cand - o.start] || block_old(cand) != block_old(lo) {
                    continue;
                }
                let mut ps = item.olds.clone();
                ps.push(cand);
                ps.sort_unstable();
                let s = self.sim_items(&ps, &item.news);
                let contained = self.vocab.shared(self.nbag(item.news[0]), self.obag(cand))
                    >= 0.6 * self.old.masses[self.olds[cand]];
                if contained && s >= item.sim + SPLIT_GAIN && best.is_none_or(|(_, b)| s > b) {
                    best = Some((cand, s));
                }
            }
            let Some((cand, s)) = best else { break };
            po[cand - o.start] = true;
            item.olds.push(cand);
            item.olds.sort_unstable();
            item.sim = s;
        }
    }

    /// Candidate pairs of a large gap: shared rare words, plus a window around the diagonal.
    fn indexed_candidates(&self, o: Range<usize>, n: Range<usize>) -> Vec<(usize, usize, f64)> {
        let mut index: FxMap<u32, Vec<usize>> = FxMap::default();
        for q in n.clone() {
            let mut seen: Vec<u32> = self
                .nbag(q)
                .iter()
                .copied()
                .filter(|&w| self.vocab.is_content(w))
                .collect();
            seen.dedup();
            for w in seen {
                index.entry(w).or_default().push(q);
            }
        }
        let mut out = Vec::new();
        let mut counts: FxMap<usize, u32> = FxMap::default();
        for p in o.clone() {
            counts.clear();
            let mut words: Vec<u32> = self
                .obag(p)
                .iter()
                .copied()
                .filter(|&w| self.vocab.is_content(w))
                .collect();
            words.dedup();
            for w in words {
                if let Some(list) = index.get(&w).filter(|l| l.len() <= DF_CAP) {
                    for &q in list {
                        *counts.entry(q).or_default() += 1;
                    }
                }
            }
            let mut ranked: Vec<(usize, u32)> = counts.iter().map(|(&q, &c)| (q, c)).collect();
            ranked.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            ranked.truncate(TOP_K);
            let centre = n.start + (p - o.start) * n.len() / o.len().max(1);
            let window = centre.saturating_sub(WINDOW).max(n.start)..(centre + WINDOW + 1).min(n.end);
            let mut qs: Vec<usize> = ranked.into_iter().map(|(q, _)| q).chain(window).collect();
            qs.sort_unstable();
            qs.dedup();
            for q in qs {
                let s = self.sim(p, q);
                if s >= EDIT_MIN {
                    out.push((p, q, s));
                }
            }
        }
        out
    }

    /// Turn delete/insert pairs of the same (or similar) sentence into moves.
    fn find_moves(&self, links: &mut Vec<Link>) {
        let deleted: Vec<(usize, usize)> = links
            .iter()
            .enumerate()
            .filter_map(|(k, l)| if let Link::Delete(i) = l { Some((k, *i)) } else { None })
            .collect();
        let inserted: Vec<(usize, usize)> = links
            .iter()
            .enumerate()
            .filter_map(|(k, l)| if let Link::Insert(j) = l { Some((k, *j)) } else { None })
            .collect();
        if deleted.is_empty() || inserted.is_empty() {
            return;
        }
        let mut by_text: FxMap<&str, VecDeque<usize>> = FxMap::default();
        for (x, &(_, j)) in inserted.iter().enumerate() {
            by_text
                .entry(self.new.sentences[j].text.as_str())
                .or_default()
                .push_back(x);
        }
        let mut used_new = vec![false; inserted.len()];
        let mut used_old = vec![false; deleted.len()];
        let mut moves: Vec<(usize, usize, f64)> = Vec::new();
        for (y, &(_, i)) in deleted.iter().enumerate() {
            if let Some(x) = by_text
                .get_mut(self.old.sentences[i].text.as_str())
                .and_then(VecDeque::pop_front)
            {
                used_new[x] = true;
                used_old[y] = true;
                moves.push((y, x, 1.0));
            }
        }
        // Similar sentences through an index of rare content words.
        let content = |bag: &[u32]| -> Vec<u32> {
            let mut w: Vec<u32> = bag.iter().copied().filter(|&w| self.vocab.is_content(w)).collect();
            w.dedup();
            w
        };
        let mut index: FxMap<u32, Vec<usize>> = FxMap::default();
        for (x, &(_, j)) in inserted.iter().enumerate() {
            if !used_new[x] {
                for w in content(&self.new.bags[j]) {
                    index.entry(w).or_default().push(x);
                }
            }
        }
        let mut candidates: Vec<(usize, usize, f64)> = Vec::new();
        let mut counts: FxMap<usize, u32> = FxMap::default();
        for (y, &(_, i)) in deleted.iter().enumerate() {
            let words = content(&self.old.bags[i]);
            if used_old[y] || words.len() < MOVE_MIN_WORDS {
                continue;
            }
            counts.clear();
            for w in words {
                if let Some(list) = index.get(&w).filter(|l| l.len() <= DF_CAP) {
                    for &x in list {
                        *counts.entry(x).or_default() += 1;
                    }
                }
            }
            let mut ranked: Vec<(usize, u32)> = counts.iter().map(|(&x, &c)| (x, c)).collect();
            ranked.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            for (x, _) in ranked.into_iter().take(TOP_K) {
                let s = self
                    .vocab
                    .dice_with_masses(self.old.weighed(i), self.new.weighed(inserted[x].1));
                if s >= MOVE_MIN {
                    candidates.push((y, x, s));
                }
            }
        }
        candidates.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
        for (y, x, s) in candidates {
            if !used_old[y] && !used_new[x] {
                used_old[y] = true;
                used_new[x] = true;
                moves.push((y, x, s));
            }
        }
        if moves.is_empty() {
            return;
        }
        let mut remove = vec![false; links.len()];
        for (y, x, s) in moves {
            let (dk, i) = deleted[y];
            let (ik, j) = inserted[x];
            links[ik] = Link::Move(i, j, s);
            remove[dk] = true;
        }
        let mut k = 0;
        links.retain(|_| {
            k += 1;
            !remove[k - 1]
        });
    }
}

/// The subset of `(old, new, weight)` pairs, increasing in both indices, with
/// the largest total weight (O(n log n) with a Fenwick tree of maxima).
pub(crate) fn heaviest_chain(mut pairs: Vec<(usize, usize, f64)>) -> Vec<(usize, usize, f64)> {
    if pairs.is_empty() {
        return pairs;
    }
    pairs.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut js: Vec<usize> = pairs.iter().map(|p| p.1).collect();
    js.sort_unstable();
    js.dedup();
    let mut tree: Vec<(f64, usize)> = vec![(0.0, usize::MAX); js.len() + 1];
    let mut pred = vec![usize::MAX; pairs.len()];
    let mut best = (0.0f64, usize::MAX);
    for (k, &(_, j, w)) in pairs.iter().enumerate() {
        let rank = js.partition_point(|&x| x < j); // 0-based; query ranks < rank
        let mut q = (0.0f64, usize::MAX);
        let mut r = rank;
        while r > 0 {
            if tree[r].0 > q.0 {
                q = tree[r];
            }
            r &= r - 1;
        }
        let value = q.0 + w;
        pred[k] = q.1;
        if value > best.0 {
            best = (value, k);
        }
        let mut r = rank + 1;
        while r < tree.len() {
            if value > tree[r].0 {
                tree[r] = (value, k);
            }
            r += r & r.wrapping_neg();
        }
    }
    let mut chain = Vec::new();
    let mut k = best.1;
    while k != usize::MAX {
        chain.push(pairs[k]);
        k = pred[k];
    }
    chain.reverse();
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heaviest_chain_prefers_weight_and_keeps_order() {
        let chain = heaviest_chain(vec![(0, 2, 0.9), (1, 0, 0.6), (2, 1, 0.6), (3, 3, 0.8), (3, 4, 0.5)]);
        assert_eq!(chain, vec![(1, 0, 0.6), (2, 1, 0.6), (3, 3, 0.8)]);
        for w in chain.windows(2) {
            assert!(w[0].0 < w[1].0 && w[0].1 < w[1].1);
        }
    }

    #[test]
    fn sentences_of_the_version_before_lend_their_bags() {
        let opts = crate::Options::default();
        let old = crate::analyse("Talks ended. The deal held. Talks ended.", &opts).unwrap();
        let new = crate::analyse("The deal held. Rain fell. Talks ended.", &opts).unwrap();
        let mut vocab = Vocabulary::default();
        let o = Sents::new(&old.sentences, &mut vocab, None);
        let n = Sents::new(&new.sentences, &mut vocab, Some(&o));
        // The same bags (same word ids) as scanning every sentence.
        let mut fresh = Vocabulary::default();
        let each: Vec<Vec<u32>> = old
            .sentences
            .iter()
            .chain(&new.sentences)
            .map(|s| fresh.bag(&s.text))
            .collect();
        assert_eq!(o.bags.into_iter().chain(n.bags).collect::<Vec<_>>(), each);
    }

    #[test]
    fn heaviest_chain_uses_each_index_once() {
        let chain = heaviest_chain(vec![(0, 0, 0.5), (0, 1, 0.9), (1, 1, 0.7)]);
        assert_eq!(chain, vec![(0, 0, 0.5), (1, 1, 0.7)]);
    }
}
