//! Adversarial inputs for every entry point: huge unbroken texts, runs of dots, unbalanced
//! quotes, odd Unicode. Each must finish quickly, not panic, and keep the span invariants.

use super::chars::{is_line_break, is_space};
use super::*;

fn nasty_inputs() -> Vec<String> {
    let mb = 1 << 18;
    vec![
        "x".repeat(mb),
        ".".repeat(mb),
        ". ".repeat(mb / 2),
        "U. ".repeat(mb / 3),
        "U.S. The ".repeat(mb / 9),
        "\"".repeat(mb),
        "“‘«(".repeat(mb / 8),
        "?! ".repeat(mb / 3),
        "a.".repeat(mb / 2),
        "1. ".repeat(mb / 3),
        "Mr. ".repeat(mb / 4),
        "\n".repeat(mb),
        "\r\n \n".repeat(mb / 4),
        "é\u{301}ß日本😀\u{200B}\u{FEFF}".repeat(mb / 24),
        "[".repeat(mb),
        "[a=".repeat(mb / 3) + "]",
        "By ".repeat(mb / 3),
        "- ".repeat(mb / 2),
        "It's ' don't'' -LRB- `` ".repeat(mb / 24),
        "REUTERS/".repeat(mb / 8),
        "word-".repeat(mb / 5),
        "1,".repeat(mb / 2),
        "Why? ".repeat(mb / 5),
        String::from("\u{0}\u{7F}\u{85}\u{2028}\u{2029}"),
        String::new(),
    ]
}

fn check_sentences(text: &str) {
    let ss = sentences(text);
    let mut covered = vec![false; text.len()];
    let mut last_end = 0;
    let mut last_line = 0;
    for s in &ss {
        assert!(s.start < s.end, "empty sentence");
        assert!(s.start >= last_end, "overlap or disorder");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let body = &text[s.start..s.end];
        assert_eq!(body.trim_matches(is_space), body, "untrimmed");
        assert!(!body.contains(is_line_break), "sentence crosses a line");
        assert!(s.line >= last_line);
        last_line = s.line;
        last_end = s.end;
        covered[s.start..s.end].iter_mut().for_each(|c| *c = true);
    }
    for (i, c) in text.char_indices() {
        if !is_space(c) && !is_line_break(c) {
            assert!(covered[i], "char {c:?} at {i} not covered");
        }
    }
}

#[test]
fn nasty_inputs_keep_invariants() {
    for text in nasty_inputs() {
        check_sentences(&text);
        let toks = tokens(&text);
        let mut last = 0;
        for t in &toks {
            assert!(t.start >= last && t.start < t.end);
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            last = t.end;
        }
        for line in text.lines().take(1000) {
            let _ = classify_line(line);
        }
        let _ = classify_line(&text);
        let _ = detokenize_ptb(&text);
        let _ = stem(&text);
        let _ = rouge_tokens(&text, true);
        let mut v = Vocabulary::new();
        let vec = v.vector(&text);
        assert!(vec.entries().windows(2).all(|w| w[0].0 < w[1].0));
    }
}

#[test]
fn many_short_lines_of_mixed_kinds() {
    let article = "Share\nTalks End Without a Deal\nBy Jane Roe\nThe envoy met the leader on Tuesday. \
        Nothing was agreed.\nA handshake. REUTERS/John Doe\nWhy did it fail?\nOfficials blamed each other.\n";
    let text = article.repeat(5000);
    check_sentences(&text);
    let ss = sentences(&text);
    assert_eq!(ss.len(), 5000 * 9);
    let kinds: Vec<BlockKind> = ss[..9].iter().map(|s| s.kind).collect();
    assert_eq!(kinds, vec![
        BlockKind::Boilerplate,
        BlockKind::Heading,
        BlockKind::Boilerplate,
        BlockKind::Body,
        BlockKind::Body,
        BlockKind::Caption,
        BlockKind::Caption,
        BlockKind::Heading,
        BlockKind::Body,
    ]);
    assert_eq!(ss[8].line, 6);
    assert_eq!(ss[9].line, 7);
}
