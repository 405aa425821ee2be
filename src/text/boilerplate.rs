//! Boilerplate lines: navigation and share menus, read-more links, update stamps and reading
//! times, counters, bylines, embed markup, subscription prompts and copyright notices. The rules
//! are data ([`NAVIGATION`], [`RULES`], [`COUNTER_NOUNS`], [`BYLINE_JOINERS`]); [`is_boilerplate`]
//! is the engine that reads them.

use super::walk;
use super::chars::{ends_with_by, has_char, has_str, is_closer, is_space, is_terminal, starts_with_by, trim_by, trim_end_by};
use super::lines::count_words_up_to;

/// Lines that are boilerplate when they consist of just one of these words (case-insensitive,
/// trailing `:`/`|`/`>` ignored), or of several joined by breadcrumb separators. One a line.
pub const NAVIGATION: &str = crate::words![
    "advertisement", "analysis", "back to top", "breaking news", "business", "categories",
    "close", "comment", "comments", "copy link", "culture", "e-mail", "economy", "email",
    "entertainment", "europe", "exclusive", "facebook", "gallery", "health", "home", "latest",
    "latest news", "lifestyle", "linkedin", "listen", "listen to this article", "live", "loading",
    "log in", "login", "markets", "menu", "more", "most popular", "most read", "news",
    "newsletter", "next", "opinion", "photos", "pinterest", "politics", "previous", "print",
    "recommended", "reddit", "register", "related", "related articles", "related news",
    "related stories", "save", "science", "search", "sections", "share", "share this",
    "share this article", "share this story", "sign in", "skip to content",
    "skip to main content", "sport", "sports", "tags", "tech", "technology", "telegram",
    "top stories", "topics", "trending", "tweet", "twitter", "us news", "video", "videos", "watch",
    "whatsapp", "world", "world news", "x", "you may also like",
];

/// The boilerplate rules, one a line, tried on the lowercased line (after its list marker).
/// A rule is a head, a space and a pattern. The head's first character says where the pattern
/// must match: `^` the line starts with it, followed by a non-alphanumeric character or the end;
/// `*` the line contains it; `$` the line ends with it (trailing punctuation and brackets
/// ignored); `&` the line starts with the part before a tab and contains the part after it.
/// Digits after it are the most words the line may have (none: no limit); a final `#` means the
/// line must contain a digit or the word "ago" (update stamps). Stored as one string rather than
/// an array of structs of string slices (the wasm's data).
pub const RULES: &str = crate::words![
    // Links to other stories.
    "^ read more",
    "^ read also",
    "^ also read",
    "^ see also",
    "^ more:",
    "^ related:",
    "^ watch:",
    "^ listen:",
    "^6 continue reading",
    "^6 scroll to continue",
    "^8 you might also like",
    "^6 share on",
    "^6 share this",
    "^ tags:",
    "^ topics:",
    "^ filed under",
    // Update stamps and reading times.
    "^12# last update",
    "^12# updated",
    "^12# published",
    "^12# first published",
    "^12# posted",
    "$5 min read",
    "$5 mins read",
    "$5 minute read",
    "$5 minutes read",
    // Authors and agency credits.
    "^ author:",
    "^ authors:",
    "^8 written by",
    "^ (reporting by",
    "^ [reporting by",
    "^ (additional reporting",
    "^ (editing by",
    "^ (writing by",
    "^ (compiled by",
    "& the post \t appeared first on ",
    "^ this article was originally published",
    // Prompts.
    "^ advertisement",
    "^ sponsored",
    "^ subscribe",
    "^ sign up",
    "^ follow us",
    "^ click here",
    // Copyright.
    "^ ©",
    "^ (c) ",
    "^12# copyright",
    "*20 ©",
    "* all rights reserved",
];

/// Nouns of counters such as `329 Views` or `12 comments`, one a line.
pub const COUNTER_NOUNS: &str = crate::words![
    "comment", "comments", "like", "likes", "reactions", "reads", "replies", "responses", "share",
    "shares", "view", "views",
];

/// Words besides capitalised names allowed in a byline (`By Jane Doe and John Roe`), one a line.
pub const BYLINE_JOINERS: &str = crate::words!["and", "&", "|", "-", "–", "—", "de", "van", "von", "der", "al", "bin"];

/// Most words a byline (`By Jane Doe`) may have, `By` included.
pub const MAX_BYLINE_WORDS: usize = 7;

/// Separators between breadcrumb items (`Home > World > Europe`).
pub static BREADCRUMB_SEPARATORS: &[char] = &['>', '|', '›', '»', '/', '•', '·'];

/// Whether a line (trimmed, list marker removed) is boilerplate.
pub fn is_boilerplate(line: &str) -> bool {
    let line = line.trim_matches(is_space);
    if !walk::chars(line).any(walk::is_alphabetic) {
        return true; // only a number, a counter, a date stamp or punctuation
    }
    let lower = line.to_ascii_lowercase();
    is_navigation(&lower)
        || RULES.lines().any(|r| matches_rule(r, &lower))
        || is_counter(&lower)
        || is_byline(line)
        || is_markup(line)
        || is_url(&lower)
}

fn is_nav_word(item: &str) -> bool {
    let item = trim_by(item, |c| is_space(c) || matches!(c, ':' | '|' | '>' | '»' | '›'));
    super::sets::sets().navigation.contains(item)
}

/// A navigation word, or a breadcrumb of navigation words.
fn is_navigation(lower: &str) -> bool {
    if lower.len() > 80 {
        return false;
    }
    is_nav_word(lower) || {
        let mut items = lower.split(BREADCRUMB_SEPARATORS).filter(|s| !s.trim_matches(is_space).is_empty());
        let first = items.next();
        let rest_ok = items.clone().all(is_nav_word);
        first.is_some_and(is_nav_word) && items.next().is_some() && rest_ok
    }
}

fn starts_at_word(lower: &str, prefix: &str) -> bool {
    lower.starts_with(prefix)
        && (!ends_with_by(prefix, char::is_alphanumeric) || !starts_with_by(&lower[prefix.len()..], char::is_alphanumeric))
}

/// Whether `lower` matches one rule of [`RULES`] (its line).
fn matches_rule(rule: &str, lower: &str) -> bool {
    let Some((head, pattern)) = rule.split_once(' ') else {
        return false;
    };
    let needs_number = head.ends_with('#');
    let max_words: usize = head.get(1..).unwrap_or("").trim_end_matches('#').parse().unwrap_or(0);
    let hit = match head.as_bytes().first() {
        Some(b'^') => starts_at_word(lower, pattern),
        Some(b'&') => pattern.split_once('\t').is_some_and(|(p, q)| lower.starts_with(p) && has_str(lower, q)),
        Some(b'*') => has_str(lower, pattern),
        Some(b'$') => trim_end_by(lower, |c| is_space(c) || is_closer(c) || c == '.').ends_with(pattern),
        _ => false,
    };
    hit && (max_words == 0 || count_words_up_to(lower, max_words) <= max_words)
        && (!needs_number || lower.bytes().any(|b| b.is_ascii_digit()) || lower.split(is_space).any(|w| w == "ago"))
}

/// `329 Views`, `12 comments`, `1.2k shares`.
fn is_counter(lower: &str) -> bool {
    let mut words = lower.split(is_space).filter(|w| !w.is_empty());
    let (Some(number), Some(noun), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let numeric = starts_with_by(number, |c| c.is_ascii_digit())
        && number.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | 'k' | 'm' | '+'));
    let noun = trim_end_by(noun, |c| !c.is_alphabetic());
    numeric && super::sets::sets().counter_nouns.contains(noun)
}

/// A short byline: `By Jane Doe`, `BY JANE DOE, CNN`.
fn is_byline(line: &str) -> bool {
    if !(line.starts_with("By ") || line.starts_with("BY ")) || ends_with_terminal(line) {
        return false;
    }
    if count_words_up_to(line, MAX_BYLINE_WORDS) > MAX_BYLINE_WORDS {
        return false;
    }
    line.split(is_space).filter(|w| !w.is_empty()).skip(1).all(|w| {
        starts_with_by(w, char::is_uppercase) || BYLINE_JOINERS.lines().any(|j| w.eq_ignore_ascii_case(j))
    })
}

fn ends_with_terminal(line: &str) -> bool {
    ends_with_by(trim_end_by(line, |c| is_space(c) || is_closer(c)), is_terminal)
}

/// Embed or shortcode markup on a line of its own: `[caption id="…"]`, `[/caption]`,
/// `<iframe src=…>`, `[time-brightcove not-tgx=”true”]`.
fn is_markup(line: &str) -> bool {
    let (Some(open), Some(close)) = (line.chars().next(), line.chars().next_back()) else {
        return false;
    };
    if !matches!((open, close), ('[', ']') | ('<', '>')) {
        return false;
    }
    let inner = line[1..line.len() - 1].trim_start_matches('/');
    let ident: &str = {
        let n = inner.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':'))).unwrap_or(inner.len());
        &inner[..n]
    };
    !ident.is_empty()
        && (has_char(inner, '=') || !ident.bytes().any(|b| b.is_ascii_uppercase()) || !inner.contains(is_space))
}

/// A bare web address.
fn is_url(lower: &str) -> bool {
    (lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www."))
        && !lower.contains(is_space)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_unique() {
        for table in [NAVIGATION, COUNTER_NOUNS] {
            let words: Vec<&str> = table.lines().collect();
            assert!(words.windows(2).all(|w| w[0] < w[1]));
        }
    }

    #[test]
    fn rules_are_well_formed() {
        for rule in RULES.lines() {
            let (head, pattern) = rule.split_once(' ').unwrap();
            assert!(matches!(head.as_bytes()[0], b'^' | b'*' | b'$' | b'&'), "{rule}");
            let limit = head[1..].trim_end_matches('#');
            assert!(limit.is_empty() || limit.parse::<usize>().is_ok_and(|n| n > 0), "{rule}");
            assert!(!pattern.is_empty() && pattern == pattern.to_lowercase(), "{rule}");
            assert_eq!(head.starts_with('&'), pattern.contains('\t'), "{rule}");
        }
    }

    #[test]
    fn navigation_and_menus() {
        for s in ["Share", "HOME", "POLITICS", "News", "Home > World > Europe", "Skip to content"] {
            assert!(is_boilerplate(s), "{s}");
        }
        assert!(!is_boilerplate("Shares of the company fell"));
        assert!(!is_boilerplate("Home prices rose again"));
        assert!(!is_boilerplate("Politics and war"));
    }

    #[test]
    fn read_more_and_links() {
        for s in ["Read More: Why the Plan Failed", "Read more: a long story", "READ MORE", "See also: the war"] {
            assert!(is_boilerplate(s), "{s}");
        }
        assert!(is_boilerplate("https://example.com/story"));
        assert!(!is_boilerplate("Readers wrote in"));
    }

    #[test]
    fn stamps_and_reading_times() {
        for s in ["Last update: 33 minutes ago", "Updated 10:55 GMT", "Published Dec 3, 2025", "3 min read", "5-minute read"] {
            assert!(is_boilerplate(s), "{s}");
        }
        assert!(!is_boilerplate("Updated guidance was issued to all hospitals"));
        assert!(!is_boilerplate("Posted guards stood at every gate"));
    }

    #[test]
    fn counters_and_numbers() {
        for s in ["329 Views", "12 comments", "- 11,200", "7-", "7- 3.12.2025, 10:55", "2025", "***"] {
            assert!(is_boilerplate(s), "{s}");
        }
        assert!(!is_boilerplate("329 people died"));
    }

    #[test]
    fn authors_and_bylines() {
        for s in [
            "Author: Jane Doe",
            "By Jane Doe",
            "BY JANE DOE AND JOHN ROE",
            "By Jane Doe | Reuters",
            "(Reporting by Jane Doe; Editing by John Roe)",
            "The post Why the Talks Failed appeared first on Example News.",
        ] {
            assert!(is_boilerplate(s), "{s}");
        }
        assert!(!is_boilerplate("By the end of the day the talks had failed"));
        assert!(!is_boilerplate("By Monday, nothing had changed."));
    }

    #[test]
    fn embed_markup() {
        for s in ["[time-brightcove not-tgx=\"true\"]", "[time-brightcove not-tgx=”true”]", "[caption id=\"a1\" align=\"left\"]", "[/caption]", "<iframe src=\"x\">"] {
            assert!(is_boilerplate(s), "{s}");
        }
        assert!(!is_boilerplate("[Editor's note: this story has been corrected.]"));
    }

    #[test]
    fn prompts_and_copyright() {
        for s in [
            "Advertisement",
            "Subscribe to our newsletter",
            "Sign up for alerts",
            "Follow us on social media",
            "Click here to read the report",
            "© 2025 Example Media",
            "Copyright 2025 Example Media",
            "All rights reserved.",
            "Example Media Ltd. All Rights Reserved",
        ] {
            assert!(is_boilerplate(s), "{s}");
        }
        assert!(!is_boilerplate("Copyright law was changed by parliament."));
        assert!(!is_boilerplate("Subscribers complained about the price."));
    }
}
