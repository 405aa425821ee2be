//! Reading and writing TimeML documents (TempEval-3 `.tml` and `.TE3input`).
//!
//! [`parse`] gives a [`Document`]: the document creation time (the `value` of the TIMEX3 inside
//! `<DCT>`), the content of `<TEXT>` as plain text (tags removed, entities decoded) and the
//! TIMEX3 annotations inside `<TEXT>` as byte spans of that plain text. [`write()`] puts the
//! document back together with other annotations inline in `<TEXT>`, keeping everything outside
//! `<TEXT>` as it was.
//!
//! The parser is hand-written and tolerant: attributes in any order, single, double or no
//! quotes, any case for tag names; EVENT, SIGNAL and other tags inside `<TEXT>` are dropped and
//! their text kept. It reads the source once (linear time) and never panics: a document it
//! cannot read (no `<TEXT>`, a tag cut off, a TIMEX3 never closed) gives a [`ParseError`]
//! saying where.
//!
//! ```
//! use datelines::eval::timeml;
//! let doc = timeml::parse(
//!     "<DCT><TIMEX3 tid='t0' type='DATE' value='1998-01-08'>Jan 8</TIMEX3></DCT>\
//!      <TEXT>Rates fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3> &amp; rose.</TEXT>",
//! ).unwrap();
//! assert_eq!(doc.dct.as_deref(), Some("1998-01-08"));
//! assert_eq!(doc.text, "Rates fell yesterday & rose.");
//! let t = &doc.timexes[0];
//! assert_eq!((&doc.text[t.start..t.end], t.kind.as_str(), t.value.as_str()), ("yesterday", "DATE", "1998-01-07"));
//! ```

use std::fmt;

use crate::time::Timex;

/// One TIMEX3 annotation of a document's text: a span of the plain text with its attributes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Annotation {
    /// TIMEX3 id (`t1`); empty when the tag had none.
    pub tid: String,
    /// Byte offset of its start in the plain text.
    pub start: usize,
    /// Byte offset just past its end in the plain text.
    pub end: usize,
    /// TIMEX3 `type` as written (`DATE`, `TIME`, `DURATION`, `SET`); empty when missing.
    pub kind: String,
    /// TIMEX3 `value`; empty when missing.
    pub value: String,
    /// TIMEX3 `mod` (`START`, `APPROX`, …), when given.
    pub modifier: Option<String>,
    /// TIMEX3 `quant` of a set (`EVERY`), when given.
    pub quant: Option<String>,
    /// TIMEX3 `freq` of a set (`2X`), when given.
    pub freq: Option<String>,
}

impl Annotation {
    /// The annotation of one tagger result (its `tid` left empty).
    pub fn from_timex(timex: &Timex) -> Self {
        let kind = match timex.kind {
            crate::time::TimexType::Date => "DATE",
            crate::time::TimexType::Time => "TIME",
            crate::time::TimexType::Duration => "DURATION",
            crate::time::TimexType::Set => "SET",
        };
        Annotation {
            tid: String::new(),
            start: timex.start,
            end: timex.end,
            kind: kind.to_string(),
            value: timex.value.clone(),
            modifier: timex.modifier.map(str::to_string),
            quant: timex.quant.map(str::to_string),
            freq: timex.freq.clone(),
        }
    }

    /// The annotated words of `text` (empty when the span does not fit `text`).
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// A TimeML document read by [`parse`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// The `value` of the TIMEX3 inside `<DCT>` (`1998-01-08`, `1999-05-07T03:44`), if any.
    pub dct: Option<String>,
    /// The content of `<TEXT>` with every tag removed and entities decoded.
    pub text: String,
    /// The TIMEX3 annotations inside `<TEXT>`, in document order (by start).
    pub timexes: Vec<Annotation>,
    /// The source up to and including the `<TEXT…>` start tag, kept for [`write()`].
    pub head: String,
    /// The source from the `</TEXT>` end tag on, kept for [`write()`].
    pub tail: String,
}

impl Document {
    /// The DCT as a calendar day, when it starts with an ISO date.
    pub fn dct_date(&self) -> Option<chrono::NaiveDate> {
        self.dct.as_deref().and_then(crate::time::parse_iso_date)
    }
}

/// Why a document could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line of the source where the problem is (the end of the source when missing).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

/// One piece of markup: a tag, a comment, or a CDATA section.
enum Markup<'a> {
    /// `<name attrs>`, `</name>`, `<name attrs/>`.
    Tag {
        name: &'a str,
        attrs: &'a str,
        closing: bool,
        empty: bool,
    },
    /// `<![CDATA[…]]>`: its content is literal text.
    CData(&'a str),
    /// `<!-- … -->`, `<!DOCTYPE …>`, `<?xml …?>`: ignored.
    Other,
}

/// Read a TimeML document. See the [module documentation](self).
pub fn parse(source: &str) -> Result<Document, ParseError> {
    let line_at = |at: usize| {
        source.as_bytes()[..at.min(source.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    };
    let err = |at: usize, message: String| ParseError {
        line: line_at(at),
        message,
    };
    let bytes = source.as_bytes();
    let mut dct: Option<String> = None;
    let mut in_dct = false;
    let mut at = 0;
    // Before <TEXT>: find the DCT and the <TEXT> start tag.
    let text_start = loop {
        let Some(lt) = find_byte(bytes, b'<', at) else {
            return Err(err(source.len(), "no <TEXT> element".into()));
        };
        let Some((markup, next)) = read_markup(source, lt) else {
            // A lone '<' outside TEXT: not markup.
            at = lt + 1;
            continue;
        };
        let next = match next {
            Ok(next) => next,
            Err(message) => return Err(err(lt, message)),
        };
        at = next;
        if let Markup::Tag {
            name,
            attrs,
            closing,
            empty,
        } = markup
        {
            if name.eq_ignore_ascii_case("DCT") {
                in_dct = !closing && !empty;
            } else if name.eq_ignore_ascii_case("TIMEX3") && in_dct && !closing && dct.is_none() {
                dct = attribute(attrs, "value").filter(|v| !v.is_empty());
            } else if name.eq_ignore_ascii_case("TEXT") && !closing {
                if empty {
                    return Err(err(lt, "the <TEXT> element is empty (<TEXT/>)".into()));
                }
                break next;
            }
        }
    };
    let mut text = String::with_capacity(source.len() - text_start);
    let mut timexes: Vec<Annotation> = Vec::new();
    // Open TIMEX3 tags: (index in `timexes`, source offset of the tag).
    let mut open: Vec<(usize, usize)> = Vec::new();
    at = text_start;
    let text_end = loop {
        let Some(lt) = find_byte(bytes, b'<', at) else {
            return Err(err(
                source.len(),
                "<TEXT> is never closed (no </TEXT>)".into(),
            ));
        };
        decode_into(&source[at..lt], &mut text);
        let Some((markup, next)) = read_markup(source, lt) else {
            text.push('<');
            at = lt + 1;
            continue;
        };
        let next = match next {
            Ok(next) => next,
            Err(message) => return Err(err(lt, message)),
        };
        at = next;
        match markup {
            Markup::CData(content) => text.push_str(content),
            Markup::Other => {}
            Markup::Tag {
                name,
                closing: true,
                ..
            } if name.eq_ignore_ascii_case("TEXT") => break lt,
            Markup::Tag {
                name,
                attrs,
                closing,
                empty,
            } if name.eq_ignore_ascii_case("TIMEX3") => {
                if closing {
                    match open.pop() {
                        Some((index, _)) => timexes[index].end = text.len(),
                        None => return Err(err(lt, "</TIMEX3> without an open <TIMEX3>".into())),
                    }
                } else if !empty {
                    // An empty <TIMEX3/> marks no words: nothing to score.
                    open.push((timexes.len(), lt));
                    timexes.push(Annotation {
                        tid: attribute(attrs, "tid").unwrap_or_default(),
                        start: text.len(),
                        end: text.len(),
                        kind: attribute(attrs, "type").unwrap_or_default(),
                        value: attribute(attrs, "value").unwrap_or_default(),
                        modifier: attribute(attrs, "mod"),
                        quant: attribute(attrs, "quant"),
                        freq: attribute(attrs, "freq"),
                    });
                }
            }
            Markup::Tag { .. } => {}
        }
    };
    if let Some(&(index, tag_at)) = open.last() {
        let tid = &timexes[index].tid;
        return Err(err(
            tag_at,
            format!("<TIMEX3 tid=\"{tid}\"> is never closed before </TEXT>"),
        ));
    }
    // Nested TIMEX3 close inner-first; keep document order by start.
    timexes.sort_by_key(|t| (t.start, std::cmp::Reverse(t.end)));
    Ok(Document {
        dct,
        text,
        timexes,
        head: source[..text_start].to_string(),
        tail: source[text_end..].to_string(),
    })
}

/// The document with `annotations` inline in its `<TEXT>` in place of the original markup,
/// numbered `t1`, `t2`, … in order; everything outside `<TEXT>` is kept as it was.
///
/// Annotations that do not fit the text (out of range, not on character boundaries, empty) or
/// that overlap an earlier one are left out: inline TimeML cannot cross tags.
pub fn write(document: &Document, annotations: &[Annotation]) -> String {
    let text = &document.text;
    let mut order: Vec<&Annotation> = annotations
        .iter()
        .filter(|a| a.start < a.end && text.get(a.start..a.end).is_some())
        .collect();
    order.sort_by_key(|a| (a.start, std::cmp::Reverse(a.end)));
    let mut out = String::with_capacity(document.head.len() + text.len() * 2 + document.tail.len());
    out.push_str(&document.head);
    let mut at = 0;
    let mut n = 0;
    for a in order {
        if a.start < at {
            continue;
        }
        escape_into(&text[at..a.start], &mut out);
        n += 1;
        out.push_str(&format!("<TIMEX3 tid=\"t{n}\" type=\""));
        escape_into(&a.kind, &mut out);
        out.push_str("\" value=\"");
        escape_into(&a.value, &mut out);
        out.push('"');
        for (name, value) in [("mod", &a.modifier), ("quant", &a.quant), ("freq", &a.freq)] {
            if let Some(value) = value {
                out.push_str(&format!(" {name}=\""));
                escape_into(value, &mut out);
                out.push('"');
            }
        }
        out.push('>');
        escape_into(&text[a.start..a.end], &mut out);
        out.push_str("</TIMEX3>");
        at = a.end;
    }
    escape_into(&text[at..], &mut out);
    out.push_str(&document.tail);
    out
}

/// Escape text for XML content or a double-quoted attribute.
fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// The first `needle` at or after `from`.
fn find_byte(bytes: &[u8], needle: u8, from: usize) -> Option<usize> {
    bytes
        .get(from..)?
        .iter()
        .position(|&b| b == needle)
        .map(|i| from + i)
}

/// The first `needle` at or after `from`.
fn find_str(source: &str, needle: &str, from: usize) -> Option<usize> {
    source.get(from..)?.find(needle).map(|i| from + i)
}

/// The markup starting at the `<` at `lt`, and the offset just past it; `None` when the `<` does
/// not start markup (a lone `<` in text); `Err` when the markup is cut off.
fn read_markup(source: &str, lt: usize) -> Option<(Markup<'_>, Result<usize, String>)> {
    let rest = &source[lt + 1..];
    let first = rest.chars().next()?;
    if rest.starts_with("!--") {
        return Some(match find_str(source, "-->", lt + 4) {
            Some(end) => (Markup::Other, Ok(end + 3)),
            None => (Markup::Other, Err("a comment <!-- is never closed".into())),
        });
    }
    if rest.starts_with("![CDATA[") {
        let from = lt + 9;
        return Some(match find_str(source, "]]>", from) {
            Some(end) => (Markup::CData(&source[from..end]), Ok(end + 3)),
            None => (
                Markup::Other,
                Err("a <![CDATA[ section is never closed".into()),
            ),
        });
    }
    if !(first.is_alphabetic() || first == '_' || first == '/' || first == '!' || first == '?') {
        return None;
    }
    // The closing '>' outside quotes.
    let bytes = source.as_bytes();
    let mut quote: Option<u8> = None;
    let mut i = lt + 1;
    let end = loop {
        let Some(&b) = bytes.get(i) else {
            let shown: String = rest.chars().take(30).take_while(|&c| c != '\n').collect();
            return Some((
                Markup::Other,
                Err(format!("the tag '<{shown}' is cut off (no closing '>')")),
            ));
        };
        match (quote, b) {
            // No '<' in a tag, not even quoted: a tag cut off by the next one.
            (_, b'<') if first != '!' => {
                let shown: String = rest
                    .chars()
                    .take(30)
                    .take_while(|&c| c != '\n' && c != '<')
                    .collect();
                return Some((
                    Markup::Other,
                    Err(format!("the tag '<{shown}' is cut off (no closing '>')")),
                ));
            }
            (Some(q), _) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'>') => break i,
            _ => {}
        }
        i += 1;
    };
    if first == '!' || first == '?' {
        return Some((Markup::Other, Ok(end + 1)));
    }
    let inner = &source[lt + 1..end];
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(inner) => (true, inner),
        None => (false, inner),
    };
    let (empty, inner) = match inner.trim_end().strip_suffix('/') {
        Some(inner) => (true, inner),
        None => (false, inner),
    };
    let name_end = inner
        .find(|c: char| c.is_whitespace() || c == '/')
        .unwrap_or(inner.len());
    Some((
        Markup::Tag {
            name: &inner[..name_end],
            attrs: &inner[name_end..],
            closing,
            empty,
        },
        Ok(end + 1),
    ))
}

/// The decoded value of attribute `name` (ASCII case ignored) in a tag's attribute text.
fn attribute(attrs: &str, name: &str) -> Option<String> {
    let mut rest = attrs;
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            return None;
        }
        let key_end = rest
            .find(|c: char| c.is_whitespace() || c == '=')
            .unwrap_or(rest.len());
        let key = &rest[..key_end];
        rest = rest[key_end..].trim_start();
        let value = match rest.strip_prefix('=') {
            None => {
                // A bare attribute name, or stray characters: skip one character at least.
                if key.is_empty() {
                    let skip = rest.chars().next().map_or(0, char::len_utf8);
                    rest = &rest[skip..];
                }
                ""
            }
            Some(after) => {
                let after = after.trim_start();
                match after.chars().next() {
                    Some(q @ ('"' | '\'')) => {
                        let body = &after[1..];
                        let close = body.find(q).unwrap_or(body.len());
                        rest = body.get(close + 1..).unwrap_or("");
                        &body[..close]
                    }
                    _ => {
                        let close = after.find(char::is_whitespace).unwrap_or(after.len());
                        rest = &after[close..];
                        &after[..close]
                    }
                }
            }
        };
        if !key.is_empty() && key.eq_ignore_ascii_case(name) {
            let mut decoded = String::with_capacity(value.len());
            decode_into(value, &mut decoded);
            return Some(decoded);
        }
    }
}

/// Append `raw` with XML entities decoded (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#N;`,
/// `&#xN;`); anything else that starts with `&` is kept as written.
fn decode_into(raw: &str, out: &mut String) {
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        // Entity names are short: look for ';' in the next few bytes only (keeps this linear).
        let window = &rest.as_bytes()[..rest.len().min(12)];
        let decoded = window.iter().position(|&b| b == b';').and_then(|semi| {
            let name = &rest[1..semi];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => {
                    let number = name.strip_prefix('#')?;
                    let code = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => number.parse().ok()?,
                    };
                    char::from_u32(code)
                }
            }?;
            Some((c, semi + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The (text, type, value) of each annotation.
    fn spans(doc: &Document) -> Vec<(&str, &str, &str)> {
        doc.timexes
            .iter()
            .map(|t| (t.text(&doc.text), t.kind.as_str(), t.value.as_str()))
            .collect()
    }

    const DOC: &str = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>X1</DOCID>\n\
        <DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2001-02-03\" functionInDocument=\"CREATION_TIME\">Feb 3</TIMEX3></DCT>\n\
        <TITLE>Gulls &amp; terns</TITLE>\n\
        <TEXT>\nThe gulls <EVENT eid=\"e1\" class=\"OCCURRENCE\">left</EVENT> \
        <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-02-02\">yesterday</TIMEX3> &amp; the terns \
        <SIGNAL sid=\"s1\">for</SIGNAL> <TIMEX3 value='P2D' type='DURATION' tid='t2'>two days</TIMEX3>.\n</TEXT>\n\
        <TLINK lid=\"l1\" relType=\"BEFORE\" eventInstanceID=\"ei1\" relatedToTime=\"t1\"/>\n</TimeML>\n";

    #[test]
    fn reads_dct_text_and_timexes() {
        let doc = parse(DOC).unwrap();
        assert_eq!(doc.dct.as_deref(), Some("2001-02-03"));
        assert_eq!(doc.dct_date(), crate::time::parse_iso_date("2001-02-03"));
        assert_eq!(
            doc.text,
            "\nThe gulls left yesterday & the terns for two days.\n"
        );
        assert_eq!(
            spans(&doc),
            [
                ("yesterday", "DATE", "2001-02-02"),
                ("two days", "DURATION", "P2D")
            ]
        );
        assert_eq!(doc.timexes[0].tid, "t1");
        assert_eq!(doc.timexes[1].tid, "t2");
        assert!(doc.head.ends_with("<TEXT>"));
        assert!(doc.tail.starts_with("</TEXT>\n<TLINK"));
    }

    #[test]
    fn entities_are_decoded_in_text_and_attributes() {
        let doc = parse(
            "<TEXT>a &lt;b&gt; &quot;c&quot; &apos;d&apos; &#233;t&#xE9; &unknown; & x &amp;amp; \
             <TIMEX3 type=\"DATE\" value=\"A&amp;B\" mod=&quot;>e</TIMEX3></TEXT>",
        )
        .unwrap();
        assert_eq!(doc.text, "a <b> \"c\" 'd' été &unknown; & x &amp; e");
        let t = &doc.timexes[0];
        assert_eq!((t.text(&doc.text), t.value.as_str()), ("e", "A&B"));
        assert_eq!(t.modifier.as_deref(), Some("\""));
    }

    #[test]
    fn attributes_in_any_order_quote_and_spacing() {
        let doc = parse(
            "<TEXT><TIMEX3 value = \"1999\" mod='START' type=DATE tid=\"t9\">early 1999</TIMEX3>, \
             <timex3\n TYPE=\"SET\"\tVALUE='P1W' quant=\"EVERY\" freq=\"2X\" >twice a week</timex3></TEXT>",
        )
        .unwrap();
        assert_eq!(
            spans(&doc),
            [
                ("early 1999", "DATE", "1999"),
                ("twice a week", "SET", "P1W")
            ]
        );
        assert_eq!(doc.timexes[0].modifier.as_deref(), Some("START"));
        assert_eq!(doc.timexes[0].tid, "t9");
        assert_eq!(doc.timexes[1].quant.as_deref(), Some("EVERY"));
        assert_eq!(doc.timexes[1].freq.as_deref(), Some("2X"));
        assert_eq!(doc.timexes[1].modifier, None);
    }

    #[test]
    fn nested_tags_keep_their_text() {
        let doc = parse(
            "<TEXT><S><EVENT eid=\"e1\">won</EVENT> <TIMEX3 type=\"DATE\" value=\"1990\">in <EVENT>the</EVENT> \
             <TIMEX3 type=\"DATE\" value=\"1990-05\">May</TIMEX3> of 1990</TIMEX3></S><!-- note <x> -->\
             <TIMEX3 type=\"DATE\" value=\"X\"/><![CDATA[ <raw> ]]></TEXT>",
        )
        .unwrap();
        assert_eq!(doc.text, "won in the May of 1990 <raw> ");
        assert_eq!(
            spans(&doc),
            [
                ("in the May of 1990", "DATE", "1990"),
                ("May", "DATE", "1990-05")
            ]
        );
    }

    #[test]
    fn lone_angle_brackets_are_text() {
        let doc = parse("<TEXT>a < b and 3 <4> c</TEXT>").unwrap();
        assert_eq!(doc.text, "a < b and 3 <4> c");
    }

    #[test]
    fn malformed_documents_give_errors_not_panics() {
        let cases = [
            ("<DOC><DCT>x</DCT></DOC>", "no <TEXT>"),
            (
                "<TEXT>one <TIMEX3 type=\"DATE\">two</TIMEX3>",
                "never closed",
            ),
            ("<TEXT>one <TIMEX3 type=\"DATE\" value=\"19", "cut off"),
            (
                "<TEXT>one <TIMEX3 type=\"DATE\" value=\"1999\">two</TEXT>",
                "never closed",
            ),
            ("<TEXT>one </TIMEX3> two</TEXT>", "without an open"),
            (
                "<TEXT>one <EVENT eid=\"e1\" two <TIMEX3>x</TIMEX3></TEXT>",
                "cut off",
            ),
            ("<TEXT>one <!-- two", "comment"),
            ("<TEXT/>", "empty"),
            ("<TEXT", "cut off"),
        ];
        for (source, needle) in cases {
            let e = parse(source).expect_err(source);
            assert!(e.to_string().contains(needle), "{source}: {e}");
        }
        let e =
            parse("<TimeML>\n<TEXT>\nok\n<TIMEX3 tid=\"t4\" type=\"DATE\">x\n</TEXT>").unwrap_err();
        assert_eq!(e.line, 4);
        assert!(e.message.contains("t4"), "{e}");
        // Every prefix of a good document: an error or a document, never a panic.
        for end in 0..=DOC.len() {
            if DOC.is_char_boundary(end) {
                let _ = parse(&DOC[..end]);
            }
        }
    }

    #[test]
    fn missing_dct_is_none() {
        let doc = parse("<DCT></DCT><TEXT>x</TEXT>").unwrap();
        assert_eq!(doc.dct, None);
        assert_eq!(doc.dct_date(), None);
        let doc = parse("<TEXT>x</TEXT>").unwrap();
        assert_eq!(
            (doc.dct, doc.head.as_str(), doc.tail.as_str()),
            (None, "<TEXT>", "</TEXT>")
        );
    }

    #[test]
    fn written_documents_read_back_the_same() {
        let doc = parse(DOC).unwrap();
        let text = &doc.text;
        let at = |s: &str| text.find(s).unwrap();
        let system = vec![
            Annotation {
                start: at("two days"),
                end: at("two days") + "two days".len(),
                kind: "DURATION".into(),
                value: "P2D".into(),
                modifier: Some("APPROX".into()),
                ..Annotation::default()
            },
            Annotation {
                start: at("yesterday & the"),
                end: at("yesterday & the") + "yesterday & the".len(),
                kind: "DATE".into(),
                value: "2001-02-02\"&<".into(),
                quant: Some("EACH".into()),
                freq: Some("1X".into()),
                ..Annotation::default()
            },
            // Overlaps the one before: left out.
            Annotation {
                start: at("the terns"),
                end: at("terns"),
                kind: "DATE".into(),
                ..Annotation::default()
            },
            // Out of range and empty: left out.
            Annotation {
                start: 5,
                end: 500,
                ..Annotation::default()
            },
            Annotation {
                start: 3,
                end: 3,
                ..Annotation::default()
            },
        ];
        let written = write(&doc, &system);
        assert!(written.starts_with(&doc.head), "{written}");
        assert!(written.ends_with(&doc.tail), "{written}");
        assert!(written.contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-02-02&quot;&amp;&lt;\" quant=\"EACH\" freq=\"1X\">yesterday &amp; the</TIMEX3>"), "{written}");
        assert!(written.contains("<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2D\" mod=\"APPROX\">two days</TIMEX3>"), "{written}");
        let back = parse(&written).unwrap();
        assert_eq!(back.text, doc.text);
        assert_eq!(back.dct, doc.dct);
        assert_eq!(
            (back.head.as_str(), back.tail.as_str()),
            (doc.head.as_str(), doc.tail.as_str())
        );
        let mut want = vec![system[1].clone(), system[0].clone()];
        want[0].tid = "t1".into();
        want[1].tid = "t2".into();
        assert_eq!(back.timexes, want);
        // Writing with no annotations gives the text alone.
        let bare = parse(&write(&doc, &[])).unwrap();
        assert_eq!(
            (bare.text.as_str(), bare.timexes.len()),
            (doc.text.as_str(), 0)
        );
    }

    #[test]
    fn tagger_output_round_trips() {
        let doc = parse("<DCT><TIMEX3 value=\"2025-12-03\"/></DCT><TEXT>They met on Tuesday &amp; again for three days.</TEXT>").unwrap();
        assert_eq!(doc.dct.as_deref(), Some("2025-12-03"));
        let tags: Vec<Annotation> = crate::time::tag(&doc.text, doc.dct_date())
            .iter()
            .map(Annotation::from_timex)
            .collect();
        assert!(!tags.is_empty());
        let back = parse(&write(&doc, &tags)).unwrap();
        assert_eq!(back.text, doc.text);
        let strip = |a: &Annotation| Annotation {
            tid: String::new(),
            ..a.clone()
        };
        assert_eq!(back.timexes.iter().map(strip).collect::<Vec<_>>(), tags);
    }
}
