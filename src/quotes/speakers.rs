//! Speaker mentions: the noun phrase before or after a cue (names, titles,
//! appositives, organisations, groups and pronouns), and the name a mention
//! stands for once titles and descriptions are stripped.

use super::lexicon::{Lexicon, CLAUSE_OPENERS};
use super::tokens::{is_capitalized, Tok};
use crate::text::{is_month, is_weekday};

/// The longest speaker phrase, in tokens.
const MAX_NP: usize = 14;

/// Determiners, quantifiers and modifiers that may open a speaker phrase.
static DETERMINERS: Lexicon = Lexicon::new(&[
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "another",
    "other",
    "some",
    "many",
    "several",
    "most",
    "few",
    "two",
    "three",
    "four",
    "five",
    "both",
    "all",
    "one",
    "these",
    "those",
    "this",
    "each",
    "more",
    "senior",
    "former",
    "top",
    "chief",
    "deputy",
    "local",
    "federal",
    "state",
    "foreign",
    "defense",
    "press",
    "national",
    "international",
    "regional",
    "presidential",
    "anonymous",
    "unnamed",
    "current",
    "longtime",
    "veteran",
    "prominent",
    "leading",
    "independent",
    "official",
    "government",
    "military",
    "police",
    "campaign",
    "party",
    "election",
    "health",
    "security",
    "intelligence",
    "administration",
    "white",
    "house",
    "legal",
    "public",
    "political",
    "economic",
    "financial",
    "news",
    "republican",
    "democratic",
    "conservative",
    "liberal",
    "new",
    "recent",
    "latest",
    "previous",
    "first",
    "second",
    "third",
    "same",
    "such",
    "u.s",
    "american",
    "top",
    "elected",
    "retired",
    "acting",
    "assistant",
    "associate",
    "executive",
    "managing",
    "vice",
    "general",
    "special",
    "communications",
    "policy",
    "foreign-policy",
    "gop",
    "district",
    "county",
    "city",
    "court",
    "department",
    "ministry",
    "agency",
    "prime",
    "staff",
    "research",
    "defence",
    "environmental",
    "medical",
    "human",
    "rights",
    "civil",
    "polling",
    "internal",
    "industry",
    "business",
    "labor",
    "union",
    "trade",
    "energy",
    "transportation",
    "education",
    "justice",
    "treasury",
    "interior",
    "homeland",
    "commerce",
]);

/// Head nouns of speaker phrases: people, roles, groups, organisations and documents.
static NOUNS: Lexicon = Lexicon::new(&[
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "spokesmen",
    "source",
    "sources",
    "expert",
    "experts",
    "analyst",
    "analysts",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "people",
    "critic",
    "critics",
    "supporter",
    "supporters",
    "voter",
    "voters",
    "resident",
    "residents",
    "officer",
    "officers",
    "police",
    "investigator",
    "investigators",
    "prosecutor",
    "prosecutors",
    "researcher",
    "researchers",
    "scientist",
    "scientists",
    "economist",
    "economists",
    "lawmaker",
    "lawmakers",
    "legislator",
    "legislators",
    "senator",
    "senators",
    "leader",
    "leaders",
    "president",
    "minister",
    "ministers",
    "secretary",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "chief",
    "ceo",
    "executive",
    "executives",
    "manager",
    "managers",
    "campaign",
    "statement",
    "report",
    "reports",
    "study",
    "studies",
    "poll",
    "polls",
    "survey",
    "surveys",
    "agency",
    "military",
    "government",
    "governments",
    "ministry",
    "department",
    "administration",
    "committee",
    "representative",
    "representatives",
    "member",
    "members",
    "group",
    "groups",
    "doctor",
    "doctors",
    "witness",
    "witnesses",
    "judge",
    "judges",
    "court",
    "reporter",
    "reporters",
    "newspaper",
    "paper",
    "network",
    "website",
    "outlet",
    "media",
    "newswire",
    "service",
    "office",
    "authorities",
    "organizers",
    "activist",
    "activists",
    "protesters",
    "democrats",
    "republicans",
    "staff",
    "staffer",
    "staffers",
    "strategist",
    "strategists",
    "operative",
    "operatives",
    "consultant",
    "consultants",
    "pollster",
    "pollsters",
    "candidate",
    "candidates",
    "nominee",
    "governor",
    "mayor",
    "congressman",
    "congresswoman",
    "counsel",
    "commission",
    "council",
    "board",
    "panel",
    "party",
    "team",
    "company",
    "companies",
    "firm",
    "bank",
    "data",
    "figures",
    "documents",
    "filings",
    "records",
    "memo",
    "letter",
    "ad",
    "video",
    "article",
    "editorial",
    "book",
    "author",
    "authors",
    "writer",
    "columnist",
    "editor",
    "editors",
    "host",
    "anchor",
    "correspondent",
    "journalist",
    "journalists",
    "observer",
    "observers",
    "insider",
    "insiders",
    "ally",
    "allies",
    "friend",
    "friends",
    "father",
    "mother",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "man",
    "woman",
    "men",
    "women",
    "person",
    "student",
    "students",
    "teacher",
    "teachers",
    "worker",
    "workers",
    "employee",
    "employees",
    "families",
    "parents",
    "magazine",
    "channel",
    "broadcaster",
    "speaker",
    "caucus",
    "research",
    "analysis",
    "review",
    "audit",
    "investigation",
    "findings",
    "lawsuit",
    "complaint",
    "indictment",
    "filing",
    "narrator",
    "economy",
    "authority",
    "organization",
    "organisation",
    "association",
    "union",
    "unions",
    "coalition",
    "institute",
    "foundation",
    "center",
    "centre",
    "university",
    "researchers",
    "scholars",
    "scholar",
    "historian",
    "historians",
    "professor",
    "diplomat",
    "diplomats",
    "envoy",
    "ambassador",
    "general",
    "generals",
    "commander",
    "commanders",
    "troops",
    "soldiers",
    "army",
    "navy",
    "forces",
    "regulators",
    "regulator",
    "agencies",
    "donors",
    "donor",
    "fans",
    "customers",
    "users",
    "citizens",
    "americans",
    "opponents",
    "proponents",
    "advocates",
    "advocate",
    "backers",
    "skeptics",
    "economists",
    "pundits",
    "commentators",
    "conservatives",
    "liberals",
    "progressives",
    "everyone",
    "nobody",
    "someone",
    "others",
    "many",
    "some",
    "few",
    "most",
    "both",
    "all",
    "clerk",
    "sheriff",
    "coroner",
    "owner",
    "owners",
    "founder",
    "partner",
    "partners",
    "colleague",
    "colleagues",
    "neighbor",
    "neighbors",
    "relatives",
    "family",
    "rival",
    "rivals",
    "challenger",
    "incumbent",
    "administrator",
    "planner",
    "planners",
    "estimates",
    "projections",
    "models",
    "post",
    "tweet",
    "tweets",
    "message",
    "email",
    "emails",
    "release",
    "transcript",
    "documents",
    "guidance",
    "ruling",
    "decision",
    "order",
    "bill",
    "law",
    "plan",
]);

/// Capitalised words that begin clauses rather than names: the list, weekdays,
/// and months but `May` (also a surname).
pub fn cap_stop(w: &str) -> bool {
    CAP_STOP.contains(w) || CLAUSE_OPENERS.contains(w) || is_weekday(w) || (is_month(w) && w != "May")
}

/// Capitalised words that begin clauses, besides the shared clause openers, weekdays and months.
static CAP_STOP: Lexicon = Lexicon::new(&[
    "Or",
    "So",
    "Yet",
    "Although",
    "Though",
    "Because",
    "However",
    "Meanwhile",
    "Still",
    "Also",
    "Then",
    "Now",
    "Instead",
    "Earlier",
    "Later",
    "Here",
    "Asked",
    "Speaking",
    "Without",
    "By",
    "To",
    "Of",
    "During",
    "Since",
    "Until",
    "Last",
    "Next",
    "Thus",
    "Indeed",
    "Even",
    "Yes",
    "No",
    "Well",
    "Why",
    "What",
    "How",
    "Who",
    "Where",
    "Which",
    "Despite",
    "Among",
    "Amid",
    "Under",
    "Over",
    "Through",
    "Unlike",
    "Like",
    "According",
    "Today",
    "Yesterday",
    "Tonight",
    "Not",
    "Only",
    "Just",
    "Once",
    "Whether",
    "Once",
    "Every",
    "Each",
    "Said",
    "Says",
    "Told",
    "Added",
    "Read",
    "More",
    "Photo",
    "Image",
    "Getty",
]);

/// Title words stripped in front of a name.
static TITLES: Lexicon = Lexicon::new(&[
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "gov",
    "governor",
    "sen",
    "senator",
    "rep",
    "representative",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "gen",
    "general",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "judge",
    "justice",
    "chairman",
    "chairwoman",
    "director",
    "chief",
    "mayor",
    "speaker",
    "leader",
    "ambassador",
    "professor",
    "prof",
    "lt",
    "col",
    "sgt",
    "adm",
    "admiral",
    "capt",
    "captain",
    "maj",
    "major",
    "cmdr",
    "commander",
    "rev",
    "reverend",
    "sir",
    "lord",
    "lady",
    "dame",
    "former",
    "acting",
    "deputy",
    "attorney",
    "counsel",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "candidate",
    "nominee",
    "congressman",
    "congresswoman",
    "sheriff",
    "commissioner",
    "state",
    "sens",
    "reps",
    "gens",
    "lawmaker",
    "lieutenant",
    "colonel",
    "sergeant",
    "officer",
    "detective",
    "emperor",
    "sultan",
    "sheikh",
    "ayatollah",
    "premier",
]);

/// Abbreviations that end with a dot inside names and titles.
static ABBREVIATIONS: Lexicon = Lexicon::new(&[
    "Mr", "Mrs", "Ms", "Dr", "Gov", "Sen", "Rep", "Gen", "Lt", "Col", "Sgt", "Prof", "St", "Jr", "Sr", "U.S", "Adm",
    "Capt", "Maj", "Cmdr", "Rev", "Hon", "Pres", "Sens", "Reps", "Gens", "U.N", "U.K", "E.U", "Inc", "Corp", "Co",
    "Ltd",
]);

static PRONOUNS: Lexicon = Lexicon::new(&[
    "he", "she", "they", "we", "i", "it", "you", "He", "She", "They", "We", "I", "It", "You",
]);

/// Whether a capitalised word may open a "Name:" speaker label.
pub fn valid_title_speaker(first: &str) -> bool {
    !cap_stop(first)
        && !is_pronoun(first)
        && !matches!(
            first,
            "Photo"
                | "Photos"
                | "Image"
                | "Video"
                | "Note"
                | "Editor"
                | "Update"
                | "Source"
                | "Read"
                | "Watch"
                | "Related"
                | "Credit"
        )
}

/// Whether a word is a personal pronoun that can report speech.
pub fn is_pronoun(w: &str) -> bool {
    PRONOUNS.contains(w)
}

/// Whether a word heads a speaker phrase (official, spokesman, experts, …).
pub fn is_speaker_noun(w: &str) -> bool {
    is_noun(w)
}

fn is_noun(w: &str) -> bool {
    NOUNS.contains_lower(w)
}

fn is_det(w: &str) -> bool {
    DETERMINERS.contains_lower(w)
}

fn is_possessive(w: &str) -> bool {
    w.ends_with("’s") || w.ends_with("'s") || w.ends_with("s’") || w.ends_with("s'")
}

/// Whether a word is a title (President, Gov, spokesman, …).
pub fn is_title(w: &str) -> bool {
    TITLES.contains_lower(w)
}

fn is_acronym(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '-')
}

/// A word's part in a speaker phrase.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Role {
    Cap,
    Noun,
    Det,
    Link,
    Stop,
}

/// Longest word (bytes) that can be part of a speaker's name.
pub(crate) const MAX_NAME_WORD: usize = 100;

fn role(w: &str) -> Role {
    // No word of a name or title is this long: junk ends the phrase (and never
    // becomes a speaker's name, copied into every quote).
    if w.len() > MAX_NAME_WORD {
        return Role::Stop;
    }
    if is_noun(w) && !(is_capitalized(w) && is_acronym(w)) {
        return Role::Noun;
    }
    if is_det(w) {
        return Role::Det;
    }
    if is_capitalized(w) {
        if cap_stop(w) || is_pronoun(w) {
            return Role::Stop;
        }
        return Role::Cap;
    }
    // "5 percent of voters", "300 economists": a number counts like a
    // determiner.
    if w.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.') && w.as_bytes()[0].is_ascii_digit() {
        return Role::Det;
    }
    if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return Role::Stop;
    }
    if matches!(
        w,
        "of" | "for" | "and" | "&" | "de" | "la" | "al" | "von" | "van" | "bin" | "da" | "du" | "del"
    ) {
        return Role::Link;
    }
    if is_possessive(w) {
        return Role::Det;
    }
    Role::Stop
}

/// [`role`] of a token, worked out once.
fn role_of(text: &str, t: &Tok) -> Role {
    if let Some(r) = t.role.get() {
        return r;
    }
    let r = role(t.text(text));
    t.role.set(Some(r));
    r
}

/// The speaker phrase that ends just before token `end` (exclusive), not
/// reaching before token `lo`. Returns a token range.
pub fn phrase_before(text: &str, toks: &[Tok], end: usize, lo: usize) -> Option<(usize, usize)> {
    phrase_before_in(text, toks, end, lo, true)
}

fn phrase_before_in(text: &str, toks: &[Tok], end: usize, lo: usize, appositive: bool) -> Option<(usize, usize)> {
    if end == 0 || end <= lo {
        return None;
    }
    let last = &toks[end - 1];
    if last.quoted {
        return None;
    }
    if last.word && is_pronoun(last.text(text)) {
        return Some((end - 1, end));
    }
    // "Name, a doctor, said": the appositive between commas belongs to the name.
    if last.text(text) == "," {
        return if appositive {
            appositive_before(text, toks, end - 1, lo)
        } else {
            None
        };
    }
    let mut k = end;
    // The roles of the last two words taken (the latest first).
    let mut last_roles: [Option<Role>; 2] = [None, None];
    // Unknown lower-case words (head nouns not in the lexicon) are kept only
    // when a determiner, possessive or name stands to their left.
    let mut pending = 0usize;
    let mut cut = end;
    while k > lo && end - k < MAX_NP {
        let t = &toks[k - 1];
        if t.quoted {
            break;
        }
        let w = t.text(text);
        if !t.word {
            match w {
                ")" => {
                    // A short parenthetical: (R-Ind.), (MAC), (邱垂正).
                    let open = (k.saturating_sub(8).max(lo)..k - 1)
                        .rev()
                        .find(|&m| toks[m].text(text) == "(");
                    match open {
                        Some(m) if k - 1 > m => {
                            k = m;
                            continue;
                        }
                        _ => break,
                    }
                }
                "." if k >= 2 && toks[k - 2].word && {
                    let p = toks[k - 2].text(text);
                    ABBREVIATIONS.contains(p) || (p.chars().count() == 1 && is_capitalized(p))
                } =>
                {
                    k -= 1;
                    continue;
                }
                _ => break,
            }
        }
        let r = role_of(text, t);
        if r == Role::Stop {
            let unknown =
                !is_capitalized(w) && w.chars().all(|c| c.is_alphabetic() || c == '-') && !FUNCTION_WORDS.contains(w);
            if unknown && pending < 3 {
                if pending == 0 {
                    cut = k;
                }
                pending += 1;
                k -= 1;
                continue;
            }
            break;
        }
        // "of" links names: "Secretary of State", "Mr. Morgan of the Sierra Club".
        let links_names = last_roles.contains(&Some(Role::Cap));
        // "the mother of three", "one of the family's attorneys".
        // "attorneys for the family", "a spokesman for the campaign".
        let of_phrase = matches!(w, "of" | "for") && last_roles[0].is_some();
        if r == Role::Link && !links_names && !of_phrase {
            break;
        }
        if matches!(r, Role::Det | Role::Cap) {
            pending = 0;
        }
        last_roles = [Some(r), last_roles[0]];
        k -= 1;
    }
    if pending > 0 {
        k = cut;
    }
    // Trim from the left: links cannot start a phrase, nor can a year ("in
    // 2013 doctors said").
    while k < end {
        let t = &toks[k];
        let w = t.text(text);
        let year =
            w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && w.bytes().all(|b| b.is_ascii_digit());
        if t.word && (year || role_of(text, t) == Role::Link) {
            k += 1;
        } else {
            break;
        }
    }
    if k >= end {
        return None;
    }
    valid_phrase(text, &toks[k..end]).then_some((k, end))
}

/// Lower-case words that never belong to a speaker phrase.
static FUNCTION_WORDS: Lexicon = Lexicon::new(&[
    "that", "which", "who", "whom", "whose", "what", "and", "but", "or", "nor", "to", "is", "was", "were", "are", "be",
    "been", "being", "as", "if", "when", "while", "because", "so", "than", "then", "there", "here", "it", "not", "no",
    "in", "on", "at", "by", "with", "from", "into", "about", "after", "before", "since", "until", "where", "how",
    "why", "also", "has", "have", "had", "do", "does", "did", "will", "would", "could", "should", "may", "might",
    "can", "must", "he", "she", "they", "we", "i", "you", "him", "them", "us", "me", "said", "says", "say", "told",
    "just", "even", "only", "still", "now", "once", "very", "too", "however", "though", "although", "yet",
]);

/// Whether a lower-case word is a function word (never part of a speaker phrase).
pub fn is_function_word(w: &str) -> bool {
    FUNCTION_WORDS.contains(w) || DETERMINERS.contains(w)
}

/// "Name, appositive, said": the comma at `comma` closes the appositive.
fn appositive_before(text: &str, toks: &[Tok], comma: usize, lo: usize) -> Option<(usize, usize)> {
    let open = (comma.saturating_sub(24).max(lo)..comma).rev().find(|&m| {
        let w = toks[m].text(text);
        // A dot after an abbreviation ("R-Ky.", "Jr.", "D.C.") does not end the appositive.
        let abbreviation_dot = w == "."
            && m > 0
            && toks[m - 1].word
            && toks[m - 1].text(text).len() <= 5
            && toks[m - 1].text(text).chars().any(char::is_uppercase);
        toks[m].quoted || !abbreviation_dot && matches!(w, "," | "." | ";" | ":" | "“" | "”" | "\"" | "?" | "!")
    })?;
    if toks[open].text(text) != "," || open + 1 >= comma {
        return None;
    }
    let first = toks[open + 1].text(text);
    // "Name, a doctor,", "Name, 82,", "Name, director of …,", "Name, who heads …,".
    // "China, Pyongyang’s only ally …,": a possessive opens a description too.
    let opener = !is_capitalized(first)
        || first.chars().all(|c| c.is_ascii_digit())
        || matches!(first, "The" | "A" | "An")
        || first.ends_with("’s")
        || first.ends_with("'s");
    // "China, such as conferences and fairs," is a list, not an appositive.
    if matches!(
        first,
        "such" | "including" | "like" | "especially" | "particularly" | "and" | "or" | "but"
    ) {
        return None;
    }
    // Short appositives need no opener: "Mitch McConnell, R-Ky., said".
    if !opener && comma - open > 4 {
        return None;
    }
    let (a, b) = phrase_before_in(text, toks, open, lo, false)?;
    // The name's last word, past a parenthetical such as "(R-Ohio)".
    let mut depth = 0usize;
    let mut last = "";
    for t in &toks[a..b] {
        match t.text(text) {
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            w if depth == 0 && t.word => last = w,
            _ => {}
        }
    }
    if is_pronoun(last) {
        return None;
    }
    // "The state’s campaign chairman, Phil Lovas, said": a description, then the
    // name in apposition (capitalized words only, no opener).
    let name_appositive = !opener
        && toks[open + 1..comma]
            .iter()
            .all(|t| !t.word || is_capitalized(t.text(text)) || matches!(t.text(text), "de" | "van" | "von" | "bin"));
    let described = is_speaker_noun(last) || matches!(toks[a].text(text), "The" | "A" | "An" | "the" | "a" | "an");
    if !(is_capitalized(last) || name_appositive && described) {
        return None;
    }
    // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing,
    // said": a second appositive, after the name's first.
    if !is_capitalized(toks[a].text(text)) && a > lo + 1 && toks[a - 1].text(text) == "," {
        if let Some((name, end)) = phrase_before_in(text, toks, a - 1, lo, false) {
            let starts_clause = name == 0 || !toks[name - 1].word;
            if starts_clause && toks[name..end].iter().all(|t| !t.word || is_capitalized(t.text(text))) {
                return Some((name, comma));
            }
        }
    }
    Some((a, comma))
}

/// The speaker phrase starting at token `start` (after "said", "according to"),
/// not reaching token `hi`.
pub fn phrase_after(text: &str, toks: &[Tok], start: usize, hi: usize) -> Option<(usize, usize)> {
    if start >= hi {
        return None;
    }
    let first = &toks[start];
    if first.quoted || !first.word {
        return None;
    }
    if is_pronoun(first.text(text)) {
        return Some((start, start + 1));
    }
    let mut k = start;
    while k < hi && k - start < MAX_NP {
        let t = &toks[k];
        if t.quoted {
            break;
        }
        let w = t.text(text);
        if !t.word {
            if w == "."
                && k > start
                && {
                    let p = toks[k - 1].text(text);
                    ABBREVIATIONS.contains(p) || (p.chars().count() == 1 && is_capitalized(p))
                }
                && k + 1 < hi
                && toks[k + 1].word
            {
                k += 1;
                continue;
            }
            if w == "(" {
                if let Some(m) = (k + 1..hi.min(k + 8)).find(|&m| toks[m].text(text) == ")") {
                    k = m + 1;
                    continue;
                }
            }
            break;
        }
        let r = role_of(text, &toks[k]);
        // "said farmer Tom Berg": a role noun right before a name.
        let role_before_name = k == start
            && is_unknown_word(text, &toks[k])
            && toks
                .get(k + 1)
                .is_some_and(|n| n.word && is_capitalized(n.text(text)) && role_of(text, n) == Role::Cap);
        if role_before_name {
            k += 1;
            continue;
        }
        if r == Role::Stop && !(k == start && is_capitalized(w) && !cap_stop(w)) {
            // "said the announcer": an unknown head noun after a determiner.
            if is_unknown_word(text, &toks[k]) && k > start && role_of(text, &toks[start]) == Role::Det && k - start < 4
            {
                k += 1;
            }
            break;
        }
        k += 1;
    }
    // Do not end on a link word, a determiner ("told Americans this weekend")
    // or the first word of a date ("the union last week").
    while k > start
        && toks[k - 1].word
        && (matches!(role_of(text, &toks[k - 1]), Role::Link | Role::Det)
            || matches!(toks[k - 1].text(text), "last" | "next" | "this" | "early" | "late"))
        && !is_possessive(toks[k - 1].text(text))
    {
        k -= 1;
    }
    if k == start {
        return None;
    }
    valid_phrase(text, &toks[start..k]).then_some((start, k))
}

/// The first speaker-like phrase of a clause (its subject), before token `hi`:
/// "On Friday, Mayor Ana Ruiz …" → "Mayor Ana Ruiz".
pub fn first_phrase(text: &str, toks: &[Tok], hi: usize) -> Option<(usize, usize)> {
    let mut k = 0;
    // Skip an opening adjunct up to its comma.
    if toks.first().is_some_and(|t| t.word && cap_stop(t.text(text))) {
        k = (0..hi.min(16))
            .find(|&m| toks[m].text(text) == ",")
            .map_or(hi, |m| m + 1);
    }
    // "On Thursday, however, Trump …": a sentence adverb between commas.
    if k + 1 < hi
        && toks[k + 1].text(text) == ","
        && matches!(
            toks[k].text(text),
            "however" | "meanwhile" | "though" | "instead" | "then" | "too" | "also" | "Meanwhile" | "However"
        )
    {
        k += 2;
    }
    let np = phrase_after(text, toks, k, hi)?;
    if toks[np.0..np.1].iter().any(|t| t.quoted) {
        return None;
    }
    Some(np)
}

/// A phrase names a speaker when its last word is a name or a speaker noun.
fn valid_phrase(text: &str, toks: &[Tok]) -> bool {
    let mut depth = 0usize;
    let mut last = None;
    for t in toks {
        match t.text(text) {
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            _ if depth == 0 && t.word => last = Some(t),
            _ => {}
        }
    }
    let Some(last) = last else {
        return false;
    };
    let w = last.text(text);
    if is_pronoun(w) {
        return toks.len() == 1;
    }
    let Some(first) = toks.iter().find(|t| t.word) else {
        return false;
    };
    matches!(role_of(text, last), Role::Cap | Role::Noun)
        || is_capitalized(w) && !cap_stop(w) && !matches!(w, "The" | "A" | "An")
        || is_unknown_word(text, last) && first.text(text) != w && matches!(role_of(text, first), Role::Det | Role::Cap)
}

/// A lower-case word outside the lexicons (a head noun such as "businessman").
fn is_unknown_word(text: &str, t: &Tok) -> bool {
    let w = t.text(text);
    !is_capitalized(w)
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && !FUNCTION_WORDS.contains(w)
        && role_of(text, t) == Role::Stop
}

/// Whether a mention stands for a group or organisation rather than a person.
pub fn is_group(text: &str, toks: &[Tok]) -> bool {
    match toks.iter().rev().find(|t| t.word) {
        Some(last) => {
            let w = last.text(text);
            matches!(w, "they" | "They" | "we" | "We" | "it" | "It") || (!is_capitalized(w) && is_noun(w))
        }
        None => false,
    }
}

/// The name a mention stands for: the trailing proper name without titles
/// ("State Department spokesman Matthew Miller" → "Matthew Miller"), an
/// acronym naming an organisation ("Russia’s official TASS news agency" →
/// "TASS"), or the description itself ("South Korea’s military").
pub fn mention_name(text: &str, toks: &[Tok]) -> String {
    // Drop parentheticals and anything after an appositive comma.
    let mut words: Vec<&str> = Vec::new();
    let mut depth = 0usize;
    for t in toks {
        let w = t.text(text);
        match w {
            "," if depth == 0 && !words.is_empty() => break,
            "who" | "which" => break,
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            _ if depth == 0 && t.word => words.push(w),
            _ => {}
        }
    }
    // "Mr. Morgan of the Sierra Club", "Gov. Earl Tomblin of West Virginia": the person before "of".
    if let Some(of) = words.iter().position(|w| *w == "of") {
        let head = &words[..of];
        let titled = head.iter().any(|w| is_title(w));
        let name_words = head.iter().filter(|w| is_capitalized(w) && !is_title(w)).count();
        if name_words >= 1
            && (titled || name_words >= 2)
            && head.last().is_some_and(|w| is_capitalized(w) && !is_title(w))
        {
            words.truncate(of);
        }
    }
    let Some(&last) = words.last() else {
        return String::new();
    };
    if is_capitalized(last) && !is_noun(last) || is_acronym(last) {
        let mut start = words.len() - 1;
        while start > 0
            && (is_capitalized(words[start - 1]) || matches!(words[start - 1], "de" | "van" | "von" | "bin" | "al"))
        {
            start -= 1;
        }
        let run = &words[start..];
        let cut = run[..run.len() - 1]
            .iter()
            .rposition(|w| is_title(w))
            .map_or(0, |p| p + 1);
        let mut name: Vec<&str> = run[cut..].to_vec();
        // "The US", "the US", "The New York Times": keep the article, in lower case.
        if name.first().is_some_and(|w| *w == "The") && name.len() > 1 {
            name[0] = "the";
        } else if cut == 0 && start > 0 && words[start - 1].eq_ignore_ascii_case("the") {
            name.insert(0, "the");
        }
        return name.join(" ");
    }
    const ORG_HEADS: &[&str] = &[
        "agency",
        "newspaper",
        "news",
        "network",
        "outlet",
        "newswire",
        "service",
        "channel",
        "broadcaster",
        "magazine",
        "website",
        "daily",
        "paper",
        "company",
        "firm",
        "group",
        "party",
        "organization",
        "organisation",
    ];
    if ORG_HEADS.contains(&last) {
        if let Some(acr) = words.iter().find(|w| is_acronym(w) && w.len() >= 2) {
            return (*acr).to_string();
        }
    }
    let mut out: Vec<&str> = words.clone();
    if out.first().is_some_and(|w| *w == "The") {
        out[0] = "the";
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn before(t: &str, cue: &str) -> String {
        let toks = tokenize(t, 0..t.len());
        let i = toks.iter().position(|k| k.text(t) == cue).unwrap();
        let (a, b) = phrase_before(t, &toks, i, 0).unwrap();
        t[toks[a].range.start..toks[b - 1].range.end].to_string()
    }

    #[test]
    fn phrases_before_cues() {
        assert_eq!(
            before("State Department spokesman Matthew Miller told", "told"),
            "State Department spokesman Matthew Miller"
        );
        assert_eq!(
            before("off its east coast, South Korea’s military said", "said"),
            "South Korea’s military"
        );
        assert_eq!(before("in the region, experts said", "said"), "experts");
        assert_eq!(
            before("But Gov. Mike Pence (R-IN) said", "said"),
            "Gov. Mike Pence (R-IN)"
        );
    }

    #[test]
    fn names_drop_titles_and_descriptions() {
        let name = |t: &str| mention_name(t, &tokenize(t, 0..t.len()));
        assert_eq!(name("State Department spokesman Matthew Miller"), "Matthew Miller");
        assert_eq!(name("Russian President Vladimir Putin"), "Vladimir Putin");
        assert_eq!(name("Russia’s official TASS news agency"), "TASS");
        assert_eq!(name("South Korea’s military"), "South Korea’s military");
        assert_eq!(name("The US"), "the US");
        assert_eq!(name("Minister Chiu Chui-cheng (邱垂正)"), "Chiu Chui-cheng");
    }
}
