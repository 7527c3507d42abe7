//! The report of one analysed text: metadata, figures, structure, speakers
//! and quotes.

use super::markup::variant_name;
use super::writer::{Piece, Writer};
use super::{Format, TextStyle};
use crate::quotes::QuoteKind;
use crate::{Analysis, Quote};

pub(super) fn render(a: &Analysis, format: Format, style: &TextStyle) -> String {
    let mut w = Writer::new(format, style);
    let title = a.metadata.headline.as_deref().unwrap_or("Article analysis");
    w.title(title);
    let meta: Vec<&str> = [a.metadata.date.as_deref(), a.metadata.source.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !meta.is_empty() {
        w.paragraph(&[Piece::Dim(&meta.join(" · "))]);
    }
    w.paragraph(&[Piece::Text(&figures(a))]);

    w.heading("Structure");
    w.paragraph(&[Piece::Text(&structure(a))]);

    if !a.speakers.is_empty() {
        w.heading("Speakers");
        for sp in &a.speakers {
            let count = plural(sp.quotes.len(), "quote", "quotes");
            let aliases = if sp.aliases.is_empty() {
                String::new()
            } else {
                format!(" (also {})", sp.aliases.join(", "))
            };
            w.item(
                &[
                    Piece::Strong(&sp.name),
                    Piece::Dim(&aliases),
                    Piece::Text(&format!(": {count}")),
                ],
                &[],
            );
        }
    }

    if !a.quotes.is_empty() {
        w.heading("Quotes");
        for q in &a.quotes {
            let label = quote_label(q);
            let text = quoted(q);
            let mut body = vec![Piece::Text(&text)];
            if !q.closed {
                body.push(Piece::Dim(" (no closing quotation mark)"));
            }
            w.item(&label.pieces(), &body);
        }
    }
    w.finish(title)
}

fn figures(a: &Analysis) -> String {
    let s = &a.stats;
    format!(
        "{} · {} · {} · {} from {} · {} min read",
        plural(s.words, "word", "words"),
        plural(s.sentences, "sentence", "sentences"),
        plural(s.paragraphs, "paragraph", "paragraphs"),
        plural(s.quotes, "quote", "quotes"),
        plural(s.speakers, "speaker", "speakers"),
        s.reading_minutes
    )
}

/// Block counts by kind, in order of first appearance.
fn structure(a: &Analysis) -> String {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for block in &a.blocks {
        let name = variant_name(&block.kind);
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, count)) => *count += 1,
            None => counts.push((name, 1)),
        }
    }
    if counts.is_empty() {
        return "No text.".to_string();
    }
    counts
        .iter()
        .map(|(name, count)| format!("{count} × {name}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "direct · Vladimir Putin (replied)" as owned strings, then pieces.
pub(super) struct QuoteLabel {
    kind: String,
    speaker: String,
    cue: String,
}

impl QuoteLabel {
    pub(super) fn pieces(&self) -> Vec<Piece<'_>> {
        vec![
            Piece::Dim(&self.kind),
            Piece::Strong(&self.speaker),
            Piece::Dim(&self.cue),
        ]
    }
}

pub(super) fn quote_label(q: &Quote) -> QuoteLabel {
    QuoteLabel {
        kind: format!("{} · ", variant_name(&q.kind)),
        speaker: speaker_name(q).to_string(),
        cue: q.cue.as_ref().map(|c| format!(" ({})", c.text)).unwrap_or_default(),
    }
}

pub(super) fn speaker_name(q: &Quote) -> &str {
    q.speaker.as_ref().map_or("unattributed", |s| s.name.as_str())
}

/// Direct and mixed quotes in quotation marks; indirect speech as it stands.
pub(super) fn quoted(q: &Quote) -> String {
    if q.kind == QuoteKind::Indirect {
        q.text.clone()
    } else {
        format!("“{}”", q.text)
    }
}

pub(super) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
