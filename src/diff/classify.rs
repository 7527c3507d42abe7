//! Edit classes: every changed stretch of a token diff (a hunk) is tagged,
//! and a change carries the union of its hunks' tags in [`Tag`] order.
//!
//! - `style`: the hunk is the same once case, spacing, punctuation, dashes and
//!   hyphens are ignored (Kim Jong Un → Kim Jong-un, reentry → re-entry,
//!   `—` → `,`), or it swaps a word for a spelling variant (colour → color,
//!   travelling → traveling) or fixes a one-letter typo in a long word.
//! - `hedge`: a modal or certainty word was added, removed or swapped (may → might).
//! - `time`: a relative or calendar time word or a clock time/year changed (Wednesday → yesterday).
//! - `number`: a figure (digits or a number word) changed.
//! - `attribution`: a cue word or source changed ("according to" → "said"), or the hunk
//!   touches a quote's cue or speaker mention.
//! - `quote`: the hunk touches the words of a direct or mixed quote, or a quotation mark.
//! - `insert`/`delete`: a clause of three or more words was only added/only removed.
//! - `wording`: a substantive hunk that none of the classes above describes.

use super::words::words;
use super::{Tag, Token, TokenOp};
use crate::quotes::{Quote, QuoteKind};
use crate::text::hash::FxMap;
use std::borrow::Cow;
use std::ops::Range;

/// Word lists, each sorted (byte order) for [`listed`].
const HEDGE: &[&str] = &[
    "alleged",
    "allegedly",
    "almost",
    "apparent",
    "apparently",
    "appear",
    "appeared",
    "appears",
    "approximately",
    "believed",
    "can",
    "can't",
    "cannot",
    "certainly",
    "clearly",
    "confirmed",
    "could",
    "definitely",
    "estimated",
    "expected",
    "likely",
    "may",
    "maybe",
    "might",
    "must",
    "nearly",
    "perhaps",
    "possible",
    "possibly",
    "potentially",
    "presumably",
    "probable",
    "probably",
    "reportedly",
    "roughly",
    "seem",
    "seemed",
    "seemingly",
    "seems",
    "shall",
    "should",
    "surely",
    "suspected",
    "unconfirmed",
    "undoubtedly",
    "unlikely",
    "will",
    "won't",
    "would",
    "wouldn't",
];

const TIME: &[&str] = &[
    "afternoon",
    "ago",
    "am",
    "annually",
    "apr",
    "april",
    "aug",
    "august",
    "autumn",
    "currently",
    "daily",
    "dawn",
    "day",
    "days",
    "dec",
    "decade",
    "decades",
    "december",
    "dusk",
    "earlier",
    "evening",
    "feb",
    "february",
    "friday",
    "fridays",
    "gmt",
    "hour",
    "hours",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "later",
    "march",
    "midnight",
    "minute",
    "minutes",
    "monday",
    "mondays",
    "month",
    "monthly",
    "months",
    "morning",
    "night",
    "noon",
    "nov",
    "november",
    "now",
    "oct",
    "october",
    "overnight",
    "pm",
    "previously",
    "recently",
    "saturday",
    "saturdays",
    "sep",
    "sept",
    "september",
    "soon",
    "spring",
    "summer",
    "sunday",
    "sundays",
    "thursday",
    "thursdays",
    "today",
    "tomorrow",
    "tonight",
    "tuesday",
    "tuesdays",
    "utc",
    "wednesday",
    "wednesdays",
    "week",
    "weekend",
    "weekly",
    "weeks",
    "winter",
    "year",
    "years",
    "yesterday",
];

const NUMBER_WORDS: &[&str] = &[
    "billion",
    "billions",
    "double",
    "dozen",
    "dozens",
    "eight",
    "eighteen",
    "eighth",
    "eighty",
    "eleven",
    "fifteen",
    "fifth",
    "fifty",
    "first",
    "five",
    "forty",
    "four",
    "fourteen",
    "fourth",
    "half",
    "hundred",
    "hundreds",
    "million",
    "millions",
    "nine",
    "nineteen",
    "ninety",
    "ninth",
    "one",
    "percent",
    "quarter",
    "second",
    "seven",
    "seventeen",
    "seventh",
    "seventy",
    "six",
    "sixteen",
    "sixth",
    "sixty",
    "ten",
    "tenth",
    "third",
    "thirteen",
    "thirty",
    "thousand",
    "thousands",
    "three",
    "trillion",
    "triple",
    "twelve",
    "twenty",
    "twice",
    "two",
    "zero",
];

const CUE: &[&str] = &[
    "according",
    "acknowledged",
    "added",
    "adds",
    "admitted",
    "announced",
    "announces",
    "answered",
    "argued",
    "argues",
    "asked",
    "asserted",
    "cited",
    "citing",
    "claim",
    "claimed",
    "claims",
    "commented",
    "confirmed",
    "confirms",
    "declared",
    "denied",
    "denies",
    "emphasised",
    "emphasized",
    "explained",
    "explains",
    "insisted",
    "insists",
    "noted",
    "notes",
    "officials",
    "per",
    "posted",
    "quoted",
    "quoting",
    "remarked",
    "replied",
    "replies",
    "reply",
    "report",
    "reported",
    "reporting",
    "reports",
    "said",
    "say",
    "saying",
    "says",
    "source",
    "sources",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "stated",
    "statement",
    "states",
    "stressed",
    "suggested",
    "tell",
    "tells",
    "told",
    "tweeted",
    "warned",
    "warns",
    "writes",
    "wrote",
];

const QUOTE_MARKS: &[char] = &['“', '”', '"', '«', '»', '„'];

/// Byte ranges (in the analysed text) of quote words and of cues and speaker mentions.
#[derive(Debug, Default)]
pub(crate) struct Zones {
    quote: Vec<Range<usize>>,
    cue: Vec<Range<usize>>,
}

impl Zones {
    /// Zones of one version's quotes.
    pub(crate) fn new(quotes: &[Quote]) -> Self {
        let mut z = Zones::default();
        for q in quotes {
            if q.kind != QuoteKind::Indirect {
                z.quote.extend(q.spans.iter().map(|s| s.bytes()));
            }
            z.cue.extend(q.cue.iter().map(|c| c.span.bytes()));
            z.cue
                .extend(q.speaker.iter().flat_map(|s| s.mention.iter()).map(|m| m.span.bytes()));
        }
        z.quote.sort_by_key(|r| r.start);
        z.cue.sort_by_key(|r| r.start);
        z
    }

    fn hits(list: &[Range<usize>], r: &Range<usize>) -> bool {
        // Zones are few per sentence; a binary search bounds the scan.
        let from = list.partition_point(|z| z.end < r.start);
        list[from..].iter().take_while(|z| z.start <= r.end).any(|z| {
            if r.is_empty() {
                z.start < r.start && r.start < z.end
            } else {
                z.start < r.end && r.start < z.end
            }
        })
    }

    /// Whether a byte range touches quote words.
    pub(crate) fn touches_quote(&self, r: &Range<usize>) -> bool {
        Self::hits(&self.quote, r)
    }

    /// Whether a byte range touches a cue or a speaker mention.
    pub(crate) fn touches_cue(&self, r: &Range<usize>) -> bool {
        Self::hits(&self.cue, r)
    }
}

/// Where a side's text starts in its version, and that version's zones.
pub(crate) struct Side<'a> {
    /// Byte offset of the side's text in the analysed text, when it maps linearly.
    pub base: Option<usize>,
    /// Quote zones of the version.
    pub zones: &'a Zones,
}

/// One changed stretch of a token diff.
struct Hunk {
    del: String,
    ins: String,
    old: Range<usize>,
    new: Range<usize>,
}

fn hunks(tokens: &[Token]) -> Vec<Hunk> {
    let mut out: Vec<Hunk> = Vec::new();
    let (mut o, mut n) = (0usize, 0usize);
    let mut open = false;
    for t in tokens {
        let len = t.text.len();
        match t.op {
            TokenOp::Equal => {
                open = false;
                o += len;
                n += len;
            }
            op => {
                if !open {
                    out.push(Hunk {
                        del: String::new(),
                        ins: String::new(),
                        old: o..o,
                        new: n..n,
                    });
                    open = true;
                }
                if let Some(h) = out.last_mut() {
                    if op == TokenOp::Delete {
                        h.del.push_str(&t.text);
                        o += len;
                        h.old.end = o;
                    } else {
                        h.ins.push_str(&t.text);
                        n += len;
                        h.new.end = n;
                    }
                }
            }
        }
    }
    out
}

/// Whether two texts have the same letters and digits, case aside (compared
/// as they are read, without copies).
fn same_normalized(a: &str, b: &str) -> bool {
    letters(a).eq(letters(b))
}

/// The letters and digits of a text, in lower case.
fn letters(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
}

/// The words of a text in lower case (borrowed when already lower-case ASCII).
fn lower_words(text: &str) -> Vec<Cow<'_, str>> {
    words(text)
        .map(|w| {
            if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                Cow::Borrowed(w)
            } else {
                Cow::Owned(crate::text::lowercase(w))
            }
        })
        .collect()
}

/// Words of `a` not matched in `b` (multiset difference, in `a`'s order).
/// Linear: counts `b` once instead of searching it for every word of `a`.
fn minus<'a>(a: &'a [Cow<'_, str>], b: &[Cow<'_, str>]) -> Vec<&'a str> {
    let mut rest: FxMap<&str, usize> = FxMap::default();
    for w in b {
        *rest.entry(w.as_ref()).or_default() += 1;
    }
    a.iter()
        .map(AsRef::as_ref)
        .filter(|w| match rest.get_mut(w) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .collect()
}

fn spelling_key(word: &str) -> String {
    let mut w = word.to_string();
    for (from, to) in [
        ("isation", "ization"),
        ("ll", "l"),
        ("ogue", "og"),
        ("ise", "ize"),
        ("yse", "yze"),
        ("ae", "e"),
        ("oe", "e"),
    ] {
        // (A copy only where the spelling occurs.)
        if w.contains(from) {
            w = w.replace(from, to);
        }
    }
    if let Some(stem) = w.strip_suffix("tre") {
        w = format!("{stem}ter");
    } else if let Some(stem) = w.strip_suffix("tres") {
        w = format!("{stem}ters");
    }
    if w.contains("our") {
        w = w.replace("our", "or");
    }
    w
}

/// One-letter typo fix (substitution, insertion, deletion or swap) not at the word's end.
fn typo_pair(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let min = a.len().min(b.len());
    if min < 6 || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let first = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if first + 3 >= min {
        return false;
    }
    let (ra, rb) = (&a[first..], &b[first..]);
    let tail_eq = |x: &[char], y: &[char]| x == y;
    tail_eq(&ra[1.min(ra.len())..], rb)
        || tail_eq(ra, &rb[1.min(rb.len())..])
        || tail_eq(&ra[1.min(ra.len())..], &rb[1.min(rb.len())..])
        || (ra.len() >= 2 && rb.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
}

fn spelling_variants(del: &[Cow<'_, str>], ins: &[Cow<'_, str>]) -> bool {
    del.len() == ins.len()
        && !del.is_empty()
        && del.iter().zip(ins).all(|(a, b)| {
            a == b
                || (a.chars().count() >= 5
                    && b.chars().count() >= 5
                    && !a.chars().any(|c| c.is_ascii_digit())
                    && (spelling_key(a) == spelling_key(b) || typo_pair(a, b)))
        })
}

/// Whether `w` is in a sorted word list (a binary search: a changed word
/// meets four lists of up to 85 words).
fn listed(list: &[&str], w: &str) -> bool {
    list.binary_search(&w).is_ok()
}

fn is_figure(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit()) || listed(NUMBER_WORDS, w)
}

fn is_time(w: &str) -> bool {
    if listed(TIME, w) {
        return true;
    }
    let b = w.as_bytes();
    let clock = b.len() >= 4 && b.len() <= 5 && b.iter().all(|c| c.is_ascii_digit() || *c == b':') && w.contains(':');
    let year = b.len() == 4 && b.iter().all(u8::is_ascii_digit) && (w.starts_with("19") || w.starts_with("20"));
    clock || year
}

fn hunk_tags(h: &Hunk, old: &Side, new: &Side, tags: &mut Vec<Tag>) {
    let abs = |base: Option<usize>, r: &Range<usize>| base.map(|b| b + r.start..b + r.end);
    let touches_quote = abs(old.base, &h.old).is_some_and(|r| old.zones.touches_quote(&r))
        || abs(new.base, &h.new).is_some_and(|r| new.zones.touches_quote(&r))
        || h.del.contains(QUOTE_MARKS)
        || h.ins.contains(QUOTE_MARKS);
    let touches_cue = abs(old.base, &h.old).is_some_and(|r| old.zones.touches_cue(&r))
        || abs(new.base, &h.new).is_some_and(|r| new.zones.touches_cue(&r));
    if touches_quote {
        tags.push(Tag::Quote);
    }
    let (wd, wi) = (lower_words(&h.del), lower_words(&h.ins));
    if same_normalized(&h.del, &h.ins) || spelling_variants(&wd, &wi) {
        tags.push(Tag::Style);
        return;
    }
    let changed: Vec<&str> = minus(&wd, &wi).into_iter().chain(minus(&wi, &wd)).collect();
    let mut specific = false;
    let mut add = |cond: bool, tag: Tag, tags: &mut Vec<Tag>| {
        if cond {
            tags.push(tag);
            specific = true;
        }
    };
    add(changed.iter().any(|w| listed(HEDGE, w)), Tag::Hedge, tags);
    add(changed.iter().any(|w| is_time(w)), Tag::Time, tags);
    add(changed.iter().any(|w| is_figure(w)), Tag::Number, tags);
    add(
        touches_cue || changed.iter().any(|w| listed(CUE, w)),
        Tag::Attribution,
        tags,
    );
    add(touches_quote, Tag::Quote, tags);
    add(wi.is_empty() && wd.len() >= 3, Tag::Delete, tags);
    add(wd.is_empty() && wi.len() >= 3, Tag::Insert, tags);
    if !specific {
        tags.push(Tag::Wording);
    }
}

/// Tags of a token diff.
pub(crate) fn classify(tokens: &[Token], old: &Side, new: &Side) -> Vec<Tag> {
    let mut tags = Vec::new();
    for h in hunks(tokens) {
        hunk_tags(&h, old, new, &mut tags);
    }
    tags.sort_unstable();
    tags.dedup();
    tags
}

/// Tags of a wholly inserted or deleted text: `insert`/`delete`, plus `quote`
/// when it holds quote words and `number` when it holds a figure.
pub(crate) fn whole_tags(op: Tag, text: &str, range: Option<Range<usize>>, zones: &Zones) -> Vec<Tag> {
    let mut tags = vec![op];
    if range.is_some_and(|r| zones.touches_quote(&r)) || text.contains(QUOTE_MARKS) {
        tags.push(Tag::Quote);
    }
    if lower_words(text).iter().any(|w| is_figure(w)) {
        tags.push(Tag::Number);
    }
    tags.sort_unstable();
    tags
}

#[cfg(test)]
mod tests {
    use super::super::tokens::token_diff;
    use super::*;

    #[test]
    fn word_lists_are_sorted_for_their_binary_search() {
        for list in [HEDGE, TIME, NUMBER_WORDS, CUE] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            for w in list {
                assert!(listed(list, w), "{w}");
                for probe in [format!("{w}s"), w[1..].to_string(), format!("a{w}")] {
                    assert_eq!(listed(list, &probe), list.contains(&probe.as_str()), "{probe}");
                }
            }
        }
    }

    #[test]
    fn minus_is_a_multiset_difference_in_order() {
        let w = |s: &'static str| s.split(' ').map(Cow::Borrowed).collect::<Vec<_>>();
        assert_eq!(
            minus(&w("the vote the delay the end"), &w("the end vote")),
            ["the", "delay", "the"]
        );
        assert!(minus(&w("a b"), &w("a b a")).is_empty());
    }

    fn tags(old: &str, new: &str) -> Vec<Tag> {
        let z = Zones::default();
        let side = Side { base: None, zones: &z };
        classify(&token_diff(old, new), &side, &side)
    }

    #[test]
    fn style_changes() {
        assert_eq!(tags("leader Kim Jong Un met", "leader Kim Jong-un met"), [Tag::Style]);
        assert_eq!(tags("heat from reentry to", "heat from re-entry to"), [Tag::Style]);
        assert_eq!(tags("rockets — a family", "rockets, a family"), [Tag::Style]);
        assert_eq!(tags("the Colour of money", "the color of money"), [Tag::Style]);
        assert_eq!(tags("he was travelling north", "he was traveling north"), [Tag::Style]);
        assert_eq!(tags("the goverment said", "the government said"), [Tag::Style]);
    }

    #[test]
    fn style_hunk_stays_apart_from_nearby_edits() {
        let t = tags(
            "North Korean leader Kim Jong Un and President Vladimir Putin met for",
            "North Korean leader Kim Jong-un and Russian President Vladimir Putin yesterday met for",
        );
        assert_eq!(t, [Tag::Style, Tag::Time, Tag::Wording]);
    }

    #[test]
    fn substantive_changes() {
        assert_eq!(tags("items that may be on", "items that might be on"), [Tag::Hedge]);
        assert_eq!(tags("held talks Wednesday at", "held talks yesterday at"), [Tag::Time]);
        assert_eq!(tags("wounding 24 people", "wounding 25 people"), [Tag::Number]);
        assert_eq!(tags("six people died", "seven people died"), [Tag::Number]);
        assert_eq!(
            tags("seeking help from Moscow", "seeking assistance from Moscow"),
            [Tag::Wording]
        );
        assert_eq!(
            tags("Putin replied: “We will”", "Putin said: “We will”"),
            [Tag::Attribution]
        );
        assert_eq!(
            tags("help, according to RIA Novosti.", "help, RIA Novosti said."),
            [Tag::Attribution]
        );
        assert_eq!(tags("he opened a shop", "he opens a shop"), [Tag::Wording]);
        assert_eq!(
            tags("Kim met Putin.", "Kim met Putin at the space centre."),
            [Tag::Insert]
        );
    }

    #[test]
    fn quote_zones_mark_quote_changes() {
        let old_text = "He said the deal was “almost done” today.";
        let new_text = "He said the deal was “nearly done” today.";
        let start = old_text.find("almost").unwrap_or(0);
        let z = Zones {
            quote: std::iter::once(start..start + "almost done".len()).collect(),
            cue: vec![],
        };
        let side = Side {
            base: Some(0),
            zones: &z,
        };
        let t = classify(&token_diff(old_text, new_text), &side, &side);
        assert!(t.contains(&Tag::Quote), "{t:?}");
        assert!(t.contains(&Tag::Hedge), "{t:?}");
    }
}
