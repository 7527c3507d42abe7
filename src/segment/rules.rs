//! Language rule sets for the sentence splitter: which marks end a sentence
//! and how abbreviations behave before the next word.
//!
//! A rule set is plain data plus two lookup functions, so another language
//! plugs in by providing its own [`Rules`] value (see [`Rules::cjk`]).

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
    match word {
        // Titles and prefixes of names and places.
        "Mr" | "Mrs" | "Ms" | "Mx" | "Messrs" | "Mmes" | "Mme" | "Mlle" | "Dr" | "Drs" | "Prof" | "Profs" | "St"
        | "Ste" | "Mt" | "Ft" | "Gen" | "Gens" | "Sen" | "Sens" | "Rep" | "Reps" | "Gov" | "Govs" | "Lt" | "Col"
        | "Sgt" | "Capt" | "Cmdr" | "Cdr" | "Adm" | "Maj" | "Brig" | "Cpl" | "Pvt" | "Pfc" | "Spc" | "Ens" | "Rev"
        | "Revs" | "Hon" | "Pres" | "Supt" | "Det" | "Insp" | "Fr" | "Msgr" | "Atty" | "Amb" | "Rt" | "Sra"
        | "Srta" | "Pte" | "Cllr" | "Mssrs" => Abbrev::Title,
        // Before numbers: numbering, pages, months, weekdays.
        "No" | "Nos" | "Nr" | "N°" | "Nº" | "no" | "nos" | "p" | "pp" | "Vol" | "vol" | "Vols" | "vols" | "Fig"
        | "fig" | "Figs" | "figs" | "Art" | "art" | "Ch" | "ch" | "Chap" | "Sec" | "sec" | "Sect" | "Para" | "para"
        | "Pt" | "pt" | "Apt" | "Rte" | "Hwy" | "Ext" | "ext" | "Tel" | "tel" | "ca" | "c" | "approx" | "Approx"
        | "est" | "Est" | "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep" | "Sept" | "Oct" | "Nov"
        | "Dec" | "Tue" | "Tues" | "Wed" | "Thu" | "Thur" | "Thurs" | "Fri" | "Op" | "op" | "ed" | "eds" | "Ed"
        | "Eds" | "Rd" | "Ave" | "Blvd" | "Av" => Abbrev::Numeric,
        // Inside a sentence by nature.
        "vs" | "v" | "cf" | "viz" | "e.g" | "i.e" | "E.g" | "I.e" | "eg" | "ie" | "et" | "al" => Abbrev::Inner,
        // Companies, suffixes, places and the rest.
        "Inc" | "Co" | "co" | "Cos" | "Corp" | "Ltd" | "Bros" | "LLC" | "Plc" | "Jr" | "jr" | "Sr" | "Esq" | "etc"
        | "Dept" | "dept" | "Univ" | "Assn" | "Intl" | "Govt" | "govt" | "Natl" | "Mfg" | "st" | "rd" | "ave"
        | "mt" | "ft" | "yr" | "yrs" | "hr" | "hrs" | "min" | "mins" | "sq" | "oz" | "lb" | "lbs" | "mln" | "bn"
        | "tn" | "misc" | "Ala" | "Ariz" | "Ark" | "Calif" | "Colo" | "Conn" | "Del" | "Fla" | "Ga" | "Ill" | "Ind"
        | "Kan" | "Kans" | "Ky" | "La" | "Md" | "Mass" | "Mich" | "Minn" | "Miss" | "Mo" | "Mont" | "Neb" | "Nev"
        | "Okla" | "Ore" | "Pa" | "Penn" | "Tenn" | "Tex" | "Va" | "Vt" | "Wash" | "Wis" | "Wisc" | "Wyo" | "Dak"
        | "Ok" | "Mex" | "Ont" | "Que" | "Qld" | "Vic" | "Tas" => Abbrev::Plain,
        "a.m" | "p.m" | "A.M" | "P.M" => Abbrev::Time,
        _ => shape_abbreviation(word),
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
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
    )
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
