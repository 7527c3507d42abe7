//! Metadata at the head of an article: `key: value` fields, date lines and
//! the dateline that opens the first paragraph (`WASHINGTON (Reuters) -`).

use crate::text::static_regex;
use regex::Regex;
use std::sync::OnceLock;

/// How far into a line the metadata patterns look (bytes).
const HEAD: usize = 240;

/// A metadata field found at the start of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Byte length of the field inside the line (key and value).
    pub len: usize,
    /// What the field says.
    pub key: FieldKey,
    /// The value's byte range inside the line.
    pub value: std::ops::Range<usize>,
}

/// Which article field a metadata line fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKey {
    /// Publication or update date.
    Date,
    /// Headline or title.
    Headline,
    /// Publisher, wire service or site.
    Source,
    /// Any other field (author, section, tags, URL...).
    Other,
}

/// The start of `line` cut to at most `HEAD` bytes on a char boundary.
fn head(line: &str) -> &str {
    if line.len() <= HEAD {
        return line;
    }
    let mut k = HEAD;
    while !line.is_char_boundary(k) {
        k -= 1;
    }
    &line[..k]
}

fn field_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        static_regex(
            r"^(?i-u:(date|dated|published|publish date|updated|last updated|posted|modified|source|publisher|site|author|authors|byline|title|headline|section|category|categories|tags|keywords|language|lang|url|link|id|slug|words|word count))(?-u:\s)*(?::|=|(?-u:\s))(?-u:\s)*",
        )
    })
}

fn date_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let month = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
        let weekday = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,? )?";
        let time = r"(?:(?:,| at|T| )? ?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?: ?(?:[AaPp]\.?[Mm]\.?))?(?:Z|[+-][0-9]{2}:?[0-9]{2}| ?[A-Z]{2,4}(?-u:\b))?)?";
        static_regex(&format!(
            r"^{weekday}(?:[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}|[0-9]{{1,2}}[/.][0-9]{{1,2}}[/.][0-9]{{2,4}}|{month} [0-9]{{1,2}}(?:st|nd|rd|th)?,? [0-9]{{4}}|[0-9]{{1,2}} {month},? [0-9]{{4}}){time}"
        ))
    })
}

fn dateline_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        static_regex(
            r"^(?:(?P<place>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3})(?:, [A-Z][A-Za-z'’.\-]+(?: [A-Z][A-Za-z'’.\-]+){0,2}){0,2}(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? [0-9]{1,2})? ?)?(?:\((?P<src>[A-Z][A-Za-z&.'’ ]{0,40})\))? ?(?:--|—|–|―|-)[ \t]*",
        )
    })
}

/// A metadata field at the start of `line`. Date keys without a colon
/// (`date 2023-09-13 Headline…`) take only the date as their value.
pub fn field(line: &str) -> Option<Field> {
    let h = head(line);
    let m = field_regex().find(h)?;
    let key_text = h[..m.end()]
        .trim_end_matches([':', '=', ' ', '\t'])
        .to_ascii_lowercase();
    let key = match key_text.trim() {
        "date" | "dated" | "published" | "publish date" | "updated" | "last updated" | "posted" | "modified" => {
            FieldKey::Date
        }
        "title" | "headline" => FieldKey::Headline,
        "source" | "publisher" | "site" => FieldKey::Source,
        _ => FieldKey::Other,
    };
    let colon = h[..m.end()].contains([':', '=']);
    let rest = &line[m.end()..];
    if key == FieldKey::Date {
        let d = date_regex().find(head(rest))?;
        let end = m.end() + d.end();
        // With a colon the field owns the line unless a date ends it early.
        let len = if colon && line[end..].trim().is_empty() {
            line.len()
        } else {
            end
        };
        return Some(Field {
            len,
            key,
            value: m.end()..end,
        });
    }
    if !colon || rest.trim().is_empty() || line.len() > 300 {
        return None;
    }
    Some(Field {
        len: line.len(),
        key,
        value: m.end()..line.len(),
    })
}

/// The length of a date (with optional weekday and time) at the start of
/// `line`, when the whole line is that date, possibly with a short label.
pub fn date_line(line: &str) -> Option<usize> {
    if line.len() > 80 {
        return None;
    }
    let t = line
        .trim_start_matches(|c: char| c.is_ascii_alphabetic() || c == ' ' || c == ':')
        .len();
    let label = &line[..line.len() - t];
    let label_ok = label.trim().is_empty()
        || matches!(
            label.trim().trim_end_matches(':').to_ascii_lowercase().as_str(),
            "published" | "updated" | "posted" | "last updated" | "published on" | "updated on" | "on"
        );
    for start in [0, line.len() - t] {
        if let Some(m) = date_regex().find(&line[start..]) {
            if (start == 0 || label_ok) && line[start + m.end()..].trim().is_empty() {
                return Some(line.len());
            }
        }
    }
    None
}

/// A dateline at the start of a paragraph: its byte length and the source
/// named in brackets, if any.
pub fn dateline(line: &str) -> Option<(usize, Option<String>)> {
    let h = head(line);
    let caps = dateline_regex().captures(h)?;
    let m = caps.get(0)?;
    let place = caps.name("place").map(|p| p.as_str());
    let src = caps.name("src").map(|s| s.as_str().trim().to_string());
    // A place alone must be a real all-caps place name, not `A -` or `I -`.
    let place_ok = place.is_some_and(|p| p.chars().filter(char::is_ascii_alphabetic).count() >= 3);
    if src.is_none() && !place_ok {
        return None;
    }
    let rest = &line[m.end()..];
    // The story must go on after the dash, in a capitalised word.
    if !rest
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c == '“' || c == '"')
    {
        return None;
    }
    Some((m.end(), src.filter(|s| !s.is_empty())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_and_dates() {
        let f = field("date 2024-02-01 Markets Rally").unwrap();
        assert_eq!(f.key, FieldKey::Date);
        assert_eq!(&"date 2024-02-01 Markets Rally"[f.value.clone()], "2024-02-01");
        assert_eq!(f.len, "date 2024-02-01".len());
        let f = field("Source: The Daily Planet").unwrap();
        assert_eq!(f.key, FieldKey::Source);
        assert!(field("Dated ideas die hard, he said.").is_none());
        assert_eq!(date_line("March 4, 2021"), Some(13));
        assert_eq!(date_line("Updated: 2021-03-04 10:15 GMT"), Some(29));
        assert!(date_line("March was cold").is_none());
    }

    #[test]
    fn datelines() {
        let (n, src) = dateline("(Reuters) -- Oil rose.").unwrap();
        assert_eq!(n, "(Reuters) -- ".len());
        assert_eq!(src.as_deref(), Some("Reuters"));
        let (n, src) = dateline("LIMA, Peru (AP) — The vote").unwrap();
        assert_eq!(n, "LIMA, Peru (AP) — ".len());
        assert_eq!(src.as_deref(), Some("AP"));
        assert_eq!(dateline("OSLO ― The prize").map(|d| d.0), Some("OSLO ― ".len()));
        let (n, src) = dateline("OSLO — The prize").unwrap();
        assert_eq!(n, "OSLO — ".len());
        assert_eq!(src, None);
        assert!(dateline("A - b").is_none());
        assert!(dateline("Kim said - nothing").is_none());
    }
}
