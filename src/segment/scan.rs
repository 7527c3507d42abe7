//! A tiny backtracking scanner for the few fixed patterns of article heads
//! (metadata fields, dates, datelines). A [`Scan`] holds every path through
//! the pattern so far, in the order a backtracking regex would try them
//! (greedy steps give their longest end first, alternatives their first
//! choice first), one path per end; each step continues every path in turn.
//! The first path left at the end is the match: the same leftmost-first,
//! greedy-first semantics as a backtracking regex, without a regex engine in
//! the wasm.
//!
//! Inputs are cut to a few hundred bytes by the callers, so the lists of
//! paths stay short.

/// Where one path through a pattern has got to, and what it marked on the way.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct At {
    /// Byte offset reached.
    pub p: usize,
    /// Offsets marked along the path (captures), by slot.
    pub marks: [Option<usize>; 3],
}

/// Every path through a pattern so far, preferred first, one per end.
#[derive(Debug, Clone)]
pub struct Scan<'s> {
    s: &'s str,
    at: Vec<At>,
}

/// A part of a pattern: continues the paths it is given.
pub type Part<'f> = &'f dyn Fn(Scan) -> Scan;

/// Add `at` unless a path preferred to it already reached the same end (what
/// follows depends on the end only, so the later path could never win).
#[inline(never)]
fn push(out: &mut Vec<At>, at: At) {
    if !out.iter().any(|a| a.p == at.p) {
        out.push(at);
    }
}

impl<'s> Scan<'s> {
    /// One empty path at the start of `s`.
    #[inline(never)]
    pub fn new(s: &'s str) -> Self {
        Scan {
            s,
            at: vec![At::default()],
        }
    }

    /// The preferred path, if any got through.
    pub fn first(&self) -> Option<At> {
        self.at.first().copied()
    }

    /// The end of the preferred path.
    pub fn end(&self) -> Option<usize> {
        self.first().map(|a| a.p)
    }

    /// Each path continued by each of `alternatives` (in order) that follows
    /// it, compared ASCII case-insensitively with `fold`; with `keep`, the
    /// path itself after them.
    #[inline(never)]
    fn strs(self, alternatives: &[&str], keep: bool, fold: bool) -> Self {
        let b = self.s.as_bytes();
        let mut out = Vec::new();
        for at in self.at {
            for a in alternatives {
                let found = b.get(at.p..at.p + a.len());
                if found.is_some_and(|f| f == a.as_bytes() || fold && f.eq_ignore_ascii_case(a.as_bytes())) {
                    push(
                        &mut out,
                        At {
                            p: at.p + a.len(),
                            ..at
                        },
                    );
                }
            }
            if keep {
                push(&mut out, at);
            }
        }
        Scan { s: self.s, at: out }
    }

    /// The literal `lit`.
    #[inline(never)]
    pub fn lit(self, lit: &str) -> Self {
        self.strs(&[lit], false, false)
    }

    /// `lit` once or not at all (greedy).
    #[inline(never)]
    pub fn opt_lit(self, lit: &str) -> Self {
        self.strs(&[lit], true, false)
    }

    /// One of `alternatives`, in order.
    pub fn any_of(self, alternatives: &[&str]) -> Self {
        self.strs(alternatives, false, false)
    }

    /// One of `alternatives` (in order) or none.
    pub fn opt_any(self, alternatives: &[&str]) -> Self {
        self.strs(alternatives, true, false)
    }

    /// One of `alternatives`, in order, ignoring ASCII case.
    pub fn any_of_ignore_case(self, alternatives: &[&str]) -> Self {
        self.strs(alternatives, false, true)
    }

    /// Between `min` and `max` characters matching `pred`, longest first.
    #[inline(never)]
    pub fn run(self, min: usize, max: usize, pred: fn(char) -> bool) -> Self {
        let mut out = Vec::new();
        for at in self.at {
            let mut ends = vec![at.p];
            for c in self.s[at.p..].chars().take(max) {
                if !pred(c) {
                    break;
                }
                ends.push(ends[ends.len() - 1] + c.len_utf8());
            }
            for &p in ends.iter().skip(min).rev() {
                push(&mut out, At { p, ..at });
            }
        }
        Scan { s: self.s, at: out }
    }

    /// The paths not followed by a character matching `pred`.
    #[inline(never)]
    pub fn not_before(mut self, pred: fn(char) -> bool) -> Self {
        let s = self.s;
        self.at.retain(|a| !s[a.p..].chars().next().is_some_and(pred));
        self
    }

    /// Each path with its end marked in `slot`.
    #[inline(never)]
    pub fn mark(mut self, slot: usize) -> Self {
        for a in &mut self.at {
            a.marks[slot] = Some(a.p);
        }
        self
    }

    /// Each path continued by each of `parts`, in order.
    #[inline(never)]
    pub fn alt(self, parts: &[Part]) -> Self {
        let mut out = Vec::new();
        for at in self.at {
            for part in parts {
                for a in part(Scan {
                    s: self.s,
                    at: vec![at],
                })
                .at
                {
                    push(&mut out, a);
                }
            }
        }
        Scan { s: self.s, at: out }
    }

    /// `part` once or not at all (greedy).
    #[inline(never)]
    pub fn opt(self, part: Part) -> Self {
        self.alt(&[part, &|x| x])
    }

    /// Up to `max` repetitions of `part` (greedy); `part` must not match empty.
    pub fn rep(self, max: usize, part: Part) -> Self {
        if max == 0 {
            return self;
        }
        self.opt(&|x| part(x).rep(max - 1, part))
    }
}

/// An ASCII digit.
pub fn digit(c: char) -> bool {
    c.is_ascii_digit()
}

/// An ASCII capital letter.
pub fn upper(c: char) -> bool {
    c.is_ascii_uppercase()
}

/// ASCII white space (`\s` without Unicode).
pub fn space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0B' | '\x0C' | '\r')
}

/// An ASCII word character (`\w` without Unicode).
pub fn word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greedy_with_backtracking() {
        // [A-Z-]+ then "-": the run gives back its last dash.
        let step = |s| Scan::new(s).run(1, 64, |c| upper(c) || c == '-').lit("-").end();
        assert_eq!(step("ABC--x"), Some(5));
        assert_eq!(step("ABC-x"), Some(4));
        assert_eq!(step("ABCx"), None);
        // Alternatives in order, the first that lets the rest match.
        assert_eq!(Scan::new("abc!").any_of(&["ab", "abc"]).lit("!").end(), Some(4));
        assert_eq!(Scan::new("abc!").any_of(&["abc", "ab"]).end(), Some(3));
        // Bounded repetition, then what follows.
        let words = |s| Scan::new(s).rep(2, &|x| x.run(1, 9, upper).opt_lit(" ")).end();
        assert_eq!(words("AB CD EF"), Some(6));
        assert_eq!(words(""), Some(0));
        let then_dot = |s| Scan::new(s).rep(3, &|x| x.run(1, 9, upper).lit(" ")).lit(".").end();
        assert_eq!(then_dot("AB CD ."), Some(7));
        assert_eq!(then_dot("AB CD EF GH ."), None);
        // A part is tried from each path in turn, before the next path.
        let part = |s| {
            Scan::new(s)
                .run(1, 4, digit)
                .alt(&[&|x| x.lit("x"), &|x| x.lit("1y")])
                .end()
        };
        assert_eq!(part("111y"), Some(4));
        assert_eq!(part("11x"), Some(3));
        // Marks follow their path.
        let m = Scan::new("ab-")
            .opt(&|x| x.lit("a").mark(0).lit("c"))
            .lit("a")
            .mark(1)
            .first();
        assert_eq!(m.map(|a| a.marks), Some([None, Some(1), None]));
        assert_eq!(Scan::new("AB1").run(1, 9, upper).not_before(word).end(), None);
        assert_eq!(Scan::new("AB ").run(1, 9, upper).not_before(word).end(), Some(2));
        assert_eq!(Scan::new("aBc").any_of_ignore_case(&["ABC"]).end(), Some(3));
    }
}
