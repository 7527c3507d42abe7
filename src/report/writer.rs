//! One small document model (title, headings, paragraphs, list items made of
//! marked pieces) written out as plain text, Markdown or HTML.

use super::markup::{clean_text, escape_html, escape_markdown, split_whitespace_edges};
use super::{Format, TextStyle};

/// A run of text with its role in the report.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Piece<'a> {
    /// Ordinary (user or report) text.
    Text(&'a str),
    /// Removed words.
    Delete(&'a str),
    /// Added words.
    Insert(&'a str),
    /// Secondary information: labels, positions.
    Dim(&'a str),
    /// Emphasis: names, counts.
    Strong(&'a str),
}

/// Builds a report in one format.
pub(crate) struct Writer<'s> {
    format: Format,
    style: &'s TextStyle,
    out: String,
    in_list: bool,
}

impl<'s> Writer<'s> {
    pub(crate) fn new(format: Format, style: &'s TextStyle) -> Self {
        Writer {
            format,
            style,
            out: String::new(),
            in_list: false,
        }
    }

    /// The document title.
    pub(crate) fn title(&mut self, text: &str) {
        self.end_list();
        match self.format {
            Format::Text => {
                let text = clean_text(text);
                let width = text.chars().count().clamp(1, 79);
                self.wrap(self.style.heading, &text);
                self.out.push('\n');
                self.out.push_str(&"=".repeat(width));
                self.out.push('\n');
            }
            Format::Markdown => {
                self.out.push_str("# ");
                self.out.push_str(&escape_markdown(text));
                self.out.push('\n');
            }
            Format::Html => {
                self.out.push_str("<h1>");
                self.out.push_str(&escape_html(text));
                self.out.push_str("</h1>\n");
            }
        }
    }

    /// A section heading.
    pub(crate) fn heading(&mut self, text: &str) {
        self.end_list();
        match self.format {
            Format::Text => {
                self.out.push('\n');
                self.wrap(self.style.heading, &clean_text(text));
                self.out.push('\n');
            }
            Format::Markdown => {
                if !self.out.ends_with("\n\n") {
                    self.out.push('\n');
                }
                self.out.push_str("## ");
                self.out.push_str(&escape_markdown(text));
                self.out.push_str("\n\n");
            }
            Format::Html => {
                self.out.push_str("<h2>");
                self.out.push_str(&escape_html(text));
                self.out.push_str("</h2>\n");
            }
        }
    }

    /// A paragraph of pieces.
    pub(crate) fn paragraph(&mut self, pieces: &[Piece]) {
        self.end_list();
        match self.format {
            Format::Text => {
                self.pieces(pieces);
                self.out.push('\n');
            }
            Format::Markdown => {
                self.pieces(pieces);
                self.out.push_str("\n\n");
            }
            Format::Html => {
                self.out.push_str("<p>");
                self.pieces(pieces);
                self.out.push_str("</p>\n");
            }
        }
    }

    /// A list item: a label line and, when `body` is not empty, a body below it.
    pub(crate) fn item(&mut self, label: &[Piece], body: &[Piece]) {
        if !self.in_list {
            self.in_list = true;
            if self.format == Format::Html {
                self.out.push_str("<ul>\n");
            }
        }
        match self.format {
            Format::Text => {
                self.out.push_str("  * ");
                self.pieces(label);
                if !body.is_empty() {
                    self.out.push_str("\n    ");
                    self.pieces(body);
                }
                self.out.push('\n');
            }
            Format::Markdown => {
                self.out.push_str("- ");
                self.pieces(label);
                if !body.is_empty() {
                    self.out.push_str("  \n  ");
                    self.pieces(body);
                }
                self.out.push('\n');
            }
            Format::Html => {
                self.out.push_str("<li>");
                self.pieces(label);
                if !body.is_empty() {
                    self.out.push_str("<div class=\"body\">");
                    self.pieces(body);
                    self.out.push_str("</div>");
                }
                self.out.push_str("</li>\n");
            }
        }
    }

    /// Close an open list (called by every block-level method).
    pub(crate) fn end_list(&mut self) {
        if self.in_list {
            self.in_list = false;
            if self.format == Format::Html {
                self.out.push_str("</ul>\n");
            }
        }
    }

    /// The finished report; HTML gets a complete, self-contained page.
    pub(crate) fn finish(mut self, page_title: &str) -> String {
        self.end_list();
        if self.format != Format::Html {
            return self.out;
        }
        format!(
            "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
<meta name=\"generator\" content=\"palimpsest {}\">\n<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n{}</main>\n</body>\n</html>\n",
            crate::VERSION,
            escape_html(page_title),
            CSS,
            self.out
        )
    }

    fn wrap(&mut self, (open, close): (&str, &str), text: &str) {
        self.out.push_str(open);
        self.out.push_str(text);
        self.out.push_str(close);
    }

    fn pieces(&mut self, pieces: &[Piece]) {
        for piece in pieces {
            match *piece {
                Piece::Text(t) => self.plain(t),
                Piece::Delete(t) => self.marked(t, self.style.delete, ("~~", "~~"), ("<del>", "</del>")),
                Piece::Insert(t) => self.marked(t, self.style.insert, ("**", "**"), ("<ins>", "</ins>")),
                Piece::Dim(t) => self.marked(t, self.style.dim, ("*", "*"), ("<span class=\"dim\">", "</span>")),
                Piece::Strong(t) => self.marked(t, self.style.strong, ("**", "**"), ("<strong>", "</strong>")),
            }
        }
    }

    fn plain(&mut self, text: &str) {
        match self.format {
            Format::Text => self.out.push_str(&clean_text(text)),
            Format::Markdown => self.out.push_str(&escape_markdown(text)),
            Format::Html => self.out.push_str(&escape_html(text)),
        }
    }

    fn marked(&mut self, text: &str, text_marks: (&str, &str), md: (&str, &str), html: (&str, &str)) {
        let (lead, core, trail) = split_whitespace_edges(text);
        let (lead, core, trail) = if core.is_empty() {
            ("", text, "")
        } else {
            (lead, core, trail)
        };
        let marks = match self.format {
            Format::Text => text_marks,
            Format::Markdown => md,
            Format::Html => html,
        };
        self.plain(lead);
        self.out.push_str(marks.0);
        self.plain(core);
        self.out.push_str(marks.1);
        self.plain(trail);
    }
}

const CSS: &str = "body{font:16px/1.55 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1b1b1b;background:#fff;margin:0}\
main{max-width:52rem;margin:2rem auto;padding:0 1rem}h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}\
ul{padding-left:1.2rem}li{margin:.6rem 0}.body{margin-top:.2rem}.dim{color:#666;font-size:.9em}\
del{background:#fde2e2;color:#8a1010}ins{background:#dcf5dc;color:#0b5a0b;text-decoration:none}del+ins{margin-left:.2em}\
@media (prefers-color-scheme:dark){body{background:#161616;color:#e6e6e6}.dim{color:#aaa}del{background:#4a1f1f;color:#ffc9c9}ins{background:#1d3d1d;color:#c9f5c9}}";
