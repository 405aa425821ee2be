//! Reading articles: text pasted together, JSON (array, single object or JSON Lines), and a
//! binary-data check for files that are not text.
//!
//! Everything here is pure (no file system access), so the CLI and the wasm API share it.

use crate::text::chars::{ends_with_by, find_str, has_char, split_once_str, starts_with_by, trim_by};
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

    let mut articles = Vec::new();
    for part in parts {
        let part = part.trim();
        if !part.is_empty() {
            articles.push(Article {
                id: format!("pasted-{}", articles.len() + 1),
                title: guess_title(part),
                ..Article::new("", part)
            });
        }
    }
    articles
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
    if !(first_char.is_uppercase() || first_char.is_ascii_digit() || has_char("\"'“‘«", first_char))
    {
        return None;
    }
    let last_char = line.chars().last()?;
    if has_char(".,;:-–—|·•", last_char) {
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

/// Text extracted from an HTML document: its title and its readable text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HtmlText {
    /// The `<title>` (else the first `<h1>`), decoded and on one line; `None` when absent or empty.
    pub title: Option<String>,
    /// The text: markup discarded, entities decoded, block elements as line breaks.
    pub text: String,
}

/// Elements whose content is never text: dropped whole, with everything inside them.
const DROPPED_ELEMENTS: &str = crate::words![
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "textarea",
    "select",
];

/// Elements that end a line (`<br>`, list items, table rows and cells).
const LINE_ELEMENTS: &str = crate::words!["br", "li", "tr", "dt", "dd", "option"];

/// Elements that stand as paragraphs: a blank line before and after.
const BLOCK_ELEMENTS: &str = crate::words![
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "nav",
    "aside",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "dl",
    "table",
    "hr",
    "figure",
    "figcaption",
    "address",
    "form",
    "fieldset",
    "details",
    "summary",
    "body",
];

/// A table of named character references as one string, `name\tvalue` a line.
macro_rules! entities {
    ($($name:literal, $value:literal),* $(,)?) => {
        concat!($($name, "\t", $value, "\n"),*)
    };
}

/// Named character references decoded by [`html_to_text`] (the common ones in news pages), one
/// `name`, `value` pair a line; numeric references (`&#8212;`, `&#x2014;`) are decoded too,
/// unknown names left as written.
const ENTITIES: &str = entities![
    "amp", "&",
    "lt", "<",
    "gt", ">",
    "quot", "\"",
    "apos", "'",
    "nbsp", " ",
    "ndash", "–",
    "mdash", "—",
    "hellip", "…",
    "lsquo", "‘",
    "rsquo", "’",
    "ldquo", "“",
    "rdquo", "”",
    "laquo", "«",
    "raquo", "»",
    "sbquo", "‚",
    "bdquo", "„",
    "middot", "·",
    "bull", "•",
    "copy", "©",
    "reg", "®",
    "trade", "™",
    "deg", "°",
    "euro", "€",
    "pound", "£",
    "shy", "",
    "thinsp", " ",
    "ensp", " ",
    "emsp", " ",
    "zwj", "\u{200d}",
    "zwnj", "\u{200c}",
    "eacute", "é",
    "egrave", "è",
    "aacute", "á",
    "agrave", "à",
    "ouml", "ö",
    "uuml", "ü",
    "auml", "ä",
    "szlig", "ß",
    "ccedil", "ç",
];

/// The title and readable text of an HTML document, by a single linear scan that never builds
/// a DOM and never runs anything: tags and comments are discarded, the content of `script`,
/// `style` and the other `DROPPED_ELEMENTS` is dropped, character references are decoded, block
/// elements become blank lines and `<br>`/list items line breaks, other whitespace collapses to
/// single spaces (kept as written inside `<pre>`). The `<title>` (else the first `<h1>`) becomes
/// the title; the title element's text is not part of the text.
///
/// ```
/// use datelines::input::html_to_text;
/// let page = html_to_text("<title>Talks &amp; more</title><p>Envoys met<br>on <b>Tuesday</b>.<script>alert(1)</script></p>");
/// assert_eq!(page.title.as_deref(), Some("Talks & more"));
/// assert_eq!(page.text, "Envoys met\non Tuesday.");
/// ```
pub fn html_to_text(html: &str) -> HtmlText {
    let html = html.strip_prefix('\u{feff}').unwrap_or(html);
    let mut out = TextSink::default();
    let mut title: Option<String> = None;
    let mut h1: Option<TextSink> = None;
    let mut first_h1: Option<String> = None;
    let mut pre = 0usize;
    let bytes = html.as_bytes();
    let mut i = 0;
    let mut text_start = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let Some(tag) = read_tag(html, i) else {
            i += 1;
            continue;
        };
        let text = decode_entities(&html[text_start..i]);
        out.push_text(&text, pre > 0);
        if let Some(h) = &mut h1 {
            h.push_text(&text, false);
        }
        i = tag.end;
        match tag.kind {
            TagKind::Other => {}
            TagKind::Open(ref name) | TagKind::Close(ref name) => {
                let open = matches!(tag.kind, TagKind::Open(_));
                let name = name.as_str();
                if open && (DROPPED_ELEMENTS.lines().any(|e| e == name) || name == "title") {
                    let close = find_close(html, i, name);
                    if name == "title" && title.is_none() {
                        let inner = one_line(&decode_entities(&html[i..close.0]));
                        title = (!inner.is_empty()).then_some(inner);
                    }
                    i = close.1;
                } else if BLOCK_ELEMENTS.lines().any(|e| e == name) {
                    out.paragraph();
                } else if LINE_ELEMENTS.lines().any(|e| e == name) {
                    out.line();
                } else if matches!(name, "td" | "th") {
                    out.push_text(" ", false);
                }
                if name == "pre" {
                    pre = if open { pre + 1 } else { pre.saturating_sub(1) };
                }
                if name == "h1" && first_h1.is_none() {
                    if open {
                        h1 = Some(TextSink::default());
                    } else if let Some(h) = h1.take() {
                        let text = one_line(&h.finish());
                        first_h1 = (!text.is_empty()).then_some(text);
                    }
                }
            }
        }
        text_start = i;
    }
    let rest = decode_entities(&html[text_start.min(html.len())..]);
    out.push_text(&rest, pre > 0);
    HtmlText {
        title: title.or(first_h1),
        text: out.finish(),
    }
}

/// What a tag is.
enum TagKind {
    /// `<name …>` (lowercased name).
    Open(String),
    /// `</name …>`.
    Close(String),
    /// A comment, doctype or processing instruction.
    Other,
}

/// A tag found at a `<`: what it is and the byte just past it.
struct Tag {
    kind: TagKind,
    end: usize,
}

/// The tag starting at byte `at` (a `<`), or `None` when the `<` is plain text (`a < b`).
fn read_tag(html: &str, at: usize) -> Option<Tag> {
    let rest = &html[at..];
    if let Some(after) = rest.strip_prefix("<!--") {
        let end = find_str(after, "-->").map_or(html.len(), |e| at + 4 + e + 3);
        return Some(Tag {
            kind: TagKind::Other,
            end,
        });
    }
    let bytes = rest.as_bytes();
    let (close, name_start) = match bytes.get(1) {
        Some(b'/') => (true, 2),
        Some(b'!' | b'?') => {
            let end = rest.find('>').map_or(html.len(), |e| at + e + 1);
            return Some(Tag {
                kind: TagKind::Other,
                end,
            });
        }
        _ => (false, 1),
    };
    if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let name_len = bytes[name_start..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b':')
        .count();
    let name = rest[name_start..name_start + name_len].to_ascii_lowercase();
    // Skip attributes up to the closing `>`, minding quoted values.
    let mut quote: Option<u8> = None;
    let mut j = name_start + name_len;
    while j < bytes.len() {
        let b = bytes[j];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => break,
            None => {}
        }
        j += 1;
    }
    let end = (at + j + 1).min(html.len());
    let kind = if close {
        TagKind::Close(name)
    } else {
        TagKind::Open(name)
    };
    Some(Tag { kind, end })
}

/// Where the content of a raw element `name` opened just before byte `from` ends: the start of
/// its closing tag and the byte past it (the end of the document when it is never closed).
fn find_close(html: &str, from: usize, name: &str) -> (usize, usize) {
    let bytes = html.as_bytes();
    let mut i = from;
    while let Some(offset) = find_str(&html[i..], "</") {
        let at = i + offset;
        let after = at + 2;
        let matches = bytes.len() >= after + name.len()
            && bytes[after..after + name.len()].eq_ignore_ascii_case(name.as_bytes())
            && !bytes
                .get(after + name.len())
                .is_some_and(u8::is_ascii_alphanumeric);
        if matches {
            let end = html[after..]
                .find('>')
                .map_or(html.len(), |e| after + e + 1);
            return (at, end);
        }
        i = after;
    }
    (html.len(), html.len())
}

/// `text` with character references decoded (see [`ENTITIES`]).
fn decode_entities(text: &str) -> String {
    if !has_char(text, '&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let reference = rest[1..]
            .char_indices()
            .take(12)
            .find(|(_, c)| *c == ';')
            .map(|(end, _)| &rest[1..1 + end]);
        let decoded = reference.and_then(|name| {
            if let Some(number) = name.strip_prefix('#') {
                let code = match number.strip_prefix('x').or_else(|| number.strip_prefix('X')) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => number.parse::<u32>().ok(),
                }?;
                let c = char::from_u32(code)
                    .filter(|c| *c != '\0')
                    .unwrap_or('\u{fffd}');
                Some(c.to_string())
            } else {
                ENTITIES
                    .lines()
                    .find_map(|row| row.strip_prefix(name)?.strip_prefix('\t'))
                    .map(str::to_string)
            }
        });
        match (reference, decoded) {
            (Some(name), Some(value)) => {
                out.push_str(&value);
                rest = &rest[name.len() + 2..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whitespace runs as single spaces, trimmed.
fn one_line(text: &str) -> String {
    crate::text::chars::one_line(text)
}

/// Collects extracted text: collapses whitespace, keeps at most one blank line between blocks.
#[derive(Default)]
struct TextSink {
    out: String,
    /// Line breaks owed before the next text (1 = new line, 2 = blank line).
    breaks: u8,
    /// Whether a space is owed before the next text on the same line.
    space: bool,
}

impl TextSink {
    fn push_text(&mut self, text: &str, keep_whitespace: bool) {
        if keep_whitespace {
            for (i, line) in text.split('\n').enumerate() {
                if i > 0 {
                    self.line();
                }
                if !line.trim().is_empty() {
                    self.flush();
                    self.out.push_str(line.trim_end());
                }
            }
            return;
        }
        for (i, word) in text.split_whitespace().enumerate() {
            if i > 0 || starts_with_by(text, char::is_whitespace) {
                self.space = true;
            }
            self.flush();
            self.out.push_str(word);
        }
        if ends_with_by(text, char::is_whitespace) {
            self.space = true;
        }
    }

    /// Write owed breaks or space before new text.
    fn flush(&mut self) {
        if self.out.is_empty() {
            self.breaks = 0;
            self.space = false;
            return;
        }
        if self.breaks > 0 {
            for _ in 0..self.breaks {
                self.out.push('\n');
            }
        } else if self.space {
            self.out.push(' ');
        }
        self.breaks = 0;
        self.space = false;
    }

    fn line(&mut self) {
        self.breaks = self.breaks.max(1);
    }

    fn paragraph(&mut self) {
        self.breaks = 2;
    }

    fn finish(self) -> String {
        self.out
    }
}

/// The text and title of a Markdown document, its simple markup removed: a YAML front matter
/// block (its `title:` and `date:`/`published:` are returned), heading marks, block quote marks,
/// list bullets, code fences, emphasis (`**`, `__`, and `*`/`_` around words), inline code
/// backticks, images (kept as their alt text) and links (kept as their text; the URL dropped).
/// The first heading becomes the title when the front matter has none.
///
/// ```
/// use datelines::input::markdown_to_text;
/// let md = markdown_to_text("# Talks end\n\n**Envoys** met [in Moscow](https://example.org) on *Tuesday*.");
/// assert_eq!(md.title.as_deref(), Some("Talks end"));
/// assert_eq!(md.text, "Talks end\n\nEnvoys met in Moscow on Tuesday.");
/// ```
pub fn markdown_to_text(markdown: &str) -> MarkdownText {
    let markdown = markdown.strip_prefix('\u{feff}').unwrap_or(markdown);
    let mut result = MarkdownText::default();
    let mut body = markdown;
    if let Some(rest) = markdown
        .strip_prefix("---\n")
        .or_else(|| markdown.strip_prefix("---\r\n"))
    {
        if let Some(end) = find_str(rest, "\n---") {
            for line in rest[..end].lines() {
                let Some((key, value)) = line.split_once(':') else {
                    continue;
                };
                let value = trim_by(value.trim(), |c| matches!(c, '"' | '\'')).trim();
                match key.trim().to_ascii_lowercase().as_str() {
                    "title" if !value.is_empty() => result.title = Some(value.to_string()),
                    "date" | "published" if crate::time::parse_iso_date(value).is_some() => {
                        result.published = Some(value.to_string());
                    }
                    _ => {}
                }
            }
            body = rest[end + 4..].split_once('\n').map_or("", |(_, b)| b);
        }
    }
    let mut lines = Vec::new();
    let mut heading: Option<String> = None;
    for line in body.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            continue;
        }
        let mut content = trimmed;
        while let Some(rest) = content.strip_prefix('>') {
            content = rest.trim_start();
        }
        let is_heading = content.starts_with('#');
        content = content.trim_start_matches('#').trim_start();
        if let Some(rest) = content
            .strip_prefix("- ")
            .or_else(|| content.strip_prefix("* "))
            .or_else(|| content.strip_prefix("+ "))
        {
            content = rest;
        } else if let Some((number, rest)) = split_once_str(content, ". ") {
            if !number.is_empty() && number.len() <= 3 && number.bytes().all(|b| b.is_ascii_digit())
            {
                content = rest;
            }
        }
        let is_rule =
            content.len() >= 3 && content.chars().all(|c| matches!(c, '*' | '_' | '-' | ' '));
        let text = if is_rule {
            String::new()
        } else {
            strip_inline_markdown(content)
        };
        if is_heading && heading.is_none() && !text.trim().is_empty() {
            heading = Some(text.trim().to_string());
        }
        lines.push(text);
    }
    let mut text = String::new();
    let mut blank = false;
    for line in &lines {
        if line.trim().is_empty() {
            blank = !text.is_empty();
            continue;
        }
        if !text.is_empty() {
            text.push_str(if blank { "\n\n" } else { "\n" });
        }
        blank = false;
        text.push_str(line.trim_end());
    }
    result.text = text;
    if result.title.is_none() {
        result.title = heading;
    }
    result
}

/// Text and metadata read from a Markdown document by [`markdown_to_text`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MarkdownText {
    /// The front matter's `title`, else the first heading.
    pub title: Option<String>,
    /// The front matter's `date` or `published`, when it is an ISO date.
    pub published: Option<String>,
    /// The text without its markup.
    pub text: String,
}

/// One line of Markdown without emphasis, code, image and link markup.
fn strip_inline_markdown(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let prev = if i == 0 { ' ' } else { chars[i - 1] };
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        match c {
            '!' if next == '[' => {}
            '[' => {
                // `[text](url)` → text: find the `](` and the closing `)` on this line.
                // Bounded look-ahead keeps long lines of brackets linear.
                if let Some(close) = chars[i + 1..].iter().take(500).position(|c| *c == ']') {
                    let close = i + 1 + close;
                    if chars.get(close + 1) == Some(&'(') {
                        let mut depth = 0usize;
                        let end = chars[close + 2..].iter().take(2_000).position(|c| {
                            match c {
                                '(' => depth += 1,
                                ')' if depth == 0 => return true,
                                ')' => depth -= 1,
                                _ => {}
                            }
                            false
                        });
                        if let Some(end) = end {
                            let inner: String = chars[i + 1..close].iter().collect();
                            out.push_str(&strip_inline_markdown(&inner));
                            i = close + 2 + end + 1;
                            continue;
                        }
                    }
                }
                out.push(c);
            }
            '`' => {}
            '*' | '_' if next == c => {
                i += 2;
                continue;
            }
            // A single `*` or `_` that opens or closes emphasis (touching a word on one side).
            '*' | '_' if prev.is_alphanumeric() != next.is_alphanumeric() => {}
            '\\' if next.is_ascii_punctuation() => {
                out.push(next);
                i += 2;
                continue;
            }
            c => out.push(c),
        }
        i += 1;
    }
    out
}

/// The articles in a file dropped on or opened in the app, read by its name's extension:
/// `.json`/`.jsonl`/`.ndjson` through [`parse_json_articles`], anything else through
/// [`article_from_text_file`]. Binary data is an [`Error::Binary`]; a file with no text gives no
/// articles.
///
/// ```
/// use datelines::input::articles_from_file;
/// let a = articles_from_file("talks.html", b"<h1>Talks end</h1><p>On Tuesday.</p>").unwrap();
/// assert_eq!((a[0].id.as_str(), a[0].title.as_deref(), a[0].text.as_str()), ("talks.html", Some("Talks end"), "Talks end\n\nOn Tuesday."));
/// ```
pub fn articles_from_file(name: &str, bytes: &[u8]) -> Result<Vec<Article>, Error> {
    let text = file_text(name, bytes)?;
    if is_json_name(name) {
        return parse_json_articles(text);
    }
    Ok(article_from_text_file(name, text).into_iter().collect())
}

/// The UTF-8 text of a file's bytes (a leading BOM dropped), or [`Error::Binary`] naming the file
/// when they look like binary data ([`looks_binary`]).
pub fn file_text<'a>(name: &str, bytes: &'a [u8]) -> Result<&'a str, Error> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if looks_binary(bytes) {
        return Err(Error::Binary {
            article: name.to_string(),
        });
    }
    std::str::from_utf8(bytes).map_err(|_| Error::Binary {
        article: name.to_string(),
    })
}

/// Whether a file name ends in `.json`, `.jsonl` or `.ndjson` (any case).
pub fn is_json_name(name: &str) -> bool {
    let extension = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    matches!(extension.as_deref(), Some("json" | "jsonl" | "ndjson"))
}

/// One article from the text of a file that is not JSON, by its name's extension:
/// `.html`/`.htm`/`.xhtml` through [`html_to_text`], `.md`/`.markdown` through
/// [`markdown_to_text`], anything else as plain text. The file name is the id; the title is the
/// document's (else [`guess_title`]). `None` when there is no text.
pub fn article_from_text_file(name: &str, text: &str) -> Option<Article> {
    let extension = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    let (title, published, text) = match extension.as_deref() {
        Some("html" | "htm" | "xhtml") => {
            let page = html_to_text(text);
            (page.title, None, page.text)
        }
        Some("md" | "markdown") => {
            let md = markdown_to_text(text);
            (md.title, md.published, md.text)
        }
        _ => (None, None, text.trim().to_string()),
    };
    if text.trim().is_empty() {
        return None;
    }
    Some(Article {
        id: name.to_string(),
        title: title.or_else(|| guess_title(&text)),
        published,
        ..Article::new("", text)
    })
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

    #[test]
    fn html_markup_is_discarded_and_script_dropped() {
        let page = html_to_text(
            "<!doctype html><html><head><meta charset=utf-8><title>Kremlin &amp; envoys</title>\
             <style>p { color: red }</style><script>window.x = '</p>';</script></head>\
             <body><h1>Talks   end</h1><!-- a <p>comment</p> --><p>Envoys met\n on <em>Tuesday</em>, \
             2&nbsp;Dec &#8212; late &#x41;.</p><ul><li>one</li><li>two</li></ul>\
             <p>a &lt; b &unknown; &#0; 3 < 4</p><svg><text>drawn</text></svg><noscript>no</noscript></body></html>",
        );
        assert_eq!(page.title.as_deref(), Some("Kremlin & envoys"));
        assert_eq!(
            page.text,
            "Talks end\n\nEnvoys met on Tuesday, 2 Dec — late A.\n\none\ntwo\n\na < b &unknown; \u{fffd} 3 < 4"
        );
    }

    #[test]
    fn html_edge_cases_end_cleanly() {
        assert_eq!(html_to_text("").text, "");
        assert_eq!(html_to_text("<script>never closed").text, "");
        assert_eq!(html_to_text("<p title='a > b'>x</p>").text, "x");
        assert_eq!(html_to_text("text <").text, "text <");
        assert_eq!(html_to_text("<!-- open").text, "");
        assert_eq!(html_to_text("a<br>b<BR/>c").text, "a\nb\nc");
        assert_eq!(html_to_text("<pre>  x\n  y</pre>").text, "  x\n  y");
        assert_eq!(
            html_to_text("<h1>Only heading</h1>").title.as_deref(),
            Some("Only heading")
        );
        assert_eq!(html_to_text("<SCRIPT>alert(1)</SCRIPT >ok").text, "ok");
        // Linear: a long run of unclosed tags finishes quickly.
        let many = "<a ".repeat(50_000);
        assert_eq!(html_to_text(&many).text, "");
        let brackets = "[".repeat(100_000) + "]";
        assert_eq!(markdown_to_text(&brackets).text.len(), 100_001);
    }

    #[test]
    fn markdown_markup_is_stripped() {
        let md = markdown_to_text(
            "---\ntitle: \"Envoys in Moscow\"\ndate: 2025-12-03\n---\n# Heading\n\n> Quoted **bold** and __strong__\n\n\
             - item with `code`\n1. ![a photo](x.png) [link](javascript:alert(1))\n\n***\n```\nfenced\n```\nsnake_case_name stays, 2 * 3 too \\*",
        );
        assert_eq!(md.title.as_deref(), Some("Envoys in Moscow"));
        assert_eq!(md.published.as_deref(), Some("2025-12-03"));
        assert_eq!(
            md.text,
            "Heading\n\nQuoted bold and strong\n\nitem with code\na photo link\n\nfenced\nsnake_case_name stays, 2 * 3 too *"
        );
    }

    #[test]
    fn files_by_extension() {
        let html = articles_from_file("a.HTML", b"<title>T</title><p>x</p>").unwrap();
        assert_eq!(
            (html[0].title.as_deref(), html[0].text.as_str()),
            (Some("T"), "x")
        );
        let json = articles_from_file("a.json", br#"[{"id":"j","text":"t"}]"#).unwrap();
        assert_eq!(json[0].id, "j");
        let txt =
            articles_from_file("notes.txt", "\u{feff}  Plain <b>text</b>\n".as_bytes()).unwrap();
        assert_eq!(txt[0].text, "Plain <b>text</b>");
        assert!(articles_from_file("empty.html", b"<p> </p>")
            .unwrap()
            .is_empty());
        assert!(matches!(
            articles_from_file("x.png", b"\x89PNG\r\n\x1a\n\0\0"),
            Err(Error::Binary { .. })
        ));
        let md = articles_from_file("s.md", b"# Title here\n\nBody.").unwrap();
        assert_eq!(md[0].title.as_deref(), Some("Title here"));
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(300))]

            /// Any text, and text made of markup pieces, reads without a panic, and the result
            /// holds no tag that was in a dropped element.
            #[test]
            fn html_and_markdown_never_panic(text in ".{0,300}", markup in "[<>/!a-z&#;x0-9 \"'=\n\\-]{0,300}") {
                for input in [&text, &markup] {
                    let page = html_to_text(input);
                    prop_assert!(page.title.as_deref().map_or(true, |t| !t.contains('\n')));
                    let md = markdown_to_text(input);
                    prop_assert!(md.text.len() <= input.len() + 2);
                    let _ = articles_from_file("x.html", input.as_bytes());
                    let _ = articles_from_file("x.md", input.as_bytes());
                }
                let hidden = format!("<script>{markup}</script ><p>after</p>");
                let page = html_to_text(&hidden);
                prop_assert!(page.text.ends_with("after"), "{:?}", page.text);
            }
        }
    }
}
