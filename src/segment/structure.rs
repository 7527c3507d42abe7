//! Line-level signals a reader uses to tell story text from furniture:
//! credits, bylines, captions, boilerplate, headlines, subheadings and
//! `LABEL:` leads.

use crate::text::{word_at, zero_bytes, LOW_BITS};

/// Whether `line` starts with one of `phrases` (ASCII lowercase, sorted by
/// first byte) ignoring ASCII case: only the phrases of its first byte are
/// tried.
fn starts_any(line: &str, phrases: &[&str]) -> bool {
    let line = line.as_bytes();
    let Some(first) = line.first().map(u8::to_ascii_lowercase) else {
        return false;
    };
    let from = phrases.partition_point(|p| p.as_bytes().first() < Some(&first));
    phrases[from..]
        .iter()
        .take_while(|p| p.as_bytes().first() == Some(&first))
        .any(|p| {
            line.get(..p.len())
                .is_some_and(|l| l.eq_ignore_ascii_case(p.as_bytes()))
        })
}

/// Whether `hay` contains `needle` (ASCII, lowercase) ignoring ASCII case.
fn contains_ignore_case(hay: &str, needle: &str) -> bool {
    find_ignore_case(hay.as_bytes(), needle.as_bytes(), false).is_some()
}

/// Last position of `needle` (ASCII, lowercase) in `hay`, ignoring ASCII case.
fn rfind_ignore_case(hay: &str, needle: &str) -> Option<usize> {
    find_ignore_case(hay.as_bytes(), needle.as_bytes(), true)
}

/// A search for the first two bytes, eight positions a step (cheap in wasm
/// too), then a comparison at each candidate.
fn find_ignore_case(h: &[u8], n: &[u8], last: bool) -> Option<usize> {
    let (&first, rest) = n.split_first()?;
    // Bytes equal to a needle byte up to ASCII case (and a few others, which
    // the comparison rejects) are zero in `(byte | 0x20) ^ (needle | 0x20)`.
    let first = u64::from(first | 0x20) * LOW_BITS;
    let second = rest.first().map(|&c| u64::from(c | 0x20) * LOW_BITS);
    let mut found = None;
    let mut i = 0;
    while i + n.len() <= h.len() {
        if i + 8 <= h.len() {
            let w = word_at(h, i) | (0x20 * LOW_BITS);
            // Starts at the word's first seven bytes (the second byte of the
            // eighth lies beyond it).
            let m = zero_bytes(w ^ first) & second.map_or(u64::MAX, |s| zero_bytes((w >> 8) ^ s));
            if m == 0 {
                i += 7;
                continue;
            }
            i += m.trailing_zeros() as usize / 8;
            if i + n.len() > h.len() {
                break;
            }
        }
        if h[i..i + n.len()].eq_ignore_ascii_case(n) {
            found = Some(i);
            if !last {
                break;
            }
        }
        i += 1;
    }
    found
}

/// Number of words (whitespace-separated); ASCII lines by a byte count of
/// word starts.
pub fn word_count(line: &str) -> usize {
    if !line.is_ascii() {
        return line.split_whitespace().count();
    }
    let mut n = 0;
    let mut after_space = true;
    for &b in line.as_bytes() {
        // `char::is_whitespace` on ASCII: tab to carriage return, and space.
        let space = matches!(b, b'\t'..=b'\r' | b' ');
        n += usize::from(after_space && !space);
        after_space = space;
    }
    n
}

/// Whether the line ends a sentence: a terminal mark, possibly followed by
/// closing quotes or brackets.
pub fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end().trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    t.ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

const CREDIT_LEADS: &[&str] = &[
    "(photo:",
    "(photo by",
    "(image:",
    "(credit:",
    "(ap photo",
    "(reuters photo",
    "(afp photo",
    "credit:",
    "credits:",
    "graphic:",
    "graphics:",
    "image:",
    "images:",
    "image credit:",
    "illustration:",
    "image by ",
    "illustration by ",
    "photo:",
    "photos:",
    "photograph:",
    "photographs:",
    "photo credit:",
    "picture:",
    "pictures:",
    "photo by ",
    "photos by ",
    "photograph by ",
    "video:",
];

/// `Photo: Kremlin via Reuters`, `Image by Jane Doe / AFP`.
pub fn is_credit(line: &str) -> bool {
    if line.len() > 160 || word_count(line) > 16 {
        return false;
    }
    if starts_any(line, CREDIT_LEADS) {
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

/// Credit leads inside a caption line: five with `photo`, then three with a
/// colon only.
static TAIL_LEADS: [&str; 8] = [
    "photo:",
    "photograph:",
    "(photo:",
    "(ap photo",
    "photo by ",
    "image:",
    "picture:",
    "credit:",
];

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
    let colon = tail.contains(':');
    let photo = contains_ignore_case(tail, "photo");
    if !colon && !photo {
        return None;
    }
    let mut best = None;
    // A lead can only occur where the tail holds its `photo` or its colon.
    let leads = &TAIL_LEADS[if photo { 0 } else { 5 }..if colon { 8 } else { 5 }];
    for p in leads {
        if let Some(k) = rfind_ignore_case(tail, p).map(|k| k + from) {
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
    "(reporting by ",
    "--with assistance from ",
    "-- with assistance from ",
    "additional reporting by ",
    "by ",
    "compiled by ",
    "editing by ",
    "edited by ",
    "reporting by ",
    "reported by ",
    "story by ",
    "written by ",
    "words by ",
    "with assistance from ",
    "—with assistance from ",
];

/// `By Jane Doe`, `Reporting by …; Editing by …`, `--With assistance from …`.
pub fn is_byline(line: &str) -> bool {
    if line.len() > 300 {
        return false;
    }
    if !starts_any(line, BYLINE_LEADS) {
        return false;
    }
    if starts_any(line, &["by "]) {
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
    "(updates ",
    "(adds ",
    "(corrects ",
    "(recasts ",
    "all rights reserved",
    "advertisement",
    "also read",
    "copyright",
    "click here",
    "cookie",
    "continue reading",
    "comments",
    "download the app",
    "download our app",
    "follow us",
    "follow @",
    "get the latest",
    "have a confidential tip",
    "join the conversation",
    "listen to this article",
    "loading",
    "more from",
    "more stories",
    "most read",
    "most popular",
    "newsletter",
    "privacy policy",
    "read more",
    "read next",
    "read also",
    "related:",
    "related articles",
    "related stories",
    "related coverage",
    "recommended",
    "sign up",
    "subscribe",
    "share this",
    "share on",
    "sponsored",
    "skip to",
    "see also:",
    "support our journalism",
    "trending",
    "terms of use",
    "to contact the reporter",
    "to contact the editor",
    "this story has been",
    "this article has been",
    "this article was",
    "this story was",
    "watch:",
    "watch live",
    "we use cookies",
    "©",
];

/// Site furniture: copyright lines, sign-up calls, `Read more:` links,
/// wire update notes.
pub fn is_boilerplate(line: &str) -> bool {
    if line.len() > 400 {
        return false;
    }
    if starts_any(line, BOILERPLATE_LEADS) {
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
    "above:",
    "below:",
    "caption:",
    "file photo:",
    "file:",
    "in this photo",
    "in this file photo",
    "in this image",
    "left:",
    "pictured:",
    "right:",
    "top:",
];

/// `Pictured: …`, `FILE PHOTO: …`.
pub fn is_caption_lead(line: &str) -> bool {
    line.len() <= 500 && starts_any(line, CAPTION_LEADS)
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
    fn case_blind_search_finds_every_occurrence() {
        let naive = |h: &[u8], n: &[u8]| -> Vec<usize> {
            (0..=h.len().saturating_sub(n.len()))
                .filter(|&i| h.len() >= n.len() && h[i..i + n.len()].eq_ignore_ascii_case(n))
                .collect()
        };
        let hay = "Photo: AP PHOTO/(ap Photo) phot photo; Sign Up For \u{8}hoto \u{e9}photo: (Photo by".repeat(2);
        for n in ["photo", "(photo:", "sign up for", "/afp", "p", "photo by ", "x", ""] {
            for a in 0..hay.len() {
                for b in [a, a + 1, a + 5, a + 9, a + 17, hay.len()] {
                    let h = &hay.as_bytes()[a..b.min(hay.len())];
                    let all = naive(h, n.as_bytes());
                    let first = if n.is_empty() { None } else { all.first().copied() };
                    let last = if n.is_empty() { None } else { all.last().copied() };
                    assert_eq!(find_ignore_case(h, n.as_bytes(), false), first, "{n:?} {a}..{b}");
                    assert_eq!(find_ignore_case(h, n.as_bytes(), true), last, "{n:?} {a}..{b}");
                }
            }
        }
    }

    #[test]
    fn lead_lists_are_sorted_by_first_byte() {
        for list in [CREDIT_LEADS, BYLINE_LEADS, BOILERPLATE_LEADS, CAPTION_LEADS] {
            assert!(list.is_sorted_by_key(|p| p.as_bytes()[0]), "{list:?}");
            assert!(list.iter().all(|p| *p == p.to_ascii_lowercase()), "{list:?}");
            for p in list {
                assert!(starts_any(&p.to_uppercase(), list), "{p}");
                let cut = p.char_indices().last().map_or(0, |(k, _)| k);
                assert!(!starts_any(&p[..cut], &[p]), "{p}");
            }
        }
        assert!(!starts_any("Pictures of the harbour", CAPTION_LEADS));
        assert!(starts_any("PICTURED: the harbour", CAPTION_LEADS));
        assert!(!starts_any("", BOILERPLATE_LEADS));
    }

    #[test]
    fn word_counts_split_at_whitespace() {
        for t in [
            "",
            " ",
            "a",
            " a  b\t\tc\n",
            "x\u{b}y\u{c}z\rw",
            "naïve café\u{a0}bar",
            "a\u{85}b",
            "—  – x",
        ] {
            assert_eq!(word_count(t), t.split_whitespace().count(), "{t:?}");
        }
        assert_eq!(word_count(" One\ttwo,three  four\u{b}"), 3);
    }

    #[test]
    fn trailing_credits_match_a_search_for_every_lead() {
        // The former definition: the last occurrence of each lead.
        let reference = |line: &str| -> Option<usize> {
            let mut from = line.len().saturating_sub(110);
            while !line.is_char_boundary(from) {
                from += 1;
            }
            let mut best = None;
            for p in CREDIT_TAILS {
                if let Some(k) = rfind_ignore_case(&line[from..], p).map(|k| k + from) {
                    let before = line[..k].trim_end();
                    if k > 0
                        && best.is_none_or(|b| k < b)
                        && before.ends_with(['.', ')', '|', '/', '–', '—'])
                        && line.len() - k <= 100
                    {
                        best = Some(k);
                    }
                }
            }
            best
        };
        const CREDIT_TAILS: [&str; 8] = [
            "photo:",
            "photograph:",
            "image:",
            "picture:",
            "credit:",
            "(photo:",
            "(ap photo",
            "photo by ",
        ];
        let lines = [
            "Crowds gather in the square. Photo: AFP",
            "The mayor spoke on Monday. IMAGE: City Hall",
            "Rescuers reached the valley. Picture: Jane Roe / Agency",
            "Fans waited outside. Credit: Jane Roe",
            "The bridge reopened. (AP Photo/Jane Roe)",
            "Voters queued early. Photo by Jane Roe",
            "Voters queued early. Photograph: Jane Roe | Image: archive",
            "He said: the plan works. It will.",
            "A photo of the harbour was taken. Then rain.",
            "Lead text — credit: the agency",
            "No credit here at all",
        ];
        for line in lines {
            assert_eq!(trailing_credit(line), reference(line), "{line:?}");
        }
        assert_eq!(trailing_credit(lines[1]), Some(27));
        assert_eq!(trailing_credit(lines[3]), Some(21));
    }

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
