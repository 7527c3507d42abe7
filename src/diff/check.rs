//! The invariants every comparison must meet, checked by the tests and by
//! `palimpsest-eval diff` on every pair.

use super::{block_text, rebuild, sentence_text, Change, ChangeOp, QuoteChange, QuoteChangeOp, TokenOp};
use crate::Analysis;

/// Every way in which a comparison breaks the contract (empty when it holds):
/// every old and new sentence (block) in exactly one change of `changes`
/// (`paragraphs`); each op with the right number of indices on each side;
/// tokens present whenever both sides exist and differ, and rebuilding both
/// side texts exactly; every quote in exactly one quote change.
pub fn violations(
    old: &Analysis,
    new: &Analysis,
    paragraphs: &[Change],
    changes: &[Change],
    quotes: &[QuoteChange],
) -> Vec<String> {
    let mut out = Vec::new();
    check_level(
        "sentence",
        changes,
        (old.sentences.len(), new.sentences.len()),
        |c| (sentence_text(old, &c.old), sentence_text(new, &c.new)),
        &mut out,
    );
    check_level(
        "block",
        paragraphs,
        (old.blocks.len(), new.blocks.len()),
        |c| (block_text(old, &c.old), block_text(new, &c.new)),
        &mut out,
    );
    let mut seen_old = vec![0usize; old.quotes.len()];
    let mut seen_new = vec![0usize; new.quotes.len()];
    for (k, q) in quotes.iter().enumerate() {
        let shape_ok = match q.op {
            QuoteChangeOp::Added => q.old.is_none() && q.new.is_some(),
            QuoteChangeOp::Removed => q.old.is_some() && q.new.is_none(),
            _ => q.old.is_some() && q.new.is_some(),
        };
        if !shape_ok {
            out.push(format!(
                "quote change {k}: {:?} with old {:?} new {:?}",
                q.op, q.old, q.new
            ));
        }
        for (idx, seen, side) in [(q.old, &mut seen_old, "old"), (q.new, &mut seen_new, "new")] {
            match idx.and_then(|i| seen.get_mut(i)) {
                Some(n) => *n += 1,
                None if idx.is_some() => out.push(format!("quote change {k}: {side} quote out of range")),
                None => {}
            }
        }
    }
    for (side, seen) in [("old", &seen_old), ("new", &seen_new)] {
        for (i, &n) in seen.iter().enumerate().filter(|(_, &n)| n != 1) {
            out.push(format!("{side} quote {i} appears in {n} quote changes"));
        }
    }
    out
}

fn check_level(
    level: &str,
    changes: &[Change],
    (n_old, n_new): (usize, usize),
    texts: impl Fn(&Change) -> (String, String),
    out: &mut Vec<String>,
) {
    let mut seen_old = vec![0usize; n_old];
    let mut seen_new = vec![0usize; n_new];
    for (k, c) in changes.iter().enumerate() {
        let (o, n) = (c.old.len(), c.new.len());
        let shape_ok = match c.op {
            ChangeOp::Equal | ChangeOp::Edit | ChangeOp::Move => o == 1 && n == 1,
            ChangeOp::Insert => o == 0 && n == 1,
            ChangeOp::Delete => o == 1 && n == 0,
            ChangeOp::Split => o == 1 && n >= 2,
            ChangeOp::Merge => o >= 2 && n == 1,
        };
        if !shape_ok {
            out.push(format!("{level} change {k}: {:?} with {o} old and {n} new", c.op));
        }
        for (list, seen, side) in [(&c.old, &mut seen_old, "old"), (&c.new, &mut seen_new, "new")] {
            for &i in list {
                match seen.get_mut(i) {
                    Some(x) => *x += 1,
                    None => out.push(format!("{level} change {k}: {side} index {i} out of range")),
                }
            }
        }
        if o == 0 || n == 0 {
            continue;
        }
        let (a, b) = texts(c);
        if c.op == ChangeOp::Equal && a != b {
            out.push(format!("{level} change {k}: equal but the texts differ"));
        }
        if a != b && c.tokens.is_empty() {
            out.push(format!(
                "{level} change {k}: {:?} of different texts without tokens",
                c.op
            ));
        }
        if !c.tokens.is_empty() {
            if rebuild(&c.tokens, TokenOp::Delete) != a {
                out.push(format!(
                    "{level} change {k}: equal+delete tokens do not rebuild the old text"
                ));
            }
            if rebuild(&c.tokens, TokenOp::Insert) != b {
                out.push(format!(
                    "{level} change {k}: equal+insert tokens do not rebuild the new text"
                ));
            }
        }
    }
    for (side, seen) in [("old", &seen_old), ("new", &seen_new)] {
        for (i, &n) in seen.iter().enumerate().filter(|(_, &n)| n != 1) {
            out.push(format!("{level}: {side} {level} {i} appears in {n} changes"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_comparisons_are_caught() {
        let old = crate::analyse("One cat sat. Two dogs ran.", &Default::default()).unwrap_or_else(|e| panic!("{e}"));
        let new = crate::analyse("One cat sat. Three dogs ran.", &Default::default()).unwrap_or_else(|e| panic!("{e}"));
        let good = crate::diff::align(&old, &new);
        assert!(violations(&old, &new, &good.paragraphs, &good.changes, &good.quotes).is_empty());
        // Drop a change: a sentence is missing.
        let mut missing = good.changes.clone();
        missing.pop();
        assert!(!violations(&old, &new, &good.paragraphs, &missing, &good.quotes).is_empty());
        // Duplicate a change: sentences appear twice.
        let mut twice = good.changes.clone();
        twice.push(good.changes[0].clone());
        assert!(!violations(&old, &new, &good.paragraphs, &twice, &good.quotes).is_empty());
        // Corrupt a token: the rebuild fails.
        let mut corrupt = good.changes.clone();
        let edit = corrupt
            .iter_mut()
            .find(|c| c.op == ChangeOp::Edit)
            .map(|c| &mut c.tokens[0]);
        if let Some(t) = edit {
            t.text.push('x');
        }
        assert!(!violations(&old, &new, &good.paragraphs, &corrupt, &good.quotes).is_empty());
    }
}
