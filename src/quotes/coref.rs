//! Speaker resolution: surnames and titled forms to the full name introduced
//! earlier, pronouns to the right earlier speaker.

use super::lexicon::{Lexicon, CLAUSE_OPENERS};
use super::speakers::{is_pronoun, is_title};
use super::tokens::{is_capitalized, Tok};
use crate::text::hash::{FxMap, FxSet};
use crate::text::{is_month, is_weekday};

/// Most names a single token may point to (bounds the lookup).
const MAX_CANDIDATES: usize = 8;

/// Full names seen so far and the speakers resolved so far.
#[derive(Debug, Default)]
pub struct Resolver {
    names: Vec<String>,
    known: FxSet<String>,
    by_token: FxMap<String, Vec<usize>>,
    last_person: Option<String>,
    last_group: Option<String>,
    /// A name being read (kept to spare an allocation per run).
    scratch: String,
}

/// A capitalised word that is not part of a name.
fn not_name(w: &str) -> bool {
    NOT_NAMES.contains(w) || CLAUSE_OPENERS.contains(w) || is_weekday(w) || is_month(w)
}

fn name_word(w: &str) -> bool {
    let bytes = w.as_bytes();
    if bytes.len() > super::speakers::MAX_NAME_WORD {
        return false;
    }
    // Most words are lowercase ASCII: rejected on their first byte.
    if bytes.first().is_none_or(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return false;
    }
    if w.is_ascii() {
        // Capitalised already; ASCII has no curly apostrophe.
        return bytes.iter().any(u8::is_ascii_lowercase) && !bytes.contains(&b'\'');
    }
    is_capitalized(w) && w.chars().any(char::is_lowercase) && !w.contains('’') && !w.contains('\'')
}

/// Whether a token's first byte can open a name word (an ASCII capital or
/// any non-ASCII byte): most tokens are ruled out here without being sliced.
fn may_start_name(text: &str, t: &Tok) -> bool {
    text.as_bytes()
        .get(t.range.start)
        .is_some_and(|b| !b.is_ascii() || b.is_ascii_uppercase())
}

/// Capitalised words that are not names, besides clause openers, weekdays and months.
static NOT_NAMES: Lexicon = Lexicon::new(&[
    "The",
    "He",
    "She",
    "They",
    "This",
    "We",
    "His",
    "Her",
    "Their",
    "A",
    "An",
    "North",
    "South",
    "East",
    "West",
    "New",
    "United",
    "Republican",
    "Democrat",
    "Democratic",
    "House",
    "Senate",
    "Department",
    "Ministry",
    "Council",
    "Committee",
    "Party",
    "Street",
    "University",
    "Court",
    "Agency",
    "News",
    "Times",
    "Post",
    "Centre",
    "Center",
    "Space",
    "Sea",
    "Fleet",
    "Strait",
    "Channel",
    "City",
    "County",
    "State",
    "States",
    "Kingdom",
]);

impl Resolver {
    /// Record the person-like names (two to four capitalised words, titles
    /// stripped) among the tokens of a unit, in text order.
    pub fn learn(&mut self, text: &str, toks: &[Tok]) {
        let word = |k: usize| toks[k].text(text);
        let mut i = 0;
        while i < toks.len() {
            let j = i + toks[i..]
                .iter()
                .take_while(|t| t.word && may_start_name(text, t) && name_word(t.text(text)))
                .count();
            // A name needs two words; a shorter run cannot become one. (Token
            // `j` is no name word: the next run starts after it.)
            if j - i < 2 {
                i = j + 1;
                continue;
            }
            // Strip titles, then leading non-names and cues (one pass: a run can
            // be long, "The The The ...").
            let mut start = (i..j).rev().find(|&k| is_title(word(k))).map_or(i, |k| k + 1);
            while start < j
                && (not_name(word(start)) || super::cues::cue_strength(&word(start).to_ascii_lowercase()).is_some())
            {
                start += 1;
            }
            if (2..=4).contains(&(j - start)) && !(start..j).any(|k| not_name(word(k))) {
                // The name is built in a kept buffer: most runs repeat a name
                // already known, and cost no allocation.
                self.scratch.clear();
                for k in start..j {
                    if k > start {
                        self.scratch.push(' ');
                    }
                    self.scratch.push_str(word(k));
                }
                if self.names.len() < 100_000 && !self.known.contains(&self.scratch) {
                    let name = self.scratch.clone();
                    self.known.insert(name.clone());
                    let id = self.names.len();
                    for w in [word(start), word(j - 1)] {
                        let e = self.by_token.entry(w.to_string()).or_default();
                        if e.len() < MAX_CANDIDATES {
                            e.push(id);
                        }
                    }
                    self.names.push(name);
                }
            }
            i = j + 1;
        }
    }

    /// The full name a mention's name stands for.
    pub fn resolve(&mut self, name: &str, mention: &str, group: bool) -> String {
        let mut mention_words = mention.split_whitespace();
        let first = mention_words.next().unwrap_or("");
        if is_pronoun(first) && mention_words.next().is_none() {
            let is = |p: &str| first.eq_ignore_ascii_case(p);
            let out = if is("they") || is("we") || is("it") {
                self.last_group.clone().or_else(|| self.last_person.clone())
            } else if is("i") || is("you") {
                None
            } else {
                self.last_person.clone()
            };
            return out.unwrap_or_else(|| mention.to_string());
        }
        let mut name_words = name.split_whitespace();
        let single = name_words.next().filter(|_| name_words.next().is_none());
        let resolved = if let Some(w) = single {
            let cands = self.by_token.get(w).map(Vec::as_slice).unwrap_or(&[]);
            // Prefer a name that ends with the word (surname), then one that starts with it.
            cands
                .iter()
                .map(|&c| &self.names[c])
                .find(|n| n.rsplit(' ').next() == Some(w))
                .or_else(|| {
                    cands
                        .iter()
                        .map(|&c| &self.names[c])
                        .find(|n| n.split(' ').next() == Some(w))
                })
                .cloned()
                .unwrap_or_else(|| name.to_string())
        } else {
            name.to_string()
        };
        if group {
            self.last_group = Some(resolved.clone());
        } else if resolved.split(' ').count() >= 2 && resolved.chars().next().is_some_and(char::is_uppercase)
            || single.is_some() && is_capitalized(&resolved)
        {
            self.last_person = Some(resolved.clone());
        }
        resolved
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn name_words_are_capitalised_mixed_case_without_apostrophes() {
        for w in ["Putin", "Zoë", "Émile", "McCain", "Jong-un"] {
            assert!(name_word(w), "{w}");
        }
        for w in ["", "putin", "NATO", "ÉMILE", "O'Brien", "Kim’s", "1990s", "émile"] {
            assert!(!name_word(w), "{w}");
        }
    }

    #[test]
    fn surnames_and_pronouns_resolve() {
        let t = "North Korean leader Kim Jong Un met President Vladimir Putin.";
        let mut r = Resolver::default();
        r.learn(t, &tokenize(t, 0..t.len()));
        assert_eq!(r.resolve("Putin", "Putin", false), "Vladimir Putin");
        assert_eq!(r.resolve("he", "he", false), "Vladimir Putin");
        assert_eq!(r.resolve("Kim", "Kim", false), "Kim Jong Un");
        assert_eq!(r.resolve("experts", "experts", true), "experts");
        assert_eq!(r.resolve("they", "they", false), "experts");
    }
}
