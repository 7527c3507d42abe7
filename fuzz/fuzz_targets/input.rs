//! Fuzz inputs: raw bytes read as (lossy) UTF-8, or a structured text built
//! with `arbitrary` from pieces that stress segmentation, quotes and offsets.

#![allow(dead_code)]

use arbitrary::{Arbitrary, Result, Unstructured};

/// Quote marks of many languages, straight and curly, opening and closing.
pub const QUOTES: &[&str] = &[
    "“", "”", "‘", "’", "\"", "'", "«", "»", "„", "‚", "‹", "›", "「", "」", "『", "』", "« ", " »",
];
/// Line and paragraph breaks, including CRLF, CR and Unicode separators.
pub const BREAKS: &[&str] = &[
    "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\r\r", "\u{2028}", "\u{2029}", "\u{85}", "\n \n",
];
/// Abbreviations and initials that end in a full stop.
pub const ABBREVIATIONS: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Jr.", "U.S.", "U.K.", "e.g.", "i.e.", "No.", "Inc.", "Corp.", "Gen.", "Sen.",
    "a.m.", "p.m.", "etc.", "vs.", "J.", "J. R. R.", "Jan.", "approx.",
];
/// Words, names and reporting verbs.
pub const WORDS: &[&str] = &[
    "The",
    "minister",
    "said",
    "says",
    "told",
    "reporters",
    "added",
    "warned",
    "according to",
    "Vladimir Putin",
    "Putin",
    "President",
    "he",
    "she",
    "they",
    "talks",
    "would",
    "may",
    "might",
    "Tuesday",
    "the",
    "a",
    "of",
    "MOSCOW",
    "(Reuters)",
    "--",
    "Photo:",
    "Getty Images",
    "Read more:",
    "Copyright",
];
/// Punctuation: terminal marks, ellipses, dashes, brackets.
pub const PUNCTUATION: &[&str] = &[
    ".", "!", "?", ",", ";", ":", "?!", "...", "…", ". . .", "—", " — ", "–", "-", "(", ")", "[", "]", ".”", ",”",
    "?”", "’”", "”.", "\".", ".\"",
];
/// CJK text with its own punctuation.
pub const CJK: &[&str] = &[
    "日本語の文。",
    "北京说，",
    "“你好。”",
    "「こんにちは」と彼は言った。",
    "한국어 문장.",
    "中文！",
    "全角　空白",
];
/// Right-to-left text and bidi controls.
pub const RTL: &[&str] = &[
    "مرحبا بالعالم.",
    "قال الوزير: «نعم».",
    "שלום עולם.",
    "אמר: ״כן.״",
    "\u{202B}",
    "\u{202C}",
    "\u{202E}",
    "\u{202D}",
    "\u{2066}",
    "\u{2067}",
    "\u{2068}",
    "\u{2069}",
    "\u{200F}",
    "\u{200E}",
    "\u{61C}",
];
/// Emoji, ZWJ sequences, flags, modifiers, keycaps, tags.
pub const EMOJI: &[&str] = &[
    "👩‍👩‍👧‍👦",
    "🏳️‍🌈",
    "👍🏽",
    "🇺🇦",
    "1️⃣",
    "🧑🏿‍🤝‍🧑🏻",
    "🏴󠁧󠁢󠁳󠁣󠁴󠁿",
    "\u{200d}",
    "\u{fe0f}",
    "😀",
    "e\u{301}",
    "𝕏",
];
/// Whitespace, invisible and control characters.
pub const CONTROL: &[&str] = &[
    " ", "  ", "\t", "\u{a0}", "\u{3000}", "\u{2009}", "\u{b}", "\u{c}", "\0", "\u{1}", "\u{1b}", "\u{7f}", "\u{9f}",
    "\u{feff}", "\u{200b}", "\u{fffd}", "\u{fffe}", "\u{ffff}",
];

/// One piece of a structured text.
#[derive(Debug, Arbitrary)]
pub enum Piece {
    Quote(u8),
    Break(u8),
    Abbreviation(u8),
    Word(u8),
    Punctuation(u8),
    Cjk(u8),
    Rtl(u8),
    Emoji(u8),
    Control(u8),
    Number(u32, u8),
    Free(String),
    Space,
    /// A run of one earlier-kind piece, to reach repetition and nesting.
    Repeat(u8, u8, u16),
}

fn pick(list: &[&'static str], i: u8) -> &'static str {
    list[i as usize % list.len()]
}

fn table(kind: u8) -> &'static [&'static str] {
    match kind % 9 {
        0 => QUOTES,
        1 => BREAKS,
        2 => ABBREVIATIONS,
        3 => WORDS,
        4 => PUNCTUATION,
        5 => CJK,
        6 => RTL,
        7 => EMOJI,
        _ => CONTROL,
    }
}

impl Piece {
    /// Append the piece's text.
    pub fn render(&self, out: &mut String) {
        match self {
            Piece::Quote(i) => out.push_str(pick(QUOTES, *i)),
            Piece::Break(i) => out.push_str(pick(BREAKS, *i)),
            Piece::Abbreviation(i) => out.push_str(pick(ABBREVIATIONS, *i)),
            Piece::Word(i) => out.push_str(pick(WORDS, *i)),
            Piece::Punctuation(i) => out.push_str(pick(PUNCTUATION, *i)),
            Piece::Cjk(i) => out.push_str(pick(CJK, *i)),
            Piece::Rtl(i) => out.push_str(pick(RTL, *i)),
            Piece::Emoji(i) => out.push_str(pick(EMOJI, *i)),
            Piece::Control(i) => out.push_str(pick(CONTROL, *i)),
            Piece::Number(n, style) => match style % 5 {
                0 => out.push_str(&n.to_string()),
                1 => out.push_str(&format!("{}.{}", n / 100, n % 100)),
                2 => out.push_str(&format!("{},{:03}", n / 1000, n % 1000)),
                3 => out.push_str(&format!("${}.{} billion", n % 100, n % 10)),
                _ => out.push_str(&format!("{}%", n % 1000)),
            },
            Piece::Free(s) => out.push_str(s),
            Piece::Space => out.push(' '),
            Piece::Repeat(kind, i, n) => {
                let s = pick(table(*kind), *i);
                for _ in 0..(*n % 2048) {
                    if out.len() >= MAX_RENDERED {
                        break;
                    }
                    out.push_str(s);
                }
            }
        }
    }
}

/// Structured texts stop growing past this many bytes (keeps executions fast;
/// size is the adversarial tests' job).
pub const MAX_RENDERED: usize = 64 * 1024;

/// Render pieces into a text.
pub fn render(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for p in pieces {
        if out.len() >= MAX_RENDERED {
            break;
        }
        p.render(&mut out);
    }
    out
}

/// Raw mode (first byte even): the rest as lossy UTF-8. Structured mode: pieces.
pub fn text(data: &[u8]) -> String {
    match data.split_first() {
        None => String::new(),
        Some((mode, rest)) if mode % 2 == 0 => String::from_utf8_lossy(rest).into_owned(),
        Some((_, rest)) => {
            let pieces: Vec<Piece> = Vec::<Piece>::arbitrary_take_rest(Unstructured::new(rest)).unwrap_or_default();
            render(&pieces)
        }
    }
}

/// An edit applied to the pieces of the old text to make the new one.
#[derive(Debug, Arbitrary)]
pub enum Edit {
    Delete(u16),
    Insert(u16, Piece),
    Replace(u16, Piece),
    Swap(u16),
    MoveTo(u16, u16),
}

/// A pair of versions: raw (two UTF-8 strings split at the first 0xFF byte) or
/// structured (pieces and the edits that turn them into the new version).
pub fn pair(data: &[u8]) -> Result<(String, String)> {
    let Some((mode, rest)) = data.split_first() else {
        return Ok((String::new(), String::new()));
    };
    if mode % 2 == 0 {
        let cut = rest.iter().position(|&b| b == 0xff).unwrap_or(rest.len());
        let old = String::from_utf8_lossy(&rest[..cut]).into_owned();
        let new = String::from_utf8_lossy(rest.get(cut + 1..).unwrap_or_default()).into_owned();
        return Ok((old, new));
    }
    let mut u = Unstructured::new(rest);
    let mut pieces: Vec<Piece> = u.arbitrary()?;
    let old = render(&pieces);
    let edits = Vec::<Edit>::arbitrary_take_rest(u)?;
    for e in edits {
        let len = pieces.len();
        match e {
            Edit::Delete(i) if len > 0 => {
                pieces.remove(i as usize % len);
            }
            Edit::Insert(i, p) => pieces.insert(i as usize % (len + 1), p),
            Edit::Replace(i, p) if len > 0 => pieces[i as usize % len] = p,
            Edit::Swap(i) if len > 1 => pieces.swap(i as usize % (len - 1), i as usize % (len - 1) + 1),
            Edit::MoveTo(a, b) if len > 1 => {
                let p = pieces.remove(a as usize % len);
                pieces.insert(b as usize % len, p);
            }
            _ => {}
        }
    }
    Ok((old, render(&pieces)))
}
