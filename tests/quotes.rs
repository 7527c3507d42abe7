//! Quote extraction and attribution on the project's own sentences and on the
//! seed articles in examples/.

use palimpsest::{analyse, Analysis, Quote, QuoteKind};

fn run(text: &str) -> Analysis {
    analyse(text, &Default::default()).expect("analysis")
}

/// The one quote of `text` (fails when there are none or several).
fn single(text: &str) -> Quote {
    let mut quotes = run(text).quotes;
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
    quotes.remove(0)
}

fn speaker(q: &Quote) -> &str {
    q.speaker.as_ref().map_or("", |s| s.name.as_str())
}

fn mention(q: &Quote) -> &str {
    q.speaker
        .as_ref()
        .and_then(|s| s.mention.as_ref())
        .map_or("", |m| m.text.as_str())
}

fn cue(q: &Quote) -> &str {
    q.cue.as_ref().map_or("", |c| c.text.as_str())
}

fn find<'a>(a: &'a Analysis, needle: &str) -> &'a Quote {
    a.quotes
        .iter()
        .find(|q| q.text.contains(needle))
        .unwrap_or_else(|| panic!("no quote containing {needle:?} in {:#?}", a.quotes))
}

fn span_texts<'a>(text: &'a str, q: &Quote) -> Vec<&'a str> {
    q.spans.iter().map(|s| &text[s.bytes()]).collect()
}

#[test]
fn direct_quote_with_cue_after() {
    let t = "“The bridge will reopen in May,” Mayor Ana Ruiz said on Tuesday.";
    let a = run(t);
    assert_eq!(a.quotes.len(), 1);
    let q = &a.quotes[0];
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(q.text, "The bridge will reopen in May,");
    assert_eq!(cue(q), "said");
    assert_eq!(speaker(q), "Ana Ruiz");
    assert_eq!(mention(q), "Mayor Ana Ruiz");
    assert!(q.closed);
}

#[test]
fn quote_split_around_its_cue_is_one_quote() {
    let t = "“We have waited long enough,” she said, “and the council must act now.”";
    let q = &single(t);
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(
        span_texts(t, q),
        ["We have waited long enough,", "and the council must act now."]
    );
    assert_eq!(mention(q), "she");
}

#[test]
fn second_piece_of_a_split_quote_ends_at_its_closing_mark() {
    // The clause runs on after the second piece; the piece is the quotation only.
    let t = "“We have waited long enough,” Lena Ortiz said, “and the council must act soon,” and the mayor agreed.";
    let a = run(t);
    let q = find(&a, "waited long");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(
        span_texts(t, q),
        ["We have waited long enough,", "and the council must act soon,"]
    );
    assert_eq!(speaker(q), "Lena Ortiz");
}

#[test]
fn second_sentence_after_cue_continues_the_quote() {
    let t = "“The harvest was poor,” said farmer Tom Berg. “We lost half the wheat.”";
    let a = run(t);
    assert_eq!(a.quotes.len(), 1, "{:#?}", a.quotes);
    assert_eq!(
        span_texts(t, &a.quotes[0]),
        ["The harvest was poor,", "We lost half the wheat."]
    );
    assert_eq!(speaker(&a.quotes[0]), "Tom Berg");
}

#[test]
fn straight_quotes_and_guillemets() {
    let a = run("\"Prices will fall next year,\" the central bank governor said.");
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].kind, QuoteKind::Direct);
    assert_eq!(mention(&a.quotes[0]), "the central bank governor");
    let a =
        run("«Nous sommes prêts à négocier», a dit le ministre. The minister later told reporters: «We are ready.»");
    let q = find(&a, "We are ready.");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(cue(q), "later told");
}

#[test]
fn nested_single_quotes_stay_inside_the_quote() {
    let t = "“He looked at me and said ‘never again’ twice,” the witness told the court.";
    let a = run(t);
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].text, "He looked at me and said ‘never again’ twice,");
    assert_eq!(mention(&a.quotes[0]), "the witness");
}

#[test]
fn apostrophes_are_not_quotation_marks() {
    let a = run("The team’s coach said the players’ contracts weren’t renewed in the ’90s.");
    assert_eq!(a.quotes.len(), 1);
    let q = &a.quotes[0];
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(q.text, "the players’ contracts weren’t renewed in the ’90s");
    assert_eq!(mention(q), "The team’s coach");
}

#[test]
fn multi_paragraph_quote_reopens_each_paragraph() {
    let t = "Dr. Lena Park said:\n“The first results arrived in March.\n“By June we knew the vaccine worked.”\nThe trial ends next year.";
    let a = run(t);
    let q = find(&a, "first results");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(
        span_texts(t, q),
        [
            "The first results arrived in March.",
            "By June we knew the vaccine worked."
        ]
    );
    assert!(q.closed);
    assert_eq!(speaker(q), "Lena Park");
    assert!(!q.text.contains("trial ends"));
}

#[test]
fn unclosed_quote_stops_at_its_paragraph() {
    let t = "“The dam is safe and the valley is not at risk, the engineer said\nRain is expected on Friday across the region.";
    let a = run(t);
    let q = find(&a, "dam is safe");
    assert!(!q.closed);
    assert!(!q.text.contains("Rain"), "{}", q.text);
    assert!(a.quotes.iter().all(|q| !q.text.contains("Rain")));
}

#[test]
fn mixed_quote_with_fragments() {
    let t =
        "Agency spokesman Omar Haddad told a briefing this week that the “reckless” plan was “doomed from the start.”";
    let q = &single(t);
    assert_eq!(q.kind, QuoteKind::Mixed);
    assert!(q.text.starts_with("that the “reckless” plan"));
    let frags: Vec<&str> = q.fragments.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(frags, ["reckless", "doomed from the start."]);
    assert_eq!(speaker(q), "Omar Haddad");
    assert_eq!(cue(q), "told");
}

#[test]
fn indirect_speech_with_cue_before_and_after() {
    let t = "Rossi said the factory would close in June. The storm cut power to 4,000 homes, the utility said.";
    let a = run(t);
    assert_eq!(a.quotes.len(), 2, "{:#?}", a.quotes);
    assert_eq!(a.quotes[0].kind, QuoteKind::Indirect);
    assert_eq!(a.quotes[0].text, "the factory would close in June");
    assert_eq!(mention(&a.quotes[0]), "Rossi");
    assert_eq!(a.quotes[1].text, "The storm cut power to 4,000 homes");
    assert_eq!(mention(&a.quotes[1]), "the utility");
}

#[test]
fn according_to_before_and_after() {
    let a = run("The vote was delayed by a week, according to two council members.");
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].text, "The vote was delayed by a week");
    assert_eq!(cue(&a.quotes[0]), "according to");
    assert_eq!(mention(&a.quotes[0]), "two council members");
    let a = run("According to the ministry, exports rose by 4 percent.");
    assert_eq!(a.quotes[0].text, "exports rose by 4 percent");
    assert_eq!(mention(&a.quotes[0]), "the ministry");
}

#[test]
fn colon_introduction_in_the_same_and_next_paragraph() {
    let a = run("The coach replied: “We will play to win.”");
    assert_eq!(a.quotes[0].kind, QuoteKind::Direct);
    assert_eq!(a.quotes[0].text, "We will play to win.");
    assert_eq!(cue(&a.quotes[0]), "replied");
    let t = "Captain Ines Mora wrote:\n“The crew is safe and the ship is afloat.”";
    let a = run(t);
    assert_eq!(a.quotes.len(), 1, "{:#?}", a.quotes);
    assert_eq!(a.quotes[0].text, "The crew is safe and the ship is afloat.");
    assert_eq!(speaker(&a.quotes[0]), "Ines Mora");
}

#[test]
fn inverted_cue_and_cue_inside() {
    let a = run("“Nobody expected this,” said Peter Holm, a farmer from Lund.");
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(speaker(&a.quotes[0]), "Peter Holm");
    let a = run("Schools, the minister said, will reopen on Monday.");
    assert!(a.quotes.iter().any(|q| mention(q) == "the minister"), "{:#?}", a.quotes);
}

#[test]
fn appositive_speaker_name_a_doctor_said() {
    let a = run("Jane Okafor, a doctor at the city hospital, said the wards were full.");
    assert_eq!(a.quotes.len(), 1, "{:#?}", a.quotes);
    assert_eq!(speaker(&a.quotes[0]), "Jane Okafor");
    assert_eq!(a.quotes[0].text, "the wards were full");
    let a = run("“The wards are full,” Jane Okafor, a doctor, said: “We need help.”");
    assert_eq!(speaker(&a.quotes[0]), "Jane Okafor");
    // Two appositives in a row.
    let t = "“The wards are full,” Jane Okafor, the chief doctor of Lund Hospital, one of three in the region, said.";
    let a = run(t);
    assert_eq!(a.quotes.len(), 1, "{:#?}", a.quotes);
    assert_eq!(a.quotes[0].kind, QuoteKind::Direct);
    assert_eq!(speaker(&a.quotes[0]), "Jane Okafor");
}

#[test]
fn description_then_name_in_apposition() {
    let a = run("The council’s finance director, Mara Lind, said she has not seen the audit.");
    assert_eq!(a.quotes.len(), 1, "{:#?}", a.quotes);
    let q = &a.quotes[0];
    assert_eq!(q.text, "she has not seen the audit");
    assert!(mention(q).ends_with("Mara Lind"), "{:#?}", q);
    // Not an inversion: "said he …" opens the reported clause.
    let a = run("The harbour master, Tom Berg, said he cannot comment on the closure.");
    assert_eq!(a.quotes.len(), 1, "{:#?}", a.quotes);
    assert_eq!(a.quotes[0].text, "he cannot comment on the closure");
}

#[test]
fn a_new_subject_and_cue_after_a_comma_open_their_own_quote() {
    let t = "While the cuts were a major reason she felt ignored, Lind also noted that several \
             “small things” left her further frustrated.";
    let a = run(t);
    let q = find(&a, "small things");
    assert_eq!(q.kind, QuoteKind::Mixed);
    assert!(cue(q).ends_with("noted"), "{:#?}", q);
    assert_eq!(mention(q), "Lind");
}

#[test]
fn participle_after_by_reports_the_subject() {
    let a = run("Dean later appeared on the radio and began by saying he would “never” judge a patient from afar.");
    let q = find(&a, "never");
    assert_eq!(mention(q), "Dean");
}

#[test]
fn quote_in_two_pieces_joined_by_a_conjunction_is_one_mixed_quote() {
    let t = "“I admire the mayor,” he said, but “when it comes to buses, she has no plan at all.”";
    let q = &single(t);
    assert_eq!(q.kind, QuoteKind::Mixed);
    assert_eq!(q.spans.len(), 2);
    assert!(span_texts(t, q)[1].starts_with("but “when"), "{:?}", span_texts(t, q));
    assert_eq!(mention(q), "he");
}

#[test]
fn mixed_quote_continues_into_the_next_quoted_sentence() {
    let t = "The talks achieved “far too little,” the minister added. “Without a budget, nothing changes.”";
    let q = &single(t);
    assert_eq!(q.kind, QuoteKind::Mixed);
    assert!(q.text.contains("nothing changes"), "{:#?}", q);
}

#[test]
fn mixed_quote_ends_at_the_quoted_name_or_a_trailing_participle() {
    let a = run("Senator Ruth Vale described the budget as a “total fantasy” during a radio interview on Monday.");
    assert_eq!(a.quotes.len(), 1, "{:#?}", a.quotes);
    assert_eq!(a.quotes[0].text, "the budget as a “total fantasy”");
    // An object after the name stays: "called the mayor a “hero” for her work".
    let a = run("The union called the mayor a “hero” for her work.");
    assert_eq!(a.quotes[0].text, "the mayor a “hero” for her work");
    let a = run("Ruth Vale has been steadily attacking the budget as a “fantasy” ― just as she did last year.");
    assert_eq!(a.quotes[0].text, "the budget as a “fantasy”");
    let a = run("The mayor is describing as “reckless” a council vote that cut the bus budget.");
    assert_eq!(a.quotes[0].text, "as “reckless”");
    let a = run("The mayor has used the phrase “war on cars” often in her speeches.");
    assert_eq!(a.quotes[0].text, "the phrase “war on cars”");
    let a = run("Critics said the audit was only “partial,” meaning the worst losses were never checked.");
    assert_eq!(a.quotes[0].text, "the audit was only “partial,”");
}

#[test]
fn wire_services_are_speakers() {
    let a = run("The lead is “roughly the same as last month,” Reuters reported. Turnout will fall, AP said.");
    assert_eq!(a.quotes.len(), 2, "{:#?}", a.quotes);
    assert_eq!(mention(&a.quotes[0]), "Reuters");
    assert_eq!(mention(&a.quotes[1]), "AP");
}

#[test]
fn quotation_after_a_colon_takes_the_trailing_cue() {
    let t = "The council's letter also praised the new bus lanes: “They have cut journey times for everyone in the city,” the council wrote.";
    let a = run(t);
    let q = find(&a, "journey times");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(cue(q), "wrote");
    assert_eq!(mention(q), "the council");
    // The praise is its own quote and ends at the colon.
    let praise = find(&a, "bus lanes");
    assert_eq!(praise.text, "the new bus lanes");
}

#[test]
fn a_whole_subject_speaks_when_no_name_phrase_fits() {
    let q = &single("Specialists in nuclear nonproliferation and arms control said the trial would resume in May.");
    assert_eq!(q.text, "the trial would resume in May");
    assert_eq!(mention(q), "Specialists in nuclear nonproliferation and arms control");
    let q = &single("Those close to her say that she will run again.");
    assert_eq!(mention(q), "Those close to her");
    // A clause is no subject.
    assert!(run("When the vote ended said nothing.").quotes.is_empty());
}

#[test]
fn a_quoted_sentence_then_and_ends_the_quote() {
    let q = &single("Protesters chanted “Whose streets?” and marched on until midnight.");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(q.text, "Whose streets?");
    assert_eq!(mention(q), "Protesters");
}

#[test]
fn a_cue_word_after_a_preposition_is_a_noun() {
    let q = &single("The watchdog rated 40% of Labour claims as “misleading” last year.");
    assert_eq!(mention(q), "The watchdog");
    assert!(q.text.starts_with("40% of Labour claims"), "{:#?}", q);
}

#[test]
fn a_quoted_title_is_not_speech() {
    let a = run("The council passed the bill, known as the “Safe Streets for All Act,” on Monday. Mayor Lind said she would sign it.");
    assert!(
        a.quotes.iter().all(|q| !q.text.contains("Safe Streets")),
        "{:#?}",
        a.quotes
    );
}

#[test]
fn surnames_titles_and_pronouns_resolve_to_one_person() {
    let t = "Prime Minister Edith Larsen met the unions on Monday. Larsen said the talks were useful. \
             She added that a deal was close. “We are nearly there,” she said.";
    let a = run(t);
    assert_eq!(a.quotes.len(), 3, "{:#?}", a.quotes);
    assert!(a.quotes.iter().all(|q| speaker(q) == "Edith Larsen"), "{:#?}", a.quotes);
    assert_eq!(a.speakers.len(), 1);
    assert_eq!(a.speakers[0].name, "Edith Larsen");
    assert_eq!(a.speakers[0].quotes, [0, 1, 2]);
    assert!(a.speakers[0].aliases.contains(&"Larsen".to_string()));
}

#[test]
fn they_resolves_to_the_group() {
    let t = "Rescue officials said the road was closed. They said it would reopen on Friday.";
    let a = run(t);
    assert_eq!(a.quotes.len(), 2);
    assert_eq!(speaker(&a.quotes[1]), "Rescue officials");
}

#[test]
fn organisations_and_groups_speak() {
    let t = "Flights were cancelled, Norway’s aviation authority said. Experts have said the ash cloud may last. \
             The EU has said it will help.";
    let a = run(t);
    let names: Vec<&str> = a.quotes.iter().map(speaker).collect();
    assert_eq!(names, ["Norway’s aviation authority", "Experts", "the EU"]);
    assert_eq!(cue(&a.quotes[1]), "have said");
}

#[test]
fn scare_quotes_and_titles_are_not_speech() {
    let a = run("Critics say the city is ‘reshaping’ its old port.");
    assert!(
        a.quotes
            .iter()
            .all(|q| q.kind == QuoteKind::Indirect && q.fragments.is_empty()),
        "{:#?}",
        a.quotes
    );
    let a = run("The film “Northern Lights” opened in 300 cinemas. The so-called “green deal” has stalled.");
    assert!(a.quotes.is_empty(), "{:#?}", a.quotes);
}

#[test]
fn spans_agree_in_utf16_and_bytes() {
    let t = "Tokyo 😀 日本.\n“Good news for everyone,” Kenji Sato said.";
    let a = run(t);
    let q = &a.quotes[0];
    let s = q.spans[0];
    assert_eq!(&t[s.bytes()], "Good news for everyone,");
    let utf16: Vec<u16> = t.encode_utf16().collect();
    assert_eq!(
        String::from_utf16_lossy(&utf16[s.start..s.end]),
        "Good news for everyone,"
    );
}

fn seed(name: &str) -> String {
    std::fs::read_to_string(format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"))).expect("seed")
}

#[test]
fn seed_000_quotes_and_speakers() {
    let t = seed("000_3d0e1f293caf9599.txt");
    let a = run(&t);
    let q = find(&a, "We will talk about all issues, without hurry. There is time,");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(q.text, "We will talk about all issues, without hurry. There is time,");
    assert_eq!(speaker(q), "Vladimir Putin");
    assert_eq!(mention(q), "Putin");
    assert_eq!(cue(q), "replied");
    let q = find(&a, "pariah");
    assert_eq!(q.kind, QuoteKind::Mixed);
    assert_eq!(speaker(q), "Matthew Miller");
    assert_eq!(cue(q), "told");
    let frags: Vec<&str> = q.fragments.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(
        frags,
        [
            "pariah",
            "traveling across his own country, hat in hand, to beg Kim Jong Un for military assistance."
        ]
    );
    let indirect = |start: &str| {
        a.quotes
            .iter()
            .find(|q| q.kind == QuoteKind::Indirect && q.text.starts_with(start))
            .unwrap_or_else(|| panic!("no indirect quote starting {start:?}"))
    };
    assert_eq!(
        speaker(indirect("North Korea was interested in Russian space rockets")),
        "Vladimir Putin"
    );
    assert_eq!(
        speaker(indirect("the two leaders would discuss economic cooperation")),
        "Vladimir Putin"
    );
    assert_eq!(
        speaker(indirect("Shortly before the meeting")),
        "South Korea’s military"
    );
    assert_eq!(speaker(indirect("Putin and Kim held talks")), "TASS");
    assert_eq!(speaker(indirect("Spy satellites could help Kim")), "experts");
    assert_eq!(cue(indirect("Spy satellites could help Kim")), "have said");
    assert_eq!(speaker(indirect("Kim and Putin are expected to discuss")), "the US");
    assert_eq!(
        speaker(indirect("any supplies would not alter the course of the war")),
        "the US"
    );
    let putin = a
        .speakers
        .iter()
        .find(|s| s.name == "Vladimir Putin")
        .expect("Putin in roster");
    assert!(putin.quotes.len() >= 3);
    assert!(a.quotes.iter().all(|q| speaker(q) != "RIA"));
}

#[test]
fn seed_002_quotes_teasers_and_unclosed_mark() {
    let t = seed("002_347963c6eb78a301.txt");
    let a = run(&t);
    let q = find(&a, "We will talk about all issues");
    assert_eq!(
        (speaker(q), cue(q), q.kind),
        ("Vladimir Putin", "said", QuoteKind::Direct)
    );
    let q = find(&a, "I would like to take this opportunity to reiterate");
    assert_eq!(
        (speaker(q), mention(q), q.kind),
        ("Kim Jong-un", "Kim", QuoteKind::Direct)
    );
    let q = find(&a, "national security observation period");
    assert_eq!(q.kind, QuoteKind::Mixed);
    assert_eq!(speaker(q), "Chiu Chui-cheng");
    assert_eq!(q.fragments[0].text, "national security observation period,");
    let q = find(&a, "Russia and North Korea agreed to cooperate");
    assert_eq!(speaker(q), "Interfax");
    let q = find(&a, "The Luzon Strait and Bashi Channel represent a critical access");
    assert!(!q.closed);
    assert!(!q.text.contains("Pope"), "{}", q.text);
    let last_line_start = t.find("Pope Francis").expect("last teaser");
    assert!(q.spans.iter().all(|s| s.byte_end <= last_line_start));
    assert!(a
        .quotes
        .iter()
        .all(|q| q.fragments.iter().all(|f| f.text != "reshaping")));
}

#[test]
fn pathological_inputs_stay_linear_and_never_panic() {
    let cases = [
        "“".repeat(20_000),
        "”".repeat(20_000),
        "\"".repeat(20_001),
        "‘’'".repeat(10_000),
        "he said “ ".repeat(5_000),
        "said ".repeat(20_000),
        "word, ".repeat(40_000),
        "Smith said “a, ” said Jones ‘b’ \"c ".repeat(3_000),
        "according to according to ".repeat(5_000),
        format!("“{}", "x ".repeat(200_000)),
    ];
    for text in &cases {
        let started = std::time::Instant::now();
        let a = run(text);
        for q in &a.quotes {
            for s in &q.spans {
                assert!(text.is_char_boundary(s.byte_start) && text.is_char_boundary(s.byte_end));
            }
        }
        assert!(
            started.elapsed().as_secs() < 20,
            "too slow on {:?}…",
            &text[..40.min(text.len())]
        );
    }
}

#[test]
fn ten_megabytes_of_news_text() {
    let para = "“We will rebuild the bridge,” Mayor Ana Ruiz said on Tuesday. Officials said the work \
                would take a year, according to the city. She added that “nobody” was hurt.\n";
    let text = para.repeat(10 * 1024 * 1024 / para.len());
    let a = run(&text);
    assert!(a.quotes.len() > 10_000);
    assert_eq!(a.speakers.iter().filter(|s| s.name == "Ana Ruiz").count(), 1);
}

#[test]
fn adverb_in_ly_between_speaker_and_cue() {
    let t = "The senator pointedly argued that the tunnel project had run out of money.";
    let q = single(t);
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(q.text, "that the tunnel project had run out of money");
    assert_eq!(cue(&q), "pointedly argued");
    assert_eq!(mention(&q), "The senator");
}

#[test]
fn relative_clause_speaker_after_a_comma() {
    let t = "The board met Ms. Okafor, who has long argued that the clinic needs more nurses.";
    let q = single(t);
    assert_eq!(q.text, "that the clinic needs more nurses");
    assert_eq!(cue(&q), "has long argued");
    assert!(mention(&q).contains("Okafor"), "{:?}", mention(&q));
}

#[test]
fn second_verb_with_an_auxiliary_after_and() {
    let t = "Governor Lee toured the flooded district on Monday and has promised to rebuild every bridge.";
    let q = single(t);
    assert_eq!(q.text, "to rebuild every bridge");
    assert_eq!(speaker(&q), "Lee");
}

#[test]
fn time_of_day_after_the_cue_is_no_content() {
    let t = "The new levy is unfair to farmers, union leaders said Tuesday afternoon, as they left the meeting.";
    let q = single(t);
    assert_eq!(q.text, "The new levy is unfair to farmers");
    assert_eq!(mention(&q), "union leaders");
}

#[test]
fn content_ends_before_a_new_subject_and_reporting_verb() {
    let t =
        "The mayor said the budget was balanced for the first time, and the auditors warned that reserves were thin.";
    let a = run(t);
    assert_eq!(a.quotes.len(), 2, "{:#?}", a.quotes);
    assert_eq!(a.quotes[0].text, "the budget was balanced for the first time");
    assert_eq!(a.quotes[1].text, "that reserves were thin");
    assert_eq!(mention(&a.quotes[1]), "the auditors");
}

#[test]
fn content_of_a_subordinate_clause_ends_at_its_comma() {
    let t = "While the inspector found that the dam was safe, the county closed the road for a week.";
    let q = single(t);
    assert_eq!(q.text, "that the dam was safe");
    assert_eq!(mention(&q), "the inspector");
}

#[test]
fn object_content_ends_before_a_time_adjunct_or_subordinate_clause() {
    let q = single("The governor criticized the new fuel tax during a radio interview.");
    assert_eq!(q.text, "the new fuel tax");
    assert_eq!(cue(&q), "criticized");
    let q = single("The council agreed to pay the contractors so the work could resume.");
    assert_eq!(q.text, "to pay the contractors");
    let q = single("The mayor praised the firefighters on Monday for their courage.");
    assert_eq!(q.text, "the firefighters");
    // A clause keeps its adjuncts.
    let q = single("The minister said the vote would be held in May because of the floods.");
    assert_eq!(q.text, "the vote would be held in May because of the floods");
}

#[test]
fn reporting_verb_with_its_preposition() {
    let q = single("The union called for a ban on night shifts.");
    assert_eq!(q.text, "a ban on night shifts");
    assert_eq!(cue(&q), "called for");
    let q = single("The senator warned against cutting the school budget.");
    assert_eq!(q.text, "cutting the school budget");
    assert_eq!(cue(&q), "warned against");
    let q = single("The bishop called on parents to vote in the local election.");
    assert_eq!(q.text, "parents to vote in the local election");
    assert_eq!(cue(&q), "called on");
}

#[test]
fn passive_cue_with_its_agent() {
    let t = "The harbor plan was endorsed by the regional union last week.";
    let q = single(t);
    assert_eq!(q.text, "The harbor plan");
    assert_eq!(cue(&q), "was endorsed by");
    assert_eq!(mention(&q), "the regional union");
    let q = single("The council was told by the engineers that the bridge needed new cables.");
    assert_eq!(q.text, "that the bridge needed new cables");
    assert_eq!(mention(&q), "the engineers");
}

#[test]
fn headline_with_the_cue_at_its_end() {
    let t = "Harbor Bridge Will Reopen by Spring, Port Director Says.\n\nThe port director spoke on Monday.";
    let a = run(t);
    let q = find(&a, "Harbor Bridge");
    assert_eq!(q.text, "Harbor Bridge Will Reopen by Spring");
    assert_eq!(cue(q), "Says");
    assert_eq!(mention(q), "Port Director");
}

#[test]
fn headline_with_any_reporting_verb_in_s() {
    let t = "River Survey Reveals Sharp Drop in Salmon Numbers\n\nThe survey was published on Friday.";
    let a = run(t);
    let q = find(&a, "Sharp Drop");
    assert_eq!(q.text, "Sharp Drop in Salmon Numbers");
    assert_eq!(cue(q), "Reveals");
    assert_eq!(mention(q), "River Survey");
}

#[test]
fn data_show_with_a_plural_subject_and_a_participle_after_a_comma() {
    let t = "Recent surveys show the mayor with a narrow lead, with the challenger gaining ground in the suburbs.";
    let q = single(t);
    assert_eq!(q.text, "the mayor with a narrow lead");
    assert_eq!(cue(&q), "show");
    assert_eq!(mention(&q), "Recent surveys");
}

#[test]
fn subject_before_a_parenthetical_between_commas() {
    let t = "Several unions, including the nurses’ federation, have urged lawmakers to reject the bill.";
    let q = single(t);
    assert_eq!(q.text, "lawmakers to reject the bill");
    assert_eq!(cue(&q), "have urged");
    assert!(mention(&q).contains("unions"), "{:?}", mention(&q));
    let t = "The governor, like her predecessor, has argued that the port needs dredging.";
    let q = single(t);
    assert_eq!(q.text, "that the port needs dredging");
    assert_eq!(mention(&q), "The governor");
}

#[test]
fn relative_clause_ends_an_object_but_not_a_clause() {
    let q = single("The senator praised the new ferry terminal, which opened in May.");
    assert_eq!(q.text, "the new ferry terminal");
    let q = single("The mayor said the levy would pay for the new ferry, which the council approved last year.");
    assert_eq!(
        q.text,
        "the levy would pay for the new ferry, which the council approved last year"
    );
}

#[test]
fn reported_speech_around_a_cue_between_commas() {
    let t = "The new levy, the mayor said, would pay for two ferries.";
    let q = single(t);
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(span_texts(t, &q), vec!["The new levy", "would pay for two ferries"]);
    assert_eq!(cue(&q), "said");
    assert_eq!(mention(&q), "the mayor");
}

#[test]
fn verbs_of_stating_a_view_or_a_plan() {
    let q = single("The governor unveiled a plan to rebuild the harbor.");
    assert_eq!(q.text, "a plan to rebuild the harbor");
    assert_eq!(cue(&q), "unveiled");
    let q = single("The ministry is defending its decision to close the rural clinics.");
    assert_eq!(q.text, "its decision to close the rural clinics");
    assert_eq!(cue(&q), "is defending");
    let q = single("Local farmers have expressed concern that the new dam will dry up the river.");
    assert_eq!(q.text, "concern that the new dam will dry up the river");
    assert_eq!(mention(&q), "Local farmers");
}

#[test]
fn that_after_a_prepositional_phrase_and_no_opening_adverb_as_content() {
    let q = single("The agency reported at the time that the reservoir was half empty.");
    assert_eq!(q.text, "that the reservoir was half empty");
    assert_eq!(mention(&q), "The agency");
    let a = run("Meanwhile, the mayor criticized the new parking rules downtown.");
    assert_eq!(a.quotes.len(), 1, "{:#?}", a.quotes);
    assert_eq!(a.quotes[0].text, "the new parking rules downtown");
}

#[test]
fn lower_case_plural_subject_after_a_conjunction() {
    let q = single("But beekeepers worry that the new pesticide will spread to the orchards.");
    assert_eq!(q.text, "that the new pesticide will spread to the orchards");
    assert_eq!(cue(&q), "worry");
    assert_eq!(mention(&q), "beekeepers");
}

#[test]
fn speaker_phrase_with_for() {
    let q = single("The ferry will resume service in June, a spokesman for the company said.");
    assert_eq!(q.text, "The ferry will resume service in June");
    assert_eq!(mention(&q), "a spokesman for the company");
}

#[test]
fn object_content_ends_at_a_comma_after_its_adjunct_and_before_but_with_a_verb() {
    let q = single("The nurses’ union endorsed the governor for reelection on Friday, a boost for her campaign.");
    assert_eq!(q.text, "the governor for reelection");
    let q = single("The ministry has signaled openness to a new treaty but has been slow to act.");
    assert_eq!(q.text, "openness to a new treaty");
    let q = single("The mayor demands patience from the residents, yet refuses to publish the repair schedule.");
    assert_eq!(q.text, "patience from the residents");
}

#[test]
fn noun_of_saying_with_a_that_clause() {
    let t = "The governor’s claim that the reservoir is full surprised the engineers.";
    let q = single(t);
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(q.text, "that the reservoir is full surprised the engineers");
    assert_eq!(cue(&q), "claim");
    assert!(mention(&q).contains("governor"), "{:?}", mention(&q));
    // "warnings that were issued": a relative clause, not reported speech.
    assert!(run("The warnings that were issued in May have been withdrawn.")
        .quotes
        .is_empty());
}

#[test]
fn adjective_of_stance_with_a_that_clause() {
    let q = single("The engineers are confident that the new seawall will hold.");
    assert_eq!(q.text, "that the new seawall will hold");
    assert_eq!(cue(&q), "are confident");
    assert_eq!(mention(&q), "The engineers");
}

#[test]
fn colon_introduction_before_an_unquoted_paragraph() {
    let t = "The inspector added:\n\nThe bridge needs new cables before winter, and the council knows it.";
    let a = run(t);
    assert_eq!(a.quotes.len(), 1, "{:#?}", a.quotes);
    let q = &a.quotes[0];
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(
        q.text,
        "The bridge needs new cables before winter, and the council knows it."
    );
    assert_eq!(cue(q), "added");
    assert_eq!(mention(q), "The inspector");
}

#[test]
fn one_word_object_and_participle_after_a_closing_mark() {
    let q = single("On Monday the senator attacked Jenkins.");
    assert_eq!(q.text, "Jenkins");
    assert_eq!(cue(&q), "attacked");
    let t = "The firm said: “Sales were strong this year,” adding that it would hire forty workers.";
    let a = run(t);
    let q = find(&a, "forty workers");
    assert_eq!(q.text, "that it would hire forty workers");
    assert_eq!(mention(q), "The firm");
}

#[test]
fn relative_that_speaker() {
    let t = "The board ignored a petition that demanded a recount of the ballots.";
    let q = single(t);
    assert_eq!(q.text, "a recount of the ballots");
    assert_eq!(cue(&q), "demanded");
    assert!(mention(&q).contains("petition"), "{:?}", mention(&q));
}

#[test]
fn hearer_of_an_order_belongs_to_the_content() {
    let q = single("The mayor told the crews to clear the harbor road by noon.");
    assert_eq!(q.text, "the crews to clear the harbor road by noon");
    let q = single("The mayor told reporters that the harbor road would reopen.");
    assert_eq!(q.text, "that the harbor road would reopen");
}

#[test]
fn opening_adjunct_before_the_speaker_is_no_content() {
    let q = single("In Denver last week, the governor told supporters that the pipeline would be delayed.");
    assert_eq!(q.text, "that the pipeline would be delayed");
    let a = run("When the vote failed, the senator responded with a long speech about roads.");
    assert!(
        a.quotes.iter().all(|q| !q.text.contains("When the vote failed")),
        "{:#?}",
        a.quotes
    );
}

#[test]
fn object_content_ends_before_a_second_verb_and_that_verb_reports_too() {
    let a = run("The coach has praised the new stadium plan and rejected the calls for a referendum.");
    let q = find(&a, "stadium");
    assert_eq!(q.text, "the new stadium plan");
    assert_eq!(cue(q), "has praised");
    let q = find(&a, "referendum");
    assert_eq!(q.text, "the calls for a referendum");
    assert_eq!(cue(q), "rejected");
    assert_eq!(speaker(q), "the coach");
    let a = run("The senator criticized the trade deal but praised the labor provisions in it.");
    let q = find(&a, "trade");
    assert_eq!(q.text, "the trade deal");
    let q = find(&a, "labor");
    assert_eq!(q.text, "the labor provisions in it");
    assert_eq!(cue(q), "praised");
    // "and elected officials": a past form before a noun is no verb.
    let q = single("The mayor criticized the governor and elected officials across the region.");
    assert_eq!(q.text, "the governor and elected officials across the region");
}

#[test]
fn a_noun_like_cue_finds_no_subject_further_back() {
    let a = run("The farm vote in several swing states could be decisive in November.");
    assert!(a.quotes.is_empty(), "{:#?}", a.quotes);
    let a = run("Most states have passed the deadline for new ballots.");
    assert!(a.quotes.is_empty(), "{:#?}", a.quotes);
}

#[test]
fn second_verb_of_a_subordinate_clause_ends_at_its_comma() {
    let t =
        "Though the mayor praised the budget and called for a review of the audit, the council voted the plan down.";
    let a = run(t);
    let q = find(&a, "review");
    assert_eq!(q.text, "a review of the audit");
    assert_eq!(cue(q), "called for");
    assert_eq!(speaker(q), "the mayor");
}

#[test]
fn a_clause_of_time_or_reason_after_the_cue_is_no_content() {
    let t = "“We will not give up on the port,” the minister said Friday as she entered the talks.";
    let a = run(t);
    assert_eq!(a.quotes.len(), 1, "{:#?}", a.quotes);
    assert_eq!(a.quotes[0].text, "We will not give up on the port,");
    let a = run("That was what the coach said before he resigned in March.");
    assert!(a.quotes.is_empty(), "{:#?}", a.quotes);
    // An indirect question and an adjunct before the content stay.
    let q = single("The senators have not said when they would take up the bill.");
    assert_eq!(q.text, "when they would take up the bill");
    let q = single("The board decided after a long review to close the plant.");
    assert!(q.text.ends_with("to close the plant"), "{}", q.text);
}

#[test]
fn cue_between_commas_before_a_reason_or_complement() {
    let t = "The new tariff has hurt the farmers badly, the senator said, since grain prices fell in the spring.";
    let q = single(t);
    assert_eq!(
        span_texts(t, &q),
        [
            "The new tariff has hurt the farmers badly",
            "since grain prices fell in the spring"
        ]
    );
    assert_eq!(speaker(&q), "the senator");
    let t = "The council has drawn up a plan, the mayor said, for how the old mill can be reused.";
    let q = single(t);
    assert_eq!(
        span_texts(t, &q),
        ["The council has drawn up a plan", "for how the old mill can be reused"]
    );
}

#[test]
fn agentless_passive_reports_its_whole_clause() {
    let q = single("The new bridge is expected to open to traffic in the spring.");
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(q.text, "The new bridge is expected to open to traffic in the spring");
    assert_eq!(cue(&q), "is expected");
    assert!(q.speaker.is_none(), "{:?}", q.speaker);
    let t = "While a curfew was announced for the old town, the police did not enforce it.";
    let q = single(t);
    assert_eq!(q.text, "a curfew was announced for the old town");
    // A passive inside a relative clause with no "that" opens no clause.
    let a = run("She missed the second hearing he was formally called to last week.");
    assert!(a.quotes.is_empty(), "{:#?}", a.quotes);
}

#[test]
fn reported_clause_opening_with_a_subordinate_clause_keeps_its_main_clause() {
    let t = "Neighbors feared that if the council sold the land, the developer would threaten to pave the park.";
    let a = run(t);
    let q = find(&a, "council");
    assert_eq!(
        q.text,
        "that if the council sold the land, the developer would threaten to pave the park"
    );
    assert_eq!(cue(q), "feared");
    // The nested report stands too.
    let q = a
        .quotes
        .iter()
        .find(|q| cue(q) == "would threaten")
        .expect("nested report");
    assert_eq!(q.text, "to pave the park");
    assert_eq!(speaker(q), "the developer");
    // An opening phrase instead of a subordinate clause.
    let t = "The doctor said that in 1998, the senator asked his aides to hide the illness.";
    let a = run(t);
    let q = a.quotes.iter().find(|q| cue(q) == "said").expect("said");
    assert_eq!(q.text, "that in 1998, the senator asked his aides to hide the illness");
}

#[test]
fn according_to_takes_a_report_before_it_whole() {
    let t = "The governor plans to tour the flooded towns on Sunday, according to a campaign aide.";
    let a = run(t);
    let q = a
        .quotes
        .iter()
        .find(|q| cue(q) == "according to")
        .expect("according to");
    assert_eq!(q.text, "The governor plans to tour the flooded towns on Sunday");
    assert_eq!(speaker(q), "a campaign aide");
}

#[test]
fn a_vote_on_a_measure_states_a_position() {
    let q = single("The city council voted Tuesday to close the old library.");
    assert_eq!(q.text, "to close the old library");
    assert_eq!(cue(&q), "voted");
    assert_eq!(speaker(&q), "the city council");
    let q = single("She voted against the farm bill in 2014.");
    assert_eq!(q.text, "the farm bill");
    assert_eq!(cue(&q), "voted against");
    // A vote for a person, and the noun, report nothing.
    assert!(run("Many voters said nothing, and he voted for her anyway.")
        .quotes
        .iter()
        .all(|q| cue(q) != "voted"));
    assert!(run("The rural vote in several states could be decisive.")
        .quotes
        .is_empty());
}

#[test]
fn made_it_clear_and_it_is_unclear_take_the_clause_after() {
    let q = single("The coach made it clear he would not renew the contract.");
    assert_eq!(q.text, "he would not renew the contract");
    assert_eq!(cue(&q), "made it clear");
    assert_eq!(speaker(&q), "the coach");
    let q = single("It was unclear whether the ferry would run again this winter.");
    assert_eq!(q.text, "whether the ferry would run again this winter");
    assert_eq!(cue(&q), "It was unclear");
    assert!(q.speaker.is_none());
    let q = single("Nor is it clear that the new rules would stop the fraud.");
    assert_eq!(q.text, "that the new rules would stop the fraud");
    // A clear sky, a clear win: no clause.
    assert!(run("The sky was clear and the road was empty.").quotes.is_empty());
}

#[test]
fn naming_participle_and_quantified_noun_are_no_cues() {
    assert!(run("The mine was built near a mountain stream called Miracle Run.")
        .quotes
        .is_empty());
    assert!(run("Too many calls still roll over to the backup centers.")
        .quotes
        .is_empty());
    // "called" with its speaker still names.
    let q = single("The mayor called the plan “a disaster.”");
    assert_eq!(cue(&q), "called");
}

#[test]
fn speaker_before_an_appositive_between_dashes() {
    let q = single("Mr. Kall -- the editor of a book on the debates -- said the candidate made news there.");
    assert_eq!(q.text, "the candidate made news there");
    assert_eq!(speaker(&q), "Kall");
    let q = single("Ms. Ortiz — a former judge in Denver — argued that the rule was void.");
    assert_eq!(q.text, "that the rule was void");
    assert_eq!(speaker(&q), "Ortiz");
}

#[test]
fn infinitive_of_saying_takes_the_subject_of_its_verb() {
    let a = run("The ministers gathered in Oslo on Friday to discuss the fishing quotas.");
    let q = a.quotes.iter().find(|q| cue(q) == "discuss").expect("discuss");
    assert_eq!(q.text, "the fishing quotas");
    assert_eq!(speaker(q), "the ministers");
    let a = run("Later the coach appeared to suggest that the referees had been bribed.");
    let q = a.quotes.iter().find(|q| cue(q) == "suggest").expect("suggest");
    assert_eq!(q.text, "that the referees had been bribed");
    assert_eq!(speaker(q), "the coach");
}

#[test]
fn second_verb_after_comma_and_with_an_infinitive() {
    let t = "The governor proposes closing two prisons, and plans to expand the parole board.";
    let a = run(t);
    let q = a.quotes.iter().find(|q| cue(q) == "proposes").expect("proposes");
    assert_eq!(q.text, "closing two prisons");
    let q = a.quotes.iter().find(|q| cue(q) == "plans").expect("plans");
    assert_eq!(q.text, "to expand the parole board");
    assert_eq!(speaker(q), "the governor");
    // A sentence adverb after the opening adjunct is no speaker.
    let q = single("On Monday, however, Senator Ruiz spoke to a union hall, promising to defend the pensions.");
    assert_eq!(speaker(&q), "Ruiz");
    assert_eq!(q.text, "to defend the pensions");
}

#[test]
fn quoted_programme_title_before_that() {
    let t = "The senator told CBS’s “Face the Nation” that the bill would pass by June.";
    let q = single(t);
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(q.text, "that the bill would pass by June");
    assert_eq!(cue(&q), "told");
}

#[test]
fn a_verb_of_support_takes_a_one_word_name() {
    let q = single("After weeks of silence, the nurses’ union endorsed Ramirez.");
    assert_eq!(q.text, "Ramirez");
    assert_eq!(cue(&q), "endorsed");
    let q = single("Teachers union endorses Ramirez, who thanks them.");
    assert_eq!(q.text, "Ramirez");
}

#[test]
fn a_verb_of_thought_or_finding_closing_the_sentence() {
    let t = "Poor districts receive less funding per pupil, several studies have shown.";
    let q = single(t);
    assert_eq!(q.text, "Poor districts receive less funding per pupil");
    assert_eq!(cue(&q), "have shown");
    assert_eq!(speaker(&q), "several studies");
    let q = single("The mayor hid the audit for months, the newspaper has learned.");
    assert_eq!(q.text, "The mayor hid the audit for months");
}

#[test]
fn relative_that_with_an_infinitive_content() {
    let t = "The money went to Forward Ohio, a group that intends to flood the state with ads.";
    let a = run(t);
    let q = a.quotes.iter().find(|q| cue(q) == "intends").expect("intends");
    assert_eq!(q.text, "to flood the state with ads");
    assert!(speaker(q).contains("group"), "{}", speaker(q));
    // "said to reporters": "to" before a noun phrase is still an adjunct.
    let q = single("“We are done here,” the mayor said to reporters.");
    assert_eq!(q.text, "We are done here,");
}

#[test]
fn singular_nouns_that_double_as_cues() {
    assert!(run("The square has become a focal point for the marchers.")
        .quotes
        .is_empty());
    assert!(
        run("The mine runs three days a week because of the low demand for coal.")
            .quotes
            .is_empty()
    );
    assert!(run("The verdict sends a strong signal to the other clubs.")
        .quotes
        .is_empty());
}

#[test]
fn object_content_ends_before_an_occasion_adjunct() {
    let q = single("The senator denounced the annexation in an angry speech on the floor.");
    assert_eq!(q.text, "the annexation");
    let q = single("She attacked her rival as a fraud during the first televised debate.");
    assert_eq!(q.text, "her rival as a fraud");
}

#[test]
fn a_double_hyphen_ends_a_content_like_a_dash() {
    let q = single("The mayor called on the council to fund the ferry -- a plan the unions oppose.");
    assert_eq!(q.text, "the council to fund the ferry");
    assert_eq!(cue(&q), "called on");
}

#[test]
fn see_after_a_modal_is_no_cue() {
    assert!(run("Most renters would see their rents go up under the plan.")
        .quotes
        .is_empty());
    let q = single("Many voters see the tax as a burden on farmers.");
    assert_eq!(cue(&q), "see");
}

#[test]
fn verb_of_finding_after_a_whole_noun_phrase_subject() {
    let q = single("Video of the arrest shows him with his hands raised above his head.");
    assert_eq!(q.text, "him with his hands raised above his head");
    assert_eq!(cue(&q), "shows");
    assert_eq!(speaker(&q), "Video of the arrest");
    // A noun-like cue after such a subject stays a noun.
    assert!(run("The new budget plan calls the levy a tax.")
        .quotes
        .iter()
        .all(|q| cue(q) != "plan"));
}

#[test]
fn a_unit_that_opens_with_clear() {
    // "clear" as the very first token: no word before it to look at (this
    // once underflowed an index).
    let t = "clear that the bridge will reopen in May.";
    let a = run(t);
    assert!(a.quotes.iter().all(|q| q.spans.iter().all(|s| s.byte_end <= t.len())));
}

#[test]
fn an_aside_between_dashes_stays_in_the_content() {
    let q = single("The mayor said the ferry — a route the unions have long wanted — would open in May.");
    assert_eq!(
        q.text,
        "the ferry — a route the unions have long wanted — would open in May"
    );
    let q = single("The mayor said the ferry -- a route the unions wanted -- would open in May.");
    assert_eq!(q.text, "the ferry -- a route the unions wanted -- would open in May");
}

#[test]
fn object_content_ends_before_an_as_clause() {
    let q = single("The union criticized the new contract as Ford cut more jobs.");
    assert_eq!(q.text, "the new contract");
    let q = single("The union criticized the new contract as a betrayal of its members.");
    assert_eq!(q.text, "the new contract as a betrayal of its members");
}

#[test]
fn object_content_ends_before_an_after_clause() {
    let q = single("The mayor urged residents to store more water after storms flooded the valley.");
    assert_eq!(q.text, "residents to store more water");
    let q = single("Farmers criticized the levy, particularly after prices climbed in the spring.");
    assert_eq!(q.text, "the levy");
}

#[test]
fn a_closing_appositive_after_a_name_is_no_content() {
    let q = single("The mayor said she would not back Ms. Okafor, the early favorite.");
    assert_eq!(q.text, "she would not back Ms. Okafor");
    let q = single("The mayor said she would invite Ms. Okafor, the poet Ann Ray and the chef Tom Lee.");
    assert_eq!(
        q.text,
        "she would invite Ms. Okafor, the poet Ann Ray and the chef Tom Lee"
    );
}

#[test]
fn but_also_goes_on_with_the_reported_clause() {
    let q = single("The mayor said the ferry would cut traffic, but would also raise fares.");
    assert_eq!(q.text, "the ferry would cut traffic, but would also raise fares");
    let q = single("The mayor said the ferry would cut traffic, but the council disagreed.");
    assert_eq!(q.text, "the ferry would cut traffic");
}

#[test]
fn a_subordinate_clause_after_its_main_clause_keeps_its_commas() {
    let a = run(
        "Lawmakers held the hearing because they felt the agency had withheld a full, unedited copy of the report.",
    );
    let q = find(&a, "the agency had withheld");
    assert_eq!(q.text, "the agency had withheld a full, unedited copy of the report");
}

#[test]
fn a_relative_clause_on_a_common_noun_stays_in_the_content() {
    let q = single("The mayor said there are drivers who ignore the signs, who park on the ferry ramp.");
    assert_eq!(
        q.text,
        "there are drivers who ignore the signs, who park on the ferry ramp"
    );
    let q = single("The mayor said the ferry was built by Ann Okafor, who died in May.");
    assert_eq!(q.text, "the ferry was built by Ann Okafor");
}

#[test]
fn comma_when_ends_the_reported_clause() {
    let q = single("The mayor said fares on the ferry were falling, when in truth they had doubled.");
    assert_eq!(q.text, "fares on the ferry were falling");
}

#[test]
fn comma_as_and_a_clause_ends_the_reported_clause() {
    let q = single("The mayor said the ferry was late again, as it was last winter.");
    assert_eq!(q.text, "the ferry was late again");
    let q = single("The mayor said the ferry would run on Sundays, as well.");
    assert_eq!(q.text, "the ferry would run on Sundays, as well");
}

#[test]
fn a_dash_before_from_or_including_goes_on_with_examples() {
    let q = single("The union criticized the ferry's troubles — from broken ramps to missing crews.");
    assert_eq!(q.text, "the ferry's troubles — from broken ramps to missing crews");
}

#[test]
fn a_comparison_after_a_figure_ends_the_reported_clause() {
    let q = single("The port said traffic would grow by 3 percent, down from 5 percent last year.");
    assert_eq!(q.text, "traffic would grow by 3 percent");
}

#[test]
fn expressed_concern_about_takes_the_object_of_the_preposition() {
    let q = single("Residents have expressed deep concern about the new toll on the bridge.");
    assert_eq!(q.text, "the new toll on the bridge");
    assert_eq!(cue(&q), "have expressed deep concern about");
}

#[test]
fn comma_and_thats_ends_the_reported_clause() {
    let q = single("The mayor said the ferry would be free on Sundays, and that’s a promise few believe.");
    assert_eq!(q.text, "the ferry would be free on Sundays");
}

#[test]
fn a_result_participle_goes_on_with_the_reported_clause() {
    let q = single("The mayor said the storm had shut the ferry, leaving hundreds of commuters stranded.");
    assert_eq!(
        q.text,
        "the storm had shut the ferry, leaving hundreds of commuters stranded"
    );
}

#[test]
fn comma_even_more_is_an_aside_inside_the_reported_clause() {
    let q = single("The mayor said the ferry would cut fares and, even more important, would run at night.");
    assert_eq!(
        q.text,
        "the ferry would cut fares and, even more important, would run at night"
    );
}

#[test]
fn a_noun_of_saying_before_its_verb_is_no_cue() {
    let q = single("The new report found the bridge was unsafe for lorries.");
    assert_eq!(cue(&q), "found");
    assert_eq!(q.text, "the bridge was unsafe for lorries");
    // A participle after the noun still carries its content.
    let a = run("The mayor sent a series of tweets saying that the ferry would run late.");
    assert!(a.quotes.iter().any(|q| q.text.contains("the ferry would run late")));
}

#[test]
fn an_opening_asked_reports_the_question() {
    let a = run("Asked about the late ferry, the mayor said it would run on time.");
    let q = find(&a, "late ferry");
    assert_eq!(q.text, "the late ferry");
    assert_eq!(cue(q), "Asked about");
    assert_eq!(q.kind, QuoteKind::Indirect);
    let a = run("Asked to explain the delay, the captain blamed the fog.");
    assert_eq!(find(&a, "explain").text, "to explain the delay");
}

#[test]
fn a_relative_cue_between_dashes() {
    let a = run("The audit -- which notes that the ferry lost money every year -- was sent to the council.");
    let q = find(&a, "ferry lost money");
    assert_eq!(q.text, "that the ferry lost money every year");
    assert_eq!(cue(q), "notes");
    assert_eq!(speaker(q).to_lowercase(), "the audit");
}

#[test]
fn a_parenthetical_with_an_abbreviation_before_the_cue() {
    let q = single("Several unions, including the one led by Ms. Ortiz, have urged the council to fund the ferry.");
    assert_eq!(cue(&q), "have urged");
    assert_eq!(q.text, "the council to fund the ferry");
}

#[test]
fn name_with_age_then_a_relative_clause_before_the_cue() {
    let q = single("Ruiz, 56, who has served on the board for a decade, said the ferry would run late.");
    assert_eq!(cue(&q), "said");
    assert_eq!(q.text, "the ferry would run late");
    assert_eq!(speaker(&q), "Ruiz");
}

#[test]
fn an_opening_in_a_poll_reports_the_clause() {
    let q = single("In the latest county poll, the mayor leads her rival by four points.");
    assert_eq!(cue(&q), "In");
    assert_eq!(q.text, "the mayor leads her rival by four points");
    assert_eq!(speaker(&q).to_lowercase(), "the latest county poll");
    // Any other opening phrase is no source.
    assert!(run("In the latest round, the mayor leads her rival by four points.")
        .quotes
        .is_empty());
}

#[test]
fn showing_reports_what_a_record_shows() {
    let q = single("A video surfaced on Sunday showing the mayor asleep at his desk.");
    assert_eq!(cue(&q), "showing");
    assert_eq!(q.text, "the mayor asleep at his desk");
}

#[test]
fn a_subject_with_a_slash_in_a_name() {
    let q = single("The Gallup/Knight poll released Friday shows that the mayor leads by four points.");
    assert_eq!(cue(&q), "shows");
    assert_eq!(q.text, "that the mayor leads by four points");
}

#[test]
fn phrasal_cue_past_a_particle_adverb_or_day() {
    let q = single("The mayor spoke out Tuesday about the closing of the ferry.");
    assert_eq!(cue(&q), "spoke out Tuesday about");
    assert_eq!(q.text, "the closing of the ferry");
    let q = single("The mayor spoke warmly of her years on the ferry.");
    assert_eq!(cue(&q), "spoke warmly of");
    let q = single("Other officials weighed in on whether the ferry should run.");
    assert_eq!(q.text, "whether the ferry should run");
}

#[test]
fn a_modifier_then_a_speaker_noun_opens_a_whole_subject() {
    let q = single("Although the ferry lost money, elected officials from both towns say it should keep running.");
    assert_eq!(cue(&q), "say");
    assert_eq!(q.text, "it should keep running");
    assert_eq!(speaker(&q), "elected officials from both towns");
}

#[test]
fn an_opening_participle_of_saying_reports_its_object() {
    let a = run("Citing a new audit of the ferry, the mayor closed the harbour office.");
    let q = find(&a, "audit");
    assert_eq!(q.text, "a new audit of the ferry");
    assert_eq!(cue(q), "Citing");
    // A participle before a phrase reports nothing.
    assert!(run("Writing in the local paper, the mayor praised the ferry crews.")
        .quotes
        .iter()
        .all(|q| cue(q) != "Writing"));
}

#[test]
fn a_noun_like_verb_after_an_appositive_subject() {
    let q = single("Some Democrats, however, question the cost of the new ferry.");
    assert_eq!(cue(&q), "question");
    assert_eq!(q.text, "the cost of the new ferry");
}

#[test]
fn more_nouns_of_saying_take_a_that_clause() {
    let q = single("The council has spent years on the narrative that the ferry pays for itself.");
    assert_eq!(cue(&q), "narrative");
    assert_eq!(q.text, "that the ferry pays for itself");
    // A phrase set before its main clause ends at its comma.
    let q = single("Despite early pronouncements that the bridge was safe, engineers closed it on Monday.");
    assert_eq!(cue(&q), "pronouncements");
    assert_eq!(q.text, "that the bridge was safe");
}

#[test]
fn a_noun_of_intent_with_a_possessive_reports_its_infinitive() {
    let q = single("The mayor's refusal to release the audit did not help her with the council.");
    assert_eq!(cue(&q), "refusal");
    assert_eq!(q.text, "to release the audit");
    assert!(mention(&q).contains("mayor"), "{q:?}");
    let q = single("Critics questioned the timing of his decision to close the harbour office in May.");
    assert!(q.text.starts_with("the timing"), "{q:?}");
    // With no possessive, no speaker and no report.
    assert!(run("A decision to close the harbour office was made in May.")
        .quotes
        .is_empty());
}

#[test]
fn every_form_of_a_listed_verb_is_a_cue() {
    let q = single("The mayor is proposing a new toll on the harbour bridge.");
    assert_eq!(cue(&q), "is proposing");
    assert_eq!(q.text, "a new toll on the harbour bridge");
    let q = single("The unions are hoping that the council will back down.");
    assert_eq!(q.text, "that the council will back down");
    let q = single("Several council members echo her concerns about the ferry.");
    assert_eq!(cue(&q), "echo");
}

#[test]
fn verbs_of_praise_and_blame_report_their_object() {
    let q = single("The governor bemoaned the long delays at the harbour.");
    assert_eq!(cue(&q), "bemoaned");
    assert_eq!(q.text, "the long delays at the harbour");
    let q = single("She has complimented the ferry crews on their work.");
    assert_eq!(cue(&q), "has complimented");
    // An opening participle: its comma may stand inside the closing mark, and
    // the main clause's subject speaks.
    let t = "Deriding the “toll scheme,” the mayor accused the council of waste.";
    let a = run(t);
    let q = find(&a, "toll scheme");
    assert_eq!(q.text, "the “toll scheme,”");
    assert_eq!(mention(q), "the mayor");
}

#[test]
fn a_passive_agent_need_not_be_a_speaker_phrase() {
    let q = single("The new ferry plan has been endorsed by dozens of local groups.");
    assert_eq!(cue(&q), "has been endorsed by");
    assert_eq!(q.text, "The new ferry plan");
    assert!(mention(&q).starts_with("dozens of"), "{q:?}");
}

#[test]
fn a_light_verb_with_a_noun_of_saying_is_a_cue() {
    let q = single("The council made a strong condemnation of the new harbour toll.");
    assert_eq!(cue(&q), "made a strong condemnation of");
    assert_eq!(q.text, "the new harbour toll");
    assert_eq!(mention(&q), "The council");
    let q = single("The mayor has faced sharp criticism for closing the ferry office.");
    assert_eq!(q.text, "closing the ferry office");
    // A light verb with any other noun reports nothing.
    assert!(run("The mayor made a short visit to the harbour.").quotes.is_empty());
}

#[test]
fn verbs_of_feeling_and_recognition_report_their_clause_or_object() {
    let q = single("Harbour officials have also discovered that the ferry logs were altered.");
    assert_eq!(cue(&q), "have also discovered");
    assert_eq!(q.text, "that the ferry logs were altered");
    let q = single("Ana Ruiz loves the small school that her son attends.");
    assert_eq!(cue(&q), "loves");
    assert_eq!(q.text, "the small school that her son attends");
}

#[test]
fn verbs_of_examining_and_sponsoring_report_their_object() {
    let q = single("A local fact-checking group examined the mayor's statement.");
    assert_eq!(cue(&q), "examined");
    assert_eq!(q.text, "the mayor's statement");
    let q = single("Scholars have long debated the cost of the harbour bridge.");
    assert_eq!(cue(&q), "have long debated");
    assert_eq!(q.text, "the cost of the harbour bridge");
}

#[test]
fn it_is_obvious_or_apparent_reports_its_clause() {
    let q = single("By now it is obvious that the ferry will not reopen this year.");
    assert_eq!(q.text, "that the ferry will not reopen this year");
    assert_eq!(cue(&q), "it is obvious");
}

#[test]
fn laid_out_or_spelled_out_reports_its_object() {
    let q = single("In a speech on Friday, the mayor laid out her plan to rebuild the pier.");
    assert_eq!(cue(&q), "laid out");
    assert_eq!(q.text, "her plan to rebuild the pier");
}

#[test]
fn a_number_opens_a_speaker_phrase_but_a_year_does_not() {
    let q = single("Across the county, 12 percent of residents opposed the new harbour toll.");
    assert_eq!(cue(&q), "opposed");
    assert_eq!(q.text, "the new harbour toll");
    assert_eq!(mention(&q), "12 percent of residents");
    let q = single("In 2015 harbour officials said the ferry would close.");
    assert_eq!(mention(&q), "harbour officials");
}

#[test]
fn a_phrasal_cue_reaches_its_preposition_past_a_hearer() {
    let q = single("The senator pressed him on the cost of the new pier.");
    assert_eq!(cue(&q), "pressed him on");
    assert_eq!(q.text, "the cost of the new pier");
}

#[test]
fn more_verbs_of_telling_and_asking_are_cues() {
    let q = single("The mayor hardly clarified the matter on Monday.");
    assert_eq!(cue(&q), "hardly clarified");
    assert_eq!(q.text, "the matter");
    let q = single("The harbour office advised residents to stay away from the pier.");
    assert_eq!(q.text, "residents to stay away from the pier");
}

#[test]
fn an_adjunct_between_commas_stands_between_subject_and_cue() {
    let q = single("Local unions, for their part, argued that the toll was unfair.");
    assert_eq!(q.text, "that the toll was unfair");
    assert_eq!(mention(&q), "Local unions");
    let q = single("Younger riders, in particular, have expressed doubts about the new ferry.");
    assert_eq!(mention(&q), "Younger riders");
}

#[test]
fn an_agreement_or_motion_reports_its_infinitive() {
    let q = single("In May the two towns signed an agreement to share the cost of the ferry.");
    assert_eq!(cue(&q), "agreement");
    assert_eq!(q.text, "to share the cost of the ferry");
    let q = single("Two newspapers filed a motion to unseal the harbour records.");
    assert_eq!(q.text, "to unseal the harbour records");
}

#[test]
fn an_indirect_question_after_a_preposition_is_reported() {
    let q = single("Harbour officials were coy about whether the ferry would run in winter, despite the storms.");
    assert_eq!(q.text, "whether the ferry would run in winter");
    assert_eq!(cue(&q), "coy about");
    let q = single("Residents weren't sure if the council would help them.");
    assert_eq!(q.text, "if the council would help them");
    // A preposition before any other clause asks nothing.
    assert!(run("The ferry ran on time for the first week.").quotes.is_empty());
}

#[test]
fn nouns_of_feeling_and_consensus_take_a_that_clause() {
    let q = single("The storm left many islanders with the feeling that the ferry had abandoned them.");
    assert_eq!(cue(&q), "feeling");
    assert_eq!(q.text, "that the ferry had abandoned them");
    let q = single("The mayor dismissed the expert consensus that the pier is unsafe.");
    assert!(q.text.contains("the pier is unsafe"), "{q:?}");
}

#[test]
fn sentences_in_doubled_apostrophes_go_on_with_the_quote() {
    let text = "''The ferry is safe,'' the mayor said. ''It has run for years. We believe it will last.'' \
                The council met later.";
    let a = run(text);
    let q = find(&a, "ferry is safe");
    let spans = span_texts(text, q);
    assert_eq!(spans.len(), 3, "{spans:?}");
    assert!(spans[2].starts_with("We believe it will last"));
    assert_eq!(a.quotes.len(), 1);
    // A sentence with its own cue is a quote of its own.
    let a = run("''The ferry is safe,'' the mayor said. ''It runs on time,'' she added.");
    assert_eq!(a.quotes.len(), 2);
}

#[test]
fn a_verb_of_thought_before_a_conjunction_reports_nothing() {
    let a = run("The ferry runs for people who want and need it every day.");
    assert!(a.quotes.iter().all(|q| cue(q) != "want"), "{:#?}", a.quotes);
}

#[test]
fn a_possessive_determiner_makes_a_weak_cue_a_noun() {
    assert!(run("Their plan faced steep challenges from the harbour board.")
        .quotes
        .is_empty());
    assert!(run("Her support among older voters still lags behind her rival.")
        .quotes
        .is_empty());
}

#[test]
fn states_is_a_noun_unless_that_or_a_colon_follows() {
    assert!(run("Coal states digging in against the rule have filed suit.")
        .quotes
        .iter()
        .all(|q| cue(q) != "states"));
    assert!(run("Twelve states led by Ohio are challenging the rule in court.")
        .quotes
        .iter()
        .all(|q| cue(q) != "states"));
    let q = single("The new law states that a vote must be held every spring.");
    assert_eq!(q.text, "that a vote must be held every spring");
}

#[test]
fn called_in_or_into_is_phoning_in() {
    assert!(run("The mayor called into a morning radio program from her car.")
        .quotes
        .is_empty());
    assert!(run("She recently called in to a town hall about the ferry.")
        .quotes
        .is_empty());
}

#[test]
fn a_naming_verb_does_not_invert_its_subject() {
    let a = run("The program, called Harbor Link, lets visitors ride the ferry for free.");
    assert!(a.quotes.iter().all(|q| q.text != "The program"), "{:#?}", a.quotes);
    // A speech verb still does: "…, said Smith."
    let q = single("The ferry will run all winter, said Ana Ruiz.");
    assert_eq!(speaker(&q), "Ana Ruiz");
}

#[test]
fn that_before_a_singular_noun_and_a_preposition_is_a_determiner() {
    let q = single("The judge rejected that argument in a ruling released on Monday.");
    assert_eq!(q.text, "that argument");
    let q = single("She declined that post and has since left the council.");
    assert_eq!(q.text, "that post");
    // A complementizer still opens the clause.
    let q = single("The mayor said that prices in the harbour will rise.");
    assert_eq!(q.text, "that prices in the harbour will rise");
}

#[test]
fn a_verb_of_saying_in_the_infinitive_reports() {
    let q = single("The mayor continues to insist that the ferry is safe.");
    assert_eq!(cue(&q), "insist");
    assert_eq!(q.text, "that the ferry is safe");
    assert_eq!(speaker(&q).to_lowercase(), "the mayor");
    // "asked/told to …" is an order: the infinitive is the content.
    let q = single("The council asked to discuss the ferry budget next week.");
    assert_eq!(cue(&q), "asked");
}

#[test]
fn a_figure_that_declines_is_no_refusal() {
    assert!(
        run("Ferry traffic has declined slightly from 58 percent last year to 55 percent now.")
            .quotes
            .is_empty()
    );
    assert!(run("After that the fare would decline by two dollars each year.")
        .quotes
        .is_empty());
    let q = single("The mayor declined to comment on the ferry budget.");
    assert_eq!(cue(&q), "declined");
}

#[test]
fn reported_from_a_place_is_a_credit_line() {
    assert!(run("Ana Ruiz reported from Lisbon, and Tom Hale from Porto.")
        .quotes
        .is_empty());
    let q = single("Ana Ruiz reported from Lisbon that fares will rise.");
    assert_eq!(cue(&q), "reported");
}

#[test]
fn no_cue_inside_a_pair_of_doubled_apostrophes() {
    let text = "''We have shown the town we can run a ferry,'' the mayor said. \
                ''People told us it would fail. It did not.'' The board agreed.";
    let a = run(text);
    let q = find(&a, "shown the town");
    assert_eq!(cue(q), "said");
    assert!(
        a.quotes.iter().all(|q| !matches!(cue(q), "shown" | "told")),
        "{:#?}",
        a.quotes
    );
}

#[test]
fn a_participle_after_the_cue_past_not_or_an_adverb_is_no_content() {
    let q = single("The ferry will run all winter, the mayor said, never once naming the cost.");
    assert_eq!(q.text, "The ferry will run all winter");
}

#[test]
fn doubled_apostrophes_go_on_after_a_cue_with_its_own_object() {
    let text = "''It will pay for itself,'' the mayor said of the ferry plan. ''It cannot fail.''";
    let a = run(text);
    let q = a.quotes.iter().find(|q| cue(q) == "said of").expect("said of");
    let spans = span_texts(text, q);
    assert!(spans.last().is_some_and(|s| s.contains("It cannot fail")), "{spans:?}");
}

#[test]
fn an_infinitive_after_an_object_noun_has_no_speaker() {
    assert!(
        run("The mayor would need a council majority to confirm the new ferry board.")
            .quotes
            .iter()
            .all(|q| cue(q) != "confirm")
    );
    // After an adjunct's noun the infinitive is the subject's purpose.
    let q = single("The mayor went before a council panel to defend the ferry budget.");
    assert_eq!(cue(&q), "defend");
}

#[test]
fn a_noun_of_intent_opening_a_unit_has_nothing_before_it() {
    // The possessive check looks one token back: at the first token of a
    // unit there is none (a fuzzer found the underflow).
    for text in [
        "plans to deploy a new ferry next year.",
        "decision to resign surprised the council.",
        "“plans to deploy the ferry” was the headline.",
    ] {
        let a = run(text);
        assert!(
            a.quotes.iter().all(|q| q.speaker.is_none() || cue(q) != "plans"),
            "{text}: {:#?}",
            a.quotes
        );
    }
}
