//! Paragraph roll-up: the sentence alignment lifted to blocks.
//!
//! Two blocks are linked when a sentence change (equal, edit, move, split,
//! merge) joins a sentence of one to a sentence of the other; a link weighs
//! the words it carries. Links are accepted heaviest first as long as every
//! group stays one-to-one, one-to-many over adjacent blocks (a paragraph
//! split) or many-to-one (a merge); weaker links are dropped (their sentence
//! changes still show at sentence level). Unlinked blocks with identical text
//! pair up, the rest are inserts and deletes. Groups off the heaviest
//! in-order chain are moves. Every block appears in exactly one change.
//! Tokens are stitched from the sentence changes inside a one-to-one pair
//! (the word diff of the block texts otherwise); tags are the union of the
//! tags of the sentence changes inside the blocks.

use super::align::heaviest_chain;
use super::classify::{whole_tags, Zones};
use super::stitch::{stitch, Index};
use super::words::{union, FxMap, Vocabulary};
use super::{block_text, tokens, Change, ChangeOp, Tag};
use crate::Analysis;

/// The sentence bags of the old and the new version.
type Bags<'a> = (&'a [Vec<u32>], &'a [Vec<u32>]);

struct Group {
    olds: Vec<usize>,
    news: Vec<usize>,
}

/// Lift sentence changes to block changes.
pub(crate) fn roll_up(
    old: &Analysis,
    new: &Analysis,
    changes: &[Change],
    bags: Bags,
    vocab: &Vocabulary,
    zones: &(Zones, Zones),
    coarse: &mut usize,
) -> Vec<Change> {
    let (nb_old, nb_new) = (old.blocks.len(), new.blocks.len());
    let sentences_per_block = |a: &Analysis| {
        let mut per: Vec<Vec<usize>> = vec![Vec::new(); a.blocks.len()];
        for (i, s) in a.sentences.iter().enumerate() {
            if let Some(list) = per.get_mut(s.block) {
                list.push(i);
            }
        }
        per
    };
    let (per_block_old, per_block_new) = (sentences_per_block(old), sentences_per_block(new));
    let mut change_of_old = vec![usize::MAX; old.sentences.len()];
    let mut change_of_new = vec![usize::MAX; new.sentences.len()];
    for (k, c) in changes.iter().enumerate() {
        for &i in &c.old {
            if let Some(x) = change_of_old.get_mut(i) {
                *x = k;
            }
        }
        for &j in &c.new {
            if let Some(x) = change_of_new.get_mut(j) {
                *x = k;
            }
        }
    }
    let index = Index {
        per_block: (&per_block_old, &per_block_new),
        change_of: (&change_of_old, &change_of_new),
        changes,
    };
    let mut weights: FxMap<(usize, usize), f64> = FxMap::default();
    for c in changes {
        if c.old.is_empty() || c.new.is_empty() {
            continue;
        }
        for &i in &c.old {
            let Some(s) = old.sentences.get(i) else { continue };
            let words = bags.0.get(i).map_or(1, Vec::len).max(1);
            let w = (words as f64) * c.similarity.max(0.1) / c.new.len() as f64;
            for &j in &c.new {
                if let Some(t) = new.sentences.get(j) {
                    if s.block < nb_old && t.block < nb_new {
                        *weights.entry((s.block, t.block)).or_default() += w;
                    }
                }
            }
        }
    }
    // Sentence changes touching each block, for the paragraph tags.
    let mut touching_old: Vec<Vec<usize>> = vec![Vec::new(); nb_old];
    let mut touching_new: Vec<Vec<usize>> = vec![Vec::new(); nb_new];
    for (k, c) in changes.iter().enumerate() {
        for (list, a, touching) in [(&c.old, old, &mut touching_old), (&c.new, new, &mut touching_new)] {
            for &i in list {
                if let Some(t) = a.sentences.get(i).and_then(|s| touching.get_mut(s.block)) {
                    t.push(k);
                }
            }
        }
    }
    let tags_of = |olds: &[usize], news: &[usize]| -> Vec<Tag> {
        let mut tags: Vec<Tag> = olds
            .iter()
            .flat_map(|&b| &touching_old[b])
            .chain(news.iter().flat_map(|&b| &touching_new[b]))
            .flat_map(|&k| changes[k].tags.iter().copied())
            .collect();
        tags.sort_unstable();
        tags.dedup();
        tags
    };
    let mut links: Vec<((usize, usize), f64)> = weights.into_iter().collect();
    links.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut old_partners: Vec<Vec<usize>> = vec![Vec::new(); nb_old];
    let mut new_partners: Vec<Vec<usize>> = vec![Vec::new(); nb_new];
    // A block's partners always form a run of adjacent blocks (each one joins
    // next to the others): its first and last, so that checks stay O(1) when
    // one paragraph splits into thousands.
    let mut old_run: Vec<(usize, usize)> = vec![(0, 0); nb_old];
    let mut new_run: Vec<(usize, usize)> = vec![(0, 0); nb_new];
    let adjacent = |(first, last): (usize, usize), x: usize| x + 1 == first || x == last + 1;
    for ((a, b), _) in links {
        let (pa, pb) = (&old_partners[a], &new_partners[b]);
        // A block with two partners or more keeps them its alone: a partner
        // with a second partner of its own cannot join a group of two.
        let ok = match (pa.as_slice(), pb.as_slice()) {
            ([], []) => true,
            // a grows into a split: its partners must be its alone, and adjacent.
            ([p], []) => new_partners[*p].len() == 1 && adjacent(old_run[a], b),
            (_, []) => adjacent(old_run[a], b),
            // b grows into a merge.
            ([], [p]) => old_partners[*p].len() == 1 && adjacent(new_run[b], a),
            ([], _) => adjacent(new_run[b], a),
            _ => false,
        };
        if ok {
            let grow = |run: &mut (usize, usize), first: bool, x: usize| {
                *run = if first { (x, x) } else { (run.0.min(x), run.1.max(x)) };
            };
            grow(&mut old_run[a], old_partners[a].is_empty(), b);
            grow(&mut new_run[b], new_partners[b].is_empty(), a);
            old_partners[a].push(b);
            new_partners[b].push(a);
        }
    }
    let mut groups: Vec<Group> = Vec::new();
    for (a, partners) in old_partners.iter().enumerate() {
        match partners.as_slice() {
            [] => {}
            [b] if new_partners[*b].len() > 1 => {
                // A merge, listed once: by its first old block.
                if new_run[*b].0 == a {
                    let mut olds = new_partners[*b].clone();
                    olds.sort_unstable();
                    groups.push(Group { olds, news: vec![*b] });
                }
            }
            list => {
                let mut news = list.to_vec();
                news.sort_unstable();
                groups.push(Group { olds: vec![a], news });
            }
        }
    }
    // Unlinked blocks with identical text (for example blocks without sentences).
    let mut by_text: FxMap<&str, Vec<usize>> = FxMap::default();
    for b in (0..nb_new).rev().filter(|&b| new_partners[b].is_empty()) {
        by_text.entry(new.blocks[b].text.as_str()).or_default().push(b);
    }
    let unlinked: Vec<usize> = (0..nb_old).filter(|&a| old_partners[a].is_empty()).collect();
    for a in unlinked {
        if let Some(b) = by_text.get_mut(old.blocks[a].text.as_str()).and_then(Vec::pop) {
            old_partners[a].push(b);
            new_partners[b].push(a);
            groups.push(Group {
                olds: vec![a],
                news: vec![b],
            });
        }
    }
    groups.sort_by_key(|g| g.news[0]);
    // Groups on the heaviest in-order chain stay in place; the others moved.
    let chain = heaviest_chain(
        groups
            .iter()
            .map(|g| (g.olds[0], g.news[0], (g.olds.len() + g.news.len()) as f64))
            .collect(),
    );
    let in_place: crate::text::hash::FxSet<(usize, usize)> = chain.iter().map(|&(o, n, _)| (o, n)).collect();
    let mut keyed: Vec<(f64, usize, Change)> = Vec::new();
    let mut anchors: Vec<(usize, usize)> = Vec::new();
    for g in &groups {
        let moved = !in_place.contains(&(g.olds[0], g.news[0]));
        if !moved {
            anchors.push((g.olds[0], g.news[0]));
        }
        let mut c = group_change(old, new, g, moved, (bags, &index, vocab), coarse);
        if !c.tokens.is_empty() {
            c.tags = tags_of(&g.olds, &g.news);
        }
        keyed.push((g.news[0] as f64, g.olds[0], c));
    }
    anchors.sort_unstable();
    for a in (0..nb_old).filter(|&a| old_partners[a].is_empty()) {
        let before = anchors.partition_point(|&(o, _)| o < a);
        let key = if before == 0 {
            -0.5
        } else {
            anchors[before - 1].1 as f64 + 0.5
        };
        let block = &old.blocks[a];
        let mut c = lone(ChangeOp::Delete, vec![a], vec![]);
        c.tags = whole_tags(Tag::Delete, &block.text, Some(block.span.bytes()), &zones.0);
        c.tags.extend(tags_of(&[a], &[]));
        c.tags.sort_unstable();
        c.tags.dedup();
        c.furniture = !block.kind.is_story();
        keyed.push((key, a, c));
    }
    for b in (0..nb_new).filter(|&b| new_partners[b].is_empty()) {
        let block = &new.blocks[b];
        let mut c = lone(ChangeOp::Insert, vec![], vec![b]);
        c.tags = whole_tags(Tag::Insert, &block.text, Some(block.span.bytes()), &zones.1);
        c.tags.extend(tags_of(&[], &[b]));
        c.tags.sort_unstable();
        c.tags.dedup();
        c.furniture = !block.kind.is_story();
        keyed.push((b as f64, usize::MAX, c));
    }
    keyed.sort_by(|x, y| x.0.total_cmp(&y.0).then(x.1.cmp(&y.1)));
    keyed.into_iter().map(|(_, _, c)| c).collect()
}

fn lone(op: ChangeOp, old: Vec<usize>, new: Vec<usize>) -> Change {
    Change {
        op,
        old,
        new,
        similarity: 0.0,
        tokens: Vec::new(),
        tags: Vec::new(),
        furniture: false,
    }
}

fn group_change(
    old: &Analysis,
    new: &Analysis,
    g: &Group,
    moved: bool,
    (bags, index, vocab): (Bags, &Index, &Vocabulary),
    coarse: &mut usize,
) -> Change {
    let a = block_text(old, &g.olds);
    let b = block_text(new, &g.news);
    let op = match (g.olds.len(), g.news.len()) {
        (1, 1) if moved => ChangeOp::Move,
        (1, 1) if a == b => ChangeOp::Equal,
        (1, 1) => ChangeOp::Edit,
        (1, _) => ChangeOp::Split,
        _ => ChangeOp::Merge,
    };
    let furniture = g
        .olds
        .iter()
        .all(|&k| old.blocks.get(k).is_some_and(|b| !b.kind.is_story()))
        && g.news
            .iter()
            .all(|&k| new.blocks.get(k).is_some_and(|b| !b.kind.is_story()));
    let mut c = lone(op, g.olds.clone(), g.news.clone());
    c.furniture = furniture;
    if a == b {
        c.similarity = 1.0;
        return c;
    }
    // Block bags: the union of their sentences' bags.
    let block_bag = |blocks: &[usize], per_block: &[Vec<usize>], bags: &[Vec<u32>]| {
        let parts: Vec<&[u32]> = blocks
            .iter()
            .filter_map(|&b| per_block.get(b))
            .flatten()
            .filter_map(|&i| bags.get(i).map(Vec::as_slice))
            .collect();
        union(&parts)
    };
    let (x, y) = (
        block_bag(&g.olds, index.per_block.0, bags.0),
        block_bag(&g.news, index.per_block.1, bags.1),
    );
    c.similarity = vocab.dice(&x, &y);
    let stitched = match (g.olds.as_slice(), g.news.as_slice()) {
        ([x], [y]) => stitch(old, new, *x, *y, index),
        _ => None,
    };
    let tokens = match stitched {
        Some(tokens) => tokens,
        None => {
            let (tokens, was_coarse) = tokens::token_diff_bounded(&a, &b);
            *coarse += usize::from(was_coarse);
            tokens
        }
    };
    c.tokens = tokens;
    c
}
