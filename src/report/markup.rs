//! Escaping and cleaning of user text for each report format.

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
            c if is_unsafe_control(c) => out.push('\u{FFFD}'),
            _ => out.push(c),
        }
    }
    out
}

/// Escape text so that Markdown shows it literally: emphasis, code, link,
/// HTML and table characters get a backslash, control characters are
/// replaced and line breaks become spaces.
pub fn escape_markdown(text: &str) -> String {
    let cleaned = clean_text(text);
    let mut out = String::with_capacity(text.len() + 8);
    // Text that may start a line must not start a list, a heading rule or
    // an ordered list item: `- x`, `+ x`, `=`, `1. x`.
    let body = cleaned.trim_start();
    let digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let list_mark = match body.as_bytes().get(digits) {
        Some(b'.' | b')') if digits > 0 => Some(cleaned.len() - body.len() + digits),
        Some(b'-' | b'+' | b'=') if digits == 0 => Some(cleaned.len() - body.len()),
        _ => None,
    };
    for (i, c) in cleaned.char_indices() {
        if Some(i) == list_mark {
            out.push('\\');
        }
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '~' | '[' | ']' | '<' | '>' | '|' | '#' | '&' | '!' | '$'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Make user text safe to print on one line of a terminal: line breaks and
/// tabs become spaces, other control characters (which could carry
/// terminal escape sequences) become U+FFFD.
pub fn clean_text(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}' => ' ',
            c if is_unsafe_control(c) => '\u{FFFD}',
            c => c,
        })
        .collect()
}

fn is_unsafe_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Split `text` into leading whitespace, core and trailing whitespace, so
/// that redline marks wrap only the words (`~~ may~~` is not Markdown
/// strikethrough, ` ~~may~~` is).
pub fn split_whitespace_edges(text: &str) -> (&str, &str, &str) {
    let core_start = text.len() - text.trim_start().len();
    let rest = &text[core_start..];
    let core = rest.trim_end();
    (&text[..core_start], core, &rest[core.len()..])
}

/// A lower-case, space-separated name for an enum value from its `Debug`
/// form (`StyleOnly` → `style only`), robust to variants added later.
pub fn variant_name<T: std::fmt::Debug>(value: &T) -> String {
    let debug = format!("{value:?}");
    let mut out = String::with_capacity(debug.len() + 2);
    for (i, c) in debug.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push(' ');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_markup_and_controls() {
        assert_eq!(
            escape_html("<b a='1'>&\u{1b}</b>"),
            "&lt;b a=&#39;1&#39;&gt;&amp;\u{FFFD}&lt;/b&gt;"
        );
    }

    #[test]
    fn markdown_escapes_emphasis_and_html() {
        assert_eq!(escape_markdown("*a* <script>\nx_y"), "\\*a\\* \\<script\\> x\\_y");
    }

    #[test]
    fn markdown_text_cannot_start_a_list() {
        assert_eq!(escape_markdown("- not a list"), "\\- not a list");
        assert_eq!(escape_markdown(" 12. not a list"), " 12\\. not a list");
        assert_eq!(escape_markdown("7-2 vote. 3."), "7-2 vote. 3.");
    }

    #[test]
    fn terminal_text_loses_escape_sequences() {
        assert_eq!(clean_text("a\u{1b}[2Jb\tc\u{202E}d"), "a\u{FFFD}[2Jb c\u{FFFD}d");
    }

    #[test]
    fn whitespace_edges_split_around_the_words() {
        assert_eq!(split_whitespace_edges(" may be "), (" ", "may be", " "));
        assert_eq!(split_whitespace_edges("   "), ("   ", "", ""));
        assert_eq!(split_whitespace_edges("x"), ("", "x", ""));
    }

    #[test]
    fn variant_names_are_spaced_lower_case() {
        #[derive(Debug)]
        enum E {
            StyleOnly,
        }
        assert_eq!(variant_name(&E::StyleOnly), "style only");
    }
}
