//! Reporting cues: a lexicon of speech and cognition verbs in all their forms,
//! plus "according to".

/// How much a cue can carry on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    /// A speech verb: reports content placed before or after it.
    Speech,
    /// A verb of thought, finding or intent: only with a following "that" or colon.
    Weak,
    /// "According to" (the speaker follows).
    According,
}

/// Speech verbs: every form is listed, so lookup is an exact match.
const SPEECH: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "add",
    "adds",
    "added",
    "adding",
    "reply",
    "replies",
    "replied",
    "replying",
    "report",
    "reports",
    "reported",
    "reporting",
    "write",
    "writes",
    "wrote",
    "writing",
    "warn",
    "warns",
    "warned",
    "warning",
    "note",
    "notes",
    "noted",
    "noting",
    "explain",
    "explains",
    "explained",
    "explaining",
    "argue",
    "argues",
    "argued",
    "arguing",
    "claim",
    "claims",
    "claimed",
    "claiming",
    "insist",
    "insists",
    "insisted",
    "insisting",
    "stress",
    "stresses",
    "stressed",
    "stressing",
    "announce",
    "announces",
    "announced",
    "announcing",
    "acknowledge",
    "acknowledges",
    "acknowledged",
    "acknowledging",
    "admit",
    "admits",
    "admitted",
    "admitting",
    "assert",
    "asserts",
    "asserted",
    "asserting",
    "declare",
    "declares",
    "declared",
    "declaring",
    "stated",
    "recall",
    "recalls",
    "recalled",
    "recalling",
    "emphasize",
    "emphasizes",
    "emphasized",
    "emphasizing",
    "emphasise",
    "emphasised",
    "confirm",
    "confirms",
    "confirmed",
    "confirming",
    "predict",
    "predicts",
    "predicted",
    "predicting",
    "tweet",
    "tweets",
    "tweeted",
    "tweeting",
    "respond",
    "responds",
    "responded",
    "responding",
    "remark",
    "remarks",
    "remarked",
    "observed",
    "concede",
    "concedes",
    "conceded",
    "conceding",
    "contend",
    "contends",
    "contended",
    "contending",
    "complain",
    "complains",
    "complained",
    "complaining",
    "boast",
    "boasts",
    "boasted",
    "boasting",
    "vow",
    "vows",
    "vowed",
    "vowing",
    "pledge",
    "pledges",
    "pledged",
    "pledging",
    "ask",
    "asks",
    "asked",
    "asking",
    "testify",
    "testifies",
    "testified",
    "allege",
    "alleges",
    "alleged",
    "alleging",
    "counter",
    "counters",
    "countered",
    "quip",
    "quips",
    "quipped",
    "joke",
    "jokes",
    "joked",
    "shout",
    "shouts",
    "shouted",
    "yell",
    "yells",
    "yelled",
    "chant",
    "chants",
    "chanted",
    "chanting",
    "exclaimed",
    "whispered",
    "muttered",
    "conclude",
    "concludes",
    "concluded",
    "cautioned",
    "cautions",
    "suggest",
    "suggests",
    "suggested",
    "suggesting",
    "mention",
    "mentions",
    "mentioned",
    "mentioning",
    "reiterate",
    "reiterates",
    "reiterated",
    "posted",
    "wrote",
    "recounted",
    "recounts",
    "stated",
    "states",
    "added:",
    "continued",
    "continues",
    "promised",
    "promises",
    "proclaimed",
    "proclaims",
    "charged",
    "accused",
    "blasted",
    "scolded",
    "lamented",
    "laments",
    "sings",
    "sang",
    "replies",
    "answered",
    "answers",
];

/// Verbs that report content only with a following "that" or colon.
const WEAK: &[&str] = &[
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "hope",
    "hopes",
    "hoped",
    "fear",
    "fears",
    "feared",
    "worry",
    "worries",
    "worried",
    "feel",
    "feels",
    "felt",
    "know",
    "knows",
    "knew",
    "show",
    "shows",
    "showed",
    "shown",
    "find",
    "finds",
    "found",
    "learn",
    "learned",
    "learns",
    "indicate",
    "indicates",
    "indicated",
    "reveal",
    "reveals",
    "revealed",
    "disclose",
    "discloses",
    "disclosed",
    "signal",
    "signals",
    "signaled",
    "hint",
    "hinted",
    "agree",
    "agrees",
    "agreed",
    "deny",
    "denies",
    "denied",
    "estimate",
    "estimates",
    "estimated",
    "maintain",
    "maintains",
    "maintained",
    "demand",
    "demands",
    "demanded",
    "propose",
    "proposes",
    "proposed",
    "recommend",
    "recommends",
    "recommended",
    "urge",
    "urges",
    "urged",
    "expect",
    "expects",
    "expected",
    "understand",
    "understands",
    "understood",
    "acknowledge",
    "realize",
    "realized",
    "suspect",
    "suspects",
    "suspected",
    "assume",
    "assumed",
    "decide",
    "decided",
    "determined",
    "ruled",
    "rules",
    "guess",
    "guessed",
    "figure",
    "figured",
    "imagine",
    "imagined",
    "contend",
    "point",
    "points",
    "pointed",
    "predicts",
    "projects",
    "projected",
    "calculated",
    "speculated",
    "speculate",
    "wonder",
    "wonders",
    "wondered",
    "doubt",
    "doubts",
    "doubted",
    "question",
    "questions",
    "questioned",
    "warns",
];

/// Look a lower-case word up in the lexicon.
pub fn cue_strength(word: &str) -> Option<Strength> {
    if SPEECH.contains(&word) {
        Some(Strength::Speech)
    } else if WEAK.contains(&word) {
        Some(Strength::Weak)
    } else {
        None
    }
}

/// Forms of "tell" and "ask", which take the hearer as object.
pub fn takes_hearer(word: &str) -> bool {
    matches!(
        word,
        "tell"
            | "tells"
            | "told"
            | "telling"
            | "ask"
            | "asks"
            | "asked"
            | "asking"
            | "warn"
            | "warned"
            | "warns"
            | "remind"
            | "reminded"
            | "assured"
            | "assure"
            | "assures"
    )
}

/// Auxiliaries and adverbs that may stand between a speaker and the cue.
pub fn is_aux(word: &str) -> bool {
    matches!(
        word,
        "has"
            | "have"
            | "had"
            | "also"
            | "later"
            | "earlier"
            | "previously"
            | "repeatedly"
            | "is"
            | "was"
            | "were"
            | "are"
            | "will"
            | "would"
            | "could"
            | "may"
            | "might"
            | "can"
            | "then"
            | "further"
            | "once"
            | "often"
            | "again"
            | "publicly"
            | "privately"
            | "reportedly"
            | "recently"
            | "separately"
            | "initially"
            | "simply"
            | "flatly"
            | "quickly"
            | "only"
            | "still"
            | "now"
            | "just"
            | "even"
            | "never"
            | "always"
            | "already"
            | "been"
            | "did"
            | "does"
            | "do"
            | "not"
            | "should"
            | "must"
            | "had"
            | "being"
            | "first"
            | "frequently"
            | "openly"
            | "explicitly"
            | "bluntly"
            | "quietly"
            | "angrily"
            | "tearfully"
            | "proudly"
            | "falsely"
            | "wrongly"
            | "correctly"
            | "essentially"
            | "emphatically"
            | "specifically"
            | "ultimately"
            | "finally"
            | "insistently"
            | "confidently"
            | "long"
            | "consistently"
            | "routinely"
            | "regularly"
            | "clearly"
            | "sharply"
            | "subsequently"
            | "immediately"
            | "eventually"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_has_all_tenses() {
        for w in ["say", "says", "said", "saying", "told", "replied", "wrote", "warned"] {
            assert_eq!(cue_strength(w), Some(Strength::Speech), "{w}");
        }
        assert_eq!(cue_strength("believes"), Some(Strength::Weak));
        assert_eq!(cue_strength("table"), None);
    }
}
