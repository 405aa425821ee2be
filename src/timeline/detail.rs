//! What the widget's detail panel says about one event, as pure functions: where in a source
//! sentence its date expression stands (to highlight it), and how the date was resolved
//! ("Tuesday → Tue 2 Dec 2025, from the article's date 3 Dec 2025").
//!
//! No JS types here; the widget formats the dates with `Intl.DateTimeFormat` and builds the DOM.

use crate::model::{Analysis, DctSource, SentenceRef};
use crate::text::chars::find_str;

/// How offsets in a [`SentenceRef`] are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffsetUnit {
    /// UTF-8 bytes (the core's and the CLI's JSON).
    Utf8,
    /// UTF-16 code units (what the wasm API hands to JS).
    Utf16,
}

/// The byte range of the sentence's date expression within `sentence.text`, to highlight it.
///
/// Found from the offsets (counted in `unit`) when they point at the expression's text; else the
/// first occurrence of the expression in the sentence; `None` when the sentence has no
/// expression or does not contain it.
pub fn highlight(sentence: &SentenceRef, unit: OffsetUnit) -> Option<(usize, usize)> {
    let when = sentence.when.as_ref()?;
    if when.text.is_empty() {
        return None;
    }
    let relative = when.start.checked_sub(sentence.start);
    if let Some(at) = relative.and_then(|r| byte_index(&sentence.text, r, unit)) {
        if sentence.text[at..].starts_with(&when.text) {
            return Some((at, at + when.text.len()));
        }
    }
    let at = find_str(&sentence.text, &when.text)?;
    Some((at, at + when.text.len()))
}

/// The byte index of `offset` (counted in `unit`) in `text`, when it falls on a character start.
fn byte_index(text: &str, offset: usize, unit: OffsetUnit) -> Option<usize> {
    match unit {
        OffsetUnit::Utf8 => text.is_char_boundary(offset).then_some(offset),
        OffsetUnit::Utf16 => {
            let mut units = 0;
            for (byte, c) in text.char_indices() {
                if units == offset {
                    return Some(byte);
                }
                if units > offset {
                    return None;
                }
                units += c.len_utf16();
            }
            (units == offset).then_some(text.len())
        }
    }
}

/// What a relative expression was resolved against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnchorKind {
    /// The article's own date (given with it or found in its text).
    ArticleDate,
    /// A date borrowed from the other articles of the collection.
    CollectionDate,
    /// Another date (an earlier date of the same text).
    OtherDate,
}

/// How one sentence's expression dated the event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    /// The expression as written ("Tuesday").
    pub expression: String,
    /// The date it was resolved against (`YYYY-MM-DD`) and what that date is, for relative ones.
    pub anchor: Option<(String, AnchorKind)>,
}

/// How `sentence` dated its event: its expression and anchor, `None` without an expression.
pub fn resolution(analysis: &Analysis, sentence: &SentenceRef) -> Option<Resolution> {
    let when = sentence.when.as_ref()?;
    let anchor = when.anchor.as_ref().map(|anchor| {
        let article = analysis.articles.iter().find(|a| a.id == sentence.article);
        let kind = match article {
            Some(a) if a.dct.as_deref() == Some(anchor.as_str()) => match a.dct_source {
                DctSource::Collection => AnchorKind::CollectionDate,
                _ => AnchorKind::ArticleDate,
            },
            _ => AnchorKind::OtherDate,
        };
        (anchor.clone(), kind)
    });
    Some(Resolution {
        expression: when.text.clone(),
        anchor,
    })
}

/// The words before an anchor date: "from the article's date", "from the date of the other
/// reports", "from".
pub fn anchor_words(kind: AnchorKind) -> &'static str {
    match kind {
        AnchorKind::ArticleDate => "from the article's date",
        AnchorKind::CollectionDate => "from the date of the other reports",
        AnchorKind::OtherDate => "counted from",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleInfo, WhenRef};

    fn sentence(text: &str, start: usize, when: Option<(&str, usize)>) -> SentenceRef {
        SentenceRef {
            article: "a1".into(),
            text: text.into(),
            start,
            end: start + text.len(),
            when: when.map(|(t, at)| WhenRef {
                text: t.into(),
                start: at,
                end: at + t.len(),
                anchor: Some("2025-12-03".into()),
            }),
        }
    }

    #[test]
    fn highlight_follows_offsets_in_either_unit() {
        // "Zürich" is 7 bytes, 6 UTF-16 units; the second "Tuesday" is the dated one.
        let text = "Zürich on Tuesday, not Tuesday.";
        let second = text.rfind("Tuesday").unwrap();
        let utf8 = sentence(text, 100, Some(("Tuesday", 100 + second)));
        assert_eq!(
            highlight(&utf8, OffsetUnit::Utf8),
            Some((second, second + 7))
        );
        let utf16 = sentence(text, 100, Some(("Tuesday", 100 + second - 1)));
        assert_eq!(
            highlight(&utf16, OffsetUnit::Utf16),
            Some((second, second + 7))
        );
        // Offsets that do not point at it: the first occurrence.
        let off = sentence(text, 0, Some(("Tuesday", 2)));
        let first = text.find("Tuesday").unwrap();
        assert_eq!(highlight(&off, OffsetUnit::Utf8), Some((first, first + 7)));
        assert_eq!(highlight(&sentence(text, 0, None), OffsetUnit::Utf8), None);
        assert_eq!(
            highlight(&sentence(text, 0, Some(("Friday", 0))), OffsetUnit::Utf8),
            None
        );
        assert_eq!(
            highlight(&sentence(text, 50, Some(("Tuesday", 3))), OffsetUnit::Utf16),
            Some((first, first + 7))
        );
    }

    #[test]
    fn resolution_names_the_anchor() {
        let mut analysis = Analysis {
            articles: vec![ArticleInfo {
                id: "a1".into(),
                dct: Some("2025-12-03".into()),
                dct_source: DctSource::Given,
            }],
            ..Default::default()
        };
        let s = sentence("They met on Tuesday.", 0, Some(("Tuesday", 12)));
        let r = resolution(&analysis, &s).unwrap();
        assert_eq!(r.expression, "Tuesday");
        assert_eq!(
            r.anchor,
            Some(("2025-12-03".into(), AnchorKind::ArticleDate))
        );
        analysis.articles[0].dct_source = DctSource::Collection;
        assert_eq!(
            resolution(&analysis, &s).unwrap().anchor.unwrap().1,
            AnchorKind::CollectionDate
        );
        analysis.articles[0].dct = Some("2025-11-30".into());
        assert_eq!(
            resolution(&analysis, &s).unwrap().anchor.unwrap().1,
            AnchorKind::OtherDate
        );
        assert_eq!(resolution(&analysis, &sentence("No date.", 0, None)), None);
        assert_eq!(
            anchor_words(AnchorKind::ArticleDate),
            "from the article's date"
        );
    }
}
