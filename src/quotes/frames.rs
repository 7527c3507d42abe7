//! Attribution frames: a cue, its speaker and its content inside one unit
//! (a run of sentences merged where a quotation spans a sentence boundary).

use super::cues::{cue_strength, is_aux, is_cue, takes_hearer, Strength, SPEECH, WEAK};
use super::lexicon::Lexicon;
use super::speakers::{
    cap_stop, first_phrase, is_function_word, is_pronoun, is_speaker_noun, is_title, phrase_after, phrase_before,
    valid_title_speaker,
};
use super::tokens::{is_capitalized, Counts};
use super::tokens::{ClauseStop, Tok};
use crate::text::{is_month, is_weekday};
use std::ops::Range;

/// Most frames taken from one unit (bounds pathological input).
const MAX_FRAMES: usize = 64;
/// How far a content clause is scanned for its end (tokens).
const MAX_CLAUSE: usize = 400;
/// How far after a cue a "that" or colon may open the content (tokens).
const LOOKAHEAD: usize = 10;
/// How far an object is scanned for the verb, adjunct or clause that ends it
/// (tokens). Objects are short; a long one keeps the clause's end. Every cue
/// scans its object, so this bounds the work a run of cues costs.
const MAX_OBJECT: usize = 64;

/// Words that may stand between a cue and its "that" or colon ("told a news
/// briefing this week that", "said in a statement on Monday:").
static LEAD_IN: Lexicon = Lexicon::new(&[
    "in",
    "on",
    "at",
    "during",
    "a",
    "an",
    "the",
    "his",
    "her",
    "their",
    "its",
    "this",
    "last",
    "week",
    "month",
    "year",
    "statement",
    "interview",
    "briefing",
    "news",
    "conference",
    "email",
    "tweet",
    "post",
    "letter",
    "speech",
    "rally",
    "reporters",
    "him",
    "them",
    "me",
    "us",
    "repeatedly",
    "also",
    "later",
    "earlier",
    "again",
    "recently",
    "previously",
    "privately",
    "publicly",
    "yesterday",
    "today",
    "tonight",
    "to",
    "with",
    "by",
    "for",
    "press",
    "phone",
    "written",
    "television",
    "radio",
    "video",
    "call",
    "message",
    "note",
    "of",
    "and",
    "then",
    "further",
    "flatly",
    "falsely",
    "wrongly",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
    "recent",
    "separate",
    "joint",
    "brief",
    "lengthy",
    "emailed",
    "released",
    "prepared",
    "remarks",
    "testimony",
    "hearing",
    "told",
    "reporter",
    "journalists",
    "audience",
    "crowd",
    "supporters",
    "voters",
    "lawmakers",
    "senators",
    "early",
    "late",
    "hours",
    "days",
    "weeks",
    "months",
    "minutes",
    "ago",
    "overnight",
    "shortly",
    "soon",
    "first",
    "once",
    "twice",
    "directly",
    "personally",
    "bluntly",
    "openly",
    "sunday",
    "afterward",
    "posts",
    "tweets",
    "series",
    "several",
    "two",
    "three",
    "comments",
    "remark",
    "appearance",
    "address",
    "forum",
    "event",
    "debate",
    "op-ed",
    "column",
    "filing",
    "court",
    "documents",
]);

/// What earlier frames of the unit leave to the next one.
struct Prior {
    /// First token a content before the cue may use.
    floor: usize,
    /// The speaker of the previous frame.
    speaker: Option<(usize, usize)>,
}

/// Verbs that report speech through a preposition ("spoke of", "complained about").
static PHRASAL: Lexicon = Lexicon::new(&[
    "talk",
    "talks",
    "talked",
    "talking",
    "speak",
    "speaks",
    "spoke",
    "speaking",
    "spoken",
    "complain",
    "complains",
    "wonder",
    "worry",
    "worries",
    "worried",
    "push",
    "pushes",
    "pushed",
    "pushing",
    "advocate",
    "advocates",
    "advocated",
    "press",
    "presses",
    "pressed",
    "rail",
    "railed",
    "rails",
    "lash",
    "lashed",
    "weigh",
    "weighed",
    "comment",
    "commented",
    "comments",
    "elaborate",
    "elaborated",
    "brag",
    "bragged",
    "brags",
    "fought",
    "fights",
    "campaigned",
    "lobbied",
    "hinted",
    "hint",
    "mused",
    "muse",
    "reflect",
    "reflected",
    "opened",
    "blogged",
    "raved",
    "ranted",
    "joke",
    "lectured",
    "preached",
    "reminisced",
    "fretted",
    "frets",
    "fumed",
    "testify",
    "inquired",
    "asked",
]);

/// The end of a phrasal cue at `i` (after its preposition), past "out", "in",
/// an adverb or a day between ("spoke out Tuesday about", "spoke warmly of").
fn phrasal_end(text: &str, toks: &[Tok], i: usize) -> Option<usize> {
    // (The preposition first: it rules out most words without a lookup.)
    for m in i + 1..toks.len().min(i + 4) {
        let x = toks[m].text(text);
        if toks[m].quoted {
            break;
        }
        if matches!(x, "about" | "of" | "for" | "on" | "against" | "up") {
            return PHRASAL.contains(toks[i].text(text)).then_some(m + 1);
        }
        // "laid out his plan", "spelled out the terms".
        if x == "out" && m == i + 1 && LAID_OUT.contains(toks[i].text(text)) {
            return Some(m + 1);
        }
        // ("pressed him on …", "asked them about …": a hearer first.)
        let hearer = m == i + 1 && matches!(x, "him" | "her" | "them" | "us" | "me");
        if !(hearer || matches!(x, "in" | "out") || is_ly_adverb(x) || is_weekday_or_time(x)) {
            break;
        }
    }
    // "made the case for", "raised questions about", "has faced sharp
    // criticism for": a light verb with a noun of saying a few words on.
    if !LIGHT.contains(toks[i].text(text)) {
        return None;
    }
    let m = (i + 1..toks.len().min(i + 5))
        .find(|&m| toks[m].quoted || !toks[m].word || LIGHT_NOUNS.contains(toks[m].text(text)))?;
    let next = toks
        .get(m + 1)
        .filter(|t| toks[m].word && !toks[m].quoted && !t.quoted)?
        .text(text);
    match next {
        "that" => Some(m + 1),
        "of" | "about" | "for" | "into" | "over" | "against" => Some(m + 2),
        _ => None,
    }
}

/// Verbs that report with "out" ("laid out his plan").
static LAID_OUT: Lexicon = Lexicon::new(&["lay", "lays", "laid", "laying", "spelled", "spells"]);
/// Adjectives whose clause is the content ("made it clear that …").
static CLEAR: Lexicon = Lexicon::new(&["clear", "unclear", "obvious", "apparent", "evident"]);
/// Prepositions before an indirect question ("coy about whether …").
static QUESTION_PREPOSITIONS: Lexicon = Lexicon::new(&["about", "over", "on"]);
/// Adjectives before an indirect question ("unsure if …").
static UNSURE: Lexicon = Lexicon::new(&["sure", "unsure"]);

/// Every word that can head a frame past a unit's first token outside colon
/// titles: the cue verbs, and the heads of phrasal, light, nominal,
/// adjectival and question frames. One lookup passes over the other words of
/// a unit ("according" is tested apart).
static FRAME_HEADS: Lexicon = Lexicon::union(
    &[
        &SPEECH,
        &WEAK,
        &PHRASAL,
        &LIGHT,
        &LAID_OUT,
        &NOMINAL,
        &INTENT,
        &STANCE,
        &CLEAR,
        &QUESTION_PREPOSITIONS,
        &UNSURE,
    ],
    &[],
);

/// Light verbs that report through a noun of saying ("made the case for").
static LIGHT: Lexicon = Lexicon::new(&[
    "make", "makes", "made", "making", "raise", "raises", "raised", "raising", "face", "faces", "faced", "facing",
    "offer", "offers", "offered", "offering", "issue", "issued", "issuing", "sounded", "leveled", "levelled", "lodged",
    "drew", "drawn", "drawing",
]);

/// Nouns of saying after a light verb.
static LIGHT_NOUNS: Lexicon = Lexicon::new(&[
    "case",
    "argument",
    "pitch",
    "appeal",
    "call",
    "statement",
    "remarks",
    "comments",
    "mention",
    "reference",
    "condemnation",
    "criticism",
    "questions",
    "concerns",
    "plea",
    "claims",
    "allegations",
    "accusations",
    "secret",
    "warning",
    "warnings",
    "attacks",
    "complaints",
    "objections",
    "insights",
    "assurances",
    "doubts",
    "threats",
    "demands",
]);

/// Cue forms that are also common nouns ("swing states", "a government plan").
static NOUN_LIKE: Lexicon = Lexicon::new(&[
    "states",
    "figure",
    "signal",
    "demand",
    "decline",
    "point",
    "fear",
    "doubt",
    "estimate",
    "answer",
    "vote",
    "votes",
    "note",
    "notes",
    "plan",
    "plans",
    "view",
    "views",
    "question",
    "questions",
    "tweet",
    "tweets",
    "report",
    "reports",
    "claims",
    "claim",
    "calls",
    "call",
    "support",
    "want",
    "wants",
    "see",
    "expect",
    "estimates",
    "figures",
    "answers",
    "remarks",
    "charges",
    "demands",
    "promises",
    "warns",
    "finds",
    "rules",
    "points",
    "comments",
    "reply",
    "replies",
    "fears",
    "hopes",
    "worries",
    "doubts",
    "counter",
    "counters",
    "concerns",
    "vows",
    "pledges",
]);

/// Possessive determiners ("Their plan", "her support").
static POSSESSIVE: Lexicon = Lexicon::new(&[
    "Their", "their", "His", "his", "Its", "its", "Our", "our", "My", "my", "Your", "your", "Her",
]);

/// One attribution found in a unit: token indices into the unit's tokens.
#[derive(Debug, Clone)]
pub struct Frame {
    /// Cue token range.
    pub cue: (usize, usize),
    /// Speaker token range.
    pub speaker: Option<(usize, usize)>,
    /// Content byte range (empty when the content lies in the next block).
    pub content: Range<usize>,
    /// The second piece of a quote split around its cue (“A,” she said, “B.”).
    pub more: Option<Range<usize>>,
    /// The cue ends with a colon and nothing follows in the unit.
    pub colon_open: bool,
    /// Only the speaker and cue stand in the unit ("Trump said."): the
    /// content is the quotation just before.
    pub takes_previous: bool,
}

impl Frame {
    /// A frame with its content in one piece, in this unit.
    fn new(cue: (usize, usize), speaker: Option<(usize, usize)>, content: Range<usize>) -> Self {
        Frame {
            cue,
            speaker,
            content,
            more: None,
            colon_open: false,
            takes_previous: false,
        }
    }
}

fn is_sep(w: &str) -> bool {
    matches!(w, "," | "”" | "\"" | "’" | "—" | "–" | ";" | "»" | "'" | "(")
}

/// Finite forms of "be" and "have", and the modals "will", "would", "could",
/// "can", "may" and "might".
fn is_finite_aux(w: &str) -> bool {
    matches!(
        w,
        "is" | "was" | "are" | "were" | "has" | "have" | "had" | "will" | "would" | "could" | "can" | "may" | "might"
    )
}

fn is_weekday_or_time(w: &str) -> bool {
    matches!(
        w,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "yesterday"
            | "today"
            | "tonight"
            | "Yesterday"
            | "Today"
            | "recently"
            | "earlier"
            | "later"
            | "again"
            | "repeatedly"
            | "also"
            | "previously"
            | "privately"
            | "publicly"
            | "afterward"
            | "afterwards"
            | "Tuesday’s"
            | "then"
            | "too"
    )
}

/// Where a content that starts at token `a` without "that" ends when it is a
/// noun phrase or an infinitive rather than a clause: before an adjunct of
/// time, place or reason ("attacked the plan in a tweet on Monday", "agreed to
/// pay the bill so the work could start"). A clause (a pronoun or question
/// word first, or an auxiliary, reporting verb or past form anywhere) keeps
/// its adjuncts: "said he met them in May", "said the vote could be held in May".
/// Whether a word token reads as a verb: an auxiliary, a cue, or a long
/// form in -ed. Kept in the token, so that many cues scanning the same
/// tokens look each one up once.
fn reads_as_verb(text: &str, t: &Tok) -> bool {
    if let Some(verb) = t.verb.get() {
        return verb;
    }
    let w = t.text(text);
    // (The ending before the lookups.)
    let verb = w.len() > 4 && w.ends_with("ed") || is_aux(w) || is_cue(w);
    t.verb.set(Some(verb));
    verb
}

fn object_end(text: &str, toks: &[Tok], a: usize, end: usize) -> usize {
    let Some(first) = toks.get(a).filter(|t| t.word && !t.quoted).map(|t| t.text(text)) else {
        return end;
    };
    let infinitive = first == "to";
    // (A subject pronoun: "her opponent", "him" and "them" are objects.)
    let opens_clause = is_pronoun(first)
        && !matches!(
            first,
            "it" | "It" | "you" | "You" | "her" | "him" | "them" | "his" | "its" | "their" | "our" | "my"
        )
        || matches!(
            first,
            "what" | "how" | "why" | "whether" | "if" | "who" | "when" | "where" | "which"
        );
    if opens_clause {
        return end;
    }
    let last = toks.len().min(a + MAX_OBJECT);
    let mut cut: Option<(usize, bool)> = None;
    for (m, t) in toks.iter().enumerate().take(last).skip(a) {
        if t.range.start >= end {
            break;
        }
        // "endorsed the mayor on Friday, a sign of …": a comma after the
        // adjunct closes the object.
        if let (Some((at, _)), ",") = (cut, t.text(text)) {
            if !t.quoted {
                return at;
            }
        }
        if t.quoted || !t.word {
            continue;
        }
        let w = t.text(text);
        // "promoted the therapies and downplayed the risks", "declined the
        // post and has since left": a second verb of the main clause after
        // the object. (A past form needs a determiner, pronoun or "to" after
        // it: "and elected officials" is a noun phrase.)
        let coordinated = m > a + 1 && matches!(toks[m - 1].text(text), "and" | "but") && !toks[m - 1].quoted;
        if coordinated && w.bytes().all(|b| b.is_ascii_lowercase()) {
            let next = toks.get(m + 1).filter(|x| !x.quoted).map_or("", |x| x.text(text));
            let past = w.len() > 4 && w.ends_with("ed") && (next == "to" || is_function_word(next) || is_pronoun(next));
            // "…, and plans to cut …": a reporting verb after a comma and "and".
            let after_comma = m >= 2 && toks[m - 2].text(text) == "," && !toks[m - 2].quoted;
            let reporting = after_comma && w.ends_with('s') && is_cue(w);
            if past || reporting || matches!(w, "has" | "have" | "had" | "was" | "were" | "is" | "are") {
                return cut.map_or(toks[m - 1].range.start, |(at, _)| at);
            }
        }
        // (After an adjunct's preposition a cue word is mostly its noun:
        // "during the debate", "in an interview".)
        // ("during the first debate": "first" may stand before a cue but is
        // no verb.)
        let verb_like = if cut.is_none() {
            reads_as_verb(text, t)
        } else {
            is_finite_aux(w)
        };
        if !infinitive && (w == "that" || verb_like) {
            // A verb: a clause, unless a subordinate clause has already begun.
            return match cut {
                Some((at, true)) => at,
                _ => end,
            };
        }
        if cut.is_some() || t.range.start == toks[a].range.start {
            continue;
        }
        // ", which …" after a noun phrase describes it: no longer the object.
        let relative = !infinitive && matches!(w, "which" | "who") && m > 0 && toks[m - 1].text(text) == ",";
        // "a tight race as Trump gains": "as" before a subject opens a clause.
        let as_clause = w == "as"
            && toks.get(m + 1).is_some_and(|x| {
                let x = x.text(text);
                matches!(x, "he" | "she" | "they" | "we" | "I") || is_capitalized(x) && !is_month(x) && !is_title(x)
            });
        let subordinate = relative
            || as_clause
            || matches!(w, "after" | "before")
                && (m + 2..toks.len().min(m + 4)).any(|k| {
                    let x = toks[k].text(text);
                    is_finite_aux(x) || x.len() > 4 && x.ends_with("ed") && x.bytes().all(|b| b.is_ascii_lowercase())
                })
            || matches!(
                w,
                "because" | "so" | "when" | "while" | "where" | "until" | "although" | "though" | "unless" | "whereas"
            );
        // "during the debate", "in July", "on Monday", "at 3 p.m.".
        let next = || toks.get(m + 1).filter(|x| !x.quoted).map_or("", |x| x.text(text));
        let dated = |next: &str| is_weekday(next) || is_month(next) || next.starts_with(|c: char| c.is_ascii_digit());
        // "in a tweet", "in an interview": an indefinite occasion.
        let occasion = || w == "in" && matches!(next(), "a" | "an");
        let preposition = matches!(w, "during" | "since" | "following" | "amid")
            || matches!(w, "in" | "on" | "at" | "after" | "before" | "by") && (dated(next()) || occasion());
        // ("particularly after …", "shortly before …": with its adverb.)
        if subordinate || preposition && !infinitive {
            // (Worked out only where it is used.)
            let at = toks[if m > a + 1 && is_ly_adverb(toks[m - 1].text(text)) {
                m - 1
            } else {
                m
            }]
            .range
            .start;
            if subordinate && infinitive {
                return at;
            }
            cut = Some((at, subordinate));
        }
    }
    cut.map_or(end, |(at, _)| at)
}

/// Nouns of saying and believing that take a that-clause: "the mayor’s
/// claim that …", "fears that …".
static NOMINAL: Lexicon = Lexicon::new(&[
    "claim",
    "claims",
    "assertion",
    "assertions",
    "belief",
    "fear",
    "fears",
    "doubt",
    "doubts",
    "concern",
    "concerns",
    "warning",
    "warnings",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "argument",
    "insistence",
    "suggestion",
    "acknowledgment",
    "acknowledgement",
    "admission",
    "denial",
    "prediction",
    "promise",
    "pledge",
    "conclusion",
    "hope",
    "hopes",
    "complaint",
    "complaints",
    "charge",
    "charges",
    "arguments",
    "beliefs",
    "idea",
    "notion",
    "narrative",
    "pronouncement",
    "pronouncements",
    "recognition",
    "realization",
    "proof",
    "evidence",
    "suspicion",
    "suspicions",
    "impression",
    "theory",
    "view",
    "assurance",
    "assurances",
    "confidence",
    "rumor",
    "rumors",
    "statements",
    "reminder",
    "expectation",
    "expectations",
    "assumption",
    "perception",
    "feeling",
    "findings",
    "indication",
    "indications",
    "contention",
    "premise",
    "conviction",
    "worries",
    "frustration",
    "criticism",
    "objection",
    "objections",
    "explanation",
    "excuse",
    "lie",
    "myth",
    "consensus",
]);

/// Nouns of intent that take an infinitive ("his decision to resign").
static INTENT: Lexicon = Lexicon::new(&[
    "agreement",
    "motion",
    "decision",
    "determination",
    "refusal",
    "eagerness",
    "reluctance",
    "willingness",
    "intention",
    "effort",
    "efforts",
    "plan",
    "plans",
    "bid",
    "attempt",
    "commitment",
    "vow",
    "pledge",
    "promise",
    "threat",
    "call",
    "calls",
    "proposal",
    "desire",
]);

/// Adjectives of certainty and feeling that take a that-clause ("are
/// confident that …", "was frustrated that …").
static STANCE: Lexicon = Lexicon::new(&[
    "convinced",
    "confident",
    "certain",
    "sure",
    "afraid",
    "worried",
    "concerned",
    "frustrated",
    "angry",
    "upset",
    "pleased",
    "proud",
    "aware",
    "hopeful",
    "optimistic",
    "skeptical",
    "adamant",
    "incensed",
    "furious",
    "disappointed",
    "determined",
]);

/// A noun of saying with its that-clause ("his claim that the vote was
/// rigged"): the possessive before it, if any, is the speaker.
fn nominal_frame(text: &str, toks: &[Tok], counts: &Counts, i: usize, unit: &Range<usize>) -> Option<Frame> {
    let that = i + 1;
    // (The "that" or "to" first: it rules out most words without a lookup.)
    let to = toks.get(that).is_some_and(|t| !t.quoted && t.text(text) == "to");
    if !to && toks.get(that).is_none_or(|t| t.quoted || t.text(text) != "that") {
        return None;
    }
    let w = toks[i].text(text);
    let next = toks.get(that + 1).filter(|t| t.word && !t.quoted)?.text(text);
    // "her decision to resign": a noun of intent with a bare verb after "to"
    // (and a possessive speaker, below).
    let adjective = !to && STANCE.contains(w);
    if to {
        if !INTENT.contains(w)
            || is_function_word(next)
            || next.ends_with('s')
            || !next.bytes().all(|b| b.is_ascii_lowercase())
        {
            return None;
        }
    } else if !(NOMINAL.contains(w) || adjective)
        // "the claim that" vs "the claims that were made": a clause needs a
        // subject after "that", not a verb.
        || is_aux(next)
        || is_cue(next)
        || next.ends_with("ed")
    {
        return None;
    }
    if adjective {
        // "Officials are confident that …": the subject before the verb.
        let mut k = i;
        while k > 0 && i - k < 4 && toks[k - 1].word && !toks[k - 1].quoted && {
            let x = toks[k - 1].text(text);
            is_aux(x)
                || is_ly_adverb(x)
                || matches!(
                    x,
                    "so" | "very"
                        | "became"
                        | "become"
                        | "remain"
                        | "remains"
                        | "seem"
                        | "seemed"
                        | "seems"
                        | "felt"
                        | "feel"
                        | "feels"
                )
        } {
            k -= 1;
        }
        if k == i {
            return None;
        }
        let speaker = phrase_before(text, toks, k, 0)?;
        let end = clause_end(text, toks, that, unit.end);
        let content = trim_content(text, toks[that].range.start..end);
        return (words_in(toks, counts, &content) >= 3).then(|| Frame::new((k, i + 1), Some(speaker), content));
    }
    let speaker = (i > 0 && !toks[i - 1].quoted).then(|| i - 1).and_then(|p| {
        let w = toks[p].text(text);
        if matches!(w, "his" | "her" | "their" | "its" | "our" | "my") {
            Some((p, p + 1))
        } else if w.ends_with("’s") || w.ends_with("'s") {
            phrase_before(text, toks, p + 1, 0).or(Some((p, p + 1)))
        } else {
            None
        }
    });
    // ("signed an agreement to …", "filed a motion to …": these state an
    // intent of their own, with or without a possessive.)
    if to && speaker.is_none() && !matches!(w, "agreement" | "motion") {
        return None;
    }
    let mut end = clause_end(text, toks, that, unit.end);
    // "Her decision to resign surprised them": as the subject, the phrase
    // ends before the main verb.
    let mut start = speaker.map_or(i, |(a, _)| a);
    if start > 0 && matches!(toks[start - 1].text(text), "The" | "the") {
        start -= 1;
    }
    if to
        && (start == 0
            || matches!(
                toks[start - 1].text(text),
                "," | "But" | "Yet" | "And" | "but" | "yet" | "and"
            ))
    {
        let last = toks.len().min(that + MAX_OBJECT);
        let verb = (that + 2..last).find(|&m| {
            let x = toks[m].text(text);
            let after = toks.get(m + 1).map_or("", |t| t.text(text));
            !toks[m].quoted
                && (is_finite_aux(x)
                    || matches!(x, "did" | "does")
                    || x.len() > 4
                        && x.ends_with("ed")
                        && x.bytes().all(|b| b.is_ascii_lowercase())
                        && (after == "to" || is_function_word(after) || is_pronoun(after)))
        });
        if let Some(m) = verb {
            end = end.min(toks[m].range.start);
        }
    }
    // "Despite claims that the vote was rigged, turnout rose": a phrase set
    // before its main clause ends at its comma.
    let fronted = matches!(
        toks[0].text(text),
        "Despite" | "Amid" | "After" | "Given" | "With" | "Following" | "Because" | "Although" | "Though" | "While"
    ) && !toks[..i].iter().any(|t| t.text(text) == ",");
    if fronted {
        let last = toks.len().min(that + MAX_CLAUSE);
        if let Some(m) = (that + 2..last).find(|&m| !toks[m].quoted && toks[m].text(text) == ",") {
            end = end.min(toks[m].range.start);
        }
    }
    let content = trim_content(text, toks[that].range.start..end);
    (words_in(toks, counts, &content) >= 3).then(|| Frame::new((i, i + 1), speaker, content))
}

/// "made it clear (that) …" with its speaker, and "it is (un)clear whether
/// …" with none: the clause after "clear" is the content.
fn clear_frame(text: &str, toks: &[Tok], counts: &Counts, i: usize, unit: &Range<usize>) -> Option<Frame> {
    let w = toks[i].text(text);
    if !CLEAR.contains(w) {
        return None;
    }
    let word = |m: usize| toks.get(m).filter(|t| t.word && !t.quoted).map_or("", |t| t.text(text));
    let make = |x: &str| matches!(x, "make" | "makes" | "made" | "making");
    let next = word(i + 1);
    let opens = matches!(
        next,
        "that" | "whether" | "if" | "what" | "how" | "why" | "who" | "when" | "where"
    ) || is_pronoun(next) && !matches!(next, "it" | "its")
        || is_capitalized(next) && !is_month(next) && !is_weekday(next);
    if !opens {
        return None;
    }
    let (cue_start, speaker) = if i >= 2 && word(i - 1) == "it" && make(word(i - 2)) {
        (i - 2, Some(phrase_before(text, toks, i - 2, 0)?))
    } else if i >= 1 && make(word(i - 1)) {
        (i - 1, Some(phrase_before(text, toks, i - 1, 0)?))
    } else {
        // "it is not clear", "it’s unclear", "is it clear", "it remains unclear".
        let linking = |x: &str| {
            matches!(
                x,
                "is" | "was"
                    | "not"
                    | "remains"
                    | "remained"
                    | "seems"
                    | "seemed"
                    | "still"
                    | "became"
                    | "Is"
                    | "Nor"
                    | "nor"
            )
        };
        let mut k = i;
        while k > 0 && i - k < 3 && linking(word(k - 1)) {
            k -= 1;
        }
        let it = |x: &str| matches!(x, "it" | "It" | "it's" | "It's" | "it’s" | "It’s");
        if k + 1 < i && it(word(i - 1)) {
            // "is it clear": the verb before "it".
            k = i - 1;
            while k > 0 && i - k < 4 && linking(word(k - 1)) {
                k -= 1;
            }
        } else if k > 0 && it(word(k - 1)) {
            k -= 1;
        } else {
            return None;
        }
        (k, None)
    };
    let a = i + 1;
    let end = clause_end(text, toks, a, unit.end);
    let content = trim_content(text, toks[a].range.start..end);
    (words_in(toks, counts, &content) >= 3).then(|| Frame::new((cue_start, i + 1), speaker, content))
}

/// An indirect question after a preposition or "sure" ("were coy about
/// whether …", "spar over whether …", "weren't sure if …"): the question is
/// the content; the word before the preposition joins the cue.
fn question_frame(text: &str, toks: &[Tok], counts: &Counts, i: usize, unit: &Range<usize>) -> Option<Frame> {
    let w = toks[i].text(text);
    let next = toks.get(i + 1).filter(|t| !t.quoted)?.text(text);
    let asks = match w {
        _ if QUESTION_PREPOSITIONS.contains(w) => matches!(next, "whether" | "how" | "why"),
        _ if UNSURE.contains(w) => matches!(next, "whether" | "if"),
        _ => false,
    };
    if !asks || i == 0 || !toks[i - 1].word || toks[i - 1].quoted {
        return None;
    }
    // (Inside a larger clause: the question ends at its first comma or dash.)
    let mut end = clause_end(text, toks, i + 1, unit.end);
    let last = toks.len().min(i + MAX_OBJECT);
    if let Some(m) = (i + 3..last).find(|&m| !toks[m].quoted && (toks[m].text(text) == "," || is_dash(text, toks, m))) {
        end = end.min(toks[m].range.start);
    }
    let content = trim_content(text, toks[i + 1].range.start..end);
    (words_in(toks, counts, &content) >= 3).then(|| Frame::new((i - 1, i + 1), None, content))
}

/// Conjunctions that open a subordinate clause (in any ASCII case). The
/// first letter is tested before the list: it rules out most words.
fn is_subordinator(w: &str) -> bool {
    matches!(
        w.as_bytes().first().map(u8::to_ascii_lowercase),
        Some(b'a' | b'b' | b'i' | b'l' | b'o' | b's' | b't' | b'u' | b'w')
    ) && [
        "while", "although", "though", "when", "whenever", "once", "if", "because", "since", "after", "before", "lest",
        "unless", "whereas", "until",
    ]
    .iter()
    .any(|s| w.eq_ignore_ascii_case(s))
}

/// Whether a subordinator before token `s` opens a clause set before its
/// main clause ("While a judge found …, the court …"): first in the unit or
/// after punctuation or a conjunction, not after the main clause ("called
/// the hearing because they felt …, …").
fn fronted_subordinate(text: &str, toks: &[Tok], s: usize) -> bool {
    s > 0
        && !toks[s - 1].quoted
        && is_subordinator(toks[s - 1].text(text))
        && (s < 2 || !toks[s - 2].word || matches!(toks[s - 2].text(text), "and" | "but" | "that" | "And" | "But"))
}

/// Where a content that starts at token `a` inside a fronted subordinate
/// clause ends: at its first comma or semicolon from the third token on
/// (`end` when there is none).
fn subordinate_end(text: &str, toks: &[Tok], a: usize, end: usize) -> usize {
    (a + 2..toks.len().min(a + MAX_CLAUSE))
        .find(|&m| !toks[m].quoted && matches!(toks[m].text(text), "," | ";"))
        .map_or(end, |m| toks[m].range.start)
}

fn is_part_of_day(w: &str) -> bool {
    matches!(w, "morning" | "afternoon" | "evening" | "night")
}

/// An adverb in "-ly" standing between a subject and its verb ("Trump
/// repeatedly accused", "who pointedly refused"): not a noun such as "family".
fn is_ly_adverb(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ly")
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !is_speaker_noun(w)
        && !matches!(
            w,
            "family"
                | "rally"
                | "ally"
                | "assembly"
                | "supply"
                | "monopoly"
                | "anomaly"
                | "elderly"
                | "daily"
                | "weekly"
        )
}

/// Trim a byte range of trailing and leading separators and spaces.
fn trim_content(text: &str, r: Range<usize>) -> Range<usize> {
    let Some(s) = text.get(r.clone()) else {
        return r.start..r.start;
    };
    let lead = s.len() - s.trim_start_matches(leading_separator).len();
    let body = &s[lead..];
    let kept = body.trim_end_matches(trailing_separator).len();
    r.start + lead..r.start + lead + kept
}

/// The second piece of a quote split around its cue (“A,” she said, “B.”):
/// the quotation that opens at token `open` (its opening mark, or its first
/// quoted word), through its closing mark, within `within`. Only that one
/// quotation: a unit of many split quotes must not hand each frame the rest
/// of the unit (which made the output grow with the square of the unit).
fn quotation_at(text: &str, toks: &[Tok], open: usize, within: &Range<usize>) -> Range<usize> {
    let mut end = within.end;
    for m in open + 1..toks.len() {
        let t = &toks[m];
        if matches!(t.text(text), "”" | "\"" | "»") {
            end = t.range.end;
            break;
        }
        if !t.quoted {
            end = toks[m - 1].range.end;
            break;
        }
    }
    trim_content(text, within.start..end.clamp(within.start, within.end))
}

fn leading_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | ':' | ';' | '—' | '–' | '-')
}

fn trailing_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | ':' | ';' | '—' | '–' | '.')
}

/// Where content starting at byte `from` begins once [`trim_content`] has
/// skipped its leading separators (at most `end`): `trim_content(t, f..e)` is
/// `trim_content(t, skip.min(e)..e)` for any `e <= end`, so a start used by
/// many candidate frames is scanned once.
fn content_start(text: &str, from: usize, end: usize) -> usize {
    text.get(from..end)
        .map_or(from, |s| end - s.trim_start_matches(leading_separator).len())
}

fn words_in(toks: &[Tok], counts: &Counts, r: &Range<usize>) -> usize {
    counts.within(toks, r).0
}

/// Words that open an adjunct rather than a reported clause ("said in a
/// statement", "said on Monday", "said Smith, who …").
fn is_adjunct_opener(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "during"
            | "after"
            | "before"
            | "via"
            | "through"
            | "to"
            | "from"
            | "by"
            | "with"
            | "of"
            | "for"
            | "as"
            | "when"
            | "while"
            | "last"
            | "this"
            | "earlier"
            | "later"
            | "about"
            | "outside"
            | "inside"
            | "afterward"
            | "without"
            | "since"
            | "following"
    )
}

/// Verbs that put a quoted name on something: "called Clinton a “champion”",
/// "described the plan as “reckless”".
fn is_naming_verb(w: &str) -> bool {
    matches!(
        w,
        "call"
            | "calls"
            | "called"
            | "calling"
            | "described"
            | "describes"
            | "describing"
            | "dubbed"
            | "labeled"
            | "labelled"
            | "branded"
            | "blasted"
            | "criticized"
            | "criticised"
            | "slammed"
            | "denounced"
            | "likened"
            | "characterized"
            | "praised"
            | "hailed"
    )
}

/// Where a naming verb's content ends: right after the quoted name when a time
/// or place adjunct follows it ("as a “disgrace” Wednesday on …", "a “crazy
/// system” during a campaign stop"); otherwise `end`.
fn name_end(text: &str, toks: &[Tok], a: usize, end: usize) -> usize {
    let mut m = a;
    // Within a clause's reach: a content can run to the end of a long unit.
    let last = toks.len().min(a + MAX_CLAUSE);
    while m + 1 < last && toks[m].range.end <= end {
        let closes = toks[m].quoted && !toks[m + 1].quoted && matches!(toks[m + 1].text(text), "”" | "\"" | "»");
        if closes {
            let next = toks.get(m + 2).map_or("", |t| t.text(text));
            // "as “unhinged” a tweet …" (a list goes on after a comma: "a “bully,” a …").
            let new_object = matches!(next, "a" | "an") && toks[m].text(text) != ",";
            if new_object
                || is_weekday_or_time(next)
                || matches!(
                    next,
                    "during" | "at" | "on" | "while" | "after" | "before" | "earlier" | "last" | "this" | "―" | "—"
                )
            {
                return toks[m + 1].range.end;
            }
        }
        m += 1;
    }
    end
}

/// The end of the closing mark of the quotation opened at token `open`.
fn quotation_end(toks: &[Tok], open: usize) -> usize {
    let last = (open + 1..toks.len())
        .find(|&m| !toks[m].quoted)
        .unwrap_or(toks.len() - 1);
    toks[last].range.end
}

/// Where a content that starts at token `a` ends: at a semicolon, at ", but"
/// and similar clause openers, or at "and" before another reporting verb.
/// Each token's [`ClauseStop`] is worked out once and kept in the token, so
/// that many cues in one long unit scan flags, not words.
fn clause_end(text: &str, toks: &[Tok], a: usize, unit_end: usize) -> usize {
    let n = toks.len().min(a + 1 + MAX_CLAUSE);
    for m in a + 1..n {
        let t = &toks[m];
        let kind = match t.stop.get() {
            ClauseStop::Unknown => {
                let kind = clause_stop(text, toks, m);
                t.stop.set(kind);
                kind
            }
            kind => kind,
        };
        let stop = match kind {
            ClauseStop::Unknown | ClauseStop::No => false,
            ClauseStop::Always => true,
            ClauseStop::NewAttribution => m >= a + 4,
            // (No dash between the clause's start and this one: it began inside the aside.)
            ClauseStop::AsideClose => !(a.max(m.saturating_sub(25))..m).any(|k| is_dash(text, toks, k)),
        };
        if stop {
            // “…partial,” meaning …: a comma inside the closing mark ends the
            // clause after the mark.
            let closing_comma = matches!(t.text(text), "”" | "\"") && toks[m - 1].text(text) == ",";
            return if closing_comma { t.range.end } else { t.range.start };
        }
    }
    unit_end
}

/// Whether token `k` is a dash: "—", "–", or "--" typed as two hyphens.
fn is_dash(text: &str, toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        !t.quoted && matches!(t.text(text), "—" | "–")
            || t.text(text) == "-" && toks.get(k + 1).is_some_and(|n| !n.quoted && n.text(text) == "-")
    })
}

/// How token `m` ends a reported clause that runs over it.
fn clause_stop(text: &str, toks: &[Tok], m: usize) -> ClauseStop {
    // (Of the words, only "and", "but" and "yet" can end a clause.)
    if m == 0 || toks[m].quoted || toks[m].word && toks[m].range.len() != 3 {
        return ClauseStop::No;
    }
    let mut w = toks[m].text(text);
    // “…partial,” meaning …: a comma inside the closing mark ends the clause
    // too (after the mark).
    if matches!(w, "”" | "\"") && toks[m - 1].text(text) == "," {
        w = ",";
    }
    let word_at = |k: usize| toks.get(k).filter(|t| !t.quoted).map_or("", |t| t.text(text));
    // ", implicitly putting …": an adverb before the participle. Only
    // commas and conjunctions look at the next word.
    let next = || match word_at(m + 1) {
        adverb if adverb.len() > 4 && adverb.ends_with("ly") && word_at(m + 2).ends_with("ing") => word_at(m + 2),
        other => other,
    };
    // "… — a member of the clan — to replace …": a dash with another one
    // within 24 tokens after it opens an aside inside the clause; the one
    // that closes it ends only a clause that began inside the aside.
    let dash = |k: usize| is_dash(text, toks, k);
    let opens_aside = || (m + 2..toks.len().min(m + 26)).any(dash);
    let closes_aside = || (m.saturating_sub(24)..m.saturating_sub(1)).any(dash);
    // ", but also …", ", but would …": a second predicate of the reported
    // clause goes on with it.
    let continues = |k: usize| matches!(word_at(k), "also" | "would" | "will" | "could" | "might" | "may");
    match w {
        ";" => ClauseStop::Always,
        // ("— from A to B", "— including …": examples of what went before.)
        "—" | "-" if opens_aside() || matches!(word_at(m + 1 + usize::from(w == "-")), "from" | "including") => {
            ClauseStop::No
        }
        "—" | "-" if closes_aside() => ClauseStop::AsideClose,
        "but" if continues(m + 1) => ClauseStop::No,
        "but" if matches!(toks[m - 1].text(text), "”" | "\"" | ",") => ClauseStop::Always,
        // "… the plan but has been met with opposition": a second verb
        // phrase of the main clause.
        "but" | "yet" if matches!(word_at(m + 1), "has" | "have" | "had" | "was" | "were" | "is" | "are") => {
            ClauseStop::Always
        }
        // ", encouraging …", ", which …": a participle or relative clause of the main clause
        // (", leaving …", ", making …", ", allowing …" give the result of the
        // reported event and go on with it);
        // ", when …": a clause of time or contrast.
        "," => {
            let next = next();
            let ends = next.ends_with("ing")
                && next.chars().all(|c| c.is_ascii_lowercase())
                && !matches!(
                    next,
                    "including" | "regarding" | "concerning" | "excluding" | "leaving" | "making" | "allowing"
                )
                || matches!(
                    next,
                    "but" | "yet" | "although" | "though" | "whereas" | "even" | "according" | "with" | "when"
                ) && !(word_at(m + 1) == "but" && continues(m + 2))
                    // (", even more important, …": an aside, not "even if".)
                    && !(word_at(m + 1) == "even" && matches!(word_at(m + 2), "more" | "less" | "worse" | "better"))
                // "…, who died in May": a relative clause on a name describes
                // it ("people who …, who …" goes on).
                || next == "who" && is_capitalized(toks[m - 1].text(text))
                // "1.6 percent, down from 2 percent", ", more than …": a comparison
                // added to a figure; ", and that’s …": a comment on the whole clause.
                || matches!(
                    (next, word_at(m + 2)),
                    ("up" | "down", "from") | ("more" | "less", "than") | ("and", "that’s" | "that's")
                )
                // ", as he did before", ", as reported by …".
                || next == "as" && {
                    let x = word_at(m + 2);
                    matches!(x, "he" | "she" | "they" | "we" | "I" | "it") || x.len() > 4 && x.ends_with("ed")
                };
            // "… backed Mr. Ruiz, the front-runner.": a noun phrase after a
            // name that closes the sentence (or opens a relative clause)
            // describes the name; the reported clause ends before it.
            let appositive = || {
                let prev = toks[m - 1].text(text);
                let mut k = m + 2;
                matches!(next, "the" | "a" | "an")
                    && (is_capitalized(prev) || prev == ")")
                    && loop {
                        let Some(t) = toks.get(k).filter(|t| !t.quoted && k < m + 16) else {
                            break k == toks.len();
                        };
                        let x = t.text(text);
                        if matches!(x, "." | "who" | "which" | "that") {
                            break true;
                        }
                        // ("the presumed favorite": a participle right after the
                        // article; "…, the poet Ann Ray and the …": a list.)
                        if !t.word
                            || is_finite_aux(x)
                            || is_cue(x)
                            || x.ends_with("ed") && k > m + 2
                            || x == "and" && matches!(word_at(k + 1), "the" | "a" | "an")
                        {
                            break false;
                        }
                        k += 1;
                    }
            };
            if ends || appositive() {
                ClauseStop::Always
            } else {
                ClauseStop::No
            }
        }
        "―" | "—" if !matches!(toks[m - 1].text(text), "”" | "\"") => ClauseStop::Always,
        // " -- " typed as two hyphens.
        "-" if word_at(m + 1) == "-" && !matches!(toks[m - 1].text(text), "”" | "\"" | "-") => ClauseStop::Always,
        // “What curfew?” and kept going: a quoted sentence ends the clause.
        "and" | "but"
            if m >= 2
                && matches!(toks[m - 1].text(text), "”" | "\"")
                && matches!(toks[m - 2].text(text), "?" | "!" | ".") =>
        {
            ClauseStop::Always
        }
        "and" | "but" => {
            let next = next();
            let after = if is_aux(next) {
                toks.get(m + 2).filter(|t| !t.quoted).map_or("", |t| t.text(text))
            } else {
                next
            };
            if SPEECH.contains(after) {
                ClauseStop::Always
            } else if new_attribution(text, toks, m + 1) {
                ClauseStop::NewAttribution
            } else {
                ClauseStop::No
            }
        }
        _ => ClauseStop::No,
    }
}

/// Whether a subject and a reporting verb start at token `s` (after a
/// conjunction): "… and Democrats accused …", "…, and he urged …" open an
/// attribution of their own.
fn new_attribution(text: &str, toks: &[Tok], s: usize) -> bool {
    let Some((_, mut e)) = phrase_after(text, toks, s, toks.len().min(s + 16)) else {
        return false;
    };
    let word_at = |m: usize| toks.get(m).filter(|t| t.word && !t.quoted).map(|t| t.text(text));
    let limit = e + 3;
    while e < limit && word_at(e).is_some_and(|w| is_aux(w) || is_ly_adverb(w)) {
        e += 1;
    }
    word_at(e).is_some_and(|w| w.bytes().all(|b| b.is_ascii_lowercase()) && is_cue(w))
}

/// A "Name: words" opening (transcripts, headlines): speaker, colon and content.
fn colon_title(text: &str, toks: &[Tok], counts: &Counts, unit: &Range<usize>) -> Option<Frame> {
    let mut s = 0;
    if toks.first().is_some_and(|t| matches!(t.text(text), "“" | "\"")) {
        s = 1;
    }
    let c = (s..toks.len().min(s + 6)).find(|&m| !toks[m].word)?;
    if toks[c].text(text) != ":" || c == s {
        return None;
    }
    let names = toks[s..c].iter().all(|t| {
        let w = t.text(text);
        is_capitalized(w) && !is_title(w) || matches!(w, "of" | "and" | "de")
    });
    let first = toks[s].text(text);
    if !names || !valid_title_speaker(first) {
        return None;
    }
    let content = trim_content(text, toks.get(c + 1)?.range.start..unit.end);
    if words_in(toks, counts, &content) < 3 {
        return None;
    }
    Some(Frame::new((c, c + 1), Some((s, c)), content))
}

/// Find the frames of one unit. `toks` are the unit's tokens (quoted flags set),
/// `unit` its byte range.
pub fn find_frames(
    text: &str,
    toks: &[Tok],
    counts: &Counts,
    unit: Range<usize>,
    colon_titles: bool,
    pairs: &[usize],
) -> Vec<Frame> {
    // Trailing separators trimmed once (every content running to the end of
    // the unit would trim them again).
    let unit = unit.start..trim_content(text, unit.clone()).end.max(unit.start);
    let mut frames: Vec<Frame> = Vec::new();
    // The first token a new "before" content may use.
    let mut floor = 0usize;
    // The floor before the last frame was found.
    let mut prev_floor = 0usize;
    // Where a content from `floor` starts after separators: (floor, byte).
    let mut floor_start: Option<(usize, usize)> = None;
    let mut start_at_floor = |floor: usize| match floor_start {
        Some((f, at)) if f == floor => at,
        _ => {
            let from = toks.get(floor).map_or(unit.start, |t| t.range.start);
            let at = content_start(text, from, unit.end.max(from));
            floor_start = Some((floor, at));
            at
        }
    };
    let n = toks.len();
    // ''A,'' she said: where quotation marks are typed as two apostrophes
    // (`pairs`: where they stand in the paragraph), the words between a pair
    // are quoted (no cue among them).
    // (Tested after the word list, which rules out most words first.)
    let in_pair = |t: &Tok| pairs.partition_point(|&p| p < t.range.start) % 2 == 1;
    let mut i = 0;
    if colon_titles {
        if let Some(f) = colon_title(text, toks, counts, &unit) {
            i = f.cue.1;
            floor = f.cue.1;
            frames.push(f);
        }
    }
    while i < n && frames.len() < MAX_FRAMES {
        let t = &toks[i];
        // (The three dashes take three bytes each: the length rules out the
        // other marks before the text is read.)
        if !t.quoted
            && !t.word
            && t.range.len() == 3
            && matches!(t.text(text), "―" | "—" | "–")
            && i > 0
            && matches!(toks[i - 1].text(text), "”" | "\"")
        {
            // “…” ― Name
            if let Some(np) = phrase_after(text, toks, i + 1, n) {
                let end = toks[i - 1].range.end;
                let content = trim_content(text, start_at_floor(floor).min(end)..end);
                if words_in(toks, counts, &content) > 0 {
                    floor = np.1;
                    frames.push(Frame::new((i, i + 1), Some(np), content));
                    i = np.1;
                    continue;
                }
            }
        }
        if t.quoted || !t.word {
            i += 1;
            continue;
        }
        let w = t.text(text);
        let according_word = w.eq_ignore_ascii_case("according");
        if i > 0 && !colon_titles && !according_word && !FRAME_HEADS.contains(w) || in_pair(t) {
            i += 1;
            continue;
        }
        // Inside an earlier frame's content: only trailing attributions cut it.
        let inside = frames
            .last()
            .filter(|f| f.content.start <= t.range.start && t.range.start < f.content.end)
            .is_some();
        // (The lexicon lowers the capitals itself, with no copy of the word.)
        let frame = if i == 0 && is_capitalized(w) && SPEECH.contains_lower(w) {
            // "Said Ellis: “…”" — an inverted cue opening the sentence.
            opening_cue(text, toks, &unit)
        } else if according_word && toks.get(i + 1).is_some_and(|k| k.text(text) == "to") {
            // "Clinton plans to visit on Sunday, according to an aide": a
            // report whose content runs up to "according to" lies inside
            // it; the content takes that report whole.
            let last_word = (0..i).rev().find(|&m| toks[m].word || toks[m].quoted);
            let nested = frames
                .last()
                .is_some_and(|f| f.more.is_none() && last_word.is_some_and(|m| toks[m].range.end <= f.content.end));
            let from_floor = if nested { prev_floor } else { floor };
            let from = start_at_floor(from_floor);
            according(text, toks, counts, i, (from_floor, from), &unit)
        } else if i == 0 && w == "In" {
            // "In the latest poll, Clinton leads …": the poll reports the clause.
            (2..n.min(16))
                .find(|&m| toks[m].text(text) == ",")
                .filter(|&c| matches!(toks[c - 1].text(text), "poll" | "polls" | "survey" | "surveys"))
                .and_then(|c| {
                    let content = trim_content(text, toks.get(c + 1)?.range.start..unit.end);
                    (!content.is_empty()).then(|| Frame::new((0, 1), Some((1, c)), content))
                })
        } else if colon_titles && i > 0 && is_headline_cue(w) {
            // A title-case headline: "Obama Says Museum Tells the Story".
            headline_cue(text, toks, i, &unit)
        } else if let Some(cue) = w
            .as_bytes()
            .first()
            .filter(|b| b.is_ascii_lowercase())
            .and_then(|_| verb_cue(text, toks, i, w))
        {
            let prior = Prior {
                floor,
                speaker: frames.last().and_then(|f| f.speaker),
            };
            verb_frame(text, toks, counts, i, cue, prior, &unit)
        } else {
            None
        };
        let frame = frame
            .or_else(|| nominal_frame(text, toks, counts, i, &unit))
            .or_else(|| clear_frame(text, toks, counts, i, &unit))
            .or_else(|| question_frame(text, toks, counts, i, &unit));
        let Some(frame) = frame else {
            i += 1;
            continue;
        };
        if inside && !keeps_inside(text, toks, counts, frames.last_mut(), &frame, i) {
            i = frame.cue.1.max(i + 1);
            continue;
        }
        let end_tok = frame.speaker.map_or(frame.cue.1, |(_, b)| b.max(frame.cue.1));
        prev_floor = floor;
        floor = end_tok;
        // The search goes on after the cue, or after a speaker that follows it
        // (its words are no cues: "according to X according to Y …").
        i = frame.cue.1.max(i + 1);
        if let Some((_, b)) = frame.speaker.filter(|&(a, _)| a >= frame.cue.1) {
            i = i.max(b);
        }
        // A later attribution ends the second piece of the one before ("A, the
        // mayor said, B, Jones said, …"): no piece runs on over later frames,
        // which kept the quote text linear in the unit.
        let at = toks[frame.speaker.map_or(frame.cue.0, |(a, _)| a.min(frame.cue.0))]
            .range
            .start;
        if let Some(more) = frames.last_mut().and_then(|f| f.more.as_mut()) {
            if more.start < at && at < more.end {
                *more = trim_content(text, more.start..at);
            }
        }
        frames.push(frame);
    }
    // "Citing a report, the mayor warned …": an opening participle's speaker
    // is the subject of the main clause when that clause has a cue of its own.
    if let [first, second, ..] = &mut frames[..] {
        if let (0, None, Some((a, _))) = (first.cue.0, first.speaker, second.speaker) {
            if a > 0 && toks[a - 1].range.end >= first.content.end && toks[a - 1].range.start <= first.content.end + 4 {
                first.speaker = second.speaker;
            }
        }
    }
    frames
}

/// A frame found inside the previous frame's content (`prev`), at token `i`:
/// whether it stands as a frame of its own. Either way the previous content
/// is cut where the new frame begins.
fn keeps_inside(text: &str, toks: &[Tok], counts: &Counts, prev: Option<&mut Frame>, frame: &Frame, i: usize) -> bool {
    let Some(prev) = prev else {
        return false;
    };
    let cue_start = toks[frame.cue.0].range.start;
    let content_before_cue = frame.content.end <= toks[i].range.start;
    // "…praised her work: “A,” the union wrote." — a quotation opened after a
    // colon inside the earlier content is the new frame's: the earlier content
    // ends at the colon.
    if content_before_cue
        && frame.content.start > prev.content.start
        && text[..frame.content.start].trim_end().ends_with(':')
    {
        prev.content = trim_content(text, prev.content.start..frame.content.start);
        return true;
    }
    // "…, RIA reported." / "…, according to X." closing an earlier content: cut there.
    if content_before_cue {
        let cut = frame
            .speaker
            .map_or(cue_start, |(a, _)| toks[a].range.start.min(cue_start));
        let sep = (0..i)
            .rev()
            .take(16)
            .find(|&m| toks[m].range.end <= cut && is_sep(toks[m].text(text)));
        if let Some(m) = sep {
            if toks[m].range.start > prev.content.start {
                prev.content = trim_content(text, prev.content.start..toks[m].range.start);
            }
        }
    }
    // "…reason he felt demoralized, Ham also noted several “intangibles” …":
    // a new subject and cue after a comma open a clause of their own.
    let new_clause = frame.speaker.is_some_and(|(a, b)| {
        a > 0
            && b <= frame.cue.0
            && matches!(toks[a - 1].text(text), "," | ";")
            && !toks[a - 1].quoted
            && !is_pronoun(toks[a].text(text))
    }) && toks.get(frame.cue.1).is_some_and(|x| x.text(text) != ",")
        && frame.content.start > toks[i].range.end
        && words_in(toks, counts, &frame.content) >= 3;
    if new_clause {
        let (a, _) = frame.speaker.unwrap_or(frame.cue);
        let cut = toks[a - 1].range.start;
        // "worried that if the state held up the deal, the company could
        // threaten …": the comma closes a subordinate clause that opens the
        // earlier content; the main clause after it is still reported.
        let opening = text.get(prev.content.start..cut).unwrap_or("");
        let mut words = opening.split_whitespace();
        let first = words.next().unwrap_or("");
        let first = if first == "that" {
            words.next().unwrap_or("")
        } else {
            first
        };
        // ("said that in 1998, Clinton allowed …": an opening phrase too.)
        let opening_phrase = matches!(
            first,
            "in" | "on" | "at" | "during" | "after" | "before" | "by" | "since" | "under" | "despite" | "following"
        ) && opening.split_whitespace().count() <= 7;
        let subordinate_first = (is_subordinator(first) || opening_phrase) && !opening.contains([',', ';', '“', '"']);
        if cut > prev.content.start && !subordinate_first {
            prev.content = trim_content(text, prev.content.start..cut);
        }
    }
    new_clause
}

fn opening_cue(text: &str, toks: &[Tok], unit: &Range<usize>) -> Option<Frame> {
    // "Asked about the delay, the mayor said …", "Citing a report, the mayor
    // …": the question or object up to the comma.
    let first = toks[0].text(text);
    if first == "Asked" || first.ends_with("ing") {
        let next = toks.get(1)?.text(text);
        // ("Writing in the Post, …", "Adding to the risk, …": a phrase, no object.)
        let ok = if first == "Asked" {
            matches!(next, "about" | "to" | "whether" | "if" | "why" | "how")
        } else {
            !matches!(next, "in" | "to" | "from" | "on" | "at" | "for" | "with" | "by")
        };
        if !ok {
            return None;
        }
        let cue_end = if next == "about" { 2 } else { 1 };
        // (“Bemoaning the “rigged system,” she …”: a comma inside the closing mark.)
        let close = |m: usize| toks.get(m + 1).is_some_and(|t| matches!(t.text(text), "”" | "\""));
        let comma =
            (cue_end..toks.len().min(40)).find(|&m| toks[m].text(text) == "," && (!toks[m].quoted || close(m)))?;
        let end = if toks[comma].quoted {
            toks[comma + 1].range.end
        } else {
            toks[comma].range.start
        };
        let content = trim_content(text, toks.get(cue_end)?.range.start..end);
        return Some(Frame::new((0, cue_end), None, content));
    }
    let np = phrase_after(text, toks, 1, toks.len())?;
    let sep = toks.get(np.1)?;
    if !matches!(sep.text(text), ":" | ",") {
        return None;
    }
    let content = trim_content(text, toks.get(np.1 + 1)?.range.start..unit.end);
    if content.is_empty() {
        return None;
    }
    Some(Frame::new((0, 1), Some(np), content))
}

/// A title-case reporting verb in a headline: "Says", "Warns", and any
/// listed verb in "-s" that is not also a noun ("Reveals", "Endorses").
fn is_headline_cue(w: &str) -> bool {
    if matches!(
        w,
        "Says" | "Said" | "Tells" | "Warns" | "Claims" | "Admits" | "Insists" | "Calls" | "Urges"
    ) {
        return true;
    }
    if !(w.len() > 3 && w.ends_with('s') && is_capitalized(w) && w.bytes().skip(1).all(|b| b.is_ascii_lowercase())) {
        return false;
    }
    let lower = w.to_ascii_lowercase();
    is_cue(&lower) && !NOUN_LIKE.contains(&lower)
}

fn headline_cue(text: &str, toks: &[Tok], i: usize, unit: &Range<usize>) -> Option<Frame> {
    let speaker = phrase_before(text, toks, i, 0)?;
    // "Dam Will Hold Through Winter, Engineer Says": the cue closes the headline.
    let closes = toks.len() <= i + 3 && toks[i + 1..].iter().all(|t| !t.word);
    if closes && speaker.0 > 1 && toks[speaker.0 - 1].text(text) == "," {
        let content = trim_content(text, unit.start..toks[speaker.0 - 1].range.start);
        if content.is_empty() || toks[..speaker.1].iter().any(|t| t.quoted) {
            return None;
        }
        return Some(Frame::new((i, i + 1), Some(speaker), content));
    }
    let content = trim_content(text, toks.get(i + 1)?.range.start..unit.end);
    if content.is_empty() || toks[speaker.0..speaker.1].iter().any(|t| t.quoted) {
        return None;
    }
    Some(Frame::new((i, i + 1), Some(speaker), content))
}

/// An "according to X" frame at token `i`; `floor` is the first token its
/// content may use, with the byte where that content starts.
fn according(
    text: &str,
    toks: &[Tok],
    counts: &Counts,
    i: usize,
    (floor, floor_start): (usize, usize),
    unit: &Range<usize>,
) -> Option<Frame> {
    let n = toks.len();
    let np_end = (i + 2..n.min(i + 16))
        .find(|&m| matches!(toks[m].text(text), "," | "." | ";" | ":" | "“" | "”" | "\"" | "—") || toks[m].quoted)
        .unwrap_or(n.min(i + 16));
    if np_end <= i + 2 {
        return None;
    }
    let speaker = Some((i + 2, np_end));
    let at_start = counts.words_between(floor, i) == 0;
    let content = if at_start {
        // After the punctuation that ends the name; a word there (no
        // punctuation within reach) already belongs to the content.
        let from = toks
            .get(np_end)
            .map_or(unit.end, |t| if t.word { t.range.start } else { t.range.end });
        trim_content(text, from..unit.end)
    } else {
        let end = toks[i].range.start;
        trim_content(text, floor_start.min(end)..end)
    };
    if content.is_empty() {
        return None;
    }
    Some(Frame::new((i, i + 2), speaker, content))
}

/// How the word `w` at token `i` reads as a verbal cue: a listed cue with its
/// strength and no phrasal end, or a phrasal cue ("spoke of") with the token
/// after its preposition. Looked up once, in [`find_frames`], for
/// [`verb_frame`] to use.
fn verb_cue(text: &str, toks: &[Tok], i: usize, w: &str) -> Option<(Strength, Option<usize>)> {
    match cue_strength(w) {
        Some(strength) => Some((strength, None)),
        None => phrasal_end(text, toks, i).map(|end| (Strength::Speech, Some(end))),
    }
}

/// The frame of the verbal cue at token `i`; `cue` is its [`verb_cue`].
fn verb_frame(
    text: &str,
    toks: &[Tok],
    counts: &Counts,
    i: usize,
    (strength, phrasal): (Strength, Option<usize>),
    prior: Prior,
    unit: &Range<usize>,
) -> Option<Frame> {
    let Prior {
        floor,
        speaker: previous_speaker,
    } = prior;
    let n = toks.len();
    let w = toks[i].text(text);
    if !w.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let mut cue_end = i + 1;
    let mut strength = strength;
    if matches!(w, "point" | "points" | "pointed") && toks.get(i + 1).is_some_and(|t| t.text(text) == "out") {
        cue_end = i + 2;
        strength = Strength::Speech;
    }
    // "complained about", "spoke of", "warned against": the object is the content.
    if let Some(end) = phrasal {
        cue_end = end;
    }
    // "voted to hold him in contempt", "voted against the bill": a vote
    // states a position on a measure; "voted for her" or "voted in May" does not.
    let vote = matches!(w, "vote" | "votes" | "voted" | "voting");
    if vote && toks.get(i + 1).is_some_and(|t| t.text(text) == "against") {
        cue_end = i + 2;
        strength = Strength::Speech;
    }
    // "called for a ban", "warned against the plan", "asked about the delay",
    // "called on voters to …": a listed verb with its preposition; the
    // object is the content.
    let preposition = toks.get(i + 1).filter(|t| !t.quoted).map_or("", |t| t.text(text));
    let calls = matches!(w, "call" | "calls" | "called" | "calling");
    // "coal states digging in", "member states trump …": "states" is mostly
    // the noun; the verb takes "that" or a colon.
    // ("called in to a radio show", "called into the meeting": phoned in.)
    if w == "states" && !matches!(preposition, "that" | ":") || calls && matches!(preposition, "in" | "into") {
        return None;
    }
    // "declined slightly from 58 percent", "would decline by four points": a
    // figure that falls.
    let figure = || {
        toks.get(i + 1 + usize::from(is_ly_adverb(preposition)))
            .is_some_and(|t| {
                matches!(t.text(text), "from" | "by") || t.text(text).starts_with(|c: char| c.is_ascii_digit())
            })
    };
    // "Ann Ray reported from Kabul": where a reporter worked (a credit line).
    // ("reported from Kabul that …" still reports.)
    let place = || {
        preposition == "from"
            && toks.get(i + 2).is_some_and(|t| is_capitalized(t.text(text)))
            && !toks[i + 2..toks.len().min(i + 8)]
                .iter()
                .any(|t| t.text(text) == "that")
    };
    if w.starts_with("declin") && figure() || w.starts_with("report") && place() {
        return None;
    }
    // ("said about 20 people …": "about" before a number is no preposition.)
    let number_next = toks
        .get(i + 2)
        .is_some_and(|t| t.text(text).starts_with(|c: char| c.is_ascii_digit()));
    if cue_end == i + 1
        && strength == Strength::Speech
        && !number_next
        && (matches!(preposition, "for" | "against" | "about" | "of") || preposition == "on" && calls)
    {
        cue_end = i + 2;
    }
    // Auxiliaries and adverbs between the speaker and the verb.
    let mut k = i;
    while k > floor
        && i - k < 4
        && toks[k - 1].word
        && !toks[k - 1].quoted
        && (is_aux(toks[k - 1].text(text)) || is_ly_adverb(toks[k - 1].text(text)))
    {
        k -= 1;
    }
    // Passives ("was reported by", "has been endorsed") report no speech of the subject.
    // "would see their taxes go up", "you can see why …": after a modal,
    // "see" is to undergo or to understand, not to judge.
    if w == "see" && (k..i).any(|m| matches!(toks[m].text(text), "would" | "will" | "could" | "can" | "might" | "may"))
    {
        return None;
    }
    let passive = (k..i).any(|m| {
        matches!(
            toks[m].text(text),
            "is" | "was" | "were" | "are" | "been" | "be" | "being"
        )
    }) && (w.ends_with("ed")
        || matches!(
            w,
            "told" | "said" | "written" | "shown" | "seen" | "found" | "thought" | "known"
        ));
    // "events supported by the government": a participle with its agent.
    let by_agent = w.ends_with("ed") && toks.get(cue_end).is_some_and(|t| t.text(text) == "by");
    if passive && toks.get(cue_end).is_some_and(|t| !t.quoted && t.text(text) == "by") {
        return passive_frame(text, toks, counts, (k, cue_end + 1), floor, unit);
    }
    if passive && !by_agent {
        return agentless_passive(text, toks, counts, (k, cue_end), floor, unit);
    }
    if passive || by_agent {
        return None;
    }
    // ", saying that …", ", adding that …": the participle has no subject of its own.
    // "began by saying he …", "while saying …": the same, after a preposition.
    // (“…,” adding that …: the comma inside the closing mark.)
    let comma_in_mark = k > 1 && matches!(toks[k - 1].text(text), "”" | "\"") && toks[k - 2].text(text) == ",";
    let participle = w.ends_with("ing")
        && k > 0
        && (!toks[k - 1].quoted && matches!(toks[k - 1].text(text), "," | "by" | "while") || comma_in_mark);
    let mut subject = if participle {
        None
    } else {
        phrase_before(text, toks, k, floor).or_else(|| past_parenthetical(text, toks, k, floor))
    };
    // "the swing states", "Editor’s note", "a government plan", "32% of Republican
    // claims": the cue is a noun here.
    if let Some((sa, sb)) = subject {
        let last = toks[sb - 1].text(text);
        // ("Their plan faced …", "Her support among …": a possessive determiner
        // before a word of thought or intent; "His promises to …" still reports.)
        let possessive =
            last.ends_with("’s") || last.ends_with("'s") || strength == Strength::Weak && POSSESSIVE.contains(last);
        // ("Most states", "Several reports": a plural quantifier takes a
        // verb without -s, so a word in -s after it is a noun; "Most want …".)
        let descriptive_head = !is_capitalized(last) && !is_pronoun(last) && !is_speaker_noun(last)
            || w.ends_with('s')
                && matches!(
                    last,
                    "Most"
                        | "Many"
                        | "Several"
                        | "Some"
                        | "Few"
                        | "All"
                        | "Both"
                        | "most"
                        | "many"
                        | "several"
                        | "some"
                        | "few"
                );
        let after_preposition = sa > 0 && matches!(toks[sa - 1].text(text), "of" | "about" | "over" | "against");
        // "a stream called Miracle Run": a participle naming the thing.
        let naming = k == i
            && matches!(w, "called" | "named" | "dubbed")
            && matches!(toks[sa].text(text), "a" | "an")
            && toks
                .get(cue_end)
                .is_some_and(|t| !t.quoted && is_capitalized(t.text(text)));
        if naming {
            return None;
        }
        // ("Some voters, however, question …": past an appositive the verb stands.)
        let appositive = toks[sb].text(text) == ",";
        if possessive || k == i && !appositive && (descriptive_head || after_preposition) && NOUN_LIKE.contains(w) {
            // A noun ("battleground states could …") has no subject to find
            // further back either.
            if k == i && NOUN_LIKE.contains(w) {
                return None;
            }
            subject = None;
        }
    }
    let mut cue = (k, cue_end);

    // Where the content after the cue starts.
    let mut a = cue_end;
    let mut colon = false;
    let mut that = false;
    let mut comma_quote = false;
    let mut determiner = false;
    // Inside a prepositional phrase ("said at the time that", "told a forum
    // in the capital that") any word may stand before the "that".
    let mut in_phrase = false;
    // A word of the prepositional phrase: no verb or function word.
    let phrase_word = |x: &str, in_phrase: bool| in_phrase && !is_cue(x) && !is_aux(x) && !is_function_word(x);
    if let Some(m) = (a..n.min(a + LOOKAHEAD)).find(|&m| {
        let x = toks[m].text(text);
        let stop = x == "that"
            || toks[m].quoted
            || matches!(x, "." | "“" | "\"" | "," | ":" | ";" | "?" | "!")
            || toks[m].word && !is_capitalized(x) && !LEAD_IN.contains(x) && !phrase_word(x, in_phrase);
        if matches!(
            x,
            "in" | "on" | "at" | "during" | "after" | "before" | "with" | "to" | "from" | "via"
        ) {
            in_phrase = true;
        }
        stop
    }) {
        // "rejected that argument in …", "declined that post and …": "that"
        // before a singular noun and a preposition, conjunction or comma is
        // a determiner; the noun phrase is the object.
        let word = |k: usize| toks.get(k).filter(|t| !t.quoted).map_or("", |t| t.text(text));
        determiner = m == cue_end && {
            let noun = word(m + 1);
            noun.bytes().all(|b| b.is_ascii_lowercase())
                && !noun.ends_with('s')
                && !is_function_word(noun)
                && !is_pronoun(noun)
                && matches!(word(m + 2), "in" | "on" | "at" | "and" | "or" | "," | ".")
        };
        match toks[m].text(text) {
            "that" if determiner => {}
            "that" => {
                a = m;
                that = true;
            }
            ":" => {
                a = m + 1;
                colon = true;
            }
            "," if toks
                .get(m + 1)
                .is_some_and(|t| matches!(t.text(text), "“" | "\"" | "«")) =>
            {
                a = m + 1;
                colon = true;
                comma_quote = true;
            }
            _ => {}
        }
    }
    // "told CNN’s “State of the Union” that …": a programme's quoted title
    // after a possessive stands before the "that".
    if !that && !colon {
        let title = (a..n.min(a + 4)).find(|&m| {
            let x = toks[m].text(text);
            (x.ends_with("’s") || x.ends_with("'s"))
                && toks.get(m + 1).is_some_and(|t| matches!(t.text(text), "“" | "\""))
        });
        if let Some(m) = title {
            let close = (m + 2..n.min(m + 10)).find(|&c| !toks[c].quoted);
            if let Some(c) = close.filter(|&c| matches!(toks[c].text(text), "”" | "\"")) {
                if toks.get(c + 1).is_some_and(|t| !t.quoted && t.text(text) == "that") {
                    a = c + 1;
                    that = true;
                }
            }
        }
    }
    if !that && !colon {
        if takes_hearer(w) {
            let hearer_end = if let Some((_, e)) = phrase_after(text, toks, a, n) {
                e
            } else if toks
                .get(a)
                .is_some_and(|t| matches!(t.text(text), "me" | "him" | "her" | "us" | "them" | "reporters"))
            {
                a + 1
            } else {
                a
            };
            // "told his aides to wait": the hearer belongs to the reported order.
            if toks.get(hearer_end).is_none_or(|t| t.text(text) != "to") {
                a = hearer_end;
            }
        }
        // "told reporters this weekend …", "said on Monday …".
        let limit = a + 4;
        while a < n && a < limit {
            let x = toks[a].text(text);
            let next = toks.get(a + 1).map_or("", |t| t.text(text));
            if is_weekday_or_time(x) {
                a += 1;
                // "said Friday afternoon", "said Tuesday night".
                if is_part_of_day(next) {
                    a += 1;
                }
            } else if matches!(x, "this" | "last" | "next" | "on" | "late" | "early")
                && (is_weekday_or_time(next)
                    || matches!(
                        next,
                        "week" | "weekend" | "month" | "year" | "morning" | "night" | "evening" | "afternoon"
                    ))
            {
                a += 2;
            } else {
                break;
            }
        }
        if toks.get(a).is_some_and(|t| matches!(t.text(text), "," | ":")) {
            colon = toks[a].text(text) == ":";
            a += 1;
        }
    }
    // "expressed deep concern about the plan": the feeling joins the cue;
    // the content follows its preposition.
    if !that && !colon && (w.starts_with("express") || w.starts_with("voic")) {
        let p = (a + 1..n.min(a + 4)).find(|&p| matches!(toks[p].text(text), "about" | "over" | "for" | "on" | "at"));
        if let Some(p) = p.filter(|&p| {
            !is_function_word(toks[a].text(text))
                && toks[a..p]
                    .iter()
                    .all(|t| t.word && !t.quoted && t.text(text).bytes().all(|b| b.is_ascii_lowercase()))
        }) {
            a = p + 1;
            cue.1 = a;
        }
    }
    // Verbs of thought and intent report a following clause (or infinitive)
    // only: "believes the plan will fail", "wants to cut taxes".
    // ("what she wants and …": a conjunction after the verb is no clause.)
    let weak_clause = strength == Strength::Weak
        && toks.get(a).is_some_and(|t| {
            !t.quoted && t.word && !is_aux(t.text(text)) && !matches!(t.text(text), "and" | "or" | "but")
        });
    // "…, other studies have shown.": a verb of thought or finding closing
    // the sentence reports what stands before it.
    let weak_trailing = strength == Strength::Weak
        && toks
            .get(a)
            .is_none_or(|t| !t.quoted && matches!(t.text(text), "." | "!" | "?" | ";"));
    // "continues to insist that …", "refused to say whether …": the verb of
    // saying in the infinitive reports (its frame comes next).
    let word_at = |m: usize| toks.get(m).filter(|t| !t.quoted).map_or("", |t| t.text(text));
    let says_next = word_at(a) == "to" && SPEECH.contains(word_at(a + 1)) && !NOUN_LIKE.contains(word_at(a + 1));
    // (Not after a verb of saying: "promising to defend …", "asked to
    // discuss …" report the infinitive.)
    let aspect = strength == Strength::Weak || w.starts_with("continu");
    if !that && !colon && (says_next && aspect || strength == Strength::Weak && !weak_clause && !weak_trailing) {
        return None;
    }
    if vote && cue_end == i + 1 && toks.get(a).is_none_or(|t| t.quoted || t.text(text) != "to") {
        return None;
    }
    // "…,” Trump said, looking out on the crowd." — a participle is no reported clause.
    // (", not even needing …", ", never once naming …": past "not", "never",
    // "even", "once" or an -ly adverb.)
    let p = (a..n.min(a + 3))
        .find(|&m| !matches!(word_at(m), "not" | "never" | "even" | "once") && !is_ly_adverb(word_at(m)))
        .unwrap_or(a);
    if a > cue_end
        && toks[a - 1].text(text) == ","
        && toks.get(p).is_some_and(|t| {
            let w = t.text(text);
            !t.quoted && w.ends_with("ing") && w.chars().all(|c| c.is_ascii_lowercase()) && !is_cue(w)
        })
    {
        a = n;
    }
    let mut after_end = clause_end(text, toks, a, unit.end);
    let naming_verb = is_naming_verb(w);
    if naming_verb {
        after_end = after_end.min(name_end(text, toks, a, after_end));
    }
    if !that && !colon {
        // (A determiner "that" is scanned from its noun on.)
        after_end = after_end.min(object_end(text, toks, a + usize::from(determiner), after_end));
    }
    // "While a judge found the law unconstitutional, the court …": in a
    // subordinate clause the content ends where the main clause begins.
    let clause_start = subject.map_or(k, |(sa, _)| sa);
    if fronted_subordinate(text, toks, clause_start) {
        after_end = after_end.min(subordinate_end(text, toks, a, after_end));
    }
    let after = trim_content(text, toks.get(a).map_or(unit.end, |t| t.range.start)..after_end);
    let after_words = words_in(toks, counts, &after);
    let after_opens_quote =
        toks.get(a).is_some_and(|t| matches!(t.text(text), "“" | "\"" | "«")) || toks.get(a).is_some_and(|t| t.quoted);
    // "attacked Smith.", "didn't mention it.": a one-word object (a name or a
    // pronoun) that ends the clause.
    // (A verb of support takes a name too: "Cruz has endorsed Trump.")
    let supports = matches!(
        w,
        "endorse" | "endorses" | "endorsed" | "back" | "backs" | "backed" | "support" | "supports" | "supported"
    );
    let one_word_object = after_words == 1
        && (strength == Strength::Speech || supports)
        && cue_end == i + 1
        && !matches!(
            w,
            "say" | "says" | "said" | "saying" | "tell" | "tells" | "told" | "add" | "adds" | "added"
        )
        && toks.get(a).is_some_and(|t| {
            let x = t.text(text);
            t.word
                && !t.quoted
                && (is_capitalized(x) && x.len() > 2 && !is_weekday_or_time(x) && !is_month(x) && !cap_stop(x)
                    || matches!(x, "him" | "her" | "them" | "it" | "us" | "me"))
        })
        && toks
            .get(a + 1)
            .is_none_or(|t| matches!(t.text(text), "." | "," | ";" | "!" | "?"));
    let after_ok = after_words >= 2 || after_opens_quote && after_words >= 1 || one_word_object;
    // "…, he said in a statement." — a prepositional phrase is no reported clause.
    // ("intends to hammer …": "to" before a bare verb is an infinitive.)
    let infinitive_to = toks.get(a).is_some_and(|t| !t.quoted && t.text(text) == "to")
        && toks.get(a + 1).is_some_and(|t| {
            let x = t.text(text);
            t.word
                && !t.quoted
                && x.bytes().all(|b| b.is_ascii_lowercase())
                && !is_function_word(x)
                && !is_pronoun(x)
                && !x.ends_with('s')
        });
    let after_is_adjunct = !infinitive_to && toks.get(a).is_some_and(|t| is_adjunct_opener(t.text(text)));

    let before_end = |start_tok: usize| -> Option<Range<usize>> {
        // The separator right before the speaker (or the cue) ends the content.
        if start_tok == 0 || start_tok <= floor {
            return None;
        }
        let sep = &toks[start_tok - 1];
        if !is_sep(sep.text(text)) {
            return None;
        }
        let mut from = toks.get(floor).map_or(unit.start, |t| t.range.start);
        let mut end = sep.range.start;
        if matches!(sep.text(text), "”" | "\"" | "’" | "»") {
            end = sep.range.end;
            // “A,” she said: the content is the quotation when a sentence ends before it.
            let mut m = start_tok - 1;
            while m > floor
                && (toks[m - 1].quoted || !toks[m - 1].word && matches!(toks[m - 1].text(text), "," | "." | "?" | "!"))
            {
                m -= 1;
            }
            if m > floor && matches!(toks[m - 1].text(text), "“" | "\"" | "«") {
                let open = m - 1;
                if open > floor && matches!(toks[open - 1].text(text), "." | "?" | "!" | ":" | ";") {
                    from = toks[open].range.start;
                }
            }
        }
        let r = trim_content(text, from..end);
        // One word before the speaker is an opening adverb ("Meanwhile, Trump
        // attacked …"), unless a quotation ends there.
        let quoted = matches!(sep.text(text), "”" | "\"" | "’" | "»");
        // "In Ohio last week, Trump said …", "When the vote failed, she
        // told …": an opening adjunct (no comma inside) is no content.
        let body = &text[r.clone()];
        let first = body.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        // (The first word before the scan of the body: it rules out most.)
        let adjunct = !quoted
            && (matches!(
                first,
                "In" | "On"
                    | "At"
                    | "During"
                    | "After"
                    | "Before"
                    | "Since"
                    | "When"
                    | "While"
                    | "As"
                    | "Although"
                    | "Though"
                    | "Following"
                    | "Despite"
                    | "Speaking"
                    | "Asked"
                    | "Later"
                    | "Earlier"
            ) || first == "But" && body.split_whitespace().nth(1).is_some_and(is_subordinator))
            && !body.contains([',', '“', '"']);
        (!adjunct && words_in(toks, counts, &r) >= if quoted { 1 } else { 2 }).then_some(r)
    };

    // A quotation of at least a clause ends right before the speaker (a quoted
    // title such as “Fox News Sunday,” does not count).
    let closing = |start_tok: usize| {
        if start_tok == 0 || !matches!(toks[start_tok - 1].text(text), "”" | "\"" | "»" | "’") {
            return false;
        }
        let mut m = start_tok - 1;
        let mut quoted_words = 0;
        while m > 0 && (toks[m - 1].quoted || !toks[m - 1].word && !matches!(toks[m - 1].text(text), "“" | "\"" | "«"))
        {
            if toks[m - 1].word {
                quoted_words += 1;
            }
            m -= 1;
        }
        let prose_before = m >= 2 && toks[m - 2].word && !toks[m - 2].quoted;
        quoted_words >= 4 || !prose_before
    };
    // “A,” Trump said during an interview on “Fox and Friends,” “B.” — the second
    // piece after an adjunct that holds no other cue.
    let later_piece = || -> Option<Range<usize>> {
        let mut m = cue_end;
        while m < n && m < cue_end + 24 {
            let t = &toks[m];
            let w = t.text(text);
            if !t.quoted && (w == "that" || matches!(w, "." | ";" | ":" | "?" | "!") || t.word && is_cue(w)) {
                return None;
            }
            // ", but “…”", ", and still “…”": the piece keeps its conjunction.
            let mut open = m + 1;
            if w == ","
                && toks
                    .get(open)
                    .is_some_and(|x| !x.quoted && matches!(x.text(text), "and" | "but"))
            {
                open += 1;
                if toks
                    .get(open)
                    .is_some_and(|x| !x.quoted && matches!(x.text(text), "still" | "also" | "then" | "later"))
                {
                    open += 1;
                }
            }
            if w == "," && toks.get(open).is_some_and(|x| matches!(x.text(text), "“" | "\"")) {
                let piece_words = toks[open + 1..]
                    .iter()
                    .take_while(|x| x.quoted || !x.word)
                    .filter(|x| x.word)
                    .count();
                if piece_words >= 3 {
                    let end = clause_end(text, toks, m + 1, unit.end);
                    return Some(trim_content(text, toks[m + 1].range.start..end));
                }
            }
            m += 1;
        }
        None
    };
    let more = |start_tok: usize| {
        if !closing(start_tok) {
            return None;
        }
        if after_opens_quote {
            Some(quotation_at(text, toks, a, &after))
        } else {
            later_piece()
        }
    };
    match subject {
        Some((sa, sb)) => {
            // “A,” she said, “B.” — one quotation in two pieces.
            if comma_quote && closing(sa) {
                if let Some(before) = before_end(sa) {
                    return Some(Frame {
                        cue,
                        speaker: Some((sa, sb)),
                        content: before,
                        more: Some(quotation_at(text, toks, a, &after)),
                        colon_open: false,
                        takes_previous: false,
                    });
                }
            }
            if (colon || that) && after_ok {
                return Some(Frame::new(cue, Some((sa, sb)), after));
            }
            // "Speaking in Ohio, Trump said he …": a clause after the cue wins over
            // an introductory phrase before the speaker, unless a quotation ends there.
            // "The levy, the mayor said, would fund the ferry": a cue between
            // commas inside the reported sentence; the content is both pieces.
            // "The tax hurt farmers, she said, since prices fell", "He has a
            // plan, he said, for how …": a reason, time or complement clause
            // after the commas goes on with the reported sentence.
            let continues_sentence = toks.get(a).is_some_and(|t| {
                matches!(
                    t.text(text),
                    "for" | "since" | "because" | "as" | "while" | "when" | "although" | "though"
                )
            });
            let parenthetical = strength == Strength::Speech
                && sa > 0
                && !toks[sa - 1].quoted
                && toks[sa - 1].text(text) == ","
                && a == cue_end + 1
                && toks[cue_end].text(text) == ","
                && after_ok
                && (!after_is_adjunct || continues_sentence)
                && !closing(sa);
            if parenthetical {
                if let Some(before) = before_end(sa).filter(|r| words_in(toks, counts, r) >= 2) {
                    return Some(Frame {
                        cue,
                        speaker: Some((sa, sb)),
                        content: before,
                        more: Some(after),
                        colon_open: false,
                        takes_previous: false,
                    });
                }
            }
            let clause_after = after_ok && !after_is_adjunct && !closing(sa);
            if (strength != Strength::Weak || weak_trailing) && !clause_after {
                if let Some(before) = before_end(sa) {
                    let more = more(sa);
                    return Some(Frame {
                        cue,
                        speaker: Some((sa, sb)),
                        content: before,
                        more,
                        colon_open: false,
                        takes_previous: false,
                    });
                }
            }
            // "… what she said before she resigned", "said Friday as he entered
            // the talks": a subordinate clause with no main clause after it
            // is the time or reason of the saying, not what was said.
            let bare_subordinate = !that
                && !colon
                && toks.get(a).is_some_and(|t| {
                    let x = t.text(text);
                    // ("have not said when …", "asked if …": an indirect
                    // question; "decided after a long review to …": a phrase.)
                    !t.quoted && !matches!(x, "if" | "when" | "whenever") && (is_subordinator(x) || x == "as")
                })
                && toks.get(a + 1).is_some_and(|t| {
                    !t.quoted && matches!(t.text(text), "he" | "she" | "they" | "we" | "I" | "it" | "you")
                })
                && !text[after.clone()].contains(',');
            if after_ok && !bare_subordinate {
                return Some(Frame::new(cue, Some((sa, sb)), after));
            }
            if colon && after_words == 0 {
                return Some(Frame {
                    cue,
                    speaker: Some((sa, sb)),
                    content: unit.end..unit.end,
                    more: None,
                    colon_open: true,
                    takes_previous: false,
                });
            }
            // “…?” Vitter demanded. — the speaker and cue stand alone after a quotation.
            if sa == 0 && after_words == 0 && strength == Strength::Speech {
                return Some(Frame {
                    cue,
                    speaker: Some((sa, sb)),
                    content: unit.start..unit.start,
                    more: None,
                    colon_open: false,
                    takes_previous: true,
                });
            }
            None
        }
        None => {
            let before_cue = if k > 0 && !toks[k - 1].quoted {
                toks[k - 1].text(text)
            } else {
                ""
            };
            // A participle after a comma ("…, adding that …") or a second verb
            // ("… and said she …", "… but has said she …"): the clause's speaker.
            let infinitive_after = toks.get(a).is_some_and(|t| !t.quoted && t.text(text) == "to");
            let coordinated = matches!(before_cue, "and" | "but")
                && (strength == Strength::Speech || that || colon || infinitive_after);
            // "gathered to discuss the test", "forced him to admit that …":
            // an infinitive of saying; the clause's subject speaks.
            let infinitive = before_cue == "to" && strength == Strength::Speech;
            // "need a Senate majority to confirm …", "had a chance to respond":
            // an infinitive after an object noun with its article has no
            // speaker ("went before a panel to defend …": an adjunct's noun).
            if infinitive && k >= 3 && {
                let x = toks[k - 2].text(text);
                !x.ends_with("ed")
                    && !is_cue(x)
                    && (k.saturating_sub(5).max(1)..k - 2)
                        .any(|j| matches!(toks[j].text(text), "a" | "an") && !is_adjunct_opener(toks[j - 1].text(text)))
            } {
                return None;
            }
            // The subject of the verb that governs the infinitive ("he
            // appeared to suggest", "she won't be able to brag about").
            // The verb may stand a few words back, past its adjuncts ("met in
            // Oslo on Friday to discuss …"): a past form or a reporting verb.
            let governing_subject = || {
                let lo = floor.max(k.saturating_sub(12));
                let v = (lo..k.saturating_sub(1)).rev().find(|&m| {
                    let x = toks[m].text(text);
                    toks[m].word
                        && !toks[m].quoted
                        && x.bytes().all(|b| b.is_ascii_lowercase())
                        && (m + 2 == k || x.ends_with("ed") || is_cue(x))
                })?;
                let mut s = v;
                if toks[s].text(text) == "able" && s > floor {
                    s -= 1;
                }
                while s > floor && v - s < 4 && toks[s - 1].word && !toks[s - 1].quoted && {
                    let x = toks[s - 1].text(text);
                    is_aux(x) || is_ly_adverb(x) || matches!(x, "be" | "been")
                } {
                    s -= 1;
                }
                phrase_before(text, toks, s, floor)
            };
            let speaker = if infinitive {
                governing_subject().or(previous_speaker)
            } else {
                previous_speaker
            };
            if (participle || coordinated || infinitive) && after_ok {
                if let Some(np) = speaker.or_else(|| first_phrase(text, toks, k)) {
                    // "Though she praised X and called for Y, the mayor …": the
                    // second verb of a subordinate clause ends at its comma too.
                    let mut after = after;
                    if fronted_subordinate(text, toks, np.0) {
                        after.end = after.end.min(subordinate_end(text, toks, a, after.end));
                    }
                    return Some(Frame::new(cue, Some(np), after));
                }
            }
            // A relative clause: "an architect who said he was stiffed",
            // "the mayor, who has long argued that …": the antecedent speaks.
            if matches!(before_cue, "who" | "which" | "that") && k > 1 && after_ok && !after_is_adjunct {
                // ("The study -- which notes that …": a dash as well as a comma.)
                let mut end = k - 1;
                while end > 0 && end + 3 > k && matches!(toks[end - 1].text(text), "," | "—" | "–" | "-") {
                    end -= 1;
                }
                if let Some((a, _)) = phrase_before(text, toks, end, 0) {
                    return Some(Frame::new(cue, Some((a, k)), after));
                }
            }
            // A subject no speaker phrase covers: "Experts on North Korea and
            // nuclear nonproliferation said …", "Those close to him say that …".
            // "The new report found …": a listed noun with no subject is no cue,
            // unless a participle carries its content ("tweets early Friday saying …").
            let noun = k == i
                && !that
                && !colon
                && NOUN_LIKE.contains(w)
                && toks.get(cue_end).is_none_or(|t| {
                    let x = t.text(text);
                    !x.ends_with("ing") && !is_weekday_or_time(x) && !matches!(x, "early" | "late")
                });
            let whole_subject =
                || clause_subject(text, toks, k, floor).filter(|_| after_ok && !after_is_adjunct && !noun);
            // A weak verb or an auxiliary needs that subject ("Those close to
            // him have argued that …"); only a plain speech verb may invert.
            if that || colon || k != i {
                return whole_subject().map(|np| Frame::new(cue, Some(np), after.clone()));
            }
            // "Video of the incident shows him with …": a verb of thought or
            // finding after a whole noun-phrase subject.
            if strength == Strength::Weak {
                return whole_subject().map(|np| Frame::new(cue, Some(np), after.clone()));
            }
            // Inversion: "…,” said Smith." ("The program, called EB-5, …": a
            // naming verb names what stands before it.)
            let Some(np) = phrase_after(text, toks, cue_end, n).filter(|_| !naming_verb) else {
                return whole_subject().map(|np| Frame::new(cue, Some(np), after.clone()));
            };
            // "…, said he cannot comment": the phrase is the subject of the reported clause.
            if toks.get(np.1).is_some_and(|t| {
                let w = t.text(text);
                t.word && !t.quoted && !is_capitalized(w) && !is_adjunct_opener(w)
            }) {
                return whole_subject().map(|np| Frame::new(cue, Some(np), after.clone()));
            }
            let before = before_end(k)?;
            let after_np = toks.get(np.1).is_some_and(|t| t.text(text) == ",")
                && toks
                    .get(np.1 + 1)
                    .is_some_and(|t| matches!(t.text(text), "“" | "\"" | "«"));
            let more = (after_np && closing(k))
                .then(|| quotation_at(text, toks, np.1 + 1, &(toks[np.1 + 1].range.start..unit.end)));
            Some(Frame {
                cue,
                speaker: Some(np),
                content: before,
                more,
                colon_open: false,
                takes_previous: false,
            })
        }
    }
}

/// The subject before a parenthetical between commas that ends right before
/// the cue at `k`: "The mayor, who toured the site on Monday, said …",
/// "Unions, including the teachers’ union, have urged …".
fn past_parenthetical(text: &str, toks: &[Tok], k: usize, floor: usize) -> Option<(usize, usize)> {
    // A dash: "—", "–" or the second hyphen of "--".
    let dash = |m: usize| {
        !toks[m].quoted
            && match toks[m].text(text) {
                "—" | "–" => true,
                "-" => m > 0 && toks[m - 1].text(text) == "-",
                _ => false,
            }
    };
    // The first token of the dash ending at `m`.
    let dash_start = |m: usize| if toks[m].text(text) == "-" { m - 1 } else { m };
    // A dot after an abbreviation ("Ms.", "Calif.") ends no parenthetical.
    let end_dot = |m: usize| {
        toks[m].text(text) == "."
            && !(m > 0
                && toks[m - 1].word
                && toks[m - 1].text(text).len() <= 5
                && is_capitalized(toks[m - 1].text(text)))
    };
    let lo = floor.max(k.saturating_sub(32));
    // "Kall -- co-editor of a book on the debates -- said …": an
    // appositive between dashes.
    if k >= 3 && dash(k - 1) {
        let close = dash_start(k - 1);
        let open = (lo..close).rev().find(|&m| {
            dash(m) || toks[m].quoted || end_dot(m) || matches!(toks[m].text(text), ";" | ":" | "?" | "!")
        })?;
        if !dash(open) || open + 2 >= close {
            return None;
        }
        return phrase_before(text, toks, dash_start(open), floor);
    }
    if k < 2 || toks[k - 1].quoted || toks[k - 1].text(text) != "," {
        return None;
    }
    let open = (lo..k - 1).rev().find(|&m| {
        toks[m].quoted || end_dot(m) || matches!(toks[m].text(text), "," | ";" | ":" | "?" | "!" | "(" | ")")
    })?;
    if toks[open].text(text) != "," || open + 2 >= k {
        return None;
    }
    let first = toks[open + 1].text(text);
    // ("Unions, for their part, argued …", "The mayor, in a speech Monday,
    // said …": an adjunct between subject and verb.)
    let opens = matches!(
        first,
        "who"
            | "which"
            | "whose"
            | "including"
            | "like"
            | "unlike"
            | "however"
            | "meanwhile"
            | "too"
            | "especially"
            | "in"
            | "for"
            | "on"
            | "at"
            | "during"
            | "though"
            | "also"
            | "instead"
            | "indeed"
    ) || is_ly_adverb(first);
    if !opens {
        return None;
    }
    // ("Ruiz, 56, who …, said": the name's own appositive before the clause.)
    phrase_before(text, toks, open, floor).or_else(|| phrase_before(text, toks, open + 1, floor))
}

/// A passive cue with its agent: "The plan was endorsed by the union" (the
/// subject is the content, the agent the speaker); "He was told by aides
/// that …" (the clause is the content).
fn passive_frame(
    text: &str,
    toks: &[Tok],
    counts: &Counts,
    (k, by_end): (usize, usize),
    floor: usize,
    unit: &Range<usize>,
) -> Option<Frame> {
    // ("endorsed by dozens of papers", "supported by 42 percent of voters":
    // a few words up to a verb, a function word or punctuation.)
    let agent = phrase_after(text, toks, by_end, toks.len()).or_else(|| {
        let last = toks.len().min(by_end + 6);
        let e = (by_end..last)
            .find(|&m| {
                let (t, x) = (&toks[m], toks[m].text(text));
                !t.word || t.quoted || x != "of" && (is_function_word(x) || x.ends_with("ing") || x.ends_with("ed"))
            })
            .unwrap_or(last);
        (e > by_end + 1).then_some((by_end, e))
    })?;
    let cue = (k, by_end);
    if toks.get(agent.1).is_some_and(|t| !t.quoted && t.text(text) == "that") {
        let end = clause_end(text, toks, agent.1, unit.end);
        let content = trim_content(text, toks[agent.1].range.start..end);
        return (words_in(toks, counts, &content) >= 2).then(|| Frame::new(cue, Some(agent), content));
    }
    // The subject: back to the clause start (a separator, a quotation or the floor).
    let lo = floor.max(k.saturating_sub(24));
    let start = match (lo..k).rev().find(|&m| {
        let t = &toks[m];
        t.quoted || !t.word && (is_sep(t.text(text)) || matches!(t.text(text), "." | ":" | "?" | "!"))
    }) {
        Some(m) => m + 1,
        None if lo == floor => floor,
        None => return None,
    };
    // A finite verb in it makes it a clause of its own, not the subject.
    let finite = |w: &str| is_finite_aux(w) || matches!(w, "should" | "must" | "did" | "does" | "do");
    if start >= k || toks[start..k].iter().any(|t| t.word && finite(t.text(text))) {
        return None;
    }
    let content = trim_content(text, toks[start].range.start..toks[k - 1].range.end);
    (words_in(toks, counts, &content) >= 1).then(|| Frame::new(cue, Some(agent), content))
}

/// A passive cue with no agent ("The vote is expected to be close", "While
/// a curfew was announced for midnight, …"): nobody is named as speaker, and
/// the whole clause, its subject included, is what was said or thought.
fn agentless_passive(
    text: &str,
    toks: &[Tok],
    counts: &Counts,
    (k, cue_end): (usize, usize),
    floor: usize,
    unit: &Range<usize>,
) -> Option<Frame> {
    let (start, _) = phrase_before(text, toks, k, floor).or_else(|| clause_subject(text, toks, k, floor))?;
    // The subject opens its clause ("the hearing he was called to" is a
    // relative clause inside another one).
    let before = (start > floor).then(|| &toks[start - 1]);
    if before.is_some_and(|t| {
        let w = t.text(text);
        t.word && !t.quoted && !is_subordinator(w) && !matches!(w, "and" | "but" | "that" | "But" | "And")
    }) {
        return None;
    }
    // "is expected to …", "was charged with …", "is considered a threat":
    // a complement follows; "Rain is expected on Friday" has only an adjunct.
    let next = toks.get(cue_end).filter(|t| !t.quoted).map_or("", |t| t.text(text));
    if is_adjunct_opener(next) && !matches!(next, "to" | "for" | "of" | "as" | "with" | "about" | "without") {
        return None;
    }
    let mut end = clause_end(text, toks, k, unit.end);
    if fronted_subordinate(text, toks, start) {
        let last = toks.len().min(k + MAX_CLAUSE);
        if let Some(m) = (cue_end..last).find(|&m| !toks[m].quoted && matches!(toks[m].text(text), "," | ";")) {
            end = end.min(toks[m].range.start);
        }
    }
    let content = trim_content(text, toks[start].range.start..end);
    (words_in(toks, counts, &content) >= 3).then(|| Frame::new((k, cue_end), None, content))
}

/// The whole subject of a cue, from the clause start (the unit start or a
/// separator) to the cue, when it reads as a noun phrase: up to ten words,
/// opening with a capital, a determiner or a speaker noun, with no quotation,
/// clause opener or verb inside.
fn clause_subject(text: &str, toks: &[Tok], k: usize, floor: usize) -> Option<(usize, usize)> {
    // Look back at most eleven tokens: a longer subject is refused anyway, and an
    // unbounded look-back would make a long unpunctuated text quadratic.
    let lo = floor.max(k.saturating_sub(11));
    let s0 = match (lo..k)
        .rev()
        .find(|&m| toks[m].quoted || !toks[m].word && is_sep(toks[m].text(text)))
    {
        Some(m) => m + 1,
        None if lo == floor => floor,
        None => return None,
    };
    if s0 >= k || k - s0 > 10 {
        return None;
    }
    // "But environmentalists worry that …": a conjunction opens the clause.
    let s0 = if s0 + 1 < k && matches!(toks[s0].text(text), "But" | "And" | "Yet" | "So" | "Still" | "Now") {
        s0 + 1
    } else {
        s0
    };
    let first = toks[s0].text(text);
    // A quantifier ("many of whom say", "some argue") or a short plural noun
    // phrase ("local farmers worry that") is a subject too.
    let quantifier = matches!(
        first,
        "many" | "some" | "most" | "few" | "several" | "both" | "others" | "all"
    );
    let plural = k - s0 <= 3 && {
        let last = toks[k - 1].text(text);
        last.len() > 3
            && last.ends_with('s')
            && !last.ends_with("ss")
            && toks[s0..k].iter().all(|t| {
                t.word && t.text(text).bytes().all(|b| b.is_ascii_lowercase()) && !is_function_word(t.text(text))
            })
    };
    // ("elected officials from both parties say": a modifier, then a speaker noun.)
    let opens = is_capitalized(first) && !cap_stop(first)
        || is_speaker_noun(first)
        || quantifier
        || plural
        || s0 + 2 < k && is_speaker_noun(toks[s0 + 1].text(text));
    let plain = toks[s0..k].iter().all(|t| {
        let w = t.text(text);
        !t.quoted
            && (t.word || matches!(w, "-" | "/" | "&" | "’s" | "'s" | "(" | ")" | "."))
            && !is_cue(w)
            && !is_aux(w)
            && !matches!(w, "that" | "who" | "which" | "when" | "if")
    });
    (opens && plain).then_some((s0, k))
}

/// A quoted fragment that no cue took: “Trump openly admires Putin as a
/// “strong leader,”” — the nearest verb before it with a speaker as subject.
pub fn fragment_frame(text: &str, toks: &[Tok], open: usize, unit: &Range<usize>) -> Option<Frame> {
    let mut j = open;
    while j > 0 && open - j < 12 {
        j -= 1;
        let t = &toks[j];
        if t.quoted || !t.word {
            if t.quoted || matches!(t.text(text), "," | ";" | ":" | "." | "(" | ")" | "—" | "―" | "?" | "!") {
                return None;
            }
            continue;
        }
        let w = t.text(text);
        // Auxiliaries and -ly adverbs before the verb ("has been steadily pounding").
        let aux_or_adverb = |m: usize| {
            toks[m].word && !toks[m].quoted && {
                let x = toks[m].text(text);
                is_aux(x) || x.len() > 4 && x.ends_with("ly")
            }
        };
        let mut k = j;
        while k > 0 && j - k < 3 && aux_or_adverb(k - 1) {
            k -= 1;
        }
        let progressive = w.ends_with("ing") && k < j;
        let verb_like = w.chars().all(|c| c.is_ascii_lowercase())
            && !is_function_word(w)
            && !is_speaker_noun(w)
            && !LEAD_IN.contains(w)
            && !is_aux(w)
            && (w.ends_with('s') || w.ends_with("ed") || progressive || is_cue(w));
        if !verb_like {
            continue;
        }
        let (sa, sb) = phrase_before(text, toks, k, 0)?;
        if toks[sa..sb].iter().any(|t| t.quoted) {
            return None;
        }
        // "32% of Republican claims as “false”": a noun after a preposition.
        if sa > 0 && matches!(toks[sa - 1].text(text), "of" | "about" | "over" | "against") {
            continue;
        }
        let mut end = clause_end(text, toks, j + 1, unit.end);
        // "pounding Trump as a “con artist” ― just as …": the quoted name ends it;
        // "used the phrase “Islamic terrorism” often": a quoted term ends it outright.
        let as_name = (open.saturating_sub(2)..open).any(|m| toks[m].text(text) == "as");
        let term = open > 0
            && matches!(
                toks[open - 1].text(text),
                "phrase" | "term" | "word" | "words" | "slogan" | "label" | "nickname" | "line"
            );
        if term {
            end = end.min(quotation_end(toks, open));
        } else if as_name {
            end = end.min(name_end(text, toks, open, end));
        }
        let content = trim_content(text, toks.get(j + 1)?.range.start..end);
        if content.end <= toks[open].range.start {
            return None;
        }
        return Some(Frame::new((k, j + 1), Some((sa, sb)), content));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::tokens::tokenize;

    /// The tokens of `t` and the index of the token that reads `w`.
    fn at(t: &str, w: &str) -> (Vec<Tok>, usize) {
        let toks = tokenize(t, 0..t.len());
        let i = toks.iter().position(|k| k.text(t) == w).expect("word in the text");
        (toks, i)
    }

    /// The frames of `t` as one unit: the tokens between curly marks are
    /// quoted; `pairs` as [`find_frames`] takes them.
    fn frames_of(t: &str, pairs: &[usize]) -> (Vec<Tok>, Vec<Frame>) {
        let mut toks = tokenize(t, 0..t.len());
        let mut open = false;
        for k in &mut toks {
            match k.text(t) {
                "“" => open = true,
                "”" => open = false,
                _ => k.quoted = open,
            }
        }
        let mut counts = Counts::default();
        counts.recount(&toks);
        let frames = find_frames(t, &toks, &counts, 0..t.len(), false, pairs);
        (toks, frames)
    }

    #[test]
    fn a_dash_after_a_quotation_is_a_cue_of_any_of_three_widths() {
        for dash in ["―", "—", "–"] {
            let t = format!("“The ferry will run all winter long,” {dash} Jane Ruiz, the harbour master.");
            let (toks, frames) = frames_of(&t, &[]);
            let at = toks.iter().position(|k| k.text(&t) == dash).expect("dash");
            assert!(frames.iter().any(|f| f.cue == (at, at + 1)), "{dash}: {frames:?}");
        }
        let t = "“The ferry will run all winter long,” - Jane Ruiz, the harbour master.";
        assert!(frames_of(t, &[]).1.is_empty());
    }

    #[test]
    fn a_cue_between_doubled_apostrophes_is_quoted() {
        let t = "''Officials said the ferry is safe,'' the mayor said on Monday.";
        let close = t[2..].find("''").expect("closing pair") + 2;
        let (toks, frames) = frames_of(t, &[0, close]);
        let cues: Vec<&str> = frames.iter().map(|f| toks[f.cue.0].text(t)).collect();
        assert_eq!(frames.len(), 1, "{frames:?}");
        assert!(toks[frames[0].cue.0].range.start > close, "{cues:?}");
        let (_, unpaired) = frames_of(t, &[]);
        assert!(
            unpaired.iter().any(|f| toks[f.cue.0].range.start < close),
            "without the pairs the first cue counts: {unpaired:?}"
        );
    }

    /// The contents of the frames of `t` (no quotation marks).
    fn contents(t: &str) -> Vec<&str> {
        frames_of(t, &[]).1.iter().map(|f| &t[f.content.clone()]).collect()
    }

    #[test]
    fn an_opening_adjunct_is_no_content_but_an_opening_clause_is() {
        assert_eq!(
            contents("In Ohio last week, the mayor said the ferry would run."),
            ["the ferry would run"]
        );
        assert_eq!(
            contents("The ferry will run all winter, the mayor said."),
            ["The ferry will run all winter"]
        );
        assert!(contents("In Ohio last week, the mayor told reporters.").is_empty());
        assert_eq!(
            contents("In Ohio, as in Iowa, the ferry runs, the mayor told reporters."),
            ["In Ohio, as in Iowa, the ferry runs"]
        );
    }

    #[test]
    fn an_object_ends_before_its_adjunct_but_a_clause_keeps_it() {
        assert_eq!(
            contents("The mayor criticized the budget shortly before the vote was held."),
            ["the budget"]
        );
        assert_eq!(
            contents("The mayor attacked the budget in a tweet on Monday."),
            ["the budget"]
        );
        assert_eq!(
            contents("The mayor said the vote was delayed in May."),
            ["the vote was delayed in May"]
        );
    }

    #[test]
    fn a_falling_figure_and_a_credit_line_report_nothing() {
        assert!(contents("Support for the plan declined slightly from 58 percent in May.").is_empty());
        assert!(contents("Ann Ray reported from Kabul.").is_empty());
        assert_eq!(
            contents("Ann Ray reported from Kabul that the talks had failed.").len(),
            1
        );
    }

    #[test]
    fn subordinators_match_in_any_ascii_case() {
        for w in ["while", "Although", "WHENEVER", "if", "Whereas", "until"] {
            assert!(is_subordinator(w), "{w}");
        }
        for w in ["", "whilst", "i", "whenevers", "although,", "ïf", "untill", "While the"] {
            assert!(!is_subordinator(w), "{w}");
        }
    }

    #[test]
    fn an_inverted_cue_opens_the_sentence_in_capitals() {
        for t in ["Said Ellis: “The ferry is safe.”", "SAID Ellis: “The ferry is safe.”"] {
            let (_, frames) = frames_of(t, &[]);
            assert!(
                frames.first().is_some_and(|f| f.cue == (0, 1) && f.speaker.is_some()),
                "{t}: {frames:?}"
            );
        }
        let t = "Believed Ellis: “The ferry is safe.”";
        assert!(
            frames_of(t, &[]).1.iter().all(|f| f.cue.0 > 0),
            "a weak cue does not invert"
        );
    }

    #[test]
    fn a_fronted_subordinate_content_ends_at_its_comma() {
        assert_eq!(
            contents("While the mayor said the ferry was safe, the council closed it."),
            ["the ferry was safe"]
        );
        let t = "the ferry , was safe ; it ran";
        let toks = tokenize(t, 0..t.len());
        assert_eq!(subordinate_end(t, &toks, 0, t.len()), t.find(',').unwrap_or(0));
        assert_eq!(subordinate_end(t, &toks, 1, t.len()), t.find(';').unwrap_or(0));
        assert_eq!(subordinate_end(t, &toks, 5, t.len()), t.len());
    }

    #[test]
    fn a_verbal_cue_is_looked_up_once_with_its_phrasal_end() {
        let t = "The mayor spoke warmly of the plan, said it worked and left the hall.";
        let (toks, spoke) = at(t, "spoke");
        assert_eq!(
            verb_cue(t, &toks, spoke, "spoke"),
            Some((Strength::Speech, Some(spoke + 3)))
        );
        let (_, said) = at(t, "said");
        assert_eq!(verb_cue(t, &toks, said, "said"), Some((Strength::Speech, None)));
        let (_, left) = at(t, "left");
        assert_eq!(verb_cue(t, &toks, left, "left"), None);
    }
}
