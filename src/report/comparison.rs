//! The report of a comparison: summary figures, a redline of every changed
//! sentence and the quote changes.

use super::analysis::{quoted, speaker_name};
use super::markup::variant_name;
use super::writer::{Piece, Writer};
use super::{Format, TextStyle};
use crate::diff::{ChangeOp, QuoteChangeOp, Token, TokenOp};
use crate::{Change, Comparison, QuoteChange, Sentence};

pub(super) fn render(c: &Comparison, format: Format, style: &TextStyle) -> String {
    let mut w = Writer::new(format, style);
    let old_head = c.old.metadata.headline.as_deref();
    let new_head = c.new.metadata.headline.as_deref();
    let title = format!("Changes: {}", new_head.or(old_head).unwrap_or("two versions"));
    w.title(&title);
    if let (Some(old), Some(new)) = (old_head, new_head) {
        if old != new {
            w.paragraph(&[Piece::Dim("Old headline: "), Piece::Text(old)]);
        }
    }
    summary(c, &mut w);

    w.heading("Changed sentences");
    let changed: Vec<&Change> = c.changes.iter().filter(|ch| ch.op != ChangeOp::Equal).collect();
    if changed.is_empty() {
        w.paragraph(&[Piece::Text("No sentence changed.")]);
    }
    for change in changed {
        let label = change_label(change);
        let body = Redline::of_change(change, &c.old.sentences, &c.new.sentences);
        w.item(&[Piece::Strong(&label.0), Piece::Dim(&label.1)], &body.pieces());
    }

    let quote_changes: Vec<&QuoteChange> = c.quotes.iter().filter(|q| q.op != QuoteChangeOp::Unchanged).collect();
    if !quote_changes.is_empty() {
        w.heading("Quote changes");
        for qc in quote_changes {
            quote_change(c, qc, &mut w);
        }
    }
    w.finish(&title)
}

fn summary(c: &Comparison, w: &mut Writer) {
    let s = &c.stats;
    let similar = format!("{:.0}% similar", c.similarity * 100.0);
    let counts = format!(
        " · {} kept, {} edited, {} added, {} removed, {} moved · {} substantive, {} style-only",
        s.kept, s.edited, s.added, s.removed, s.moved, s.substantive, s.style_only
    );
    w.paragraph(&[Piece::Strong(&similar), Piece::Text(&counts)]);
    let mut tags: Vec<(String, usize)> = Vec::new();
    for tag in c.changes.iter().flat_map(|ch| ch.tags.iter()) {
        let name = variant_name(tag);
        match tags.iter_mut().find(|(n, _)| *n == name) {
            Some((_, count)) => *count += 1,
            None => tags.push((name, 1)),
        }
    }
    if !tags.is_empty() {
        tags.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let list: Vec<String> = tags.iter().map(|(n, k)| format!("{n} {k}")).collect();
        w.paragraph(&[Piece::Dim("Edit classes: "), Piece::Text(&list.join(", "))]);
    }
    let (old_q, new_q) = (c.old.stats.quotes, c.new.stats.quotes);
    w.paragraph(&[
        Piece::Dim("Quotes: "),
        Piece::Text(&format!("{old_q} before, {new_q} after")),
    ]);
}

/// ("edit", " · wording · sentence 5 → 4"), with 1-based sentence numbers.
fn change_label(change: &Change) -> (String, String) {
    let numbers = |idx: &[usize]| idx.iter().map(|i| (i + 1).to_string()).collect::<Vec<_>>().join(", ");
    let place = match (change.old.is_empty(), change.new.is_empty()) {
        (false, false) => format!("sentence {} → {}", numbers(&change.old), numbers(&change.new)),
        (false, true) => format!("old sentence {}", numbers(&change.old)),
        (true, false) => format!("new sentence {}", numbers(&change.new)),
        (true, true) => String::new(),
    };
    let op = variant_name(&change.op);
    let mut label = String::new();
    // An insert tagged "insert" says it once.
    for tag in change.tags.iter().map(variant_name).filter(|tag| *tag != op) {
        label.push_str(" · ");
        label.push_str(&tag);
    }
    if !place.is_empty() {
        label.push_str(" · ");
        label.push_str(&place);
    }
    (op, label)
}

/// Owned redline pieces (user text joined from several sentences needs a
/// home while the borrowed [`Piece`]s are written).
struct Redline(Vec<(TokenOp, String)>);

impl Redline {
    fn of_tokens(tokens: &[Token]) -> Self {
        Redline(tokens.iter().map(|t| (t.op, t.text.clone())).collect())
    }

    /// The word diff when there is one; otherwise the removed text then the
    /// added text, or the unchanged text of a pure move.
    fn of_change(change: &Change, old: &[Sentence], new: &[Sentence]) -> Self {
        if !change.tokens.is_empty() {
            return Redline::of_tokens(&change.tokens);
        }
        let join = |idx: &[usize], sentences: &[Sentence]| {
            idx.iter()
                .filter_map(|&i| sentences.get(i))
                .map(|s| s.text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        Redline::replace(join(&change.old, old), join(&change.new, new))
    }

    fn replace(old: String, new: String) -> Self {
        if old == new {
            return Redline(vec![(TokenOp::Equal, new)]);
        }
        let mut parts = Vec::new();
        let both = !old.is_empty() && !new.is_empty();
        if !old.is_empty() {
            parts.push((TokenOp::Delete, old));
        }
        if both {
            parts.push((TokenOp::Equal, " ".to_string()));
        }
        if !new.is_empty() {
            parts.push((TokenOp::Insert, new));
        }
        Redline(parts)
    }

    fn pieces(&self) -> Vec<Piece<'_>> {
        self.0
            .iter()
            .map(|(op, text)| match op {
                TokenOp::Equal => Piece::Text(text),
                TokenOp::Delete => Piece::Delete(text),
                TokenOp::Insert => Piece::Insert(text),
            })
            .collect()
    }
}

fn quote_change(c: &Comparison, qc: &QuoteChange, w: &mut Writer) {
    let old = qc.old.and_then(|i| c.old.quotes.get(i));
    let new = qc.new.and_then(|i| c.new.quotes.get(i));
    let op = variant_name(&qc.op);
    let who = match (old, new) {
        (_, Some(q)) | (Some(q), None) => format!(" · {}", speaker_name(q)),
        (None, None) => String::new(),
    };
    let label = [Piece::Strong(&op), Piece::Dim(&who)];
    let old_text = old.map(quoted).unwrap_or_default();
    let new_text = new.map(quoted).unwrap_or_default();
    match (qc.op, old, new) {
        (QuoteChangeOp::Reattributed, Some(o), Some(n)) => {
            let body = [
                Piece::Text(&new_text),
                Piece::Dim(" speaker: "),
                Piece::Delete(speaker_name(o)),
                Piece::Text(" "),
                Piece::Insert(speaker_name(n)),
            ];
            w.item(&label, &body);
        }
        (QuoteChangeOp::Recued, Some(o), Some(n)) => {
            let cue = |q: &crate::Quote| q.cue.as_ref().map_or("no cue".to_string(), |c| c.text.clone());
            let (old_cue, new_cue) = (cue(o), cue(n));
            let body = [
                Piece::Text(&new_text),
                Piece::Dim(" cue: "),
                Piece::Delete(&old_cue),
                Piece::Text(" "),
                Piece::Insert(&new_cue),
            ];
            w.item(&label, &body);
        }
        (QuoteChangeOp::Altered, _, _) if !qc.tokens.is_empty() => {
            let redline = Redline::of_tokens(&qc.tokens);
            w.item(&label, &redline.pieces());
        }
        _ => {
            let redline = Redline::replace(old_text, new_text);
            w.item(&label, &redline.pieces());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_number_sentences_from_one() {
        let change = Change {
            op: ChangeOp::Edit,
            old: vec![4],
            new: vec![3],
            similarity: 0.9,
            tokens: Vec::new(),
            tags: vec![crate::Tag::Hedge],
            furniture: false,
        };
        assert_eq!(
            change_label(&change),
            ("edit".to_string(), " · hedge · sentence 5 → 4".to_string())
        );
    }

    #[test]
    fn a_pure_move_shows_its_text_unmarked() {
        let r = Redline::replace("Same.".into(), "Same.".into());
        assert_eq!(r.0, vec![(TokenOp::Equal, "Same.".to_string())]);
        let r = Redline::replace("Old.".into(), String::new());
        assert_eq!(r.0, vec![(TokenOp::Delete, "Old.".to_string())]);
    }
}
