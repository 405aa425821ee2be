//! Photo captions: lines that start with a caption label (`Photo:`) or end with a photo credit
//! (`REUTERS/First Last`, `(AP Photo/First Last)`, `AFP via Getty Images`). The credits are
//! data ([`CAPTION_LABELS`], [`CREDITS`]); [`starts_with_caption_label`] and
//! [`ends_with_credit`] are the engines.

use super::chars::{ends_with_by, is_closer, is_space, is_terminal, starts_with_by, trim_end_by, trim_start_by};
use super::lines::count_words_up_to;

/// Labels that make a line a caption when it starts with them (case-insensitive), one a line.
pub const CAPTION_LABELS: &str = crate::words![
    "caption:", "credit:", "file photo:", "illustration:", "image caption", "image copyright",
    "image source", "photo:", "photograph:", "photos:", "picture:", "pictured:",
];

/// Where a credit marker sits in the line's last part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// The marker is followed by a short name (at most [`MAX_CREDIT_NAME_WORDS`] words, not
    /// ending with sentence punctuation): `REUTERS/Jane Doe`, `Photo: Jane Doe`.
    Lead,
    /// The marker ends the line (closing brackets aside): `Jane Doe/Getty Images`.
    Tail,
}

/// One photo-credit marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Credit {
    /// The marker text: lowercase unless `case_sensitive`.
    pub marker: &'static str,
    /// Where it must sit.
    pub placement: Placement,
    /// Match the marker's exact case (`REUTERS`, `AFP` as agency names).
    pub case_sensitive: bool,
}

const fn lead(marker: &'static str) -> Credit {
    Credit { marker, placement: Placement::Lead, case_sensitive: false }
}

const fn tail(marker: &'static str) -> Credit {
    Credit { marker, placement: Placement::Tail, case_sensitive: false }
}

const fn tail_exact(marker: &'static str) -> Credit {
    Credit { marker, placement: Placement::Tail, case_sensitive: true }
}

/// Photo-credit markers.
pub static CREDITS: &[Credit] = &[
    lead("reuters/"),
    lead("ap photo"),
    lead("afp photo"),
    lead("epa photo"),
    lead("afp/"),
    lead("epa/"),
    lead("epa-efe/"),
    lead("sputnik/"),
    lead("xinhua/"),
    lead("tass/"),
    lead("getty images/"),
    lead("photo:"),
    lead("photos:"),
    lead("photograph:"),
    lead("photo by"),
    lead("photo credit"),
    lead("credit:"),
    lead("image:"),
    lead("picture:"),
    lead("pool via"),
    lead("pool photo"),
    tail("getty images"),
    tail("shutterstock"),
    tail("istockphoto"),
    tail("ap photo"),
    tail("pool photo"),
    tail("file photo"),
    tail("/afp"),
    tail("/ap"),
    tail("/epa"),
    tail("/reuters"),
    tail("/bloomberg"),
    tail("/alamy"),
    tail("via reuters"),
    tail_exact("REUTERS"),
    tail_exact("AFP"),
    tail_exact("EPA"),
];

/// Most words a credited name may have after a [`Placement::Lead`] marker.
pub const MAX_CREDIT_NAME_WORDS: usize = 8;
/// How far from the end of the line (in bytes) a credit marker may start.
pub const CREDIT_WINDOW: usize = 200;

/// Whether the line starts with a caption label (`Photo:`, `Caption:`, `Image source`).
pub fn starts_with_caption_label(line: &str) -> bool {
    let head = trim_start_by(line, |c| is_space(c) || c == '(' || c == '[').as_bytes();
    CAPTION_LABELS.lines().any(|l| head.len() >= l.len() && head[..l.len()].eq_ignore_ascii_case(l.as_bytes()))
}

/// Whether the line ends with a photo credit (`… REUTERS/Jane Doe`, `(AP Photo/Jane Doe)`).
pub fn ends_with_credit(line: &str) -> bool {
    let line = line.trim_end_matches(is_space);
    let mut from = line.len().saturating_sub(CREDIT_WINDOW);
    while !line.is_char_boundary(from) {
        from += 1;
    }
    let window = &line[from..];
    let lower = window.to_ascii_lowercase();
    // One pass over the window: at each byte that starts some marker (markers are ASCII and
    // none overlaps itself, so this finds every occurrence a search per marker would), a marker
    // not opening with '/' must also start a word.
    let mut firsts = [false; 128];
    for credit in CREDITS {
        firsts[usize::from(credit.marker.as_bytes()[0].to_ascii_lowercase())] = true;
    }
    lower.bytes().enumerate().any(|(at, b)| {
        b.is_ascii()
            && firsts[usize::from(b)]
            && (b == b'/' || at == 0 || !ends_with_by(&window[..at], char::is_alphanumeric))
            && CREDITS.iter().any(|credit| {
                let m = credit.marker;
                let hay = if credit.case_sensitive { window } else { lower.as_str() };
                m.as_bytes()[0].to_ascii_lowercase() == b
                    && hay[at..].starts_with(m)
                    && placement_ok(credit.placement, m, &window[at + m.len()..])
            })
    })
}

fn placement_ok(placement: Placement, marker: &str, rest: &str) -> bool {
    let rest_trimmed = trim_end_by(rest, |c| is_space(c) || matches!(c, ')' | ']'));
    match placement {
        Placement::Tail => rest_trimmed.is_empty(),
        Placement::Lead => {
            let glued = ends_with_by(marker, char::is_alphanumeric) && starts_with_by(rest, char::is_alphanumeric);
            !glued
                && count_words_up_to(rest, MAX_CREDIT_NAME_WORDS) <= MAX_CREDIT_NAME_WORDS
                && !ends_with_by(trim_end_by(rest_trimmed, is_closer), is_terminal)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_ascii_and_never_overlap_themselves() {
        for c in CREDITS {
            let m = c.marker;
            assert!(!m.is_empty() && m.is_ascii(), "{m}");
            assert!((1..m.len()).all(|k| !m.ends_with(&m[..k])), "{m} overlaps itself");
            assert_eq!(c.case_sensitive, m != m.to_ascii_lowercase(), "{m}");
        }
    }

    #[test]
    fn labels_at_start() {
        assert!(starts_with_caption_label("Photo: Jane Doe"));
        assert!(starts_with_caption_label("CAPTION: The envoy arrives"));
        assert!(starts_with_caption_label("Image source, Getty Images"));
        assert!(!starts_with_caption_label("Photographers gathered outside."));
    }

    #[test]
    fn lead_credits() {
        for s in [
            "The envoy shakes hands in Moscow, Russia, December 2, 2025. REUTERS/Jane Doe",
            "The envoy shakes hands in Moscow. Reuters/Jane Doe",
            "The envoy shakes hands. (AP Photo/Jane Doe, File)",
            "The envoy shakes hands. Photo: Jane Doe/Example Agency",
            "Leaders meet in the hall. Pool via REUTERS",
            "The envoy waves. Credit: Jane Doe",
        ] {
            assert!(ends_with_credit(s), "{s}");
        }
        assert!(!ends_with_credit("The photo: it showed nothing new, officials said."));
    }

    #[test]
    fn tail_credits() {
        for s in [
            "The envoy waves. Jane Doe/AFP via Getty Images",
            "The envoy waves. Getty Images",
            "The envoy waves (Jane Doe/Getty Images)",
            "Soldiers rest near the front. AP Photo",
            "Soldiers rest near the front. Jane Doe/AFP",
        ] {
            assert!(ends_with_credit(s), "{s}");
        }
        assert!(!ends_with_credit("Shares of Getty Images fell on Monday."));
        assert!(!ends_with_credit("The report was published by Reuters."));
        assert!(!ends_with_credit("Officials told Reuters"));
    }

    #[test]
    fn windowing_is_char_safe() {
        let long = format!("{}é. REUTERS/Jane Doe", "ü".repeat(300));
        assert!(ends_with_credit(&long));
        assert!(!ends_with_credit(&"€".repeat(500)));
    }
}
