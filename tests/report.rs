//! The report renderer (`palimpsest::report`) on the seed pair and on our
//! own texts: layouts, redline marks, escaping for every format.

use palimpsest::report::{self, Format, TextStyle};
use palimpsest::{analyse, compare, Options};

fn seed() -> (String, String) {
    let root = env!("CARGO_MANIFEST_DIR");
    (
        std::fs::read_to_string(format!("{root}/examples/000_3d0e1f293caf9599.txt")).unwrap(),
        std::fs::read_to_string(format!("{root}/examples/002_347963c6eb78a301.txt")).unwrap(),
    )
}

#[test]
fn seed_comparison_text_report_has_summary_redline_and_quote_changes() {
    let (old, new) = seed();
    let c = compare(&old, &new, &Options::default()).unwrap();
    let text = report::comparison(&c, Format::Text);
    assert!(text.contains(&format!("{:.0}% similar", c.similarity * 100.0)));
    assert!(text.contains(&format!("{} edited", c.stats.edited)));
    assert!(text.contains("[-may-]{+might+}"), "{text}");
    assert!(text.contains("[-reentry-]{+re-entry+}"), "{text}");
    // Every non-equal change has one item.
    let items = text.lines().filter(|l| l.starts_with("  * ")).count();
    let changed = c
        .changes
        .iter()
        .filter(|ch| ch.op != palimpsest::ChangeOp::Equal)
        .count();
    let quote_changed = c
        .quotes
        .iter()
        .filter(|q| q.op != palimpsest::QuoteChangeOp::Unchanged)
        .count();
    assert_eq!(items, changed + quote_changed);
    assert_eq!(text.contains("Quote changes"), quote_changed > 0);
}

#[test]
fn styled_text_uses_the_style_marks_and_plain_text_has_no_escapes() {
    let c = compare("The talks may resume.", "The talks might resume.", &Options::default()).unwrap();
    let plain = report::render_comparison(&c, Format::Text, &TextStyle::PLAIN);
    assert_eq!(plain, report::comparison(&c, Format::Text));
    assert!(plain.contains("The talks [-may-]{+might+} resume."), "{plain}");
    assert!(!plain.contains('\x1b'));
    let ansi = report::render_comparison(&c, Format::Text, &TextStyle::ANSI);
    assert!(
        ansi.contains("The talks \x1b[31;9mmay\x1b[0m\x1b[32;4mmight\x1b[0m resume."),
        "{ansi}"
    );
}

#[test]
fn identical_versions_report_no_change() {
    let text = "The council met on Monday. It approved the budget.";
    let c = compare(text, text, &Options::default()).unwrap();
    let report = report::comparison(&c, Format::Text);
    assert!(report.contains("100% similar"), "{report}");
    assert!(report.contains("No sentence changed."));
}

#[test]
fn user_text_cannot_inject_markup_or_terminal_escapes() {
    let old = "The mayor said the vote may pass.";
    let new = "The mayor said the vote <script>alert('x')</script> might pass. \u{1b}[2J Done *now* & [then](x).";
    let c = compare(old, new, &Options::default()).unwrap();
    let html = report::comparison(&c, Format::Html);
    assert!(!html.contains("<script>"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        "{html}"
    );
    assert!(html.contains("Content-Security-Policy"));
    let text = report::comparison(&c, Format::Text);
    assert!(!text.contains('\x1b'), "{text:?}");
    let md = report::comparison(&c, Format::Markdown);
    assert!(!md.contains("<script>"), "{md}");
    assert!(md.contains("\\*now\\*") && md.contains("\\[then\\](x)"), "{md}");

    let quoted = "Officials said: “<script>alert(1)</script> is <b>fine</b>.”";
    let a = analyse(quoted, &Options::default()).unwrap();
    assert!(a.quotes.iter().any(|q| q.text.contains("<script>")), "{:?}", a.quotes);
    let html = report::analysis(&a, Format::Html);
    assert!(!html.contains("<script>") && !html.contains("<b>"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt; is &lt;b&gt;fine&lt;/b&gt;"),
        "{html}"
    );
}

#[test]
fn analysis_report_lists_figures_structure_speakers_and_quotes() {
    let text = "City approves new bridge\n\
                Mayor Ana Ruiz said: “The bridge opens in May.” She added that costs had fallen.\n\
                “We are pleased,” said council member Tom Lee.\n";
    let a = analyse(text, &Options::default()).unwrap();
    for format in [Format::Text, Format::Markdown, Format::Html] {
        let r = report::analysis(&a, format);
        assert!(r.contains(&format!("{} words", a.stats.words)), "{r}");
        assert!(r.contains("Structure"));
        for sp in &a.speakers {
            assert!(
                r.contains(&report::escape_html(&sp.name)) || r.contains(&sp.name),
                "{r}"
            );
        }
        for q in &a.quotes {
            let shown = match format {
                Format::Html => report::escape_html(&q.text),
                Format::Markdown => report::escape_markdown(&q.text),
                Format::Text => q.text.clone(),
            };
            assert!(r.contains(&shown), "{format:?} lacks quote {:?}:\n{r}", q.text);
        }
    }
    assert!(!a.quotes.is_empty(), "the sample has quotes");
    let html = report::analysis(&a, Format::Html);
    assert!(html.starts_with("<!doctype html>") && html.contains("<h2>Quotes</h2>"));
}
