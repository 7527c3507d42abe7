//! Segmentation on the seed articles and on sentences written for the
//! project, one test per phenomenon.

use palimpsest::segment::{segment, BlockKind, Segmentation};
use palimpsest::text::TextIndex;

fn seg(text: &str) -> Segmentation {
    segment(&TextIndex::new(text))
}

fn sentences(text: &str) -> Vec<String> {
    seg(text).sentences.into_iter().map(|s| s.text).collect()
}

fn example(name: &str) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let path = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(name))
        .unwrap();
    std::fs::read_to_string(path).unwrap()
}

/// Block kinds per 1-based line of the text.
fn kinds_by_line(text: &str) -> Vec<(usize, Vec<BlockKind>)> {
    let s = seg(text);
    let mut out: Vec<(usize, Vec<BlockKind>)> = Vec::new();
    for b in &s.blocks {
        let line = text[..b.span.byte_start].matches('\n').count() + 1;
        match out.last_mut() {
            Some((l, kinds)) if *l == line => kinds.push(b.kind),
            _ => out.push((line, vec![b.kind])),
        }
    }
    out
}

fn assert_sentences(text: &str, expected: &[&str]) {
    assert_eq!(sentences(text), expected, "in {text:?}");
}

#[test]
fn seed_000_structure_and_metadata() {
    use BlockKind::*;
    let text = example("000");
    let got = kinds_by_line(&text);
    assert_eq!(got[0], (1, vec![Metadata, Headline]));
    assert_eq!(got[1], (2, vec![Dateline, Paragraph]));
    for (line, kinds) in &got[2..] {
        let want = if *line == 8 { Subheading } else { Paragraph };
        assert_eq!(kinds, &vec![want], "line {line}");
    }
    assert_eq!(got.len(), 17);
    let s = seg(&text);
    assert_eq!(s.metadata.date.as_deref(), Some("2023-09-13"));
    assert_eq!(
        s.metadata.headline.as_deref(),
        Some("Kim, Putin Meet At Russian Space Center For Possible Arms Deal")
    );
    assert_eq!(s.metadata.source.as_deref(), Some("Bloomberg"));
    assert_eq!(s.blocks[2].text, "(Bloomberg) --");
    assert!(s.blocks[3].text.starts_with("North Korean leader"));
}

#[test]
fn seed_000_sentence_counts() {
    let text = example("000");
    let s = seg(&text);
    let count = |line: usize| {
        s.sentences
            .iter()
            .filter(|x| text[..x.span.byte_start].matches('\n').count() + 1 == line)
            .count()
    };
    assert_eq!(count(2), 1);
    assert_eq!(count(3), 2);
    assert_eq!(
        count(6),
        1,
        "a quote closed by a comma and its attribution stay one sentence"
    );
    assert_eq!(count(11), 3);
    assert_eq!(count(16), 2);
    // Metadata fields and datelines carry no sentences.
    assert!(s.sentences.iter().all(|x| s.blocks[x.block].kind.has_sentences()));
}

#[test]
fn seed_002_credit_and_teasers() {
    use BlockKind::*;
    let text = example("002");
    let got = kinds_by_line(&text);
    assert_eq!(got.len(), 18);
    for (line, kinds) in &got {
        let want = match line {
            4 => Credit,
            15..=18 => Teaser,
            _ => Paragraph,
        };
        assert_eq!(kinds, &vec![want], "line {line}");
    }
}

#[test]
fn teasers_need_a_story_and_an_unrelated_cut_off_tail() {
    let story = "The harbour board approved the new ferry terminal on Tuesday after a long debate.\n\
        Board members said the terminal would double ferry capacity and cut queues at the harbour.\n\
        Construction of the terminal starts in spring, the harbour board said, and ferry services continue.\n\
        Residents near the harbour worried about noise, but the board promised quiet ferry engines.\n";
    let tail = "WEATHER: Heavy snow closed mountain passes across the northern provinces, stranding skiers and";
    let text = format!("{story}{tail}");
    let s = seg(&text);
    assert_eq!(s.blocks.last().unwrap().kind, BlockKind::Teaser);
    assert_eq!(s.blocks.iter().filter(|b| b.kind == BlockKind::Teaser).count(), 1);
    // A truncated last paragraph about the same story stays a paragraph.
    let cut = "Board members said the harbour terminal and the ferry engines would be ready next";
    let text = format!("{story}{cut}");
    assert_eq!(seg(&text).blocks.last().unwrap().kind, BlockKind::Paragraph);
    // A story block far longer than the vocabulary window (its end is read).
    let long = "The harbour board discussed ferry timetables again. ".repeat(4_000);
    let text = format!("{story}{long}\n{tail}");
    assert_eq!(seg(&text).blocks.last().unwrap().kind, BlockKind::Teaser);
    let text = format!("{story}{long}\n{cut}");
    assert_eq!(seg(&text).blocks.last().unwrap().kind, BlockKind::Paragraph);
}

#[test]
fn bylines_credits_captions_boilerplate_datelines() {
    use BlockKind::*;
    let text = "Bridge Reopens After Repairs\n\
        By Maria Lopez and Tom Reed\n\
        LISBON, Portugal (Reuters) — The old bridge reopened on Monday after two years of repairs.\n\
        Engineers replaced every cable, the city said in a statement on Sunday evening.\n\
        Cars cross the bridge on Monday. Photo: Ana Silva / Agency\n\
        Traffic is expected to return to normal levels within a week, officials said.\n\
        Reporting by Maria Lopez; Editing by Tom Reed\n\
        © 2024 Example News. All rights reserved.";
    let s = seg(text);
    let kinds: Vec<BlockKind> = s.blocks.iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        [
            Headline,
            Byline,
            Dateline,
            Paragraph,
            Paragraph,
            Caption,
            Credit,
            Paragraph,
            Byline,
            Boilerplate
        ]
    );
    assert_eq!(s.metadata.source.as_deref(), Some("Reuters"));
    assert_eq!(s.metadata.headline.as_deref(), Some("Bridge Reopens After Repairs"));
    assert_eq!(s.blocks[6].text, "Photo: Ana Silva / Agency");
}

#[test]
fn metadata_fields_and_date_lines() {
    let text = "Title: Rivers Rise\nPublished: March 4, 2021 10:15 AM\nRivers rose across the valley on Thursday.";
    let s = seg(text);
    assert_eq!(s.blocks[0].kind, BlockKind::Metadata);
    assert_eq!(s.blocks[1].kind, BlockKind::Metadata);
    assert_eq!(s.metadata.headline.as_deref(), Some("Rivers Rise"));
    assert_eq!(s.metadata.date.as_deref(), Some("March 4, 2021 10:15 AM"));
    assert_eq!(s.blocks[2].kind, BlockKind::Paragraph);
}

#[test]
fn abbreviations_and_initials() {
    assert_sentences(
        "Dr. Alvarez met Gov. Ortiz in St. Louis on Friday.",
        &["Dr. Alvarez met Gov. Ortiz in St. Louis on Friday."],
    );
    assert_sentences(
        "The firm moved to the U.S. It grew fast.",
        &["The firm moved to the U.S.", "It grew fast."],
    );
    assert_sentences("The U.S. Senate voted late.", &["The U.S. Senate voted late."]);
    assert_sentences("He earned a Ph.D. in chemistry.", &["He earned a Ph.D. in chemistry."]);
    assert_sentences("Ticket No. 7 won the draw.", &["Ticket No. 7 won the draw."]);
    assert_sentences(
        "Samuel Reyes Jr. joined the board.",
        &["Samuel Reyes Jr. joined the board."],
    );
    assert_sentences(
        "The author J. K. Rowan spoke first.",
        &["The author J. K. Rowan spoke first."],
    );
    assert_sentences(
        "They sold it to Acme Inc. at a loss.",
        &["They sold it to Acme Inc. at a loss."],
    );
    assert_sentences(
        "They sold it to Acme Inc. The price was low.",
        &["They sold it to Acme Inc.", "The price was low."],
    );
    assert_sentences(
        "Use fruit, e.g. Apples from the valley.",
        &["Use fruit, e.g. Apples from the valley."],
    );
    assert_sentences("Read it on p. 12 tonight.", &["Read it on p. 12 tonight."]);
    assert_sentences(
        "The winner was you and I. Nobody else came.",
        &["The winner was you and I.", "Nobody else came."],
    );
    assert_sentences(
        "Talks began on Sept. 13 in Geneva.",
        &["Talks began on Sept. 13 in Geneva."],
    );
}

#[test]
fn clock_times() {
    assert_sentences(
        "The polls open at 7 a.m. Tuesday.",
        &["The polls open at 7 a.m. Tuesday."],
    );
    assert_sentences(
        "The vote closes at 8 p.m. Officials will count overnight.",
        &["The vote closes at 8 p.m.", "Officials will count overnight."],
    );
    assert_sentences(
        "By 9 a.m. Ms. Ortiz had left. She returned at 4 P.M. Nobody saw her.",
        &[
            "By 9 a.m. Ms. Ortiz had left.",
            "She returned at 4 P.M.",
            "Nobody saw her.",
        ],
    );
}

#[test]
fn numbers_and_money() {
    assert_sentences(
        "Revenue rose 3.5% to $1.2bn. Costs fell.",
        &["Revenue rose 3.5% to $1.2bn.", "Costs fell."],
    );
    assert_sentences("It paid $4.75 a share in 2023.", &["It paid $4.75 a share in 2023."]);
    assert_sentences(
        "They counted 2,500.Then they stopped.",
        &["They counted 2,500.", "Then they stopped."],
    );
    assert_sentences("Sales grew.Profits fell.", &["Sales grew.", "Profits fell."]);
}

#[test]
fn ellipses() {
    assert_sentences("He paused... Then he left.", &["He paused...", "Then he left."]);
    assert_sentences("He paused… Then he left.", &["He paused…", "Then he left."]);
    assert_sentences("We waited . . . and waited.", &["We waited . . . and waited."]);
    assert_sentences("We waited . . . Nobody came.", &["We waited . . . Nobody came."]);
    assert_sentences("The law [...] applies to all.", &["The law [...] applies to all."]);
    assert_sentences(
        "It ended there.... Nobody knew.",
        &["It ended there....", "Nobody knew."],
    );
}

#[test]
fn quotations() {
    assert_sentences(
        "“We are ready. The talks can start,” the minister said on Monday.",
        &["“We are ready. The talks can start,” the minister said on Monday."],
    );
    assert_sentences(
        "“We are ready. The talks can start,” Tass reported.",
        &["“We are ready. The talks can start,” Tass reported."],
    );
    assert_sentences(
        "“We are ready,” she said. “The talks can start.”",
        &["“We are ready,” she said.", "“The talks can start.”"],
    );
    assert_sentences("“Is it over?” he asked.", &["“Is it over?” he asked."]);
    assert_sentences("“It is over!” He left.", &["“It is over!”", "He left."]);
    assert_sentences("“It is over.” Ortiz said.", &["“It is over.” Ortiz said."]);
    assert_sentences(
        "“It is over.” said Ortiz on Monday.",
        &["“It is over.” said Ortiz on Monday."],
    );
    assert_sentences(
        "“It is over.” The minister told reporters on Monday.",
        &["“It is over.” The minister told reporters on Monday."],
    );
    assert_sentences(
        "“It is over.” Ortiz said the talks would go on.",
        &["“It is over.”", "Ortiz said the talks would go on."],
    );
    assert_sentences(
        "He said: \"Go now.\" They went.",
        &["He said: \"Go now.\"", "They went."],
    );
    assert_sentences(
        "He called it 'absurd.' she said.",
        &["He called it 'absurd.' she said."],
    );
}

#[test]
fn apostrophes_are_not_quotes() {
    assert_sentences(
        "The ministers’ plan failed. Officials’ hopes faded.",
        &["The ministers’ plan failed.", "Officials’ hopes faded."],
    );
    assert_sentences(
        "It's the firm's best year. Rivals doubt it.",
        &["It's the firm's best year.", "Rivals doubt it."],
    );
    assert_sentences("That is Reyes Jr.’s car.", &["That is Reyes Jr.’s car."]);
}

#[test]
fn parentheses() {
    assert_sentences(
        "The index (it fell on Monday. It recovered later) closed higher.",
        &["The index (it fell on Monday. It recovered later) closed higher."],
    );
    assert_sentences(
        "The index closed higher. (It had fallen earlier.) Traders cheered.",
        &[
            "The index closed higher.",
            "(It had fallen earlier.)",
            "Traders cheered.",
        ],
    );
}

#[test]
fn lists() {
    assert_sentences("1) Raise rates 2) Cut spending", &["1) Raise rates", "2) Cut spending"]);
    assert_sentences("a. Lower taxes b. Fewer rules", &["a. Lower taxes", "b. Fewer rules"]);
    assert_sentences(
        "1. Raise rates. 2. Cut spending.",
        &["1. Raise rates.", "2. Cut spending."],
    );
    assert_sentences("• Raise rates • Cut spending", &["• Raise rates", "• Cut spending"]);
}

#[test]
fn urls_and_emails() {
    assert_sentences(
        "Details are at https://example.org/a.b/report.pdf. Write to press.Office@example.org for copies.",
        &[
            "Details are at https://example.org/a.b/report.pdf.",
            "Write to press.Office@example.org for copies.",
        ],
    );
    assert_sentences(
        "Visit www.example.com. It is free.",
        &["Visit www.example.com.", "It is free."],
    );
}

#[test]
fn dashes_and_exclamations() {
    assert_sentences(
        "The rocket — a new design — failed. Engineers are checking.",
        &["The rocket — a new design — failed.", "Engineers are checking."],
    );
    assert_sentences("He works at Yahoo! in sales.", &["He works at Yahoo! in sales."]);
    assert_sentences("Really?! Yes.", &["Really?!", "Yes."]);
}

#[test]
fn wrapped_lines_join_and_short_lines_stay() {
    assert_sentences(
        "The storm hit the \ncoast at night.",
        &["The storm hit the \ncoast at night."],
    );
    assert_sentences(
        "menu\nopening hours\nprices, offers",
        &["menu", "opening hours", "prices, offers"],
    );
}

#[test]
fn cjk_terminals() {
    assert_sentences("我们走吧。他说好！真的吗？", &["我们走吧。", "他说好！", "真的吗？"]);
    let cjk = palimpsest::segment::Rules::cjk();
    let t = "東京は晴れ。大阪は雨。Version 2.5 ships.";
    let got = palimpsest::segment::sentences::split(t, 0..t.len(), &cjk);
    let got: Vec<&str> = got.into_iter().map(|r| &t[r]).collect();
    assert_eq!(got, ["東京は晴れ。", "大阪は雨。", "Version 2.5 ships."]);
}

#[test]
fn crlf_and_lone_cr_keep_offsets() {
    let text = "Héllo there.\r\nSecond 😀 line here.\rThird line.";
    let s = seg(text);
    assert_eq!(s.blocks.len(), 3);
    for b in &s.blocks {
        assert_eq!(&text[b.span.bytes()], b.text);
        assert_eq!(b.span.start, text[..b.span.byte_start].encode_utf16().count());
        assert_eq!(b.span.end, text[..b.span.byte_end].encode_utf16().count());
    }
    assert_eq!(s.blocks[2].text, "Third line.");
    assert_eq!(s.sentences.len(), 3);
}

#[test]
fn words_follow_uax29() {
    let text = "Kim’s 3.5% U.S. re-entry";
    let w: Vec<&str> = palimpsest::segment::word_ranges(text, 0..text.len())
        .into_iter()
        .map(|r| &text[r])
        .collect();
    assert_eq!(w, ["Kim’s", "3.5", "U.S", "re", "entry"]);
    assert_eq!(palimpsest::segment::word_count(text), 5);
}

#[test]
fn ten_megabyte_single_line() {
    let line = "The index rose 3.5% on Monday, said Dr. Reyes of the U.S. office ".repeat(160_000);
    assert!(line.len() >= 10_000_000);
    let s = seg(&line);
    assert_eq!(s.blocks.len(), 1);
    assert_eq!(s.sentences.len(), 1);
    let t = format!("{}\r\n", "Prices rose. ".repeat(800_000));
    let s = seg(&t);
    assert_eq!(s.sentences.len(), 800_000);
    assert_eq!(s.sentences.last().unwrap().text, "Prices rose.");
    assert_eq!(s.sentences.last().unwrap().span.byte_end, t.len() - 3);
}

#[test]
fn hostile_inputs_finish() {
    let long_line = "Word. ".repeat(200_000);
    let s = seg(&long_line);
    assert_eq!(s.sentences.len(), 200_000);
    let no_space = "a.".repeat(300_000);
    assert!(!seg(&no_space).blocks.is_empty());
    let lines = "word\n".repeat(100_000);
    assert_eq!(seg(&lines).blocks.len(), 100_000);
    let junk: String = (0..200_000u32)
        .map(|i| char::from_u32((i * 7919) % 0x2FFF).unwrap_or('.'))
        .collect();
    let s = seg(&junk);
    for x in &s.sentences {
        assert_eq!(&junk[x.span.bytes()], x.text);
    }
    let quotes = "“a. B. ".repeat(50_000);
    assert!(!seg(&quotes).sentences.is_empty());
    let marks = "! ? . … ".repeat(50_000);
    seg(&marks);
    let rtl = "قال الرئيس. ذهب الوزير! שלום. עולם?";
    assert_eq!(seg(rtl).sentences.len(), 4);
}

#[test]
fn news_style_abbreviations() {
    assert_sentences(
        "He grew up in Washington, D.C. He moved to Ohio in 1990.",
        &["He grew up in Washington, D.C.", "He moved to Ohio in 1990."],
    );
    assert_sentences(
        "The firm, based in St. Paul, Minn., said profits rose.",
        &["The firm, based in St. Paul, Minn., said profits rose."],
    );
    assert_sentences(
        "Sen. Ann Ortiz (D-Mass.) said Tuesday the bill would pass.",
        &["Sen. Ann Ortiz (D-Mass.) said Tuesday the bill would pass."],
    );
    assert_sentences(
        "The U.N. Security Council met on Friday.",
        &["The U.N. Security Council met on Friday."],
    );
    assert_sentences(
        "The session ended at 10 a.m. The next one starts at noon.",
        &["The session ended at 10 a.m.", "The next one starts at noon."],
    );
    assert_sentences(
        "The ‘Big Three’ met in Paris. They agreed on nothing.",
        &["The ‘Big Three’ met in Paris.", "They agreed on nothing."],
    );
    assert_sentences("Why? Because it matters.", &["Why?", "Because it matters."]);
    assert_sentences(
        "Shares of Acme Corp. rose 2.4% to $31.50. iPhone sales fell.",
        &["Shares of Acme Corp. rose 2.4% to $31.50.", "iPhone sales fell."],
    );
}

#[test]
fn lookup_by_offset() {
    let text = "Title Line Here\nFirst one. Second one.\nThird one.";
    let s = seg(text);
    let at = |needle: &str| text.find(needle).unwrap();
    assert_eq!(
        s.sentence_at(at("Second")).map(|k| s.sentences[k].text.as_str()),
        Some("Second one.")
    );
    assert_eq!(
        s.sentence_at(at("one. Second")).map(|k| s.sentences[k].text.as_str()),
        Some("First one.")
    );
    assert_eq!(
        s.block_at(at("Third")).map(|k| s.blocks[k].text.as_str()),
        Some("Third one.")
    );
    assert_eq!(s.sentence_at(text.len()), None);
}

#[test]
fn headlines_with_a_final_period() {
    let body = "The city council voted on Tuesday to close the old harbour bridge to cars for two years while \
        engineers replace its cables, a decision that angered commuters.";
    let text = format!("Council Closes Harbour Bridge For Repairs.\n\n{body}");
    let s = seg(&text);
    assert_eq!(s.blocks[0].kind, BlockKind::Headline);
    assert_eq!(
        s.metadata.headline.as_deref(),
        Some("Council Closes Harbour Bridge For Repairs.")
    );
    let text = format!("Harbour bridge to close for repairs.\n\n{body}");
    assert_eq!(seg(&text).blocks[0].kind, BlockKind::Headline);
    // A short first paragraph of two sentences is not a headline.
    let text = format!("The bridge closes. Drivers are angry.\n\n{body}");
    assert_eq!(seg(&text).blocks[0].kind, BlockKind::Paragraph);
    let text = format!("OSLO ― {body}");
    assert_eq!(seg(&text).blocks[0].kind, BlockKind::Dateline);
}

#[test]
fn a_dash_signature_after_a_quote_stays_with_it() {
    assert_sentences(
        "“The bridge has to reopen. We lose customers every day.” ― Maria T. Ortega\n",
        &[
            "“The bridge has to reopen.",
            "We lose customers every day.” ― Maria T. Ortega",
        ],
    );
    // Signed quotes on consecutive lines: each keeps its own signature.
    assert_sentences(
        "“Fine by me.” ― Ann Lee\n“Not by me.” ― Bo Chan",
        &["“Fine by me.” ― Ann Lee", "“Not by me.” ― Bo Chan"],
    );
}
