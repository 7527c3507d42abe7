//! Metadata at the head of an article: `key: value` fields, date lines and
//! the dateline that opens the first paragraph (`WASHINGTON (Reuters) -`).

use super::scan::{any_of, digit, find, lit, opt_lit, run, space, upper, word, Next};
use std::cell::Cell;

/// How far into a line the metadata patterns look (bytes).
const HEAD: usize = 240;

/// A metadata field found at the start of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Byte length of the field inside the line (key and value).
    pub len: usize,
    /// What the field says.
    pub key: FieldKey,
    /// The value's byte range inside the line.
    pub value: std::ops::Range<usize>,
}

/// Which article field a metadata line fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKey {
    /// Publication or update date.
    Date,
    /// Headline or title.
    Headline,
    /// Publisher, wire service or site.
    Source,
    /// Any other field (author, section, tags, URL...).
    Other,
}

/// The start of `line` cut to at most `HEAD` bytes on a char boundary.
fn head(line: &str) -> &str {
    if line.len() <= HEAD {
        return line;
    }
    let mut k = HEAD;
    while !line.is_char_boundary(k) {
        k -= 1;
    }
    &line[..k]
}

/// Field keys, in the order they are tried (ASCII case-insensitive).
const FIELD_KEYS: &[&str] = &[
    "date",
    "dated",
    "published",
    "publish date",
    "updated",
    "last updated",
    "posted",
    "modified",
    "source",
    "publisher",
    "site",
    "author",
    "authors",
    "byline",
    "title",
    "headline",
    "section",
    "category",
    "categories",
    "tags",
    "keywords",
    "language",
    "lang",
    "url",
    "link",
    "id",
    "slug",
    "words",
    "word count",
];

/// Any number of ASCII spaces.
fn spaces(s: &str, p: usize, k: Next) -> bool {
    run(s, p, 0, usize::MAX, &space, k)
}

/// `key` then spaces, then `:` or `=` or one more space, then spaces.
fn field_key(s: &str, p: usize, k: Next) -> bool {
    FIELD_KEYS.iter().any(|key| {
        s.as_bytes()
            .get(p..p + key.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(key.as_bytes()))
            && spaces(s, p + key.len(), &mut |q| {
                any_of(s, q, &[":", "="], &mut |r| spaces(s, r, &mut *k))
                    || run(s, q, 1, 1, &space, &mut |r| spaces(s, r, &mut *k))
            })
    })
}

/// Month names and abbreviations, longest form first, then an optional dot.
fn month(s: &str, p: usize, k: Next) -> bool {
    const MONTHS: &[&str] = &[
        "January",
        "Jan",
        "February",
        "Feb",
        "March",
        "Mar",
        "April",
        "Apr",
        "May",
        "June",
        "Jun",
        "July",
        "Jul",
        "August",
        "Aug",
        "September",
        "Sept",
        "Sepember",
        "Sep",
        "October",
        "Oct",
        "November",
        "Nov",
        "December",
        "Dec",
    ];
    any_of(s, p, MONTHS, &mut |q| opt_lit(s, q, ".", &mut *k))
}

/// "Tuesday, " / "Tue. ": a weekday, optional dot and comma, and a space.
fn weekday(s: &str, p: usize, k: Next) -> bool {
    const STEMS: &[&str] = &[
        "Mon", "Tues", "Tue", "Wednes", "Wed", "Thurs", "Thu", "Fri", "Satur", "Sat", "Sun",
    ];
    any_of(s, p, STEMS, &mut |q| {
        opt_lit(s, q, "day", &mut |r| {
            opt_lit(s, r, ".", &mut |t| opt_lit(s, t, ",", &mut |u| lit(s, u, " ", &mut *k)))
        })
    })
}

fn digits(s: &str, p: usize, min: usize, max: usize, k: Next) -> bool {
    run(s, p, min, max, &digit, k)
}

/// 2024-02-01, 1/2/24, 4.3.2021, March 4, 2021, 4 March 2021.
fn calendar_date(s: &str, p: usize, k: Next) -> bool {
    let iso = |k: Next| {
        digits(s, p, 4, 4, &mut |q| {
            lit(s, q, "-", &mut |r| {
                digits(s, r, 2, 2, &mut |t| {
                    lit(s, t, "-", &mut |u| digits(s, u, 2, 2, &mut *k))
                })
            })
        })
    };
    let numeric = |k: Next| {
        digits(s, p, 1, 2, &mut |q| {
            any_of(s, q, &["/", "."], &mut |r| {
                digits(s, r, 1, 2, &mut |t| {
                    any_of(s, t, &["/", "."], &mut |u| digits(s, u, 2, 4, &mut *k))
                })
            })
        })
    };
    let year =
        |s: &str, p: usize, k: Next| opt_lit(s, p, ",", &mut |q| lit(s, q, " ", &mut |r| digits(s, r, 4, 4, &mut *k)));
    let month_first = |k: Next| {
        month(s, p, &mut |q| {
            lit(s, q, " ", &mut |r| {
                digits(s, r, 1, 2, &mut |t| {
                    let mut then_year = |u: usize| year(s, u, &mut *k);
                    any_of(s, t, &["st", "nd", "rd", "th"], &mut then_year) || then_year(t)
                })
            })
        })
    };
    let day_first = |k: Next| {
        digits(s, p, 1, 2, &mut |q| {
            lit(s, q, " ", &mut |r| month(s, r, &mut |t| year(s, t, &mut *k)))
        })
    };
    iso(&mut *k) || numeric(&mut *k) || month_first(&mut *k) || day_first(k)
}

/// An optional time after a date: ", 10:15", " at 9:30 a.m.", "T10:15:00Z",
/// " 10:15 GMT".
fn time(s: &str, p: usize, k: Next) -> bool {
    let clock = |s: &str, p: usize, k: Next| {
        opt_lit(s, p, " ", &mut |q| {
            digits(s, q, 1, 2, &mut |r| {
                lit(s, r, ":", &mut |t| {
                    digits(s, t, 2, 2, &mut |u| {
                        let mut zone = |v: usize| {
                            lit(s, v, "Z", &mut *k)
                                || any_of(s, v, &["+", "-"], &mut |w| {
                                    digits(s, w, 2, 2, &mut |x| {
                                        opt_lit(s, x, ":", &mut |y| digits(s, y, 2, 2, &mut *k))
                                    })
                                })
                                || opt_lit(s, v, " ", &mut |w| {
                                    run(s, w, 2, 4, &upper, &mut |x| {
                                        !s[x..].chars().next().is_some_and(word) && k(x)
                                    })
                                })
                                || k(v)
                        };
                        let mut meridiem = |v: usize| {
                            opt_lit(s, v, " ", &mut |w| {
                                run(s, w, 1, 1, &|c| matches!(c, 'A' | 'a' | 'P' | 'p'), &mut |x| {
                                    opt_lit(s, x, ".", &mut |y| {
                                        run(s, y, 1, 1, &|c| matches!(c, 'M' | 'm'), &mut |z| {
                                            opt_lit(s, z, ".", &mut zone)
                                        })
                                    })
                                })
                            }) || zone(v)
                        };
                        let mut seconds = |v: usize| {
                            lit(s, v, ":", &mut |w| {
                                digits(s, w, 2, 2, &mut |x| {
                                    lit(s, x, ".", &mut |y| digits(s, y, 1, usize::MAX, &mut meridiem)) || meridiem(x)
                                })
                            }) || meridiem(v)
                        };
                        seconds(u)
                    })
                })
            })
        })
    };
    any_of(s, p, &[",", " at", "T", " "], &mut |q| clock(s, q, &mut *k)) || clock(s, p, &mut *k) || k(p)
}

/// The end of a date (with optional weekday and time) at the start of `s`.
fn date_at(s: &str) -> Option<usize> {
    find(s, &|s, p, k| {
        let mut rest = |q: usize| calendar_date(s, q, &mut |r| time(s, r, &mut *k));
        weekday(s, p, &mut rest) || rest(p)
    })
}

/// A metadata field at the start of `line`. Date keys without a colon
/// (`date 2023-09-13 Headline…`) take only the date as their value.
pub fn field(line: &str) -> Option<Field> {
    let h = head(line);
    let m_end = find(h, &field_key)?;
    let key_text = h[..m_end].trim_end_matches([':', '=', ' ', '\t']).to_ascii_lowercase();
    let key = match key_text.trim() {
        "date" | "dated" | "published" | "publish date" | "updated" | "last updated" | "posted" | "modified" => {
            FieldKey::Date
        }
        "title" | "headline" => FieldKey::Headline,
        "source" | "publisher" | "site" => FieldKey::Source,
        _ => FieldKey::Other,
    };
    let colon = h[..m_end].contains([':', '=']);
    let rest = &line[m_end..];
    if key == FieldKey::Date {
        let end = m_end + date_at(head(rest))?;
        // With a colon the field owns the line unless a date ends it early.
        let len = if colon && line[end..].trim().is_empty() {
            line.len()
        } else {
            end
        };
        return Some(Field {
            len,
            key,
            value: m_end..end,
        });
    }
    if !colon || rest.trim().is_empty() || line.len() > 300 {
        return None;
    }
    Some(Field {
        len: line.len(),
        key,
        value: m_end..line.len(),
    })
}

/// The length of a date (with optional weekday and time) at the start of
/// `line`, when the whole line is that date, possibly with a short label.
pub fn date_line(line: &str) -> Option<usize> {
    if line.len() > 80 {
        return None;
    }
    let t = line
        .trim_start_matches(|c: char| c.is_ascii_alphabetic() || c == ' ' || c == ':')
        .len();
    let label = &line[..line.len() - t];
    let label_ok = label.trim().is_empty()
        || matches!(
            label.trim().trim_end_matches(':').to_ascii_lowercase().as_str(),
            "published" | "updated" | "posted" | "last updated" | "published on" | "updated on" | "on"
        );
    for start in [0, line.len() - t] {
        if let Some(end) = date_at(&line[start..]) {
            if (start == 0 || label_ok) && line[start + end..].trim().is_empty() {
                return Some(line.len());
            }
        }
    }
    None
}

/// An all-caps place word (`WASHINGTON`, `U.S.`) or, with `mixed`, a
/// capitalised one (`Peru`).
fn place_word(s: &str, p: usize, mixed: bool, k: Next) -> bool {
    let rest = |c: char| upper(c) || mixed && c.is_ascii_lowercase() || matches!(c, '\'' | '’' | '.' | '-');
    run(s, p, 1, 1, &upper, &mut |q| run(s, q, 1, usize::MAX, &rest, &mut *k))
}

/// Up to `max` more words, each after a space.
fn more_words(s: &str, p: usize, max: usize, mixed: bool, k: Next) -> bool {
    if max > 0
        && lit(s, p, " ", &mut |q| {
            place_word(s, q, mixed, &mut |r| more_words(s, r, max - 1, mixed, &mut *k))
        })
    {
        return true;
    }
    k(p)
}

/// Up to `max` ", Region Name" parts.
fn regions(s: &str, p: usize, max: usize, k: Next) -> bool {
    if max > 0
        && lit(s, p, ", ", &mut |q| {
            place_word(s, q, true, &mut |r| {
                more_words(s, r, 2, true, &mut |t| t > p && regions(s, t, max - 1, &mut *k))
            })
        })
    {
        return true;
    }
    k(p)
}

/// ", Sept. 13" after the place.
fn dateline_day(s: &str, p: usize, k: Next) -> bool {
    const MONTHS: &[&str] = &[
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let mut day = |q: usize| {
        lit(s, q, " ", &mut |r| {
            any_of(s, r, MONTHS, &mut |t| {
                run(s, t, 0, usize::MAX, &|c| c.is_ascii_lowercase(), &mut |u| {
                    opt_lit(s, u, ".", &mut |v| {
                        lit(s, v, " ", &mut |w| run(s, w, 1, 2, &digit, &mut *k))
                    })
                })
            })
        })
    };
    lit(s, p, ",", &mut day) || day(p)
}

/// A dateline's parts, as byte offsets into the line.
#[derive(Debug, PartialEq, Eq)]
struct DatelineMatch {
    /// End of the dateline (after the dash and its spaces).
    end: usize,
    /// End of the all-caps place, when there is one.
    place_end: Option<usize>,
    /// The source named in brackets.
    source: Option<(usize, usize)>,
}

/// The dateline at the start of `s`: `PLACE[, Region][, Mon. D] [(Source)] —`.
fn dateline_at(s: &str) -> Option<DatelineMatch> {
    let place = Cell::new(None);
    let source = Cell::new(None);
    let dash = |s: &str, p: usize, k: Next| {
        opt_lit(s, p, " ", &mut |q| {
            any_of(s, q, &["--", "—", "–", "―", "-"], &mut |r| {
                run(s, r, 0, usize::MAX, &|c| c == ' ' || c == '\t', &mut *k)
            })
        })
    };
    let after_place = |s: &str, p: usize, k: Next| {
        let in_brackets = |c: char| c.is_ascii_alphabetic() || matches!(c, '&' | '.' | '\'' | '’' | ' ');
        let with_source = lit(s, p, "(", &mut |q| {
            run(s, q, 1, 1, &upper, &mut |r| {
                run(s, r, 0, 40, &in_brackets, &mut |t| {
                    source.set(Some((q, t)));
                    lit(s, t, ")", &mut |u| dash(s, u, &mut *k))
                })
            })
        });
        with_source || {
            source.set(None);
            dash(s, p, k)
        }
    };
    let end = find(s, &|s, p, k| {
        let with_place = place_word(s, p, false, &mut |q| {
            more_words(s, q, 3, false, &mut |r| {
                place.set(Some(r));
                regions(s, r, 2, &mut |t| {
                    let mut tail = |u: usize| opt_lit(s, u, " ", &mut |v| after_place(s, v, &mut *k));
                    dateline_day(s, t, &mut tail) || tail(t)
                })
            })
        });
        with_place || {
            place.set(None);
            after_place(s, p, k)
        }
    })?;
    Some(DatelineMatch {
        end,
        place_end: place.get(),
        source: source.get(),
    })
}

/// A dateline at the start of a paragraph: its byte length and the source
/// named in brackets, if any.
pub fn dateline(line: &str) -> Option<(usize, Option<String>)> {
    let h = head(line);
    let DatelineMatch { end, place_end, source } = dateline_at(h)?;
    let place = place_end.map(|e| &h[..e]);
    let src = source.map(|(a, b)| h[a..b].trim().to_string());
    // A place alone must be a real all-caps place name, not `A -` or `I -`.
    let place_ok = place.is_some_and(|p| p.chars().filter(char::is_ascii_alphabetic).count() >= 3);
    if src.is_none() && !place_ok {
        return None;
    }
    let rest = &line[end..];
    // The story must go on after the dash, in a capitalised word.
    if !rest
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c == '“' || c == '"')
    {
        return None;
    }
    Some((end, src.filter(|s| !s.is_empty())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_and_dates() {
        let f = field("date 2024-02-01 Markets Rally").unwrap();
        assert_eq!(f.key, FieldKey::Date);
        assert_eq!(&"date 2024-02-01 Markets Rally"[f.value.clone()], "2024-02-01");
        assert_eq!(f.len, "date 2024-02-01".len());
        let f = field("Source: The Daily Planet").unwrap();
        assert_eq!(f.key, FieldKey::Source);
        assert!(field("Dated ideas die hard, he said.").is_none());
        assert_eq!(date_line("March 4, 2021"), Some(13));
        assert_eq!(date_line("Updated: 2021-03-04 10:15 GMT"), Some(29));
        assert!(date_line("March was cold").is_none());
    }

    #[test]
    fn datelines() {
        let (n, src) = dateline("(Reuters) -- Oil rose.").unwrap();
        assert_eq!(n, "(Reuters) -- ".len());
        assert_eq!(src.as_deref(), Some("Reuters"));
        let (n, src) = dateline("LIMA, Peru (AP) — The vote").unwrap();
        assert_eq!(n, "LIMA, Peru (AP) — ".len());
        assert_eq!(src.as_deref(), Some("AP"));
        assert_eq!(dateline("OSLO ― The prize").map(|d| d.0), Some("OSLO ― ".len()));
        let (n, src) = dateline("OSLO — The prize").unwrap();
        assert_eq!(n, "OSLO — ".len());
        assert_eq!(src, None);
        assert!(dateline("A - b").is_none());
        assert!(dateline("Kim said - nothing").is_none());
    }
}

/// The scanners against the regular expressions they replace (kept here, in
/// the tests, as their specification): same match ends and captures on
/// generated and real head lines.
#[cfg(test)]
mod same_as_regex {
    use super::*;
    use regex::Regex;

    fn field_re() -> Regex {
        Regex::new(
            r"^(?i-u:(date|dated|published|publish date|updated|last updated|posted|modified|source|publisher|site|author|authors|byline|title|headline|section|category|categories|tags|keywords|language|lang|url|link|id|slug|words|word count))(?-u:\s)*(?::|=|(?-u:\s))(?-u:\s)*",
        )
        .unwrap()
    }

    fn date_re() -> Regex {
        let month = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
        let weekday = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,? )?";
        let time = r"(?:(?:,| at|T| )? ?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?: ?(?:[AaPp]\.?[Mm]\.?))?(?:Z|[+-][0-9]{2}:?[0-9]{2}| ?[A-Z]{2,4}(?-u:\b))?)?";
        Regex::new(&format!(
            r"^{weekday}(?:[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}|[0-9]{{1,2}}[/.][0-9]{{1,2}}[/.][0-9]{{2,4}}|{month} [0-9]{{1,2}}(?:st|nd|rd|th)?,? [0-9]{{4}}|[0-9]{{1,2}} {month},? [0-9]{{4}}){time}"
        ))
        .unwrap()
    }

    fn dateline_re() -> Regex {
        Regex::new(
            r"^(?:(?P<place>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3})(?:, [A-Z][A-Za-z'’.\-]+(?: [A-Z][A-Za-z'’.\-]+){0,2}){0,2}(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? [0-9]{1,2})? ?)?(?:\((?P<src>[A-Z][A-Za-z&.'’ ]{0,40})\))? ?(?:--|—|–|―|-)[ \t]*",
        )
        .unwrap()
    }

    /// Lines built from the pieces these patterns care about (deterministic).
    fn generated(n: usize) -> Vec<String> {
        const PIECES: &[&str] = &[
            "WASHINGTON",
            "U.S.",
            "LIMA",
            "Peru",
            "NEW",
            "YORK",
            "O'HARE",
            "ST.-",
            "A",
            "I",
            ", ",
            " ",
            "  ",
            "(",
            ")",
            "AP",
            "Reuters",
            "Dow Jones & Co.",
            "—",
            "–",
            "―",
            "-",
            "--",
            "Sept.",
            "Sep",
            "September",
            "Jan",
            "13",
            "4",
            "2021",
            "2024-02-01",
            "12/03/2021",
            "1.2.21",
            ":",
            "=",
            "10:15",
            "9:05:30.25",
            "a.m.",
            "PM",
            " GMT",
            "GMTX",
            "T",
            "Z",
            "+05:30",
            "-0800",
            "Monday",
            "Tues.",
            "Wed",
            ",",
            "date",
            "Dated",
            "Updated",
            "Last updated",
            "Publish date",
            "word count",
            "\t",
            "The",
            "th",
            "st",
            "at",
            " at ",
            "“",
            "x",
            "2",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        (0..n)
            .map(|_| {
                let len = 1 + (next() % 9) as usize;
                let mut line = String::new();
                // A quarter of the lines open with a field key.
                if next() % 4 == 0 {
                    line.push_str(FIELD_KEYS[(next() % FIELD_KEYS.len() as u64) as usize]);
                }
                for _ in 0..len {
                    line.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
                }
                line
            })
            .collect()
    }

    fn real() -> Vec<String> {
        let mut lines: Vec<String> = [
            "date 2023-09-13 Kim, Putin Meet",
            "Updated: Tuesday, Sept. 12, 2023 at 10:15 a.m. EDT",
            "Published 4 March 2021, 9:30",
            "Mon, 2024-02-01T10:15:00Z",
            "WASHINGTON (Reuters) -- Oil rose.",
            "LIMA, Peru, Jan. 5 (AP) — The vote",
            "SEOUL, South Korea — North Korea",
            "(Bloomberg) -- North Korean leader",
            "BEIJING-Chinese officials",
            "WASHINGTON--The Senate",
            "U.S.-CHINA TALKS - The",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for name in ["000_3d0e1f293caf9599.txt", "002_347963c6eb78a301.txt"] {
            let path = format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(path).unwrap_or_default();
            lines.extend(text.lines().map(|l| l.trim_start().to_string()));
        }
        lines
    }

    #[test]
    fn scanners_match_the_regular_expressions() {
        let (field_re, date_re, dateline_re) = (field_re(), date_re(), dateline_re());
        let lines: Vec<String> = real().into_iter().chain(generated(40_000)).collect();
        let mut hits = [0usize; 3];
        for line in &lines {
            let h = head(line);
            let field = find(h, &field_key);
            assert_eq!(field, field_re.find(h).map(|m| m.end()), "field: {line:?}");
            let date = date_at(h);
            assert_eq!(date, date_re.find(h).map(|m| m.end()), "date: {line:?}");
            // Dates after a field key too ("Updated: Tuesday, …").
            if let Some(e) = field {
                assert_eq!(
                    date_at(&h[e..]),
                    date_re.find(&h[e..]).map(|m| m.end()),
                    "date: {line:?}"
                );
            }
            hits[0] += usize::from(field.is_some());
            hits[1] += usize::from(date.is_some());
            hits[2] += usize::from(dateline_at(h).is_some());
            let want = dateline_re.captures(h).map(|c| DatelineMatch {
                end: c.get(0).map_or(0, |m| m.end()),
                place_end: c.name("place").map(|m| m.end()),
                source: c.name("src").map(|m| (m.start(), m.end())),
            });
            assert_eq!(dateline_at(h), want, "dateline: {line:?}");
        }
        // The generated lines reach every pattern often.
        assert!(hits.iter().all(|&n| n > 500), "matches per pattern: {hits:?}");
    }
}
