//! Quote extraction and attribution.
//!
//! First version: paired quotation marks inside a block, a reporting verb
//! near them, and the capitalised name next to the verb. The quotes issue
//! deepens this into mixed and indirect speech and speaker resolution.

use crate::segment::Segmentation;
use crate::text::{Excerpt, Span, TextIndex};
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// How the speech is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub enum QuoteKind {
    /// The speaker's words inside quotation marks.
    Direct,
    /// Reported speech that embeds quoted fragments.
    Mixed,
    /// Reported speech with a cue and no quotation marks.
    Indirect,
}

/// Who said it: the resolved entity and the mention at the cue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub struct SpeakerRef {
    /// The entity's fullest name in the article.
    pub name: String,
    /// The words that name the speaker at this quote.
    pub mention: Option<Excerpt>,
}

/// One piece of reported speech.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub struct Quote {
    /// Direct, mixed or indirect.
    pub kind: QuoteKind,
    /// The content, its pieces joined by a space.
    pub text: String,
    /// The content pieces (a quote may be split around its cue).
    pub spans: Vec<Span>,
    /// The reporting verb or phrase.
    pub cue: Option<Excerpt>,
    /// The speaker, when one was found.
    pub speaker: Option<SpeakerRef>,
    /// Index of the sentence where the quote starts.
    pub sentence: usize,
    /// False when an opening mark has no closing mark.
    pub closed: bool,
}

/// One resolved speaker and the quotes attributed to them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "camelCase")]
pub struct Speaker {
    /// Fullest name.
    pub name: String,
    /// Other forms used in the text.
    pub aliases: Vec<String>,
    /// Indices into the quotes.
    pub quotes: Vec<usize>,
}

fn cue_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::text::static_regex(r"(?-u:\b)(said|says|told|replied|added|reported|wrote|warned|according to)(?-u:\b)")
    })
}

fn name_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| crate::text::static_regex(r"[A-Z][A-Za-z\-]+(?: [A-Z][A-Za-z\-]+)*"))
}

/// Extract quotes and the speaker roster from a segmented text.
pub fn extract(idx: &TextIndex, seg: &Segmentation) -> (Vec<Quote>, Vec<Speaker>) {
    let text = idx.text();
    let mut quotes = Vec::new();
    for (b, block) in seg.blocks.iter().enumerate() {
        let range = block.span.bytes();
        let body = &text[range.clone()];
        let mut search = 0;
        while let Some(open) = body[search..].find('“').map(|i| search + i) {
            let inner_start = open + '“'.len_utf8();
            let close = body[inner_start..].find('”').map(|i| inner_start + i);
            let inner_end = close.unwrap_or(body.len());
            let abs = range.start + inner_start..range.start + inner_end;
            let sentence = seg
                .sentences
                .iter()
                .position(|s| s.block == b && s.span.byte_end > abs.start)
                .unwrap_or(0);
            let after = range.start + close.map_or(body.len(), |c| c + '”'.len_utf8());
            let window = &text[after..range.end];
            let cue = cue_regex()
                .find(window)
                .filter(|m| m.start() < 40)
                .map(|m| after + m.start()..after + m.end());
            let before_cue = range.start..range.start + open;
            let (cue, speaker) = match cue {
                Some(cue) => {
                    let speaker = name_regex()
                        .find_iter(&text[after..cue.start])
                        .last()
                        .map(|m| after + m.start()..after + m.end())
                        .or_else(|| {
                            name_regex()
                                .find_iter(&text[before_cue.clone()])
                                .last()
                                .map(|m| before_cue.start + m.start()..before_cue.start + m.end())
                        });
                    (Some(idx.excerpt(cue)), speaker)
                }
                None => {
                    let before = &text[before_cue.clone()];
                    match cue_regex().find_iter(before).last() {
                        Some(m) => {
                            let c = before_cue.start + m.start()..before_cue.start + m.end();
                            let speaker = name_regex()
                                .find_iter(&before[..m.start()])
                                .last()
                                .map(|n| before_cue.start + n.start()..before_cue.start + n.end());
                            (Some(idx.excerpt(c)), speaker)
                        }
                        None => (None, None),
                    }
                }
            };
            if cue.is_some() {
                quotes.push(Quote {
                    kind: QuoteKind::Direct,
                    text: text[abs.clone()].to_string(),
                    spans: vec![idx.span(abs)],
                    cue,
                    speaker: speaker.map(|s| SpeakerRef {
                        name: text[s.clone()].to_string(),
                        mention: Some(idx.excerpt(s)),
                    }),
                    sentence,
                    closed: close.is_some(),
                });
            }
            search = match close {
                Some(c) => c + '”'.len_utf8(),
                None => body.len(),
            };
        }
    }
    let speakers = roster(&quotes);
    (quotes, speakers)
}

/// Group quotes by resolved speaker name.
pub fn roster(quotes: &[Quote]) -> Vec<Speaker> {
    let mut speakers: Vec<Speaker> = Vec::new();
    for (i, q) in quotes.iter().enumerate() {
        let Some(sp) = &q.speaker else { continue };
        let entry = match speakers.iter_mut().position(|s| s.name == sp.name) {
            Some(k) => &mut speakers[k],
            None => {
                speakers.push(Speaker {
                    name: sp.name.clone(),
                    aliases: Vec::new(),
                    quotes: Vec::new(),
                });
                let last = speakers.len() - 1;
                &mut speakers[last]
            }
        };
        entry.quotes.push(i);
        if let Some(m) = &sp.mention {
            if m.text != entry.name && !entry.aliases.contains(&m.text) {
                entry.aliases.push(m.text.clone());
            }
        }
    }
    speakers
}
