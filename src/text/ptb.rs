//! Penn Treebank detokenisation: turns a PTB-tokenised line (as in the timeline17 corpus) back
//! into readable text. The token mappings and attachment rules are data; [`detokenize_ptb`] is
//! the engine.

use super::chars::{has_str, is_space, replace_str};

/// Whole-token replacements.
pub static PTB_TOKENS: &[(&str, &str)] = &[
    ("-LRB-", "("),
    ("-RRB-", ")"),
    ("-LSB-", "["),
    ("-RSB-", "]"),
    ("-LCB-", "{"),
    ("-RCB-", "}"),
    ("``", "\""),
    ("''", "\""),
    ("`", "'"),
    ("--", "—"),
];

/// Escapes inside tokens (`9\/11` → `9/11`).
pub static PTB_ESCAPES: &[(&str, &str)] = &[("\\/", "/"), ("\\*", "*")];

/// Original tokens written without a space before them (compared case-insensitively).
pub static ATTACH_LEFT: &[&str] = &[
    ".", ",", ";", ":", "!", "?", "%", ")", "]", "}", "-RRB-", "-RSB-", "-RCB-", "''", "...", "…",
    "n't", "'s", "'re", "'ve",
    "'ll", "'d", "'m", "’s", "’re", "’ve", "’ll", "’d", "’m", "'",
];

/// Original tokens written without a space after them.
pub static ATTACH_RIGHT: &[&str] = &["-LRB-", "-LSB-", "-LCB-", "``", "`", "(", "[", "{", "$", "#", "US$", "C$", "A$", "£", "€"];

fn map_token(tok: &str) -> String {
    if let Some(&(_, to)) = PTB_TOKENS.iter().find(|(from, _)| *from == tok) {
        return to.to_string();
    }
    let mut s = tok.to_string();
    for (from, to) in PTB_ESCAPES {
        if has_str(&s, from) {
            s = replace_str(&s, from, to);
        }
    }
    s
}

/// Turns a PTB-tokenised line back into readable text: brackets (`-LRB-`), quotes (``` `` ```,
/// `''`), escaped slashes, split contractions (`do n't`), spaced punctuation and the doubled
/// period after a final abbreviation (`U.S. .`). Whitespace runs become single spaces.
pub fn detokenize_ptb(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut glue_next = false;
    for tok in line.split(is_space).filter(|t| !t.is_empty()) {
        let mapped = map_token(tok);
        if mapped == "." && out.ends_with('.') {
            continue; // "U.S. ." → "U.S."
        }
        let attach_left = ATTACH_LEFT.iter().any(|a| a.eq_ignore_ascii_case(tok));
        if !out.is_empty() && !glue_next && !attach_left {
            out.push(' ');
        }
        out.push_str(&mapped);
        glue_next = ATTACH_RIGHT.contains(&tok);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_quotes_and_spacing() {
        assert_eq!(
            detokenize_ptb("He was stopped -LRB- twice , in fact -RRB- by `` the police . ''"),
            "He was stopped (twice, in fact) by \"the police.\""
        );
        assert_eq!(detokenize_ptb("McCain 's ` we are all Georgians ' is a claim ."), "McCain's 'we are all Georgians' is a claim.");
    }

    #[test]
    fn contractions_and_abbreviations() {
        assert_eq!(detokenize_ptb("You do n't know , we 're sure it 's fine"), "You don't know, we're sure it's fine");
        assert_eq!(detokenize_ptb("I CA N'T go"), "I CAN'T go");
        assert_eq!(detokenize_ptb("He went to the U.S. ."), "He went to the U.S.");
        assert_eq!(detokenize_ptb("1990 , 1991 etc. ."), "1990, 1991 etc.");
    }

    #[test]
    fn escapes_money_and_dashes() {
        assert_eq!(detokenize_ptb("After 9\\/11 it cost $ 5 or 3 % more -- maybe"), "After 9/11 it cost $5 or 3% more — maybe");
        assert_eq!(detokenize_ptb("  "), "");
        assert_eq!(detokenize_ptb("their voters ' anger"), "their voters' anger");
    }
}
