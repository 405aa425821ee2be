//! Word normalisation and stemming: lowercasing, apostrophe folding and the English Snowball
//! stemmer from `rust-stemmers`.

use rust_stemmers::{Algorithm, Stemmer};
use super::chars::lower_chars;

/// Words longer than this many bytes are lowercased but not stemmed (they are not English
/// words, and it bounds the stemmer's work).
pub const MAX_STEM_BYTES: usize = 64;

/// Lowercases a word and folds typographic apostrophes (`’`, `ʼ`) into `'`.
pub fn normalize_word(word: &str) -> String {
    if word.is_ascii() {
        // Most words: no apostrophe to fold and ASCII case only, without a call per character.
        return word.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        for c in lower_chars(c) {
            out.push(if matches!(c, '’' | 'ʼ') { '\'' } else { c });
        }
    }
    out
}

/// Lowercases a word (see [`normalize_word`]) and reduces it to its English Snowball stem:
/// `Negotiations` → `negoti`, `talks` → `talk`, `Russia’s` → `russia`.
pub fn stem(word: &str) -> String {
    stem_normalized(normalize_word(word))
}

/// [`stem`] of a word already through [`normalize_word`] (which does nothing more to it).
pub fn stem_normalized(lower: String) -> String {
    if lower.len() > MAX_STEM_BYTES || lower.is_empty() {
        return lower;
    }
    Stemmer::create(Algorithm::English).stem(&lower).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_and_lowercases() {
        assert_eq!(stem("Talks"), "talk");
        assert_eq!(stem("negotiating"), stem("negotiated"));
        assert_eq!(stem("Russia’s"), "russia");
        assert_eq!(stem("Russia's"), "russia");
        assert_eq!(stem(""), "");
        assert_eq!(stem("U.S."), "u.s.");
        let long = "X".repeat(100);
        assert_eq!(stem(&long), "x".repeat(100));
    }

    #[test]
    fn normalizing_twice_changes_nothing() {
        for w in ["Talks", "RUSSIA’S", "İstanbul", "ΣΟΦΟΣ", "Ærø", "ǅemal", "U.S.", "x"] {
            let once = normalize_word(w);
            assert_eq!(normalize_word(&once), once, "{w}");
            assert_eq!(stem_normalized(once), stem(w), "{w}");
        }
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        for w in ["ion", "eing", "'", "''s", "ß", "İstanbul", "日本語", "é\u{301}", "\u{0}", "yyyy", "sses", "ied", "'s'", "generously", "’"] {
            let _ = stem(w);
        }
    }
}
