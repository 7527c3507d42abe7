//! Sentence boundaries inside one block.
//!
//! A single forward scan over the bytes. Each terminal mark is a candidate;
//! the decision looks at a bounded window around it (the word before, the
//! word after, the marks that close it) and at two precomputed facts about
//! the block: which stretches are quotations or parentheses that continue
//! the same sentence, and where the items of an enumerated list start.
//! Everything is linear in the block length.

use super::lists::list_item_starts;
use super::rules::{continues_time, time_phrase_opener, Abbrev, Rules};
use super::zones::{no_split_zones, ZoneCursor};
use crate::text::{is_weekday, trim_range, ByteSet};
use std::ops::Range;

/// Bytes that may start a terminal mark: `.` `!` `?`, and the lead bytes of the
/// three-byte marks the rules know (`…` `。` `！` `？` and the like).
static TERMINAL_LEADS: ByteSet = ByteSet::of(b".!?\xE2\xE3\xEF");

/// How far the splitter looks back or ahead for a word (bytes).
const WINDOW: usize = 64;
/// Longest dash signature after a quotation, in bytes (eight words).
const SIGNATURE_MAX: usize = 256;

/// Split the byte range `range` of `text` into trimmed sentence ranges using
/// the given language rules. Never returns empty ranges; the ranges lie in
/// order inside `range`.
pub fn split(text: &str, range: Range<usize>, rules: &Rules) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    split_into(text, range, rules, &mut out);
    out
}

/// [`split`], appending to `out`.
pub fn split_into(text: &str, range: Range<usize>, rules: &Rules, out: &mut Vec<Range<usize>>) {
    let Some(block) = text.get(range.clone()) else {
        return;
    };
    let zones = no_split_zones(block);
    // One cursor for the whole block: pieces come in order.
    let mut zone_cursor = zones.cursor();
    let mut piece_start = 0;
    for item in list_item_starts(block).into_iter().chain([block.len()]) {
        if item > piece_start {
            split_piece(block, piece_start..item, rules, &mut zone_cursor, &mut |r: Range<
                usize,
            >| {
                let r = trim_range(text, range.start + r.start..range.start + r.end);
                if !r.is_empty() {
                    out.push(r);
                }
            });
            piece_start = item;
        }
    }
}

/// Split one list item (or the whole block) at its terminal marks.
fn split_piece(
    s: &str,
    piece: Range<usize>,
    rules: &Rules,
    zone_cursor: &mut ZoneCursor,
    emit: &mut dyn FnMut(Range<usize>),
) {
    let b = s.as_bytes();
    let mut start = piece.start;
    let mut content = Content::new(start);
    let mut i = piece.start;
    loop {
        // Only terminal marks (ASCII, or the lead bytes of `…` `。` `！` and
        // the like) can end a sentence.
        i = TERMINAL_LEADS.next_in(b, i, piece.end);
        if i >= piece.end {
            break;
        }
        let byte = b[i];
        let c = match byte {
            b'.' | b'!' | b'?' if rules.spaced_terminals.contains(&(byte as char)) => byte as char,
            0xE2 | 0xE3 | 0xEF => match s[i..].chars().next() {
                Some(c) if rules.spaced_terminals.contains(&c) || rules.closed_terminals.contains(&c) => c,
                _ => {
                    i += 1;
                    continue;
                }
            },
            _ => {
                i += 1;
                continue;
            }
        };
        let cluster = scan_cluster(s, i, piece.end, rules);
        let boundary = if !content.seen(s, start, i) || zone_cursor.inside(i) {
            None
        } else {
            decide(s, start, i, c, &cluster, piece.end, rules)
        };
        match boundary {
            Some(end) if end < piece.end => {
                emit(start..end);
                start = end;
                content = Content::new(start);
                i = end;
            }
            _ => i = cluster.end.max(i + 1),
        }
    }
    if start < piece.end {
        emit(start..piece.end);
    }
}

/// Tracks whether the current sentence already holds a letter or digit,
/// scanning each byte once.
struct Content {
    checked: usize,
    found: bool,
}

impl Content {
    fn new(start: usize) -> Self {
        Content {
            checked: start,
            found: false,
        }
    }

    /// Whether `s[start..upto]` holds a letter or digit (list markers such as
    /// `1.` or `a.` at the very start do not count).
    fn seen(&mut self, s: &str, start: usize, upto: usize) -> bool {
        if !self.found && upto > self.checked {
            self.found = s[self.checked..upto].chars().any(char::is_alphanumeric);
            self.checked = upto;
            if self.found && is_leading_marker(s, start, upto) {
                self.found = false;
            }
        }
        self.found
    }
}

/// Whether `s[start..upto]` is only a list marker such as `1`, `a`, `iv`,
/// `• 9` or `(2` (so the period after it does not end a sentence).
fn is_leading_marker(s: &str, start: usize, upto: usize) -> bool {
    let t = s[start..upto].trim_start();
    let t = t.trim_start_matches(['•', '·', '▪', '‣', '◦', '-', '–', '*', '(', ' ']);
    if t.is_empty() || t.len() > 3 {
        return false;
    }
    t.bytes().all(|c| c.is_ascii_digit())
        || (t.len() == 1 && t.as_bytes()[0].is_ascii_lowercase())
        || t.bytes().all(|c| matches!(c, b'i' | b'v' | b'x'))
}

/// The terminal marks starting at `i`: their end, and what kind they are.
struct Cluster {
    /// End of the marks (before any closing quotes or brackets).
    marks_end: usize,
    /// End after closing quotes and brackets.
    end: usize,
    /// Counted dots (an ellipsis character counts three).
    dots: usize,
    /// Whether the dots are spaced (`. . .`).
    spaced: bool,
    /// Whether a `!` or `?` is among the marks.
    strong: bool,
    /// Whether a full-width CJK terminal is among the marks.
    closed: bool,
}

fn scan_cluster(s: &str, i: usize, limit: usize, rules: &Rules) -> Cluster {
    let b = s.as_bytes();
    let mut j = i;
    let mut dots = 0;
    let mut strong = false;
    let mut closed = false;
    let mut spaced = false;
    loop {
        if j >= limit {
            break;
        }
        match b[j] {
            b'.' => {
                dots += 1;
                j += 1;
            }
            b'!' | b'?' => {
                strong = true;
                j += 1;
            }
            b' ' if dots > 0 && j + 1 < limit && b[j + 1] == b'.' && !strong => {
                // `. . .`: a spaced dot continues the cluster.
                spaced = true;
                j += 1;
            }
            _ => match s[j..limit].chars().next() {
                Some('…') => {
                    dots += 3;
                    j += '…'.len_utf8();
                }
                Some(c) if rules.closed_terminals.contains(&c) => {
                    closed = true;
                    j += c.len_utf8();
                }
                Some(c @ ('‼' | '⁇' | '⁈' | '⁉')) => {
                    strong = true;
                    j += c.len_utf8();
                }
                _ => break,
            },
        }
    }
    let marks_end = j;
    let end = skip_closers(s, j, limit);
    Cluster {
        marks_end,
        end,
        dots,
        spaced,
        strong,
        closed,
    }
}

/// Skip closing quotes and brackets after the marks.
fn skip_closers(s: &str, mut j: usize, limit: usize) -> usize {
    while j < limit {
        match s[j..limit].chars().next() {
            Some(c @ ('"' | '\'' | '”' | '’' | ')' | ']' | '}' | '»' | '›' | '」' | '』' | '）')) => {
                j += c.len_utf8()
            }
            _ => break,
        }
    }
    j
}

/// Decide whether the cluster at `i` ends the sentence that began at
/// `start`; returns the end of the sentence.
fn decide(s: &str, start: usize, i: usize, c: char, cl: &Cluster, limit: usize, rules: &Rules) -> Option<usize> {
    let b = s.as_bytes();
    if cl.closed {
        return Some(cl.end);
    }
    let after = cl.end;
    if after >= limit {
        return Some(limit);
    }
    let space_after = is_space_at(s, after);
    if !space_after {
        // `world.Today`: a missing space between two sentences.
        if c == '.' && cl.dots == 1 && cl.end == cl.marks_end && glued_sentences(s, start, i, rules) {
            return Some(i + 1);
        }
        return None;
    }
    let next = next_word(s, after, limit);
    // Brackets around an ellipsis mark an omission: `[...]`.
    if cl.dots >= 3 && i > 0 && matches!(b[i - 1], b'[' | b'(') {
        return None;
    }
    let closes_quote = s[cl.marks_end..cl.end].contains(['”', '"', '’', '\'']);
    if closes_quote && !next.lowercase && short_attribution(s, after, limit) {
        // `“It is over!” Ortiz said on Monday.`: the attribution belongs to
        // the quotation.
        return None;
    }
    if closes_quote && dash_attribution(s, after, limit) {
        // `…we don’t matter.” ― Krystal Correa`: a signature after a dash.
        return None;
    }
    if cl.strong {
        return if next.lowercase { None } else { Some(after) };
    }
    if cl.dots >= 2 || (cl.dots == 1 && c == '…') {
        return ellipsis(s, i, cl, &next);
    }
    if next.lowercase {
        return None;
    }
    let prev = prev_word(s, start, i);
    match (rules.abbreviation)(prev) {
        Abbrev::None => Some(after),
        // `Main St. The shop…`: after a capitalised name `St.` is a street.
        Abbrev::Title if prev == "St" && street_name_before(s, start, i - prev.len()) => {
            (rules.opener)(next.word).then_some(after)
        }
        Abbrev::Title | Abbrev::Inner => None,
        Abbrev::Numeric if next.digit => None,
        Abbrev::Time => {
            if continues_time(next.word) || intro_time_phrase(s, start, i) {
                None
            } else {
                Some(after)
            }
        }
        Abbrev::Numeric | Abbrev::Plain => {
            let pb = prev.as_bytes();
            if pb.len() == 1 && pb[0].is_ascii_uppercase() {
                // An initial (`Albert I. Jones`) or a one-letter word at
                // the end (`you and I.`): decided by the word before it.
                let pstart = i - prev.len();
                let back = s[..pstart].char_indices().next_back().map_or(pstart, |(k, _)| k);
                let before = prev_word(s, start, back.max(start));
                let ends = before.chars().next().is_some_and(char::is_lowercase)
                    && before.chars().all(char::is_alphabetic)
                    && i > prev.len() + start + 1;
                // `J. K. Rowan`: another initial follows.
                let initial_next = next.word.len() == 1 && next.dotted;
                if ends && !initial_next && (next.upper || next.digit) {
                    Some(after)
                } else {
                    None
                }
            } else if (rules.opener)(next.word) {
                Some(after)
            } else {
                None
            }
        }
    }
}

/// After a closed quotation: a dash and a short signature that runs to the
/// end of the piece, `― Krystal Correa` or `— Jane Doe, nurse`.
fn dash_attribution(s: &str, from: usize, limit: usize) -> bool {
    let rest = s[from..limit].trim_start();
    // Eight words at most: a longer rest is no signature, and is not scanned
    // (a paragraph can hold thousands of closed quotations).
    if rest.len() > SIGNATURE_MAX {
        return false;
    }
    let Some(sig) = rest.strip_prefix(['—', '―', '–']) else {
        return false;
    };
    let sig = sig.trim().trim_end_matches('.');
    let words = sig.split_whitespace().count();
    // Full stops only after initials and short titles (`Oscar P. Quintero`, `Dr. Lee`).
    let abbreviated_only = sig.split_whitespace().all(|w| {
        let core = w.trim_end_matches(',');
        !core.contains('.') || core.len() <= 4 && core.ends_with('.') && core.starts_with(char::is_uppercase)
    });
    (1..=8).contains(&words)
        && sig.chars().next().is_some_and(char::is_uppercase)
        && abbreviated_only
        && !sig.contains(['!', '?', '“', '"', '\n'])
}

/// After a closed quotation: a short attribution that ends the sentence,
/// `Ortiz said.`, `said Ortiz on Monday.`, `the minister told reporters.`
/// The speech verb comes within four words, and nothing but a short time or
/// place phrase follows it.
fn short_attribution(s: &str, from: usize, limit: usize) -> bool {
    let hi = ceil_boundary(s, (from + 2 * WINDOW).min(limit));
    let window = &s[from..hi];
    let end = match window.find(['.', '!', '?', '“', '"', ',', ';', ':']) {
        Some(e) if window[e..].starts_with('.') => e,
        _ => return false,
    };
    let words: Vec<&str> = window[..end].split_whitespace().collect();
    let Some(v) = words.iter().take(4).position(|w| is_speech_verb(w)) else {
        return false;
    };
    let tail = &words[v + 1..];
    match tail.first() {
        None => true,
        Some(w) if words[..v].is_empty() => w.chars().next().is_some_and(char::is_uppercase) && tail.len() <= 4,
        Some(w) => {
            tail.len() <= 4
                && (matches!(
                    *w,
                    "on" | "in"
                        | "at"
                        | "during"
                        | "after"
                        | "before"
                        | "from"
                        | "yesterday"
                        | "today"
                        | "later"
                        | "earlier"
                        | "reporters"
                        | "journalists"
                ) || is_weekday(w))
        }
    }
}

fn is_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "told"
            | "asked"
            | "added"
            | "wrote"
            | "replied"
            | "explained"
            | "noted"
            | "stressed"
            | "insisted"
            | "warned"
            | "declared"
            | "tweeted"
            | "posted"
            | "recalled"
            | "argued"
            | "claimed"
            | "answered"
            | "responded"
            | "reported"
            | "shouted"
            | "continued"
    )
}

/// Whether a capitalised word (not the sentence's first) stands right
/// before byte `at`.
fn street_name_before(s: &str, start: usize, at: usize) -> bool {
    let back = s[..at].trim_end();
    if back.len() <= start {
        return false;
    }
    let word = prev_word(s, start, back.len());
    // Only spaces before the word: it starts the sentence (trimmed from the
    // word's side, so a sentence's leading spaces are not rescanned).
    let first = back.len() - word.len() <= start || s[start..back.len() - word.len()].trim_end().is_empty();
    !first && word.chars().next().is_some_and(char::is_uppercase)
}

/// An ellipsis: `...`, `…`, `. . .`, `....`, `. . . .`.
fn ellipsis(s: &str, i: usize, cl: &Cluster, next: &NextWord) -> Option<usize> {
    if next.lowercase || !(next.upper || next.digit || next.opening) {
        return None;
    }
    let b = s.as_bytes();
    let attached = i > 0 && !is_space_before(s, i);
    if cl.spaced {
        if attached && b.get(i + 1) == Some(&b' ') {
            // `word. . . . Next`: the period ends the sentence and the
            // ellipsis opens the next one.
            return Some(i + 1);
        }
        // Detached: three spaced dots are an omission, four end a sentence.
        return if cl.dots >= 4 { Some(cl.end) } else { None };
    }
    Some(cl.end)
}

/// `Tuesday.Mr`, `1,000.That`: a period glued between a word and a
/// capitalised word, outside URLs, e-mail addresses and abbreviations.
fn glued_sentences(s: &str, start: usize, i: usize, rules: &Rules) -> bool {
    let b = s.as_bytes();
    if i == 0 || i + 2 >= b.len() {
        return false;
    }
    let before = b[i - 1];
    if !(before.is_ascii_lowercase() || before.is_ascii_digit()) {
        return false;
    }
    if !(b[i + 1].is_ascii_uppercase() && b[i + 2].is_ascii_lowercase()) {
        return false;
    }
    // The whole token, bounded: no URL or address marks.
    let lo = i.saturating_sub(WINDOW).max(start);
    let hi = (i + WINDOW).min(b.len());
    let mut t0 = i;
    while t0 > lo && !b[t0 - 1].is_ascii_whitespace() {
        t0 -= 1;
    }
    let mut t1 = i;
    while t1 < hi && !b[t1].is_ascii_whitespace() {
        t1 += 1;
    }
    if t0 == lo && lo > start {
        // A token longer than the window: no sentence ends inside it.
        return false;
    }
    let token = &b[t0..t1];
    if token
        .iter()
        .any(|&c| matches!(c, b'@' | b'/' | b':' | b'\\' | b'_' | b'='))
        || token.starts_with(b"www")
    {
        return false;
    }
    // The piece before the period is a real word or a number.
    let mut p0 = i;
    while p0 > t0 && b[p0 - 1] != b'.' {
        p0 -= 1;
    }
    let piece = &s[p0..i];
    if p0 != t0 || piece.len() < 2 {
        // `U.S.Army`, `example.com.Next`: not two sentences.
        return false;
    }
    matches!((rules.abbreviation)(piece), Abbrev::None)
}

/// Whether the sentence so far is a short introductory time phrase:
/// `At 5 a.m.`, `By 6 p.m.`.
fn intro_time_phrase(s: &str, start: usize, i: usize) -> bool {
    if i - start > 40 {
        return false;
    }
    let head = &s[start..i];
    let mut words = head.split_whitespace();
    let first = words
        .next()
        .unwrap_or("")
        .trim_start_matches(['“', '"', '(', '‘', '\'']);
    time_phrase_opener(first) && head.split_whitespace().count() <= 4
}

/// The word that ends just before byte `i` (the period), without leading
/// quotes or brackets; at most [`WINDOW`] bytes.
fn prev_word(s: &str, start: usize, i: usize) -> &str {
    let b = s.as_bytes();
    let lo = i.saturating_sub(WINDOW).max(start);
    let mut k = i.min(b.len());
    while k > lo && !b[k - 1].is_ascii_whitespace() && !(b[k - 1] == 0xA0 && k >= 2 && b[k - 2] == 0xC2) {
        k -= 1;
    }
    while !s.is_char_boundary(k) && k < i {
        k += 1;
    }
    let word = &s[k..i.min(s.len())];
    word.trim_start_matches(['“', '"', '(', '[', '‘', '\'', '«', '—', '–', '-', '/'])
}

/// What follows a terminal cluster.
struct NextWord<'a> {
    /// The word (letters, digits and inner apostrophes or periods).
    word: &'a str,
    /// Starts with a lowercase letter and is not camel-cased (`iPhone`).
    lowercase: bool,
    /// Starts with an uppercase letter (or a letter of a caseless script).
    upper: bool,
    /// Starts with a digit.
    digit: bool,
    /// Opening quotes or brackets stand before the word.
    opening: bool,
    /// A period follows the word directly.
    dotted: bool,
}

fn next_word(s: &str, from: usize, limit: usize) -> NextWord<'_> {
    let hi = ceil_boundary(s, (from + WINDOW).min(limit));
    let mut k = from;
    let mut opening = false;
    let mut chars = s[from..hi].char_indices();
    let mut first = None;
    for (off, ch) in chars.by_ref() {
        if ch.is_whitespace() {
            continue;
        }
        if matches!(
            ch,
            '“' | '"'
                | '‘'
                | '\''
                | '('
                | '['
                | '«'
                | '‹'
                | '¿'
                | '¡'
                | '—'
                | '–'
                | '-'
                | '*'
                | '•'
                | '$'
                | '€'
                | '£'
        ) {
            opening = true;
            continue;
        }
        k = from + off;
        first = Some(ch);
        break;
    }
    let Some(ch) = first else {
        return NextWord {
            word: "",
            lowercase: false,
            upper: false,
            digit: false,
            opening,
            dotted: false,
        };
    };
    let mut end = k;
    for (off, c) in s[k..hi].char_indices() {
        if c.is_alphanumeric() || (off > 0 && matches!(c, '\'' | '’' | '.')) {
            end = k + off + c.len_utf8();
        } else {
            break;
        }
    }
    let dotted = s[k..end].ends_with('.') || s[end..].starts_with('.');
    let word = s[k..end].trim_end_matches(['.', '\'', '’']);
    let camel = word.chars().skip(1).any(char::is_uppercase);
    let lowercase = ch.is_lowercase() && !camel;
    NextWord {
        word,
        lowercase,
        upper: ch.is_alphabetic() && !ch.is_lowercase(),
        digit: ch.is_numeric(),
        opening,
        dotted,
    }
}

/// The first char boundary at or after `k`.
fn ceil_boundary(s: &str, mut k: usize) -> usize {
    while k < s.len() && !s.is_char_boundary(k) {
        k += 1;
    }
    k.min(s.len())
}

fn is_space_at(s: &str, i: usize) -> bool {
    s[i..].chars().next().is_some_and(char::is_whitespace)
}

fn is_space_before(s: &str, i: usize) -> bool {
    s[..i].chars().next_back().is_some_and(char::is_whitespace)
}
