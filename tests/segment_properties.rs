//! Properties of the segmentation on arbitrary Unicode input and on
//! punctuation-heavy article-like input.

use palimpsest::segment::{segment, word_ranges, Segmentation};
use palimpsest::text::{Span, TextIndex};
use proptest::prelude::*;

const FRAGMENTS: &[&str] = &[
    "Mr.",
    "U.S.",
    "a.m.",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "“",
    "”",
    "\"",
    "'",
    "’",
    "...",
    "…",
    ". . .",
    ".",
    "!",
    "?",
    "?!",
    "1.)",
    "2)",
    "3.",
    "•",
    "a.",
    "b.",
    "(",
    ")",
    "[",
    "]",
    "Hello",
    "world",
    "The",
    "Kim",
    "said",
    ",",
    ":",
    "。",
    "！",
    "😀",
    "é",
    "שלום",
    "مرحبا",
    "日本語",
    "—",
    "--",
    "https://x.y/z.html",
    "j.d@x.org",
    "date 2023-09-13 ",
    "(Reuters) -- ",
    "Photo: Agency",
    "SECURITY: ",
    "By Ann Lee",
    "\u{a0}",
    "\u{2028}",
    "\t",
    "3.5",
    "$1.2bn",
    "No.",
    "5",
    "e.g.",
    "Ph.D.",
    "J.",
    "I.",
    "©",
    "\u{0}",
    "\u{feff}",
    "\u{301}",
];

fn article_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..160).prop_map(|v| v.concat())
}

fn arbitrary_unicode() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..300).prop_map(|v| v.into_iter().collect())
}

fn check_span(text: &str, span: &Span) {
    assert!(span.byte_start <= span.byte_end && span.byte_end <= text.len());
    assert!(text.is_char_boundary(span.byte_start), "start {span:?}");
    assert!(text.is_char_boundary(span.byte_end), "end {span:?}");
    assert_eq!(span.start, text[..span.byte_start].encode_utf16().count());
    assert_eq!(span.end, text[..span.byte_end].encode_utf16().count());
    // Both offset pairs describe the same text.
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let from16 = String::from_utf16(&utf16[span.start..span.end]).unwrap();
    assert_eq!(from16, &text[span.bytes()]);
}

fn check(text: &str) {
    let seg: Segmentation = segment(&TextIndex::new(text));
    // Blocks tile the text apart from whitespace.
    let mut pos = 0;
    for b in &seg.blocks {
        check_span(text, &b.span);
        assert!(!b.span.is_empty());
        assert!(b.span.byte_start >= pos, "blocks overlap or go backwards");
        assert!(
            text[pos..b.span.byte_start].trim().is_empty(),
            "non-space text outside blocks"
        );
        assert_eq!(b.text, &text[b.span.bytes()]);
        assert_eq!(b.text.trim(), b.text, "blocks are trimmed");
        pos = b.span.byte_end;
    }
    assert!(text[pos..].trim().is_empty(), "text after the last block");
    // Sentences lie inside their block, in order, without overlap.
    let mut pos = 0;
    for s in &seg.sentences {
        check_span(text, &s.span);
        assert!(!s.span.is_empty());
        let block = &seg.blocks[s.block];
        assert!(block.kind.has_sentences());
        assert!(block.span.byte_start <= s.span.byte_start && s.span.byte_end <= block.span.byte_end);
        assert!(s.span.byte_start >= pos);
        assert_eq!(s.text, &text[s.span.bytes()]);
        pos = s.span.byte_end;
    }
    // Every prose block's non-space text is covered by its sentences.
    for (k, b) in seg.blocks.iter().enumerate() {
        if !b.kind.has_sentences() {
            continue;
        }
        let covered: usize = seg
            .sentences
            .iter()
            .filter(|s| s.block == k)
            .map(|s| text[s.span.bytes()].chars().filter(|c| !c.is_whitespace()).count())
            .sum();
        assert_eq!(covered, b.text.chars().filter(|c| !c.is_whitespace()).count());
    }
    // Words lie on char boundaries, in order.
    let mut pos = 0;
    for w in word_ranges(text, 0..text.len()) {
        assert!(text.is_char_boundary(w.start) && text.is_char_boundary(w.end) && w.start >= pos);
        pos = w.end;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn holds_on_arbitrary_unicode(text in arbitrary_unicode()) {
        check(&text);
    }

    #[test]
    fn holds_on_article_like_text(text in article_like()) {
        check(&text);
    }
}

const WORD_PIECES: &[&str] = &[
    "a",
    "B",
    "z",
    "0",
    "9",
    "_",
    ".",
    ",",
    ";",
    ":",
    "'",
    "\"",
    "-",
    " ",
    "\t",
    "\n",
    "é",
    "’",
    "‘",
    "“",
    "”",
    "—",
    "–",
    "…",
    "\u{301}",
    "\u{200d}",
    "😀",
    "日",
    "\u{ad}",
    "\u{a0}",
    "\u{2028}",
    "\u{1f1e9}",
    "\u{1f1ea}",
    "ש",
    "\"",
    "$",
    "%",
    "@",
    "/",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn fast_words_match_unicode_segmentation(
        parts in prop::collection::vec(prop::sample::select(WORD_PIECES), 0..60),
    ) {
        let text = parts.concat();
        let fast = word_ranges(&text, 0..text.len());
        let reference = palimpsest::segment::words::word_ranges_reference(&text, 0..text.len());
        prop_assert_eq!(palimpsest::segment::word_count(&text), reference.len(), "{:?}", text);
        prop_assert_eq!(fast, reference, "{:?}", text);
    }

    #[test]
    fn fast_words_match_on_long_mixed_text(
        parts in prop::collection::vec(
            prop_oneof![
                3 => Just("The index rose 3.5 percent, the U.S. office said "),
                3 => prop::sample::select(WORD_PIECES),
                1 => prop::sample::select(FRAGMENTS),
            ],
            0..80,
        ),
    ) {
        // Long ASCII stretches between the other pieces: the fast path skips
        // them sixteen bytes a step.
        let text = parts.concat();
        let reference = palimpsest::segment::words::word_ranges_reference(&text, 0..text.len());
        prop_assert_eq!(palimpsest::segment::word_count(&text), reference.len(), "{:?}", text);
        prop_assert_eq!(word_ranges(&text, 0..text.len()), reference, "{:?}", text);
    }

    #[test]
    fn fast_words_match_on_arbitrary_text(text in arbitrary_unicode()) {
        let fast = word_ranges(&text, 0..text.len());
        let reference = palimpsest::segment::words::word_ranges_reference(&text, 0..text.len());
        prop_assert_eq!(palimpsest::segment::word_count(&text), reference.len());
        prop_assert_eq!(fast, reference);
    }
}
