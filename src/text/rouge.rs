//! Term lists for ROUGE-style overlap scoring: lowercase word and number tokens (optionally
//! stemmed) and their n-grams.

use super::stem::stem;
use super::tokens::{tokens, TokenKind};
use super::chars::Lower;

/// The tokens ROUGE compares: every word and number token of `text`, lowercased, split at any
/// non-alphanumeric character (as ROUGE-1.5.5 does: `U.S.` → `u`, `s`; `cease-fire` → `cease`,
/// `fire`), stemmed with the English Snowball stemmer when `stemmed`. Stopwords are kept.
pub fn rouge_tokens(text: &str, stemmed: bool) -> Vec<String> {
    let mut out = Vec::new();
    for tok in tokens(text) {
        if tok.kind == TokenKind::Punct {
            continue;
        }
        for piece in tok.text(text).split(|c: char| !c.is_alphanumeric()).filter(|p| !p.is_empty()) {
            let is_word = piece.chars().any(char::is_alphabetic);
            out.push(if stemmed && is_word { stem(piece) } else { piece.lower() });
        }
    }
    out
}

/// The n-grams of a token list, in order (none when `n` is 0 or longer than the list).
pub fn ngrams<T>(tokens: &[T], n: usize) -> Vec<&[T]> {
    if n == 0 {
        return Vec::new();
    }
    tokens.windows(n).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_for_rouge() {
        assert_eq!(rouge_tokens("The U.S. cease-fire, 11,200 troops!", false), vec![
            "the", "u", "s", "cease", "fire", "11", "200", "troops"
        ]);
        assert_eq!(rouge_tokens("Talks failed", true), vec!["talk", "fail"]);
    }

    #[test]
    fn ngrams_of_tokens() {
        let t = rouge_tokens("a b c", false);
        assert_eq!(ngrams(&t, 2), vec![&t[0..2], &t[1..3]]);
        assert!(ngrams(&t, 0).is_empty());
        assert!(ngrams(&t, 4).is_empty());
    }
}
