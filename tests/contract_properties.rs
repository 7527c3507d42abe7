//! Property tests of the JSON contract (issue 2) over the public API.
//!
//! Texts are generated from pieces that stress segmentation, quotes and offsets
//! (every kind of quote mark, line break, abbreviations, digits, dashes,
//! ellipses, CJK, RTL with bidi controls, emoji ZWJ sequences, control
//! characters) mixed with arbitrary Unicode strings. Every result goes through
//! `serde_json::to_value` and the shared checker in `tests/common/mod.rs`:
//! spans on char boundaries, UTF-16 offsets equal to `encode_utf16` counts of
//! the prefix, blocks and sentences in order and inside the text, sentences
//! inside their block, excerpt texts equal to the slices they cover, quote spans
//! inside the text, every sentence and quote in exactly one change, and tokens
//! that rebuild both sides of every edit.

mod common;

use common::{check_analysis, check_comparison, Oracle};
use proptest::prelude::*;

/// Pieces of news-like and hostile text.
const PIECES: &[&str] = &[
    // words, names and cue verbs
    "The",
    "minister",
    "said",
    "told",
    "reporters",
    "added",
    "according to",
    "Vladimir Putin",
    "he",
    "she",
    "Ms. Lee",
    "Mr. O’Neil",
    "talks",
    "would",
    "may",
    "might",
    "on Tuesday",
    "the",
    "a",
    "of",
    // abbreviations and initials
    "Mr.",
    "Mrs.",
    "Dr.",
    "St.",
    "U.S.",
    "U.K.",
    "e.g.",
    "i.e.",
    "No.",
    "Inc.",
    "J. R. R.",
    "a.m.",
    "p.m.",
    "etc.",
    // digits and figures
    "3.5",
    "1,000",
    "2024",
    "$4.2 billion",
    "12%",
    "07:35",
    "1.",
    "2)",
    "½",
    // terminal and inner punctuation
    ".",
    "!",
    "?",
    ",",
    ";",
    ":",
    "?!",
    "...",
    "…",
    " — ",
    "—",
    "–",
    "-",
    "(",
    ")",
    "[",
    "]",
    // quote marks of many languages
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "«",
    "»",
    "„",
    "‚",
    "‹",
    "›",
    "「",
    "」",
    "“We will talk about all issues,” ",
    "he said. “",
    ".”",
    ",”",
    "?”",
    "’”",
    // whitespace and line breaks
    " ",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\r",
    "\u{a0}",
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "\u{b}",
    "\u{c}",
    // CJK, RTL with bidi controls, combining marks, astral
    "日本語の文。",
    "北京说，",
    "“你好。”",
    "한국어 문장.",
    "مرحبا بالعالم.",
    "שלום עולם.",
    "\u{202B}قال\u{202C}",
    "\u{202E}",
    "\u{2067}",
    "\u{2069}",
    "\u{200F}",
    "\u{200E}",
    "e\u{301}",
    "𝕏",
    "\u{fe0f}",
    // emoji ZWJ sequences
    "👩‍👩‍👧‍👦",
    "🏳️‍🌈",
    "👍🏽",
    "🇺🇦",
    "\u{200d}",
    // control and invisible characters
    "\0",
    "\u{1}",
    "\u{7f}",
    "\u{feff}",
    "\u{200b}",
    "\u{fffd}",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<String>().prop_map(|s| s.chars().take(12).collect()),
        1 => "[A-Za-z]{1,8}",
    ]
}

/// Texts made of pieces joined by nothing or a space.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), any::<bool>()), 0..80).prop_map(|ps| {
        let mut s = String::new();
        for (p, space) in ps {
            s.push_str(&p);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

/// A text and an edited copy: pieces deleted, inserted, replaced and swapped,
/// or (sometimes) an unrelated text.
fn pair() -> impl Strategy<Value = (String, String)> {
    let pieces = prop::collection::vec(piece(), 0..80);
    let edits = prop::collection::vec((0usize..4, any::<prop::sample::Index>(), piece()), 0..8);
    (pieces, edits, text(), 0u8..10).prop_map(|(old, edits, unrelated, mode)| {
        let old_text = old.join(" ");
        if mode == 0 {
            return (old_text, unrelated);
        }
        let mut new = old.clone();
        for (kind, at, p) in edits {
            let len = new.len();
            match kind {
                0 if len > 0 => {
                    new.remove(at.index(len));
                }
                1 => new.insert(at.index(len + 1), p),
                2 if len > 0 => new[at.index(len)] = p,
                3 if len > 1 => {
                    let i = at.index(len - 1);
                    new.swap(i, i + 1);
                }
                _ => {}
            }
        }
        (old_text, new.join(" "))
    })
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        max_shrink_iters: 2000,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(512))]

    /// Every analysis of piece-built text honours the contract.
    #[test]
    fn analysis_honours_the_contract(text in text(), words in any::<bool>()) {
        let a = palimpsest::analyse(&text, &palimpsest::Options { words })
            .map_err(|e| TestCaseError::fail(format!("analyse failed: {e}")))?;
        check_analysis(&text, &a).map_err(TestCaseError::fail)?;
    }

    /// The same for arbitrary Unicode strings.
    #[test]
    fn analysis_of_any_string_honours_the_contract(text in any::<String>()) {
        let a = palimpsest::analyse(&text, &palimpsest::Options { words: true })
            .map_err(|e| TestCaseError::fail(format!("analyse failed: {e}")))?;
        check_analysis(&text, &a).map_err(TestCaseError::fail)?;
    }
}

proptest! {
    #![proptest_config(config(384))]

    /// Every comparison of a text and an edited copy honours the contract.
    #[test]
    fn comparison_honours_the_contract((old, new) in pair()) {
        let c = palimpsest::compare(&old, &new, &palimpsest::Options::default())
            .map_err(|e| TestCaseError::fail(format!("compare failed: {e}")))?;
        check_comparison(&old, &new, &c).map_err(TestCaseError::fail)?;
    }

    /// Comparing a text with itself keeps every sentence as `equal`.
    #[test]
    fn comparison_with_itself_is_all_equal(text in text()) {
        let c = palimpsest::compare(&text, &text, &palimpsest::Options::default())
            .map_err(|e| TestCaseError::fail(format!("compare failed: {e}")))?;
        check_comparison(&text, &text, &c).map_err(TestCaseError::fail)?;
        for ch in &c.changes {
            prop_assert_eq!(ch.op, palimpsest::ChangeOp::Equal, "change {:?}", ch);
            prop_assert_eq!(&ch.old, &ch.new);
        }
    }
}

proptest! {
    #![proptest_config(config(256))]

    /// The oracle itself: agrees with `encode_utf16` of every prefix.
    #[test]
    fn oracle_matches_encode_utf16(text in text()) {
        let oracle = Oracle::new(&text);
        for b in 0..=text.len() {
            let want = text.is_char_boundary(b).then(|| text[..b].encode_utf16().count());
            prop_assert_eq!(oracle.utf16(b), want, "at byte {}", b);
        }
    }
}

/// The checker rejects broken results, so the properties above can fail.
#[test]
fn checker_rejects_broken_spans_and_texts() {
    let text = "A “quote,” he said.\r\n日本語の文。 Second 👩‍👩‍👧‍👦 one.";
    let good = palimpsest::analyse(text, &palimpsest::Options::default()).expect("analyse");
    check_analysis(text, &good).expect("the real result is valid");
    assert!(!good.sentences.is_empty(), "the text has sentences");

    let mut bad = good.clone();
    bad.sentences[0].span.end += 1;
    assert!(check_analysis(text, &bad).is_err(), "UTF-16 end off by one is caught");

    let mut bad = good.clone();
    let last = bad.sentences.len() - 1;
    bad.sentences[last].span.byte_start += 1; // inside a multi-byte character or off the text
    bad.sentences[last].span.start += 1;
    assert!(check_analysis(text, &bad).is_err(), "a shifted span is caught");

    let mut bad = good.clone();
    bad.sentences.reverse();
    if bad.sentences.len() > 1 {
        assert!(check_analysis(text, &bad).is_err(), "sentences out of order are caught");
    }

    let mut bad = good.clone();
    bad.blocks[0].text.push('x');
    assert!(
        check_analysis(text, &bad).is_err(),
        "a block text that is not its slice is caught"
    );

    let old = "One sentence here. Another one there.";
    let new = "One sentence here. Another one somewhere.";
    let c = palimpsest::compare(old, new, &Default::default()).expect("compare");
    check_comparison(old, new, &c).expect("the real comparison is valid");
    let mut bad = c.clone();
    bad.changes.pop();
    assert!(
        check_comparison(old, new, &bad).is_err(),
        "a sentence in no change is caught"
    );
    let mut bad = c.clone();
    if let Some(edit) = bad.changes.iter_mut().find(|ch| !ch.tokens.is_empty()) {
        edit.tokens[0].text.push('!');
        assert!(
            check_comparison(old, new, &bad).is_err(),
            "tokens that do not rebuild are caught"
        );
    }
}

/// The seed pair from `examples/` honours the contract in both directions.
#[test]
fn seed_pair_honours_the_contract() {
    let mut files: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"))
        .expect("examples/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 2, "the seed pair is in examples/");
    let old = std::fs::read_to_string(&files[0]).expect("read old");
    let new = std::fs::read_to_string(&files[1]).expect("read new");
    let c = common::assert_comparison(&old, &new);
    assert!(!c.old.sentences.is_empty() && !c.new.sentences.is_empty());
    common::assert_comparison(&new, &old);
    // The same texts with CRLF and CR line endings: offsets must stay right.
    for eol in ["\r\n", "\r"] {
        let (o, n) = (old.replace('\n', eol), new.replace('\n', eol));
        common::assert_comparison(&o, &n);
    }
}
