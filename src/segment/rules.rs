//! Language rule sets for the sentence splitter: which marks end a sentence
//! and how abbreviations behave before the next word.
//!
//! A rule set is plain data plus two lookup functions, so another language
//! plugs in by providing its own [`Rules`] value (see [`Rules::cjk`]).

use crate::text::{is_month, is_weekday};

/// How an abbreviation relates to the word that follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abbrev {
    /// Not an abbreviation: a period after it ends the sentence.
    None,
    /// A title or prefix that introduces a name (`Mr.`, `Dr.`, `Mt.`):
    /// never ends a sentence before a capitalised word.
    Title,
    /// Stands before a number (`No. 5`, `p. 55`, `Sept. 13`): never ends a
    /// sentence before a digit; otherwise behaves like [`Abbrev::Plain`].
    Numeric,
    /// Never ends a sentence (`e.g.`, `i.e.`, `vs.`).
    Inner,
    /// A clock abbreviation (`a.m.`, `p.m.`): ends a sentence before a
    /// capitalised word unless that word continues the time (a zone, a day).
    Time,
    /// Any other abbreviation (`Co.`, `Inc.`, `Jr.`, `U.S.`, `etc.`): ends a
    /// sentence only when the next word is a typical sentence opener.
    Plain,
}

/// A pluggable language rule set for sentence splitting.
#[derive(Debug, Clone, Copy)]
pub struct Rules {
    /// Marks that end a sentence only when followed by a space or the end
    /// (the ASCII `.`, `!`, `?`; `.` also goes through the abbreviation rules).
    pub spaced_terminals: &'static [char],
    /// Marks that end a sentence wherever they stand (`。！？`).
    pub closed_terminals: &'static [char],
    /// Classify the word before a period (without the period, without
    /// leading brackets or quotes).
    pub abbreviation: fn(&str) -> Abbrev,
    /// Whether a capitalised word typically opens a sentence (`The`, `He`).
    pub opener: fn(&str) -> bool,
}

impl Rules {
    /// English, with the CJK full-width terminal marks as well (they are
    /// unambiguous, and English news quotes Chinese and Japanese names).
    pub fn english() -> Rules {
        Rules {
            spaced_terminals: &['.', '!', '?', '…'],
            closed_terminals: &['。', '！', '？', '｡'],
            abbreviation: english_abbreviation,
            opener: english_opener,
        }
    }

    /// Chinese and Japanese: full-width marks only, no abbreviations.
    pub fn cjk() -> Rules {
        Rules {
            spaced_terminals: &['!', '?'],
            closed_terminals: &['。', '！', '？', '｡'],
            abbreviation: |_| Abbrev::None,
            opener: |_| true,
        }
    }
}

impl Default for Rules {
    fn default() -> Self {
        Rules::english()
    }
}

/// Listed abbreviations, sorted by bytes for binary search.
const ABBREVIATIONS: &[(&str, Abbrev)] = &[
    ("A.M", Abbrev::Time),
    ("Adm", Abbrev::Title),
    ("Ala", Abbrev::Plain),
    ("Amb", Abbrev::Title),
    ("Approx", Abbrev::Numeric),
    ("Apr", Abbrev::Numeric),
    ("Apt", Abbrev::Numeric),
    ("Ariz", Abbrev::Plain),
    ("Ark", Abbrev::Plain),
    ("Art", Abbrev::Numeric),
    ("Assn", Abbrev::Plain),
    ("Atty", Abbrev::Title),
    ("Aug", Abbrev::Numeric),
    ("Av", Abbrev::Numeric),
    ("Ave", Abbrev::Numeric),
    ("Blvd", Abbrev::Numeric),
    ("Brig", Abbrev::Title),
    ("Bros", Abbrev::Plain),
    ("Calif", Abbrev::Plain),
    ("Capt", Abbrev::Title),
    ("Cdr", Abbrev::Title),
    ("Ch", Abbrev::Numeric),
    ("Chap", Abbrev::Numeric),
    ("Cllr", Abbrev::Title),
    ("Cmdr", Abbrev::Title),
    ("Co", Abbrev::Plain),
    ("Col", Abbrev::Title),
    ("Colo", Abbrev::Plain),
    ("Conn", Abbrev::Plain),
    ("Corp", Abbrev::Plain),
    ("Cos", Abbrev::Plain),
    ("Cpl", Abbrev::Title),
    ("Dak", Abbrev::Plain),
    ("Dec", Abbrev::Numeric),
    ("Del", Abbrev::Plain),
    ("Dept", Abbrev::Plain),
    ("Det", Abbrev::Title),
    ("Dr", Abbrev::Title),
    ("Drs", Abbrev::Title),
    ("E.g", Abbrev::Inner),
    ("Ed", Abbrev::Numeric),
    ("Eds", Abbrev::Numeric),
    ("Ens", Abbrev::Title),
    ("Esq", Abbrev::Plain),
    ("Est", Abbrev::Numeric),
    ("Ext", Abbrev::Numeric),
    ("Feb", Abbrev::Numeric),
    ("Fig", Abbrev::Numeric),
    ("Figs", Abbrev::Numeric),
    ("Fla", Abbrev::Plain),
    ("Fr", Abbrev::Title),
    ("Fri", Abbrev::Numeric),
    ("Ft", Abbrev::Title),
    ("Ga", Abbrev::Plain),
    ("Gen", Abbrev::Title),
    ("Gens", Abbrev::Title),
    ("Gov", Abbrev::Title),
    ("Govs", Abbrev::Title),
    ("Govt", Abbrev::Plain),
    ("Hon", Abbrev::Title),
    ("Hwy", Abbrev::Numeric),
    ("I.e", Abbrev::Inner),
    ("Ill", Abbrev::Plain),
    ("Inc", Abbrev::Plain),
    ("Ind", Abbrev::Plain),
    ("Insp", Abbrev::Title),
    ("Intl", Abbrev::Plain),
    ("Jan", Abbrev::Numeric),
    ("Jr", Abbrev::Plain),
    ("Jul", Abbrev::Numeric),
    ("Jun", Abbrev::Numeric),
    ("Kan", Abbrev::Plain),
    ("Kans", Abbrev::Plain),
    ("Ky", Abbrev::Plain),
    ("LLC", Abbrev::Plain),
    ("La", Abbrev::Plain),
    ("Lt", Abbrev::Title),
    ("Ltd", Abbrev::Plain),
    ("Maj", Abbrev::Title),
    ("Mar", Abbrev::Numeric),
    ("Mass", Abbrev::Plain),
    ("Md", Abbrev::Plain),
    ("Messrs", Abbrev::Title),
    ("Mex", Abbrev::Plain),
    ("Mfg", Abbrev::Plain),
    ("Mich", Abbrev::Plain),
    ("Minn", Abbrev::Plain),
    ("Miss", Abbrev::Plain),
    ("Mlle", Abbrev::Title),
    ("Mme", Abbrev::Title),
    ("Mmes", Abbrev::Title),
    ("Mo", Abbrev::Plain),
    ("Mont", Abbrev::Plain),
    ("Mr", Abbrev::Title),
    ("Mrs", Abbrev::Title),
    ("Ms", Abbrev::Title),
    ("Msgr", Abbrev::Title),
    ("Mssrs", Abbrev::Title),
    ("Mt", Abbrev::Title),
    ("Mx", Abbrev::Title),
    ("Natl", Abbrev::Plain),
    ("Neb", Abbrev::Plain),
    ("Nev", Abbrev::Plain),
    ("No", Abbrev::Numeric),
    ("Nos", Abbrev::Numeric),
    ("Nov", Abbrev::Numeric),
    ("Nr", Abbrev::Numeric),
    ("N°", Abbrev::Numeric),
    ("Nº", Abbrev::Numeric),
    ("Oct", Abbrev::Numeric),
    ("Ok", Abbrev::Plain),
    ("Okla", Abbrev::Plain),
    ("Ont", Abbrev::Plain),
    ("Op", Abbrev::Numeric),
    ("Ore", Abbrev::Plain),
    ("P.M", Abbrev::Time),
    ("Pa", Abbrev::Plain),
    ("Para", Abbrev::Numeric),
    ("Penn", Abbrev::Plain),
    ("Pfc", Abbrev::Title),
    ("Plc", Abbrev::Plain),
    ("Pres", Abbrev::Title),
    ("Prof", Abbrev::Title),
    ("Profs", Abbrev::Title),
    ("Pt", Abbrev::Numeric),
    ("Pte", Abbrev::Title),
    ("Pvt", Abbrev::Title),
    ("Qld", Abbrev::Plain),
    ("Que", Abbrev::Plain),
    ("Rd", Abbrev::Numeric),
    ("Rep", Abbrev::Title),
    ("Reps", Abbrev::Title),
    ("Rev", Abbrev::Title),
    ("Revs", Abbrev::Title),
    ("Rt", Abbrev::Title),
    ("Rte", Abbrev::Numeric),
    ("Sec", Abbrev::Numeric),
    ("Sect", Abbrev::Numeric),
    ("Sen", Abbrev::Title),
    ("Sens", Abbrev::Title),
    ("Sep", Abbrev::Numeric),
    ("Sept", Abbrev::Numeric),
    ("Sgt", Abbrev::Title),
    ("Spc", Abbrev::Title),
    ("Sr", Abbrev::Plain),
    ("Sra", Abbrev::Title),
    ("Srta", Abbrev::Title),
    ("St", Abbrev::Title),
    ("Ste", Abbrev::Title),
    ("Supt", Abbrev::Title),
    ("Tas", Abbrev::Plain),
    ("Tel", Abbrev::Numeric),
    ("Tenn", Abbrev::Plain),
    ("Tex", Abbrev::Plain),
    ("Thu", Abbrev::Numeric),
    ("Thur", Abbrev::Numeric),
    ("Thurs", Abbrev::Numeric),
    ("Tue", Abbrev::Numeric),
    ("Tues", Abbrev::Numeric),
    ("Univ", Abbrev::Plain),
    ("Va", Abbrev::Plain),
    ("Vic", Abbrev::Plain),
    ("Vol", Abbrev::Numeric),
    ("Vols", Abbrev::Numeric),
    ("Vt", Abbrev::Plain),
    ("Wash", Abbrev::Plain),
    ("Wed", Abbrev::Numeric),
    ("Wis", Abbrev::Plain),
    ("Wisc", Abbrev::Plain),
    ("Wyo", Abbrev::Plain),
    ("a.m", Abbrev::Time),
    ("al", Abbrev::Inner),
    ("approx", Abbrev::Numeric),
    ("art", Abbrev::Numeric),
    ("ave", Abbrev::Plain),
    ("bn", Abbrev::Plain),
    ("c", Abbrev::Numeric),
    ("ca", Abbrev::Numeric),
    ("cf", Abbrev::Inner),
    ("ch", Abbrev::Numeric),
    ("co", Abbrev::Plain),
    ("dept", Abbrev::Plain),
    ("e.g", Abbrev::Inner),
    ("ed", Abbrev::Numeric),
    ("eds", Abbrev::Numeric),
    ("eg", Abbrev::Inner),
    ("est", Abbrev::Numeric),
    ("et", Abbrev::Inner),
    ("etc", Abbrev::Plain),
    ("ext", Abbrev::Numeric),
    ("fig", Abbrev::Numeric),
    ("figs", Abbrev::Numeric),
    ("ft", Abbrev::Plain),
    ("govt", Abbrev::Plain),
    ("hr", Abbrev::Plain),
    ("hrs", Abbrev::Plain),
    ("i.e", Abbrev::Inner),
    ("ie", Abbrev::Inner),
    ("jr", Abbrev::Plain),
    ("lb", Abbrev::Plain),
    ("lbs", Abbrev::Plain),
    ("min", Abbrev::Plain),
    ("mins", Abbrev::Plain),
    ("misc", Abbrev::Plain),
    ("mln", Abbrev::Plain),
    ("mt", Abbrev::Plain),
    ("no", Abbrev::Numeric),
    ("nos", Abbrev::Numeric),
    ("op", Abbrev::Numeric),
    ("oz", Abbrev::Plain),
    ("p", Abbrev::Numeric),
    ("p.m", Abbrev::Time),
    ("para", Abbrev::Numeric),
    ("pp", Abbrev::Numeric),
    ("pt", Abbrev::Numeric),
    ("rd", Abbrev::Plain),
    ("sec", Abbrev::Numeric),
    ("sq", Abbrev::Plain),
    ("st", Abbrev::Plain),
    ("tel", Abbrev::Numeric),
    ("tn", Abbrev::Plain),
    ("v", Abbrev::Inner),
    ("viz", Abbrev::Inner),
    ("vol", Abbrev::Numeric),
    ("vols", Abbrev::Numeric),
    ("vs", Abbrev::Inner),
    ("yr", Abbrev::Plain),
    ("yrs", Abbrev::Plain),
];

/// English abbreviation classes. Multi-period forms (`U.S`, `Ph.D`, `a.m`)
/// are recognised by shape; the rest come from closed lists.
pub fn english_abbreviation(word: &str) -> Abbrev {
    if word.is_empty() || word.len() > 12 {
        return Abbrev::None;
    }
    if word.len() > 6 {
        // No listed abbreviation is longer; `U.S.A`-like shapes can be.
        return shape_abbreviation(word);
    }
    match ABBREVIATIONS.binary_search_by(|(w, _)| w.as_bytes().cmp(word.as_bytes())) {
        Ok(k) => ABBREVIATIONS[k].1,
        Err(_) => shape_abbreviation(word),
    }
}

/// Abbreviations recognised by their form: `U.S`, `Ph.D`, `J.R.R`, or a
/// single letter (an initial or a list letter).
fn shape_abbreviation(word: &str) -> Abbrev {
    let b = word.as_bytes();
    if b.len() == 1 && b[0].is_ascii_alphabetic() {
        return Abbrev::Plain;
    }
    if !b.contains(&b'.') {
        return Abbrev::None;
    }
    // Every dot-separated piece is one or two letters.
    if word
        .split('.')
        .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_alphabetic()))
    {
        return Abbrev::Plain;
    }
    Abbrev::None
}

/// Capitalised words that typically open an English sentence: pronouns,
/// determiners, conjunctions, prepositions and sentence adverbs. A
/// capitalised word that is not one of these after `U.S.` or `Inc.` is more
/// likely a name that continues the sentence.
pub fn english_opener(word: &str) -> bool {
    matches!(
        word,
        "A" | "An"
            | "The"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "There"
            | "Here"
            | "It"
            | "Its"
            | "It's"
            | "It’s"
            | "He"
            | "She"
            | "They"
            | "We"
            | "I"
            | "You"
            | "His"
            | "Her"
            | "Their"
            | "Our"
            | "My"
            | "Your"
            | "But"
            | "And"
            | "Or"
            | "Nor"
            | "So"
            | "Yet"
            | "If"
            | "When"
            | "While"
            | "Where"
            | "What"
            | "Why"
            | "How"
            | "Who"
            | "Which"
            | "Whose"
            | "Although"
            | "Though"
            | "Because"
            | "Since"
            | "After"
            | "Before"
            | "As"
            | "At"
            | "In"
            | "On"
            | "By"
            | "To"
            | "From"
            | "With"
            | "Without"
            | "Under"
            | "Over"
            | "During"
            | "Some"
            | "Many"
            | "Most"
            | "All"
            | "Both"
            | "Each"
            | "Every"
            | "No"
            | "Not"
            | "None"
            | "One"
            | "Two"
            | "Three"
            | "Several"
            | "Few"
            | "Such"
            | "Then"
            | "Now"
            | "Also"
            | "However"
            | "Meanwhile"
            | "Still"
            | "Instead"
            | "Moreover"
            | "Furthermore"
            | "Indeed"
            | "Later"
            | "Earlier"
            | "Today"
            | "Yesterday"
            | "Tomorrow"
            | "Last"
            | "Other"
            | "Another"
            | "Any"
            | "Even"
            | "Only"
            | "Just"
            | "Do"
            | "Does"
            | "Did"
            | "Is"
            | "Are"
            | "Was"
            | "Were"
            | "Can"
            | "Will"
            | "Should"
            | "Would"
            | "Could"
            | "Let"
            | "Let's"
            | "Let’s"
            | "Please"
            | "Yes"
            | "Thus"
            | "Hence"
            | "Despite"
            | "According"
            | "Officials"
            | "Analysts"
            | "Shares"
            | "Prices"
    )
}

/// Words that continue a clock time (`5 p.m. Monday`, `9 a.m. EST`).
pub fn continues_time(word: &str) -> bool {
    matches!(
        word,
        "ET" | "EST"
            | "EDT"
            | "CT"
            | "CST"
            | "CDT"
            | "MT"
            | "MST"
            | "MDT"
            | "PT"
            | "PST"
            | "PDT"
            | "GMT"
            | "UTC"
            | "BST"
            | "CET"
            | "CEST"
            | "JST"
            | "KST"
            | "IST"
            | "AEST"
            | "Eastern"
            | "Central"
            | "Pacific"
            | "Mountain"
            | "Moscow"
            | "Beijing"
            | "Tokyo"
            | "London"
    ) || is_weekday(word)
        || is_month(word)
}

/// Prepositions and time adverbs that open a short introductory time phrase
/// (`At 5 a.m. Mr. Smith left`).
pub fn time_phrase_opener(word: &str) -> bool {
    matches!(
        word,
        "At" | "By"
            | "Around"
            | "Before"
            | "After"
            | "Until"
            | "Till"
            | "From"
            | "Since"
            | "About"
            | "Shortly"
            | "Just"
            | "Starting"
            | "On"
            | "Early"
            | "Late"
            | "Today"
            | "Tomorrow"
            | "Yesterday"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted() {
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0].0.as_bytes() < w[1].0.as_bytes()));
    }

    #[test]
    fn classes() {
        assert_eq!(english_abbreviation("Mr"), Abbrev::Title);
        assert_eq!(english_abbreviation("No"), Abbrev::Numeric);
        assert_eq!(english_abbreviation("U.S"), Abbrev::Plain);
        assert_eq!(english_abbreviation("Ph.D"), Abbrev::Plain);
        assert_eq!(english_abbreviation("p.m"), Abbrev::Time);
        assert_eq!(english_abbreviation("e.g"), Abbrev::Inner);
        assert_eq!(english_abbreviation("house"), Abbrev::None);
        assert_eq!(english_abbreviation("3.5"), Abbrev::None);
        assert!(english_opener("The"));
        assert!(!english_opener("Government"));
    }
}
