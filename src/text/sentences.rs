//! The sentence splitter: every non-blank line is split into sentences at terminal punctuation,
//! except after abbreviations and initials, inside numbers, and before lowercase continuations.

use super::abbreviations::{self, AbbrevClass};
use super::chars::{is_closer, is_opener, is_space, is_strong_terminal, is_terminal, trim_span};
use super::lines::{lines, BlockKind};
use super::walk;
use super::chars::Lower;

/// One sentence: byte span into the original text (trimmed, non-empty), the kind of its line,
/// the index of its line (paragraph) among the non-blank lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// The kind of the line the sentence is on.
    pub kind: BlockKind,
    /// Index of the line among the non-blank lines of the text (0-based).
    pub line: usize,
}

impl Sentence {
    /// The sentence's text, given the text it was split from.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// Splits `text` into sentences, in order, non-overlapping, covering every non-blank line. A
/// line break always ends a sentence; every sentence inherits the kind of its line.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    for line in lines(text) {
        for (s, e) in split_line(&text[line.start..line.end]) {
            out.push(Sentence { start: line.start + s, end: line.start + e, kind: line.kind, line: line.index });
        }
    }
    out
}

/// Splits one line (no line breaks expected; any are treated as spaces) into sentence spans,
/// as trimmed, non-empty byte ranges relative to `line`. A blank line gives no spans.
pub fn split_line(line: &str) -> Vec<(usize, usize)> {
    // (At least one character per four bytes.)
    let mut cs: Vec<(usize, char)> = Vec::with_capacity(line.len().div_ceil(4));
    for ic in walk::char_indices(line) {
        cs.push(ic);
    }
    let n = cs.len();
    let byte_at = |k: usize| if k < n { cs[k].0 } else { line.len() };
    let mut out = Vec::new();
    let mut first = 0;
    while first < n && is_space(cs[first].1) {
        first += 1;
    }
    if first == n {
        return out;
    }
    let mut start = first;
    let mut k = first;
    while k < n {
        if !is_terminal(cs[k].1) {
            k += 1;
            continue;
        }
        let run_start = k;
        while k < n && is_terminal(cs[k].1) {
            k += 1;
        }
        let run_end = k;
        while k < n && is_closer(cs[k].1) {
            k += 1;
        }
        let candidate_end = k;
        if k >= n || !is_space(cs[k].1) {
            continue;
        }
        let mut next = k;
        while next < n && is_space(cs[next].1) {
            next += 1;
        }
        if next >= n {
            break;
        }
        let boundary = Boundary { cs: &cs, line_first: first, run_start, run_end, next };
        if boundary.ends_sentence() {
            out.push((byte_at(start), byte_at(candidate_end)));
            start = next;
        }
        k = next;
    }
    let (s, e) = trim_span(line, byte_at(start), line.len());
    if s < e {
        out.push((s, e));
    }
    out
}

/// Longest word (in chars) looked at before a period; longer words are ordinary words.
const MAX_PREVIOUS_WORD: usize = 40;
/// How many opening quotes/brackets may precede the next word.
const MAX_OPENERS: usize = 4;
/// Longest word (in chars) checked against the sentence starters.
const MAX_STARTER: usize = 16;

/// A candidate boundary: a run of terminators (plus closers and space) inside a line.
struct Boundary<'a> {
    cs: &'a [(usize, char)],
    line_first: usize,
    run_start: usize,
    run_end: usize,
    next: usize,
}

/// What the word after a candidate boundary looks like.
#[derive(Debug, Default)]
struct NextWord {
    lowercase: bool,
    uppercase: bool,
    digit: bool,
    quoted: bool,
    starter: bool,
}

impl Boundary<'_> {
    fn ends_sentence(&self) -> bool {
        let next = self.next_word();
        if next.lowercase {
            return false;
        }
        let run = &self.cs[self.run_start..self.run_end];
        if run.iter().any(|&(_, c)| is_strong_terminal(c)) {
            return true;
        }
        if run.len() > 1 || run.iter().any(|&(_, c)| c != '.') {
            // An ellipsis (or other non-period terminator run): ends only before a capital.
            return next.uppercase;
        }
        self.period_ends_sentence(&next)
    }

    fn next_word(&self) -> NextWord {
        let cs = self.cs;
        let n = cs.len();
        let mut j = self.next;
        while j < n && is_opener(cs[j].1) && j - self.next < MAX_OPENERS {
            j += 1;
        }
        if j >= n {
            return NextWord::default();
        }
        let quoted = j > self.next;
        let c = cs[j].1;
        let mut w = j;
        while w < n && cs[w].1.is_alphabetic() && w - j <= MAX_STARTER {
            w += 1;
        }
        let followed_by_dot = w < n && cs[w].1 == '.';
        let word: String = cs[j..w].iter().map(|&(_, c)| c).collect();
        NextWord {
            lowercase: c.is_lowercase(),
            uppercase: c.is_uppercase(),
            digit: c.is_numeric(),
            quoted,
            starter: !quoted && !followed_by_dot && abbreviations::is_sentence_starter(&word),
        }
    }

    /// A single period: look at the word before it.
    fn period_ends_sentence(&self, next: &NextWord) -> bool {
        let cs = self.cs;
        let end = self.run_start;
        let mut p = end;
        while p > self.line_first && !is_space(cs[p - 1].1) {
            if end - p >= MAX_PREVIOUS_WORD {
                return true; // a very long "word": not an abbreviation
            }
            p -= 1;
        }
        let at_line_start = p == self.line_first;
        let mut a = p;
        while a < end && is_opener(cs[a].1) {
            a += 1;
        }
        let mut b = end;
        while b > a && is_closer(cs[b - 1].1) {
            b -= 1;
        }
        while b > a && cs[b - 1].1 == '.' {
            b -= 1;
        }
        let word: String = cs[a..b].iter().map(|&(_, c)| c).collect();
        if word.is_empty() {
            // Spaced dots (". . .") or a lone period.
            return next.uppercase;
        }
        let count = word.chars().count();
        let all_digits = word.chars().all(|c| c.is_ascii_digit());
        if all_digits && at_line_start && count <= 3 {
            return false; // an enumerator: "1. HOME"
        }
        if word.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ':')) {
            return true; // "... in 2014. Then"
        }
        let single_letter = count == 1 && word.chars().all(char::is_alphabetic);
        if single_letter && at_line_start {
            return false; // "A. Introduction"
        }
        let initial = single_letter && word.chars().all(char::is_uppercase);
        let class = if initial {
            Some(AbbrevClass::MaybeFinal)
        } else {
            abbreviations::lookup(&word.lower())
                .or_else(|| abbreviations::is_dotted_acronym(&word).then_some(AbbrevClass::MaybeFinal))
        };
        match class {
            None => true,
            Some(AbbrevClass::NeverFinal) => false,
            Some(AbbrevClass::BeforeNumber) => !next.digit,
            Some(AbbrevClass::MaybeFinal) => next.starter || (next.quoted && next.uppercase),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        split_line(s).into_iter().map(|(a, b)| &s[a..b]).collect()
    }

    fn all(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn plain_sentences_split() {
        assert_eq!(split("The talks ended. Nobody smiled! Why? Because."), vec![
            "The talks ended.",
            "Nobody smiled!",
            "Why?",
            "Because."
        ]);
        assert_eq!(split("  One sentence without a stop  "), vec!["One sentence without a stop"]);
        assert!(split("   ").is_empty());
    }

    #[test]
    fn titles_and_initials_do_not_split() {
        let one = [
            "Mr. Brown met Dr. Green and Gen. White at St. Mary's church.",
            "Sen. Black and Rep. Gray joined Gov. Blue on stage.",
            "The writer J. R. R. Tolkien and Donald J. Trump were not there.",
            "The lawyer Joel P. Bennett and Jane Q. Public agreed.",
            "They signed it in Jan. last year and again on Dec. 3 in Washington.",
            "He lives at No. 5 on the square.",
            "Some cities, e.g. Kyiv, i.e. the capital, etc. were hit.",
            "Take a tool, e.g. The Hammer by Acme, and vs. The Rest.",
            "U.S. President Donald Trump spoke in Washington, D.C., on Monday.",
            "The meeting at 10 a.m. Tuesday was short.",
        ];
        for s in one {
            assert_eq!(split(s), vec![s], "{s}");
        }
    }

    #[test]
    fn commonly_final_abbreviations_split_before_starters() {
        assert_eq!(split("He flew to the U.S. The trip was long."), vec![
            "He flew to the U.S.",
            "The trip was long."
        ]);
        assert_eq!(split("It met in Washington, D.C. It was cold."), vec!["It met in Washington, D.C.", "It was cold."]);
        assert_eq!(split("It ended at 9 p.m. After that they slept."), vec![
            "It ended at 9 p.m.",
            "After that they slept."
        ]);
        assert_eq!(split("She works for Acme Inc. They pay well."), vec!["She works for Acme Inc.", "They pay well."]);
        assert_eq!(split("Apples, pears etc. But no plums."), vec!["Apples, pears etc.", "But no plums."]);
        assert_eq!(split("Ask John Smith Jr. He knows."), vec!["Ask John Smith Jr.", "He knows."]);
        // A name or title word after them does not start a new sentence.
        assert_eq!(split("Talks with the U.S. Secretary of State resumed."), vec![
            "Talks with the U.S. Secretary of State resumed."
        ]);
        assert_eq!(split("It met in Washington, D.C. Mayor Bowser came."), vec![
            "It met in Washington, D.C. Mayor Bowser came."
        ]);
    }

    #[test]
    fn numbers_and_enumerators() {
        assert_eq!(split("Prices rose 3.5 percent on 3.12.2025 at 10:55 today."), vec![
            "Prices rose 3.5 percent on 3.12.2025 at 10:55 today."
        ]);
        assert_eq!(split("It began in 2014. Then it grew."), vec!["It began in 2014.", "Then it grew."]);
        assert_eq!(split("1. HOME"), vec!["1. HOME"]);
        assert_eq!(split("He said no. Nobody argued."), vec!["He said no.", "Nobody argued."]);
    }

    #[test]
    fn ellipses() {
        assert_eq!(split("He paused... and then went on."), vec!["He paused... and then went on."]);
        assert_eq!(split("He paused… and then went on."), vec!["He paused… and then went on."]);
        assert_eq!(split("Nobody knew... Then the phone rang."), vec!["Nobody knew...", "Then the phone rang."]);
    }

    #[test]
    fn quotes_and_brackets() {
        assert_eq!(split("\"It is over.\" Then they left."), vec!["\"It is over.\"", "Then they left."]);
        assert_eq!(split("“It is over.” Then they left."), vec!["“It is over.”", "Then they left."]);
        assert_eq!(split("«C'est fini.» Then they left."), vec!["«C'est fini.»", "Then they left."]);
        assert_eq!(split("\"Nothing was found,\" he said. Then he left."), vec![
            "\"Nothing was found,\" he said.",
            "Then he left."
        ]);
        assert_eq!(split("\"Is it?\" she asked."), vec!["\"Is it?\" she asked."]);
        assert_eq!(split("‘Why?’ he wondered."), vec!["‘Why?’ he wondered."]);
        assert_eq!(split("They waited (for hours.) Then it rained."), vec![
            "They waited (for hours.)",
            "Then it rained."
        ]);
        assert_eq!(split("He left. \"Never again,\" he said."), vec!["He left.", "\"Never again,\" he said."]);
    }

    #[test]
    fn no_space_no_split() {
        assert_eq!(split("The official stated.Then nothing"), vec!["The official stated.Then nothing"]);
        assert_eq!(split("Visit example.com today."), vec!["Visit example.com today."]);
    }

    #[test]
    fn lines_always_end_sentences() {
        let text = "A heading\n\nFirst line has no stop\nSecond. Third.\r\n";
        assert_eq!(all(text), vec!["A heading", "First line has no stop", "Second.", "Third."]);
        let ss = sentences(text);
        assert_eq!(ss.iter().map(|s| s.line).collect::<Vec<_>>(), vec![0, 1, 2, 2]);
        assert_eq!(ss[0].kind, BlockKind::Heading);
        assert_eq!(ss[2].kind, ss[3].kind);
        assert_eq!(ss[2].kind, BlockKind::Body);
    }

    #[test]
    fn sentences_inherit_line_kind() {
        let text = "Share\nThe war went on. Nobody won.\nA smiling envoy. REUTERS/Jane Roe";
        let kinds: Vec<_> = sentences(text).iter().map(|s| s.kind).collect();
        assert_eq!(kinds, vec![
            BlockKind::Boilerplate,
            BlockKind::Body,
            BlockKind::Body,
            BlockKind::Caption,
            BlockKind::Caption
        ]);
    }
}
