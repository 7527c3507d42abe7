//! Quote diff: match the quotes of two versions and say how each changed.
//!
//! Quotes pair first by the same words (case, punctuation and order ignored), then
//! by word similarity (at least 0.5, through an index of rare words, same kind
//! preferred). A pair is `altered` when the quoted text differs at all (with a
//! token diff and tags), else `reattributed` when both versions name a speaker
//! and they are different people, else `recued` when both have a cue and the
//! cue words differ, else `unchanged`. Unpaired quotes are `removed`/`added`.

use super::classify::{classify, Side, Zones};
use super::tokens::token_diff;
use super::words::{words, FxMap, Vocabulary};
use super::{QuoteChange, QuoteChangeOp};
use crate::quotes::{Quote, SpeakerRef};
use std::collections::VecDeque;

const QUOTE_MIN: f64 = 0.5;
const DF_CAP: usize = 24;
const TOP_K: usize = 8;

fn normalized(text: &str) -> String {
    words(text).map(crate::text::lowercase).collect::<Vec<_>>().join(" ")
}

/// Whether two speaker references name the same person ("Putin" and
/// "Vladimir Putin" do: same surname, or one name's words inside the other's).
fn same_person(a: &SpeakerRef, b: &SpeakerRef) -> bool {
    let wa: Vec<String> = words(&a.name).map(crate::text::lowercase).collect();
    let wb: Vec<String> = words(&b.name).map(crate::text::lowercase).collect();
    wa == wb || wa.last() == wb.last() || wa.iter().all(|w| wb.contains(w)) || wb.iter().all(|w| wa.contains(w))
}

fn cue_words(q: &Quote) -> Option<String> {
    q.cue.as_ref().map(|c| normalized(&c.text))
}

/// Compare the quotes of two versions.
pub(crate) fn compare(old: &[Quote], new: &[Quote], vocab: &mut Vocabulary) -> Vec<QuoteChange> {
    let mut pair_of_old: Vec<Option<(usize, f64)>> = vec![None; old.len()];
    let mut used_new = vec![false; new.len()];
    let old_bags: Vec<Vec<u32>> = old.iter().map(|q| vocab.bag(&q.text)).collect();
    let new_bags: Vec<Vec<u32>> = new.iter().map(|q| vocab.bag(&q.text)).collect();
    let new_masses: Vec<f32> = new_bags.iter().map(|b| vocab.mass(b)).collect();
    // Same words (case and punctuation ignored) first.
    let mut by_words: FxMap<&[u32], VecDeque<usize>> = FxMap::default();
    for (j, bag) in new_bags.iter().enumerate() {
        by_words.entry(bag.as_slice()).or_default().push_back(j);
    }
    for (i, bag) in old_bags.iter().enumerate() {
        if let Some(j) = by_words.get_mut(bag.as_slice()).and_then(VecDeque::pop_front) {
            pair_of_old[i] = Some((j, 1.0));
            used_new[j] = true;
        }
    }
    let mut index: FxMap<u32, Vec<usize>> = FxMap::default();
    for (j, bag) in new_bags.iter().enumerate().filter(|(j, _)| !used_new[*j]) {
        let mut ws = bag.clone();
        ws.dedup();
        for w in ws {
            index.entry(w).or_default().push(j);
        }
    }
    let mut candidates: Vec<(f64, usize, usize, f64)> = Vec::new();
    let mut counts: FxMap<usize, u32> = FxMap::default();
    for (i, bag) in old_bags.iter().enumerate().filter(|(i, _)| pair_of_old[*i].is_none()) {
        let mass = vocab.mass(bag);
        counts.clear();
        let mut ws = bag.clone();
        ws.dedup();
        for w in ws {
            if let Some(list) = index.get(&w).filter(|l| l.len() <= DF_CAP) {
                for &j in list {
                    *counts.entry(j).or_default() += 1;
                }
            }
        }
        let mut ranked: Vec<(usize, u32)> = counts.iter().map(|(&j, &c)| (j, c)).collect();
        ranked.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        for (j, _) in ranked.into_iter().take(TOP_K) {
            let s = vocab.dice_with_masses((bag, mass), (&new_bags[j], new_masses[j]));
            if s >= QUOTE_MIN {
                let bonus = if old[i].kind == new[j].kind { 0.05 } else { 0.0 };
                candidates.push((s + bonus, i, j, s));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    for (_, i, j, s) in candidates {
        if pair_of_old[i].is_none() && !used_new[j] {
            pair_of_old[i] = Some((j, s));
            used_new[j] = true;
        }
    }
    let empty = Zones::default();
    let side = Side {
        base: None,
        zones: &empty,
    };
    // Order: by new position; a removed quote follows the pair before it.
    let mut keyed: Vec<(f64, QuoteChange)> = Vec::with_capacity(old.len() + new.len());
    let mut key = -0.5;
    for (i, q) in old.iter().enumerate() {
        let change = match pair_of_old[i] {
            Some((j, similarity)) => {
                key = j as f64;
                let n = &new[j];
                let speaker_changed = match (&q.speaker, &n.speaker) {
                    (Some(a), Some(b)) => !same_person(a, b),
                    _ => false,
                };
                let cue_changed = match (cue_words(q), cue_words(n)) {
                    (Some(a), Some(b)) => a != b,
                    _ => false,
                };
                let altered = q.text != n.text;
                let op = if altered {
                    QuoteChangeOp::Altered
                } else if speaker_changed {
                    QuoteChangeOp::Reattributed
                } else if cue_changed {
                    QuoteChangeOp::Recued
                } else {
                    QuoteChangeOp::Unchanged
                };
                let tokens = if altered {
                    token_diff(&q.text, &n.text)
                } else {
                    Vec::new()
                };
                let tags = classify(&tokens, &side, &side);
                QuoteChange {
                    op,
                    old: Some(i),
                    new: Some(j),
                    tokens,
                    similarity,
                    tags,
                    speaker_changed,
                    cue_changed,
                }
            }
            None => {
                key += 1e-6;
                lone(QuoteChangeOp::Removed, Some(i), None)
            }
        };
        keyed.push((key, change));
    }
    for j in (0..new.len()).filter(|&j| !used_new[j]) {
        keyed.push((j as f64, lone(QuoteChangeOp::Added, None, Some(j))));
    }
    keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
    keyed.into_iter().map(|(_, c)| c).collect()
}

fn lone(op: QuoteChangeOp, old: Option<usize>, new: Option<usize>) -> QuoteChange {
    QuoteChange {
        op,
        old,
        new,
        tokens: Vec::new(),
        similarity: 0.0,
        tags: Vec::new(),
        speaker_changed: false,
        cue_changed: false,
    }
}
