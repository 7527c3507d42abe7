//! Block tokens stitched from the sentence changes inside a pair of blocks,
//! so a paragraph's word diff costs no second diff and agrees with the
//! sentence level: kept sentences are equal tokens, edited ones bring their
//! tokens, sentences linked elsewhere (or nowhere) are deleted/inserted, and
//! the text between sentences is equal or replaced. The result is checked to
//! rebuild both block texts; on any doubt the caller diffs the texts instead.

use super::tokens::push;
use super::{Change, Token, TokenOp};
use crate::{Analysis, Block, Sentence};

/// Sentence lists per block and the change holding each sentence.
pub(crate) struct Index<'a> {
    pub per_block: (&'a [Vec<usize>], &'a [Vec<usize>]),
    pub change_of: (&'a [usize], &'a [usize]),
    pub changes: &'a [Change],
}

fn rel(block: &Block, s: &Sentence) -> Option<(usize, usize)> {
    let start = s.span.byte_start.checked_sub(block.span.byte_start)?;
    let end = s.span.byte_end.checked_sub(block.span.byte_start)?;
    (start <= end && end <= block.text.len()).then_some((start, end))
}

/// Tokens of old block `a` against new block `b`, or `None` when the
/// sentence changes do not line up inside the pair.
pub(crate) fn stitch(old: &Analysis, new: &Analysis, a: usize, b: usize, ix: &Index) -> Option<Vec<Token>> {
    let (ab, bb) = (old.blocks.get(a)?, new.blocks.get(b)?);
    let (os, ns) = (ix.per_block.0.get(a)?, ix.per_block.1.get(b)?);
    if os.is_empty() || ns.is_empty() {
        return None;
    }
    let change = |k: usize| ix.changes.get(k);
    let linked_old = |i: usize| {
        change(*ix.change_of.0.get(i)?).map(|c| {
            c.new
                .iter()
                .any(|&j| new.sentences.get(j).is_some_and(|s| s.block == b))
        })
    };
    let linked_new = |j: usize| {
        change(*ix.change_of.1.get(j)?).map(|c| {
            c.old
                .iter()
                .any(|&i| old.sentences.get(i).is_some_and(|s| s.block == a))
        })
    };
    let mut out: Vec<Token> = Vec::new();
    let (mut p, mut q, mut oc, mut nc) = (0usize, 0usize, 0usize, 0usize);
    loop {
        let o_next = match os.get(p) {
            Some(&i) => rel(ab, old.sentences.get(i)?)?.0,
            None => ab.text.len(),
        };
        let n_next = match ns.get(q) {
            Some(&j) => rel(bb, new.sentences.get(j)?)?.0,
            None => bb.text.len(),
        };
        let (og, ng) = (ab.text.get(oc..o_next)?, bb.text.get(nc..n_next)?);
        if og == ng {
            push(&mut out, TokenOp::Equal, og);
        } else {
            push(&mut out, TokenOp::Delete, og);
            push(&mut out, TokenOp::Insert, ng);
        }
        (oc, nc) = (o_next, n_next);
        if p == os.len() && q == ns.len() {
            break;
        }
        if p < os.len() && !linked_old(os[p])? {
            let (_, end) = rel(ab, old.sentences.get(os[p])?)?;
            push(&mut out, TokenOp::Delete, ab.text.get(oc..end)?);
            (oc, p) = (end, p + 1);
            continue;
        }
        if q < ns.len() && !linked_new(ns[q])? {
            let (_, end) = rel(bb, new.sentences.get(ns[q])?)?;
            push(&mut out, TokenOp::Insert, bb.text.get(nc..end)?);
            (nc, q) = (end, q + 1);
            continue;
        }
        let c = change(*ix.change_of.0.get(*os.get(p)?)?)?;
        if os.get(p..p + c.old.len())? != c.old.as_slice() || ns.get(q..q + c.new.len())? != c.new.as_slice() {
            return None;
        }
        let (_, o_end) = rel(ab, old.sentences.get(*c.old.last()?)?)?;
        let (_, n_end) = rel(bb, new.sentences.get(*c.new.last()?)?)?;
        let (ot, nt) = (ab.text.get(oc..o_end)?, bb.text.get(nc..n_end)?);
        if c.tokens.is_empty() {
            if ot != nt {
                return None;
            }
            push(&mut out, TokenOp::Equal, ot);
        } else {
            for t in &c.tokens {
                push(&mut out, t.op, &t.text);
            }
        }
        (oc, nc, p, q) = (o_end, n_end, p + c.old.len(), q + c.new.len());
    }
    let rebuilt = |side: TokenOp, text: &str| {
        let mut at = 0;
        for t in out.iter().filter(|t| t.op == TokenOp::Equal || t.op == side) {
            if text.get(at..at + t.text.len()) != Some(t.text.as_str()) {
                return false;
            }
            at += t.text.len();
        }
        at == text.len()
    };
    (rebuilt(TokenOp::Delete, &ab.text) && rebuilt(TokenOp::Insert, &bb.text)).then_some(out)
}
