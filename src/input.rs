//! Reading articles: text pasted together, JSON (array, single object or JSON Lines), and a
//! binary-data check for files that are not text.
//!
//! Everything here is pure (no file system access), so the CLI and the wasm API share it.

use crate::{model::Article, Error};

/// Split text holding one or more articles pasted together into [`Article`]s.
///
/// Articles are separated by a line consisting only of three or more dashes (`---`), with any
/// whitespace around them. Parts that are empty or whitespace-only are dropped; the remaining
/// ones get the ids `pasted-1`, `pasted-2`, … in order. Each article's `text` is its part with
/// surrounding whitespace trimmed, otherwise whole: when its first line looks like a headline
/// (see [`guess_title`]) that line also becomes the `title`, but stays in the text.
///
/// ```
/// use datelines::input::split_pasted;
/// let articles = split_pasted("Envoys meet Putin in Moscow\nThe talks ran late.\n---\nSecond story.");
/// assert_eq!(articles.len(), 2);
/// assert_eq!(articles[0].id, "pasted-1");
/// assert_eq!(articles[0].title.as_deref(), Some("Envoys meet Putin in Moscow"));
/// assert_eq!(articles[1].text, "Second story.");
/// ```
pub fn split_pasted(text: &str) -> Vec<Article> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut parts: Vec<&str> = Vec::new();
    let mut part_start = 0;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        if is_separator(line) {
            parts.push(&text[part_start..line_start]);
            part_start = line_end;
        }
        line_start = line_end;
    }
    parts.push(&text[part_start..]);

    parts
        .into_iter()
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .enumerate()
        .map(|(i, part)| Article {
            id: format!("pasted-{}", i + 1),
            title: guess_title(part),
            ..Article::new("", part)
        })
        .collect()
}

/// Whether a line separates pasted articles: three or more dashes and nothing else but
/// whitespace.
fn is_separator(line: &str) -> bool {
    let line = line.trim();
    line.len() >= 3 && line.bytes().all(|b| b == b'-')
}

/// The first line of `text`, when it is short and looks like a headline, not a sentence, a
/// dateline or a section label.
///
/// A headline here has 3 to 20 words and at most 150 characters, starts with a capital letter,
/// digit or quote, has more letters than digits, does not end like a sentence or a dateline
/// (`.`, `,`, `;`, `:`, dash), and is followed by more text.
///
/// ```
/// use datelines::input::guess_title;
/// assert_eq!(guess_title("Talks end without a deal\nThe envoys left."), Some("Talks end without a deal".into()));
/// assert_eq!(guess_title("MOSCOW, Dec. 3, 2025 —\nThe envoys left."), None);
/// assert_eq!(guess_title("The envoys left the Kremlin late on Tuesday.\nMore."), None);
/// ```
pub fn guess_title(text: &str) -> Option<String> {
    let text = text.trim_start();
    let (first, rest) = text.split_once('\n')?;
    let line = first.trim();
    if rest.trim().is_empty() || line.chars().count() > 150 {
        return None;
    }
    let words = line.split_whitespace().count();
    if !(3..=20).contains(&words) {
        return None;
    }
    let first_char = line.chars().next()?;
    if !(first_char.is_uppercase() || first_char.is_ascii_digit() || "\"'“‘«".contains(first_char))
    {
        return None;
    }
    let last_char = line.chars().last()?;
    if ".,;:-–—|·•".contains(last_char) {
        return None;
    }
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    let digits = line.chars().filter(|c| c.is_ascii_digit()).count();
    if letters <= digits * 2 {
        return None;
    }
    Some(line.to_string())
}

/// Read articles from JSON: an array of [`Article`] objects, a single object, or JSON Lines
/// (one object per line; blank lines are skipped).
///
/// Each object needs `id` and `text`; `title`, `source`, `url` and `published` are optional.
/// Empty (or whitespace-only) input gives no articles. Malformed input gives an
/// [`Error::Input`] naming the line and column, or the JSON Lines line, of the problem.
///
/// ```
/// use datelines::input::parse_json_articles;
/// let one = parse_json_articles(r#"{"id": "a1", "text": "On Tuesday."}"#).unwrap();
/// let lines = parse_json_articles("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\n").unwrap();
/// assert_eq!((one.len(), lines.len()), (1, 2));
/// assert!(parse_json_articles("[{\"id\": \"a\"}]").unwrap_err().to_string().contains("line 1"));
/// ```
pub fn parse_json_articles(text: &str) -> Result<Vec<Article>, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Ok(Vec::new());
    }
    if trimmed.starts_with('[') {
        return serde_json::from_str::<Vec<Article>>(text)
            .map_err(|e| json_error("a JSON array of articles", &e));
    }
    if !trimmed.starts_with('{') {
        let (line, column) = position_of_first_char(text);
        return Err(Error::Input(format!(
            "malformed JSON at line {line} column {column}: expected an article object `{{...}}`, \
             an array of them, or one object per line (JSON Lines)"
        )));
    }
    // One object, or several one after another (JSON Lines, or concatenated objects).
    let mut articles = Vec::new();
    let stream = serde_json::Deserializer::from_str(text).into_iter::<Article>();
    for (index, item) in stream.enumerate() {
        match item {
            Ok(article) => articles.push(article),
            Err(e) => {
                let what = if index == 0 {
                    "an article object".to_string()
                } else {
                    format!("article {} of the JSON Lines", index + 1)
                };
                return Err(json_error(&what, &e));
            }
        }
    }
    Ok(articles)
}

/// An [`Error::Input`] for a serde_json error, naming the line and column.
fn json_error(what: &str, e: &serde_json::Error) -> Error {
    let kind = match e.classify() {
        serde_json::error::Category::Data => "invalid article",
        serde_json::error::Category::Eof => "unexpected end of JSON",
        _ => "malformed JSON",
    };
    // serde_json's message ends with " at line L column C"; put the position first.
    let message = e.to_string();
    let detail = match message.rfind(" at line ") {
        Some(at) => &message[..at],
        None => &message,
    };
    Error::Input(format!(
        "{kind} at line {} column {} (reading {what}): {detail}",
        e.line(),
        e.column()
    ))
}

/// 1-based line and column (in characters) of the first non-whitespace character.
fn position_of_first_char(text: &str) -> (usize, usize) {
    let offset = text.len() - text.trim_start().len();
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Whether `bytes` look like binary data rather than text: they contain a NUL byte, are not
/// valid UTF-8, or more than 10% of their characters are control characters other than tab,
/// line feed, carriage return and form feed. Empty input is text.
///
/// ```
/// use datelines::input::looks_binary;
/// assert!(!looks_binary("MOSCOW, Dec. 3 — talks end.\r\n".as_bytes()));
/// assert!(looks_binary(b"PK\x03\x04\x00\x00"));
/// assert!(looks_binary(&[0xff, 0xfe, b'a']));
/// ```
pub fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.contains(&0) {
        return true;
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return true;
    };
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars() {
        total += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0c}') {
            control += 1;
        }
    }
    control * 10 > total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_article_without_separator() {
        let articles = split_pasted("  On Tuesday the envoys met.\n");
        assert_eq!(articles.len(), 1);
        assert_eq!(articles[0].id, "pasted-1");
        assert_eq!(articles[0].text, "On Tuesday the envoys met.");
        assert_eq!(articles[0].title, None);
    }

    #[test]
    fn separators_with_whitespace_and_long_dashes() {
        let text = "First one.\n  ---  \nSecond one.\n-----\r\nThird one.\r\n";
        let articles = split_pasted(text);
        let texts: Vec<_> = articles.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(texts, ["First one.", "Second one.", "Third one."]);
        let ids: Vec<_> = articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["pasted-1", "pasted-2", "pasted-3"]);
    }

    #[test]
    fn empty_parts_are_dropped_and_ids_stay_dense() {
        let articles = split_pasted("---\n\n---\nOnly this.\n---\n   \n---");
        assert_eq!(articles.len(), 1);
        assert_eq!(articles[0].id, "pasted-1");
        assert_eq!(articles[0].text, "Only this.");
        assert!(split_pasted("").is_empty());
        assert!(split_pasted(" \n\t\n").is_empty());
    }

    #[test]
    fn two_dashes_or_dashes_in_text_do_not_split() {
        let articles = split_pasted("A line.\n--\nNot split --- here.\n--- x\nEnd.");
        assert_eq!(articles.len(), 1);
    }

    #[test]
    fn bom_is_dropped() {
        let articles = split_pasted("\u{feff}Text.");
        assert_eq!(articles[0].text, "Text.");
    }

    #[test]
    fn headline_becomes_title_but_text_stays_whole() {
        let text = "Kremlin talks end without a deal\n\nEnvoys left Moscow on Tuesday.";
        let articles = split_pasted(text);
        assert_eq!(
            articles[0].title.as_deref(),
            Some("Kremlin talks end without a deal")
        );
        assert_eq!(articles[0].text, text);
    }

    #[test]
    fn what_is_not_a_headline() {
        for first in [
            "News",                                          // one word: a label
            "MOSCOW, Dec. 3, 2025 —",                        // dateline
            "3.12.2025, 09:40",                              // numeric date line
            "The envoys met Putin on Tuesday.",              // a sentence
            "and then the talks resumed",                    // lowercase start
            "This first line is far too long to be a headline because it just keeps going and going and going with many more words",
        ] {
            assert_eq!(guess_title(&format!("{first}\nBody text.")), None, "{first}");
        }
        // A single line is the whole article, not a headline.
        assert_eq!(guess_title("Kremlin talks end without a deal"), None);
        // Questions and quotes can be headlines.
        assert!(guess_title("Why did the Kremlin meeting fail?\nBody.").is_some());
        assert!(guess_title("\"No compromise yet,\" says aide\nBody.").is_some());
    }

    #[test]
    fn json_array_single_object_and_lines() {
        let array =
            r#"[{"id":"a","text":"x","title":"T","published":"2025-12-03"},{"id":"b","text":"y"}]"#;
        let articles = parse_json_articles(array).unwrap();
        assert_eq!(articles.len(), 2);
        assert_eq!(articles[0].title.as_deref(), Some("T"));
        assert_eq!(articles[0].published.as_deref(), Some("2025-12-03"));

        let single = parse_json_articles("\u{feff}\n {\"id\":\"a\",\"text\":\"x\"}\n").unwrap();
        assert_eq!(single, vec![Article::new("a", "x")]);

        let lines = "{\"id\":\"a\",\"text\":\"x\"}\n\n{\"id\":\"b\",\"text\":\"y\"}\r\n";
        let articles = parse_json_articles(lines).unwrap();
        assert_eq!(
            articles.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
            ["a", "b"]
        );
    }

    #[test]
    fn empty_json_input_gives_no_articles() {
        assert_eq!(parse_json_articles("").unwrap(), vec![]);
        assert_eq!(parse_json_articles("  \n").unwrap(), vec![]);
        assert_eq!(parse_json_articles("[]").unwrap(), vec![]);
    }

    fn message(input: &str) -> String {
        match parse_json_articles(input) {
            Err(Error::Input(message)) => message,
            other => panic!("expected an input error for {input:?}, got {other:?}"),
        }
    }

    #[test]
    fn json_errors_name_the_position() {
        let m = message("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\" \"text\":\"y\"}\n");
        assert!(m.contains("line 2"), "{m}");
        assert!(m.contains("article 2 of the JSON Lines"), "{m}");

        let m = message("[\n {\"id\": \"a\", \"text\": \"x\"},\n {\"id\": \"b\"}\n]");
        assert!(m.contains("line 3"), "{m}");
        assert!(m.contains("missing field `text`"), "{m}");

        let m = message("{\"id\": \"a\", \"text\": 5}");
        assert!(m.starts_with("invalid article at line 1"), "{m}");

        let m = message("[{\"id\": \"a\", \"text\": \"x\"}");
        assert!(m.contains("unexpected end"), "{m}");

        let m = message("\n\n  hello");
        assert!(m.contains("line 3 column 3"), "{m}");
    }

    #[test]
    fn binary_detection() {
        assert!(!looks_binary(b""));
        assert!(!looks_binary(
            "Plain text, with a tab\tand ünïcödé — fine.\n".as_bytes()
        ));
        assert!(!looks_binary(b"page one\x0cpage two"));
        assert!(looks_binary(b"text\0more"));
        assert!(looks_binary(&[b'a', 0xc3])); // truncated UTF-8
        assert!(looks_binary(b"\x1b\x02\x03\x04abcdef")); // 4 of 10 are control characters
        assert!(!looks_binary(b"one \x1b escape in a longer line of text"));
    }
}
