//! Human-readable reports of an analysis or a comparison, as plain text,
//! Markdown or a self-contained HTML page.
//!
//! First version: the CLI issue deepens the layouts.

use crate::diff::{ChangeOp, TokenOp};
use crate::{Analysis, Comparison};
use std::fmt::Write;

/// Output format of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text with `[-deleted-]{+inserted+}` redline marks.
    Text,
    /// Markdown with `~~deleted~~` and `**inserted**` marks.
    Markdown,
    /// A self-contained HTML document (user text escaped).
    Html,
}

impl Format {
    /// Parse `text`, `markdown`/`md` or `html`.
    pub fn parse(name: &str) -> Option<Format> {
        match name {
            "text" | "txt" => Some(Format::Text),
            "markdown" | "md" => Some(Format::Markdown),
            "html" => Some(Format::Html),
            _ => None,
        }
    }
}

/// Escape text for HTML element content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn marks(format: Format, op: TokenOp, text: &str) -> String {
    match (format, op) {
        (_, TokenOp::Equal) if format == Format::Html => escape_html(text),
        (_, TokenOp::Equal) => text.to_string(),
        (Format::Text, TokenOp::Delete) => format!("[-{text}-]"),
        (Format::Text, TokenOp::Insert) => format!("{{+{text}+}}"),
        (Format::Markdown, TokenOp::Delete) => format!("~~{text}~~"),
        (Format::Markdown, TokenOp::Insert) => format!("**{text}**"),
        (Format::Html, TokenOp::Delete) => format!("<del>{}</del>", escape_html(text)),
        (Format::Html, TokenOp::Insert) => format!("<ins>{}</ins>", escape_html(text)),
    }
}

fn wrap_html(title: &str, body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title>\
<style>body{{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}}\
del{{background:#fdd;color:#900}}ins{{background:#dfd;color:#060;text-decoration:none}}</style>\
</head><body>\n{}</body></html>\n",
        escape_html(title),
        body
    )
}

/// Render one analysis.
pub fn analysis(a: &Analysis, format: Format) -> String {
    let mut body = String::new();
    let head = a
        .metadata
        .headline
        .clone()
        .unwrap_or_else(|| "Article analysis".to_string());
    let s = &a.stats;
    let line = format!(
        "{} words, {} sentences, {} paragraphs, {} quotes from {} speakers",
        s.words, s.sentences, s.paragraphs, s.quotes, s.speakers
    );
    match format {
        Format::Html => {
            let _ = writeln!(
                body,
                "<h1>{}</h1>\n<p>{}</p>\n<h2>Speakers</h2>\n<ul>",
                escape_html(&head),
                line
            );
            for sp in &a.speakers {
                let _ = writeln!(body, "<li>{} ({} quotes)</li>", escape_html(&sp.name), sp.quotes.len());
            }
            body.push_str("</ul>\n");
            return wrap_html(&head, &body);
        }
        Format::Markdown => {
            let _ = writeln!(body, "# {head}\n\n{line}\n\n## Speakers\n");
        }
        Format::Text => {
            let _ = writeln!(body, "{head}\n{line}\n\nSpeakers:");
        }
    }
    for sp in &a.speakers {
        let _ = writeln!(body, "- {} ({} quotes)", sp.name, sp.quotes.len());
    }
    body
}

/// Render a comparison as a redline of every non-equal sentence change.
pub fn comparison(c: &Comparison, format: Format) -> String {
    let s = &c.stats;
    let summary = format!(
        "{:.0}% similar; {} kept, {} edited, {} added, {} removed, {} moved; {} substantive, {} style-only",
        c.similarity * 100.0,
        s.kept,
        s.edited,
        s.added,
        s.removed,
        s.moved,
        s.substantive,
        s.style_only
    );
    let mut body = String::new();
    match format {
        Format::Html => {
            let _ = writeln!(body, "<h1>Comparison</h1>\n<p>{}</p>", escape_html(&summary));
        }
        Format::Markdown => {
            let _ = writeln!(body, "# Comparison\n\n{summary}\n");
        }
        Format::Text => {
            let _ = writeln!(body, "{summary}\n");
        }
    }
    for change in c.changes.iter().filter(|ch| ch.op != ChangeOp::Equal) {
        let text: String = if change.tokens.is_empty() {
            let (op, sentences, idx) = if change.new.is_empty() {
                (TokenOp::Delete, &c.old.sentences, &change.old)
            } else {
                (TokenOp::Insert, &c.new.sentences, &change.new)
            };
            idx.iter()
                .filter_map(|&i| sentences.get(i))
                .map(|st| marks(format, op, &st.text))
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            change.tokens.iter().map(|t| marks(format, t.op, &t.text)).collect()
        };
        let tags: Vec<String> = change.tags.iter().map(|t| format!("{t:?}").to_lowercase()).collect();
        let label = format!("{:?} [{}]", change.op, tags.join(", ")).to_lowercase();
        match format {
            Format::Html => {
                let _ = writeln!(body, "<p><small>{}</small><br>{}</p>", escape_html(&label), text);
            }
            Format::Markdown => {
                let _ = writeln!(body, "- *{label}* {text}");
            }
            Format::Text => {
                let _ = writeln!(body, "* {label}\n  {text}");
            }
        }
    }
    if format == Format::Html {
        wrap_html("Comparison", &body)
    } else {
        body
    }
}
