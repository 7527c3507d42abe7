//! Line-level signals a reader uses to tell story text from furniture:
//! credits, bylines, captions, boilerplate, headlines, subheadings and
//! `LABEL:` leads.

/// Lowercased start of a line (ASCII letters folded), for lead-phrase checks.
struct Lead {
    buf: [u8; 48],
    len: usize,
}

impl Lead {
    fn starts_with(&self, p: &str) -> bool {
        self.buf[..self.len].starts_with(p.as_bytes())
    }
}

fn lead(line: &str) -> Lead {
    let mut buf = [0u8; 48];
    let len = line.len().min(48);
    for (d, s) in buf.iter_mut().zip(line.as_bytes()) {
        *d = s.to_ascii_lowercase();
    }
    Lead { buf, len }
}

fn starts_any(lead: &Lead, phrases: &[&str]) -> bool {
    let Some(&first) = lead.buf[..lead.len].first() else {
        return false;
    };
    phrases
        .iter()
        .any(|p| p.as_bytes().first() == Some(&first) && lead.starts_with(p))
}

/// Whether `hay` contains `needle` (ASCII, lowercase) ignoring ASCII case.
fn contains_ignore_case(hay: &str, needle: &str) -> bool {
    find_ignore_case(hay.as_bytes(), needle.as_bytes(), false).is_some()
}

/// Last position of `needle` (ASCII, lowercase) in `hay`, ignoring ASCII case.
fn rfind_ignore_case(hay: &str, needle: &str) -> Option<usize> {
    find_ignore_case(hay.as_bytes(), needle.as_bytes(), true)
}

/// A plain loop with a first-byte test: cheap on short lines, in wasm too.
fn find_ignore_case(h: &[u8], n: &[u8], last: bool) -> Option<usize> {
    let (&first, _) = n.split_first()?;
    if n.len() > h.len() {
        return None;
    }
    let upper = first.to_ascii_uppercase();
    let mut found = None;
    let mut i = 0;
    while i + n.len() <= h.len() {
        let c = h[i];
        if (c == first || c == upper) && h[i..i + n.len()].eq_ignore_ascii_case(n) {
            found = Some(i);
            if !last {
                break;
            }
        }
        i += 1;
    }
    found
}

/// Number of words (whitespace-separated).
pub fn word_count(line: &str) -> usize {
    line.split_whitespace().count()
}

/// Whether the line ends a sentence: a terminal mark, possibly followed by
/// closing quotes or brackets.
pub fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end().trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    t.ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

const CREDIT_LEADS: &[&str] = &[
    "photo:",
    "photos:",
    "photograph:",
    "photographs:",
    "photo credit:",
    "image:",
    "images:",
    "image credit:",
    "picture:",
    "pictures:",
    "credit:",
    "credits:",
    "illustration:",
    "graphic:",
    "graphics:",
    "video:",
    "photo by ",
    "photos by ",
    "photograph by ",
    "image by ",
    "illustration by ",
    "(photo:",
    "(photo by",
    "(image:",
    "(credit:",
    "(ap photo",
    "(reuters photo",
    "(afp photo",
];

/// `Photo: Kremlin via Reuters`, `Image by Jane Doe / AFP`.
pub fn is_credit(line: &str) -> bool {
    if line.len() > 160 || word_count(line) > 16 {
        return false;
    }
    let l = lead(line);
    if starts_any(&l, CREDIT_LEADS) {
        return true;
    }
    // A short unpunctuated line naming a picture agency.
    !ends_sentence(line)
        && word_count(line) <= 8
        && [
            "getty images",
            "/ afp",
            "/afp",
            "ap photo",
            "/ reuters",
            "via reuters",
            "shutterstock",
            "/ epa",
            "/epa",
        ]
        .iter()
        .any(|p| contains_ignore_case(line, p))
}

/// Where a credit starts inside a caption line (`… on Wednesday. Photo: AFP`).
pub fn trailing_credit(line: &str) -> Option<usize> {
    if line.len() > 600 {
        return None;
    }
    // The credit is within the last 100 bytes.
    let mut from = line.len().saturating_sub(110);
    while !line.is_char_boundary(from) {
        from += 1;
    }
    let tail = &line[from..];
    if !tail.contains(':') && !contains_ignore_case(tail, "photo") {
        return None;
    }
    let mut best = None;
    for p in [
        "photo:",
        "photograph:",
        "image:",
        "picture:",
        "credit:",
        "(photo:",
        "(ap photo",
        "photo by ",
    ] {
        if let Some(k) = rfind_ignore_case(&line[from..], p).map(|k| k + from) {
            if k > 0 && best.is_none_or(|b| k < b) {
                let before = line[..k].trim_end();
                if before.ends_with(['.', ')', '|', '/', '–', '—']) && line.len() - k <= 100 {
                    best = Some(k);
                }
            }
        }
    }
    best
}

const BYLINE_LEADS: &[&str] = &[
    "by ",
    "written by ",
    "reporting by ",
    "additional reporting by ",
    "reported by ",
    "editing by ",
    "edited by ",
    "compiled by ",
    "story by ",
    "words by ",
    "with assistance from ",
    "--with assistance from ",
    "—with assistance from ",
    "-- with assistance from ",
    "(reporting by ",
];

/// `By Jane Doe`, `Reporting by …; Editing by …`, `--With assistance from …`.
pub fn is_byline(line: &str) -> bool {
    if line.len() > 300 {
        return false;
    }
    let l = lead(line);
    if !starts_any(&l, BYLINE_LEADS) {
        return false;
    }
    if l.starts_with("by ") {
        // `By Jane Doe and John Roe`, not `By the end of the year, …`.
        let names = line[3..].split_whitespace().take(3).collect::<Vec<_>>();
        return word_count(line) <= 14
            && names
                .first()
                .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
            && !ends_sentence(line.trim_end_matches('.'))
            && names.iter().all(|w| !matches!(*w, "The" | "A" | "An" | "Then" | "Now"));
    }
    true
}

const BOILERPLATE_LEADS: &[&str] = &[
    "©",
    "copyright",
    "all rights reserved",
    "sign up",
    "subscribe",
    "follow us",
    "follow @",
    "share this",
    "share on",
    "click here",
    "advertisement",
    "read more",
    "read next",
    "read also",
    "related:",
    "related articles",
    "related stories",
    "related coverage",
    "recommended",
    "more from",
    "more stories",
    "most read",
    "most popular",
    "trending",
    "sponsored",
    "terms of use",
    "privacy policy",
    "cookie",
    "skip to",
    "listen to this article",
    "to contact the reporter",
    "to contact the editor",
    "have a confidential tip",
    "get the latest",
    "download the app",
    "download our app",
    "watch:",
    "watch live",
    "see also:",
    "also read",
    "continue reading",
    "this story has been",
    "this article has been",
    "this article was",
    "this story was",
    "(updates ",
    "(adds ",
    "(corrects ",
    "(recasts ",
    "loading",
    "comments",
    "join the conversation",
    "support our journalism",
    "we use cookies",
    "newsletter",
];

/// Site furniture: copyright lines, sign-up calls, `Read more:` links,
/// wire update notes.
pub fn is_boilerplate(line: &str) -> bool {
    if line.len() > 400 {
        return false;
    }
    let l = lead(line);
    if starts_any(&l, BOILERPLATE_LEADS) {
        return true;
    }
    if line.len() > 200 {
        return false;
    }
    line.contains('©')
        || contains_ignore_case(line, "all rights reserved")
        || contains_ignore_case(line, "sign up for") && word_count(line) <= 25
}

const CAPTION_LEADS: &[&str] = &[
    "caption:",
    "pictured:",
    "above:",
    "top:",
    "below:",
    "left:",
    "right:",
    "file photo:",
    "file:",
    "in this photo",
    "in this file photo",
    "in this image",
];

/// `Pictured: …`, `FILE PHOTO: …`.
pub fn is_caption_lead(line: &str) -> bool {
    line.len() <= 500 && starts_any(&lead(line), CAPTION_LEADS)
}

/// An all-caps label and colon at the start (`SECURITY:`, `CARROT AND
/// STICK:`): its byte length including the colon.
pub fn label_lead(line: &str) -> Option<usize> {
    let colon = line.bytes().take(48).position(|c| c == b':')?;
    let label = &line[..colon];
    let words = label.split_whitespace().count();
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let ok = (1..=5).contains(&words)
        && letters >= 2
        && label
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '&' || c == '-' || c == '\'' || c == '’')
        && line[colon + 1..].starts_with(' ');
    ok.then_some(colon + 1)
}

/// Longest headline, in bytes.
pub const HEADLINE_MAX: usize = 220;

/// A headline candidate: short, one line in title or sentence case,
/// unpunctuated, or ending in a period when it is in title case or much
/// shorter than the paragraph after it (`next_words`), and then only when
/// it is `one_sentence`.
pub fn headline_like(line: &str, next_words: usize, one_sentence: bool) -> bool {
    if line.len() > HEADLINE_MAX {
        return false;
    }
    let words = word_count(line);
    let t = line.trim_end();
    let starts = line
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric() || c == '“' || c == '"');
    if !(2..=25).contains(&words) || !starts || t.ends_with([',', ';', ':']) {
        return false;
    }
    if !t.ends_with('.') {
        return true;
    }
    one_sentence && (title_case(line) || (words <= 14 && next_words >= 2 * words))
}

/// Whether most longer words start with a capital (`Rain Delays Harvest`).
fn title_case(line: &str) -> bool {
    let mut long = 0;
    let mut caps = 0;
    for w in line.split_whitespace() {
        let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        if w.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
            long += 1;
            if w.chars().next().is_some_and(char::is_uppercase) {
                caps += 1;
            }
        }
    }
    long >= 3 && caps * 10 >= long * 7
}

/// A subheading candidate: a few words, no final period or comma.
pub fn subheading_like(line: &str) -> bool {
    if line.len() > 90 {
        return false;
    }
    let words = word_count(line);
    (1..=10).contains(&words)
        && line.len() <= 90
        && !line.trim_end().ends_with(['.', ',', ';', ':', '”', '"'])
        && line.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric())
        && line.matches(',').count() <= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signals() {
        assert!(is_credit("Photo: Jane Roe / Agence"));
        assert!(is_credit("Image by Jane Roe"));
        assert!(!is_credit(
            "The photo showed a crowd outside the court on Monday morning, he said."
        ));
        assert!(is_byline("By Jane Roe and John Doe"));
        assert!(!is_byline("By the end of the year, prices had doubled."));
        assert!(is_boilerplate("© 2024 The Daily Planet. All rights reserved."));
        assert!(is_boilerplate("Sign up for our morning newsletter"));
        assert_eq!(label_lead("MARKETS: Stocks fell"), Some(8));
        assert_eq!(label_lead("Note: this"), None);
        assert_eq!(trailing_credit("Crowds gather in the square. Photo: AFP"), Some(29));
        assert!(headline_like("Rain Delays Harvest Across the Plains", 30, true));
        assert!(headline_like("Rain Delays Harvest Across the Plains.", 12, true));
        assert!(headline_like("Rain delays the harvest.", 30, true));
        assert!(!headline_like("Rain delayed the harvest.", 6, true));
        assert!(!headline_like("Rain Fell. The Harvest Waits.", 40, false));
        assert!(subheading_like("What Comes Next"));
    }
}
