//! The version diff on the seed pair and on the project's own test pairs.

use palimpsest::diff::{rebuild, sentence_text, violations};
use palimpsest::{compare, Analysis, BlockKind, Change, ChangeOp, Comparison, QuoteChangeOp, Tag, TokenOp};
use proptest::prelude::*;

const OLD: &str = include_str!("../examples/000_3d0e1f293caf9599.txt");
const NEW: &str = include_str!("../examples/002_347963c6eb78a301.txt");

fn cmp(old: &str, new: &str) -> Comparison {
    let c = compare(old, new, &Default::default()).unwrap_or_else(|e| panic!("{e}"));
    let problems = violations(&c.old, &c.new, &c.paragraphs, &c.changes, &c.quotes);
    assert!(problems.is_empty(), "invariants: {problems:#?}");
    c
}

/// 1-based line of a byte offset in `text`.
fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

fn block_lines(text: &str, a: &Analysis, blocks: &[usize]) -> Vec<usize> {
    blocks
        .iter()
        .map(|&b| line_of(text, a.blocks[b].span.byte_start))
        .collect()
}

fn is_paragraphish(a: &Analysis, b: usize) -> bool {
    matches!(a.blocks[b].kind, BlockKind::Paragraph | BlockKind::Subheading)
}

fn deleted_text(c: &Change) -> String {
    c.tokens
        .iter()
        .filter(|t| t.op == TokenOp::Delete)
        .map(|t| t.text.as_str())
        .collect::<Vec<_>>()
        .join("|")
}

fn inserted_text(c: &Change) -> String {
    c.tokens
        .iter()
        .filter(|t| t.op == TokenOp::Insert)
        .map(|t| t.text.as_str())
        .collect::<Vec<_>>()
        .join("|")
}

#[test]
fn seed_paragraphs_pair_by_line() {
    let c = cmp(OLD, NEW);
    let expected = [
        (2, 1),
        (3, 2),
        (4, 3),
        (5, 5),
        (6, 7),
        (9, 11),
        (11, 12),
        (12, 13),
        (13, 14),
    ];
    for (ol, nl) in expected {
        let found = c.paragraphs.iter().any(|p| {
            !matches!(p.op, ChangeOp::Insert | ChangeOp::Delete)
                && block_lines(OLD, &c.old, &p.old).contains(&ol)
                && block_lines(NEW, &c.new, &p.new).contains(&nl)
        });
        assert!(found, "old line {ol} should pair with new line {nl}");
    }
    for (ol, nl) in [(12, 13), (13, 14)] {
        let p = c
            .paragraphs
            .iter()
            .find(|p| block_lines(OLD, &c.old, &p.old) == [ol])
            .unwrap_or_else(|| panic!("no change for old line {ol}"));
        assert_eq!(p.op, ChangeOp::Equal, "old line {ol}");
        assert_eq!(block_lines(NEW, &c.new, &p.new), [nl]);
    }
}

#[test]
fn seed_removed_and_added_lines() {
    let c = cmp(OLD, NEW);
    let removed = [7, 8, 10, 14, 15, 16, 17];
    let added = [4, 6, 8, 9, 10, 15, 16, 17, 18];
    let mut deleted_lines: Vec<usize> = c
        .paragraphs
        .iter()
        .filter(|p| p.op == ChangeOp::Delete && is_paragraphish(&c.old, p.old[0]))
        .flat_map(|p| block_lines(OLD, &c.old, &p.old))
        // Line 1 is the metadata + headline line, which the expectations leave out.
        .filter(|&l| l != 1)
        .collect();
    deleted_lines.dedup();
    assert_eq!(deleted_lines, removed);
    let mut inserted_lines: Vec<usize> = c
        .paragraphs
        .iter()
        .filter(|p| p.op == ChangeOp::Insert)
        .flat_map(|p| block_lines(NEW, &c.new, &p.new))
        .collect();
    inserted_lines.sort_unstable();
    inserted_lines.dedup();
    assert_eq!(inserted_lines, added);
}

#[test]
fn seed_removed_sentence_and_paragraph_11() {
    let c = cmp(OLD, NEW);
    let gone = "The US has said Kim and Putin are expected to discuss North Korea providing artillery and rockets to Russia for its war in Ukraine.";
    let del = c
        .changes
        .iter()
        .find(|ch| ch.op == ChangeOp::Delete && c.old.sentences[ch.old[0]].text == gone)
        .unwrap_or_else(|| panic!("the sentence should be deleted"));
    assert!(del.tags.contains(&Tag::Delete));
    // Its two other sentences went on into new paragraph 12: one edited (may → might), one kept.
    let line11: Vec<usize> = (0..c.old.sentences.len())
        .filter(|&i| line_of(OLD, c.old.sentences[i].span.byte_start) == 11)
        .collect();
    assert_eq!(line11.len(), 3);
    for &i in &line11[1..] {
        let ch = c
            .changes
            .iter()
            .find(|ch| ch.old.contains(&i))
            .unwrap_or_else(|| panic!("sentence {i}"));
        assert!(matches!(ch.op, ChangeOp::Equal | ChangeOp::Edit), "{:?}", ch.op);
        assert_eq!(line_of(NEW, c.new.sentences[ch.new[0]].span.byte_start), 12);
    }
}

/// The distinct middle of two phrases, word by word.
fn core<'a>(a: &'a str, b: &'a str) -> (Vec<&'a str>, Vec<&'a str>) {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    let pre = wa.iter().zip(&wb).take_while(|(x, y)| x == y).count();
    let suf = wa[pre..]
        .iter()
        .rev()
        .zip(wb[pre..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    (wa[pre..wa.len() - suf].to_vec(), wb[pre..wb.len() - suf].to_vec())
}

#[test]
fn seed_word_edits_show_as_token_changes() {
    let c = cmp(OLD, NEW);
    let edits = [
        ("Kim Jong Un", "Kim Jong-un", Some(Tag::Style)),
        ("President Vladimir Putin", "Russian President Vladimir Putin", None),
        (
            "may be on Kim’s wish list",
            "might be on Kim’s wish list",
            Some(Tag::Hedge),
        ),
        ("help from Moscow", "assistance from Moscow", Some(Tag::Wording)),
        ("reentry", "re-entry", Some(Tag::Style)),
        ("Putin replied:", "Putin said:", Some(Tag::Attribution)),
        (
            "Shortly before the meeting",
            "Shortly before the summit",
            Some(Tag::Wording),
        ),
        ("Kim may be looking", "Kim might be looking", Some(Tag::Hedge)),
    ];
    for (a, b, tag) in edits {
        let (ca, cb) = core(a, b);
        let hit = c.changes.iter().find(|ch| {
            !ch.tokens.is_empty()
                && sentence_text(&c.old, &ch.old).contains(a)
                && sentence_text(&c.new, &ch.new).contains(b)
                && ca.iter().all(|w| deleted_text(ch).contains(w.trim_end_matches(':')))
                && cb.iter().all(|w| inserted_text(ch).contains(w.trim_end_matches(':')))
        });
        let ch = hit.unwrap_or_else(|| panic!("{a} → {b} should show as token changes"));
        if let Some(tag) = tag {
            assert!(ch.tags.contains(&tag), "{a} → {b}: tags {:?}", ch.tags);
        }
        assert_eq!(rebuild(&ch.tokens, TokenOp::Delete), sentence_text(&c.old, &ch.old));
        assert_eq!(rebuild(&ch.tokens, TokenOp::Insert), sentence_text(&c.new, &ch.new));
    }
}

#[test]
fn seed_style_only_edits() {
    let c = cmp(OLD, NEW);
    let style_only = |old_part: &str| {
        c.changes
            .iter()
            .find(|ch| ch.op == ChangeOp::Edit && sentence_text(&c.old, &ch.old).contains(old_part))
            .map(|ch| ch.tags.clone())
    };
    assert_eq!(style_only("heat from reentry"), Some(vec![Tag::Style]));
    assert_eq!(style_only("Angara rockets — a family"), Some(vec![Tag::Style]));
    assert!(c.stats.style_only >= 2 && c.stats.substantive > c.stats.style_only);
}

#[test]
fn seed_dateline_removal_is_visible() {
    let c = cmp(OLD, NEW);
    // Either the dateline is its own block (deleted) or its words are deleted tokens of the first sentence.
    let as_block = c
        .paragraphs
        .iter()
        .any(|p| p.op == ChangeOp::Delete && c.old.blocks[p.old[0]].text.contains("(Bloomberg) --"));
    let as_tokens = c.changes.iter().any(|ch| deleted_text(ch).contains("(Bloomberg) --"));
    assert!(as_block || as_tokens);
}

fn quote_text(a: &Analysis, i: Option<usize>) -> &str {
    i.map_or("", |i| a.quotes[i].text.as_str())
}

#[test]
fn seed_quote_changes() {
    let c = cmp(OLD, NEW);
    let talk = c
        .quotes
        .iter()
        .find(|q| quote_text(&c.old, q.old).starts_with("We will talk about all issues, without hurry."))
        .unwrap_or_else(|| panic!("the Putin quote should be in the quote diff"));
    assert!(quote_text(&c.new, talk.new).starts_with("We will talk about all issues"));
    let (oq, nq) = (
        &c.old.quotes[talk.old.unwrap_or(0)],
        &c.new.quotes[talk.new.unwrap_or(0)],
    );
    let cue = |q: &palimpsest::Quote| q.cue.as_ref().map(|c| c.text.to_lowercase());
    if cue(oq) != cue(nq) && cue(oq).is_some() && cue(nq).is_some() {
        // With cues found (“replied” → “said”): same words and speaker, new cue.
        assert_eq!(talk.op, QuoteChangeOp::Recued);
        assert!(talk.cue_changed);
    } else {
        assert_eq!(talk.op, QuoteChangeOp::Unchanged);
    }
    for removed in [
        "pariah",
        "traveling across his own country, hat in hand, to beg Kim Jong Un for military assistance",
    ] {
        assert!(
            c.quotes
                .iter()
                .any(|q| q.op == QuoteChangeOp::Removed && quote_text(&c.old, q.old).contains(removed)),
            "{removed} should be removed"
        );
    }
    assert!(c.quotes.iter().any(|q| q.op == QuoteChangeOp::Added
        && quote_text(&c.new, q.new).starts_with("I would like to take this opportunity to reiterate")));
}

#[test]
fn recued_reattributed_and_altered_quotes() {
    let old = "The talks went on.\nPutin replied: “We will talk about all issues.”\n“We will win,” Smith said.\n“The deal is almost done,” Jones said.";
    let new = "The talks went on.\nPutin said: “We will talk about all issues.”\n“We will win,” Brown said.\n“The deal is nearly done,” Jones said.";
    let c = cmp(old, new);
    let op_of = |start: &str| {
        c.quotes
            .iter()
            .find(|q| quote_text(&c.old, q.old).starts_with(start))
            .unwrap_or_else(|| panic!("{start}"))
    };
    assert_eq!(op_of("We will talk").op, QuoteChangeOp::Recued);
    assert_eq!(op_of("We will win").op, QuoteChangeOp::Reattributed);
    let altered = op_of("The deal");
    assert_eq!(altered.op, QuoteChangeOp::Altered);
    assert!(altered.tags.contains(&Tag::Hedge));
    assert_eq!(rebuild(&altered.tokens, TokenOp::Delete), "The deal is almost done,");
    assert_eq!(rebuild(&altered.tokens, TokenOp::Insert), "The deal is nearly done,");
    // The sentence change inside the quote is tagged as touching a quote.
    let ch = c
        .changes
        .iter()
        .find(|ch| ch.op == ChangeOp::Edit && sentence_text(&c.old, &ch.old).contains("almost"));
    assert!(ch.is_some_and(|ch| ch.tags.contains(&Tag::Quote)));
}

const STORY: [&str; 6] = [
    "The city council voted on Tuesday to close the old harbour bridge for repairs. Engineers found cracks in two of its steel supports.",
    "Traffic will move to the ferry line until the work is finished. The mayor said buses would run every ten minutes.",
    "Shop owners near the bridge fear a loss of customers during the summer. Some asked the council for help with rent.",
    "The repairs are expected to cost $4,500,000 and take eight months. Money will come from the regional transport fund.",
    "Opposition members called the plan rushed and asked for a second inspection. The council rejected the motion by 12 votes to 9.",
    "The bridge opened in 1962 and carries about 24,000 vehicles a day. It was last repaired in 1998.",
];

#[test]
fn moved_paragraph_is_a_move_at_both_levels() {
    let old = STORY.join("\n");
    let mut order: Vec<&str> = STORY.to_vec();
    let moved = order.remove(1);
    order.insert(5, moved);
    let new = order.join("\n");
    let c = cmp(&old, &new);
    let moves: Vec<&Change> = c.changes.iter().filter(|ch| ch.op == ChangeOp::Move).collect();
    assert_eq!(moves.len(), 2, "both sentences of the moved paragraph");
    assert!(moves.iter().all(|m| m.similarity == 1.0 && m.tokens.is_empty()));
    assert_eq!(c.stats.moved, 2);
    assert_eq!(c.stats.kept, 10);
    let pmove: Vec<&Change> = c.paragraphs.iter().filter(|p| p.op == ChangeOp::Move).collect();
    assert_eq!(pmove.len(), 1);
    assert_eq!(
        (pmove[0].old.as_slice(), pmove[0].new.as_slice()),
        ([1].as_slice(), [5].as_slice())
    );
    assert_eq!(c.similarity, 1.0);
}

#[test]
fn edited_and_moved_sentence_is_a_move_with_tokens() {
    let old = STORY.join("\n");
    let mut order: Vec<String> = STORY.iter().map(|s| s.to_string()).collect();
    let moved = order.remove(3).replace("eight months", "nine months");
    order.insert(0, moved);
    let c = cmp(&old, &order.join("\n"));
    let m = c
        .changes
        .iter()
        .find(|ch| ch.op == ChangeOp::Move && !ch.tokens.is_empty())
        .unwrap_or_else(|| panic!("an edited move"));
    assert!(m.tags.contains(&Tag::Number), "{:?}", m.tags);
    assert_eq!(deleted_text(m), "eight");
    assert_eq!(inserted_text(m), "nine");
}

#[test]
fn split_and_merge() {
    let old = "Shop owners near the bridge fear a loss of customers during the summer; some asked the council for help with rent.\nThe bridge opened in 1962. It carries about 24,000 vehicles a day.";
    let new = "Shop owners near the bridge fear a loss of customers during the summer. Some asked the council for help with rent.\nThe bridge opened in 1962 and carries about 24,000 vehicles a day.";
    let c = cmp(old, new);
    let split = c
        .changes
        .iter()
        .find(|ch| ch.op == ChangeOp::Split)
        .unwrap_or_else(|| panic!("a split"));
    assert_eq!(
        (split.old.as_slice(), split.new.as_slice()),
        ([0].as_slice(), [0, 1].as_slice())
    );
    assert_eq!(split.tags, [Tag::Style]);
    let merge = c
        .changes
        .iter()
        .find(|ch| ch.op == ChangeOp::Merge)
        .unwrap_or_else(|| panic!("a merge"));
    assert_eq!(
        (merge.old.as_slice(), merge.new.as_slice()),
        ([1, 2].as_slice(), [2].as_slice())
    );
    assert_eq!(
        rebuild(&merge.tokens, TokenOp::Delete),
        "The bridge opened in 1962. It carries about 24,000 vehicles a day."
    );
    assert_eq!((c.stats.split, c.stats.merged), (1, 1));
}

#[test]
fn figures_stay_whole_in_tokens() {
    let old = STORY[3];
    let new = STORY[3].replace("$4,500,000", "$5,100,000");
    let c = cmp(old, &new);
    let ch = c
        .changes
        .iter()
        .find(|ch| ch.op == ChangeOp::Edit)
        .unwrap_or_else(|| panic!("an edit"));
    assert_eq!(
        (deleted_text(ch), inserted_text(ch)),
        ("$4,500,000".to_string(), "$5,100,000".to_string())
    );
    assert_eq!(ch.tags, [Tag::Number]);
}

#[test]
fn teasers_are_aligned_apart_from_the_story() {
    // Mark the last block of each version as a teaser, as the segmenter does for appended teasers.
    let old_text = format!("{}\n{}", STORY[0], STORY[1]);
    let new_text = format!(
        "{}\n{}\nRead more: The council voted on Tuesday to close the old harbour bridge.",
        STORY[0], STORY[1]
    );
    let mut old = palimpsest::analyse(&old_text, &Default::default()).unwrap_or_else(|e| panic!("{e}"));
    let mut new = palimpsest::analyse(&new_text, &Default::default()).unwrap_or_else(|e| panic!("{e}"));
    let last = new.blocks.len() - 1;
    new.blocks[last].kind = BlockKind::Teaser;
    old.blocks[0].kind = BlockKind::Paragraph;
    let a = palimpsest::diff::align(&old, &new);
    assert!(violations(&old, &new, &a.paragraphs, &a.changes, &a.quotes).is_empty());
    // The teaser resembles the story's first sentence but never pairs with it.
    let teaser: Vec<&Change> = a.changes.iter().filter(|c| c.furniture).collect();
    assert_eq!(teaser.len(), 1);
    assert_eq!(teaser[0].op, ChangeOp::Insert);
    assert_eq!(a.stats.furniture, 1);
    assert_eq!((a.stats.kept, a.stats.added), (4, 0));
    assert!(a.paragraphs.iter().any(|p| p.furniture && p.op == ChangeOp::Insert));
}

#[test]
fn edge_inputs_hold_the_invariants() {
    let junk: String = (0..3000u32)
        .map(|i| char::from_u32(0x20 + (i * 7919) % 0x2FF).unwrap_or(' '))
        .collect();
    let cases: Vec<(String, String)> = vec![
        (String::new(), String::new()),
        (String::new(), STORY.join("\n")),
        (STORY.join("\n"), String::new()),
        (STORY.join("\n"), STORY.join("\n")),
        ("“Unclosed quote. And more".into(), "“Unclosed quote. And less".into()),
        (
            "東京で会議が開かれた。参加者は多かった。".into(),
            "東京で会議が開かれました。参加者は少なかった。".into(),
        ),
        (
            "مرحبا بالعالم. 😀 emoji here.".into(),
            "مرحبا بالعالم! 😀 emoji there.".into(),
        ),
        (junk.clone(), junk.chars().rev().collect()),
        ("A.\r\nB.\r\nC.".into(), "A.\r\nC.\r\nB.".into()),
    ];
    for (a, b) in cases {
        cmp(&a, &b);
    }
}

#[test]
fn repetitive_input_stays_fast_and_valid() {
    let para = "The council met again. The council met again. Nothing was decided.\n";
    let old = para.repeat(800);
    let new = para.repeat(790) + &"The council met once more. Something was decided.\n".repeat(20);
    let start = std::time::Instant::now();
    let c = cmp(&old, &new);
    assert!(start.elapsed().as_secs_f64() < 20.0, "took {:?}", start.elapsed());
    assert!(c.stats.kept > 2000);
}

/// A real-looking text from the story sentences, with edits applied.
fn text_from(parts: &[(usize, u8)]) -> String {
    let sentences: Vec<&str> = STORY
        .iter()
        .flat_map(|p| p.split_inclusive(". "))
        .map(str::trim)
        .collect();
    let mut paras: Vec<String> = Vec::new();
    let mut current = String::new();
    for &(k, edit) in parts {
        let s = sentences[k % sentences.len()];
        let s = match edit % 6 {
            0 => s.to_string(),
            1 => s.replacen("the ", "a ", 1),
            2 => s.replacen(' ', " very ", 1),
            3 => s.replace(",", " —"),
            4 => s
                .chars()
                .rev()
                .collect::<String>()
                .split_whitespace()
                .rev()
                .collect::<Vec<_>>()
                .join(" "),
            _ => {
                paras.push(std::mem::take(&mut current));
                s.to_string()
            }
        };
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(&s);
    }
    paras.push(current);
    paras.join("\n")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn random_edits_keep_the_invariants(
        old in proptest::collection::vec((0usize..40, 0u8..6), 0..30),
        new in proptest::collection::vec((0usize..40, 0u8..6), 0..30),
    ) {
        let c = compare(&text_from(&old), &text_from(&new), &Default::default()).unwrap_or_else(|e| panic!("{e}"));
        let problems = violations(&c.old, &c.new, &c.paragraphs, &c.changes, &c.quotes);
        prop_assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn tokens_rebuild_any_text(a in "\\PC{0,60}", b in "\\PC{0,60}") {
        prop_assert_eq!(palimpsest::diff::tokenize(&a).concat(), a.clone());
        let t = palimpsest::diff::token_diff(&a, &b);
        prop_assert_eq!(rebuild(&t, TokenOp::Delete), a);
        prop_assert_eq!(rebuild(&t, TokenOp::Insert), b);
    }

    #[test]
    fn shuffled_and_edited_versions_keep_the_invariants(
        base in proptest::collection::vec((0usize..40, 0u8..6), 1..30),
        ops in proptest::collection::vec((0usize..30, 0usize..30, 0u8..4), 0..8),
    ) {
        let mut new = base.clone();
        for (a, b, kind) in ops {
            let (a, b) = (a % new.len().max(1), b % new.len().max(1));
            match kind {
                0 if !new.is_empty() => { let x = new.remove(a); new.insert(b.min(new.len()), x); }
                1 if !new.is_empty() => { new.remove(a); }
                2 => new.insert(a.min(new.len()), (b, 0)),
                _ if !new.is_empty() => new[a].1 = (new[a].1 + 1) % 6,
                _ => {}
            }
        }
        let c = compare(&text_from(&base), &text_from(&new), &Default::default()).unwrap_or_else(|e| panic!("{e}"));
        let problems = violations(&c.old, &c.new, &c.paragraphs, &c.changes, &c.quotes);
        prop_assert!(problems.is_empty(), "{problems:#?}");
    }
}
