//! A tiny backtracking scanner for the few fixed patterns of article heads
//! (metadata fields, dates, datelines). Each step takes a continuation `k`
//! and calls it with every end it can reach, preferred end first, stopping
//! at the first `k` that succeeds: the same leftmost-first, greedy-first
//! semantics as a backtracking regex, without a regex engine in the wasm.
//!
//! Inputs are cut to a few hundred bytes by the callers, so backtracking stays
//! cheap.

/// What a step calls with each end it reaches; `true` ends the search.
pub type Next<'k> = &'k mut dyn FnMut(usize) -> bool;

/// A pattern step: from position `p` of `s`, call `k` with each end.
pub type Step<'f> = &'f dyn Fn(&str, usize, Next) -> bool;

/// The literal `lit` at `p`.
pub fn lit(s: &str, p: usize, lit: &str, k: Next) -> bool {
    s[p..].starts_with(lit) && k(p + lit.len())
}

/// The first of `alternatives` (in order) at `p` for which `k` succeeds.
pub fn any_of(s: &str, p: usize, alternatives: &[&str], k: Next) -> bool {
    alternatives.iter().any(|a| s[p..].starts_with(a) && k(p + a.len()))
}

/// `lit` once or not at all (greedy).
pub fn opt_lit(s: &str, p: usize, lit: &str, k: Next) -> bool {
    s[p..].starts_with(lit) && k(p + lit.len()) || k(p)
}

/// Between `min` and `max` characters matching `pred`, longest first.
pub fn run(s: &str, p: usize, min: usize, max: usize, pred: &dyn Fn(char) -> bool, k: Next) -> bool {
    let mut ends: Vec<usize> = Vec::new();
    let mut q = p;
    for c in s[p..].chars().take(max) {
        if !pred(c) {
            break;
        }
        q += c.len_utf8();
        ends.push(q);
    }
    if ends.len() < min {
        return false;
    }
    (min..=ends.len())
        .rev()
        .any(|n| k(if n == 0 { p } else { ends[n - 1] }))
}

/// Up to `max` repetitions of `step` (greedy), then `k`. Empty repetitions end
/// the loop.
pub fn rep(s: &str, p: usize, max: usize, step: Step, k: Next) -> bool {
    if max > 0 && step(s, p, &mut |q| q > p && rep(s, q, max - 1, step, k)) {
        return true;
    }
    k(p)
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

/// The end of the preferred match of `step` at the start of `s`.
pub fn find(s: &str, step: Step) -> Option<usize> {
    let mut end = None;
    step(s, 0, &mut |q| {
        end = Some(q);
        true
    });
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greedy_with_backtracking() {
        // [A-Z-]+ then "-": the run gives back its last dash.
        let step: Step = &|s, p, k| run(s, p, 1, 64, &|c| upper(c) || c == '-', &mut |q| lit(s, q, "-", k));
        assert_eq!(find("ABC--x", step), Some(5));
        assert_eq!(find("ABC-x", step), Some(4));
        assert_eq!(find("ABCx", step), None);
        // Alternatives in order, the first that lets the rest match.
        let alt: Step = &|s, p, k| any_of(s, p, &["ab", "abc"], &mut |q| lit(s, q, "!", k));
        assert_eq!(find("abc!", alt), Some(4));
        // Bounded repetition.
        let words: Step = &|s, p, k| {
            rep(
                s,
                p,
                2,
                &|s, p, k| run(s, p, 1, 9, &upper, &mut |q| opt_lit(s, q, " ", k)),
                k,
            )
        };
        assert_eq!(find("AB CD EF", words), Some(6));
        assert_eq!(find("", words), Some(0));
    }
}
