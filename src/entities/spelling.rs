//! Spelling and transliteration variants of names, as rules over data tables: the key two
//! spellings of one surname share (`Zelenskiy`/`Zelensky`/`Zelenskyy`, `Witkoff`/`Whitkoff`),
//! and when two given names may belong to one person (`Vladimir`/`Volodymyr`, `J.`/`John`).

use crate::text::hash::FastMap as HashMap;
use std::sync::OnceLock;
use crate::text::chars::{has_char, has_str, lower_chars, replace_str};

/// Letters folded to plain ASCII before comparing: `(accented letters, replacement)`.
/// Apostrophes, hyphens and periods fold to nothing.
pub(super) const FOLDS: &[(&str, &str)] = &[
    ("àáâãäåāăą", "a"),
    ("çćĉċč", "c"),
    ("ďđ", "d"),
    ("èéêëēĕėęě", "e"),
    ("ĝğġģ", "g"),
    ("ĥħ", "h"),
    ("ìíîïĩīĭįı", "i"),
    ("ĵ", "j"),
    ("ķ", "k"),
    ("ĺļľŀł", "l"),
    ("ñńņňŉ", "n"),
    ("òóôõöøōŏő", "o"),
    ("ŕŗř", "r"),
    ("śŝşšș", "s"),
    ("ţťŧț", "t"),
    ("ùúûüũūŭůűų", "u"),
    ("ŵ", "w"),
    ("ýÿŷ", "y"),
    ("źżž", "z"),
    ("ß", "ss"),
    ("æ", "ae"),
    ("œ", "oe"),
    ("'’‘ʻ`-.", ""),
];

/// A silent `h` after a word-initial consonant (`Whitkoff` → `Witkoff`): `(from, to)` at the start.
pub(super) const INITIAL_RULES: &[(&str, &str)] =
    &[("wh", "w"), ("gh", "g"), ("rh", "r"), ("dh", "d"), ("bh", "b")];

/// Transliteration equivalences anywhere in the word, applied in order: `(from, to)`.
pub(super) const LETTER_RULES: &[(&str, &str)] =
    &[("kh", "h"), ("ck", "k"), ("ph", "f"), ("w", "v"), ("x", "ks")];

/// Word endings that transliterate one Slavic ending several ways (`-iy`, `-yi`, `-ii`, `-y`);
/// the first that matches is replaced, after doubled letters have been collapsed.
pub(super) const SUFFIX_RULES: &[(&str, &str)] = &[("iy", "i"), ("yi", "i"), ("y", "i")];

/// Surnames at least this many letters long also match at edit distance 1.
pub(super) const FUZZY_MIN_LEN: usize = 6;

/// Given names that are one name in different transliterations or familiar forms, one group a
/// row (a line: [`words!`]). Names whose keys (see [`key`]) are equal need no row (`Yuri`/`Yury`/`Yuriy`).
pub(super) const GIVEN_EQUIVALENTS: &str = words![
    "Vladimir Volodymyr Wladimir Volodimir",
    "Alexander Aleksandr Oleksandr Alexandr Aleksander Alexandre Alex Sasha",
    "Alexandra Oleksandra Aleksandra",
    "Sergei Sergey Serhiy Serhii Sergej Serguei",
    "Mikhail Mykhailo Michail Mikheil Michael Mike",
    "Nikolai Nikolay Mykola Nicolai Nicholas Nick",
    "Yuri Yuriy Yury Yurii Iurii Juri",
    "Dmitry Dmitri Dmytro Dmitriy Dimitri",
    "Andrei Andrey Andriy Andrii Andrew",
    "Alexei Alexey Aleksei Aleksey Oleksiy Oleksii",
    "Yevgeny Evgeny Yevgeniy Yevhen Evgeni Eugene",
    "Pyotr Petro Petr Peter Piotr Pete",
    "Grigory Hryhoriy Gregory Greg",
    "Georgy Georgiy Heorhiy George Giorgi Georgi",
    "Kirill Kyrylo Cyril",
    "Konstantin Kostiantyn Kostyantyn Constantine",
    "Anatoly Anatoliy Anatolii",
    "Ihor Igor",
    "Oleh Oleg",
    "Olha Olga",
    "Olena Yelena Elena",
    "Tetiana Tatiana Tatyana",
    "Kateryna Ekaterina Yekaterina Katerina Catherine Katherine Kate",
    "Halyna Galina",
    "Mohammed Muhammad Mohammad Mohamed Mohamad Muhammed",
    "Hussein Husain Hussain Husein",
    "Ahmed Ahmad Ahmet",
    "Osama Usama",
    "Abdullah Abdallah",
    "Youssef Yousef Yusuf Joseph Joe",
    "Steve Steven Stephen",
    "William Bill Billy Will",
    "Robert Bob Bobby Rob",
    "James Jim Jimmy",
    "Thomas Tom Tommy",
    "Richard Rick Dick",
    "Edward Ed Ted",
    "Anthony Tony Antony",
    "Charles Chuck Charlie",
    "Elizabeth Liz Beth",
    "Daniel Dan",
    "David Dave",
    "Christopher Chris",
    "Matthew Matt",
    "Samuel Sam",
    "Benjamin Ben Bibi",
    "Jeffrey Jeff",
    "Donald Don",
    "Ronald Ron",
];

/// Lowercases and folds accents and punctuation: `Zürich` → `zurich`, `O'Neil` → `oneil`.
pub(super) fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(lower_chars) {
        // No fold holds an ASCII letter or digit: most names need no table at all.
        if c.is_ascii_alphanumeric() {
            out.push(c);
            continue;
        }
        match FOLDS.iter().find(|(from, _)| has_char(from, c)) {
            Some((_, to)) => out.push_str(to),
            None => out.push(c),
        }
    }
    out
}

#[cfg(test)]
#[test]
fn no_fold_holds_ascii_letters_or_digits() {
    assert!(FOLDS.iter().all(|(from, _)| !from.chars().any(|c| c.is_ascii_alphanumeric())));
}

/// The spelling key of a name word: folded, silent initial `h` dropped, transliteration rules
/// applied, doubled letters collapsed, Slavic endings unified. Two spellings of one name share it
/// (`Zelenskiy`, `Zelensky`, `Zelenskyy` → `zelenski`; `Witkoff`, `Whitkoff` → `vitkof`).
pub(super) fn key(word: &str) -> String {
    let mut w = fold(word);
    for (from, to) in INITIAL_RULES {
        if let Some(rest) = w.strip_prefix(from) {
            w = format!("{to}{rest}");
            break;
        }
    }
    for (from, to) in LETTER_RULES {
        if has_str(&w, from) {
            w = replace_str(&w, from, to);
        }
    }
    let mut collapsed = String::with_capacity(w.len());
    let mut last = None;
    for c in w.chars() {
        if Some(c) != last {
            collapsed.push(c);
        }
        last = Some(c);
    }
    for (from, to) in SUFFIX_RULES {
        if collapsed.len() > from.len() + 2 && collapsed.ends_with(from) {
            collapsed.truncate(collapsed.len() - from.len());
            collapsed.push_str(to);
            break;
        }
    }
    collapsed
}

/// Whether two strings are at most one insertion, deletion or substitution apart.
pub(super) fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short.iter().zip(long.iter()).take_while(|(x, y)| x == y).count();
    if prefix == short.len() {
        return true;
    }
    if short.len() == long.len() {
        short[prefix + 1..] == long[prefix + 1..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

/// Whether two surname keys name the same surname: equal, or one edit apart when both are long.
pub(super) fn surnames_match(a: &str, b: &str) -> bool {
    a == b
        || (a.chars().count() >= FUZZY_MIN_LEN
            && b.chars().count() >= FUZZY_MIN_LEN
            && within_one_edit(a, b))
}

fn equivalents() -> &'static HashMap<String, usize> {
    static TABLE: OnceLock<HashMap<String, usize>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashMap::default();
        for (group, row) in GIVEN_EQUIVALENTS.lines().enumerate() {
            for name in row.split_whitespace() {
                map.entry(key(name)).or_insert(group);
            }
        }
        map
    })
}

/// Whether a given-name word is only an initial or initials (`J.`, `JD`, `J.D.`).
pub(super) fn is_initial(word: &str) -> bool {
    let (mut letters, mut upper) = (0, true);
    for c in word.chars() {
        if c.is_alphabetic() {
            letters += 1;
            upper &= c.is_uppercase();
        }
    }
    letters > 0
        && upper
        && (letters == 1 || (letters <= 3 && word.chars().all(|c| c.is_alphabetic() || c == '.')))
}

/// Whether two given names may belong to one person: one missing, equal spelling keys, an
/// initial matching, transliteration or familiar equivalents, or a familiar form that is a prefix
/// of at least three letters (`Alex`/`Alexander`).
pub(super) fn given_compatible(a: &str, b: &str) -> bool {
    if a.is_empty() || b.is_empty() {
        return true;
    }
    let (fa, fb) = (fold(a), fold(b));
    if is_initial(a) || is_initial(b) {
        return fa.chars().next() == fb.chars().next();
    }
    let (ka, kb) = (key(a), key(b));
    if ka == kb {
        return true;
    }
    let table = equivalents();
    if let (Some(ga), Some(gb)) = (table.get(&ka), table.get(&kb)) {
        if ga == gb {
            return true;
        }
    }
    let (short, long) = if fa.len() <= fb.len() { (&fa, &fb) } else { (&fb, &fa) };
    short.chars().count() >= 3 && long.starts_with(short.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surname_keys_unify_transliterations() {
        for variant in ["Zelenskiy", "Zelensky", "Zelenskyy", "Zelenskyi", "Zelenskii"] {
            assert_eq!(key(variant), "zelenski", "{variant}");
        }
        assert_eq!(key("Witkoff"), key("Whitkoff"));
        assert_eq!(key("Khodorkovsky"), key("Hodorkovsky"));
        assert_eq!(key("Wagner"), key("Vagner"));
        assert_eq!(key("Zürich"), "zurich");
        assert_ne!(key("Putin"), key("Zelensky"));
    }

    #[test]
    fn edit_distance_one_only_for_long_surnames() {
        assert!(within_one_edit("peskov", "peskova"));
        assert!(within_one_edit("abcdef", "abxdef"));
        assert!(within_one_edit("abc", "abc"));
        assert!(!within_one_edit("abcdef", "badcef"));
        assert!(!within_one_edit("ab", "abcd"));
        assert!(surnames_match(&key("Dmitriev"), &key("Dmitriyev")));
        assert!(!surnames_match("putin", "rutin"), "short surnames need equal keys");
    }

    #[test]
    fn given_names_compatibility_rules() {
        assert!(given_compatible("Vladimir", "Volodymyr"));
        assert!(given_compatible("Sergei", "Serhiy"));
        assert!(given_compatible("Yuri", "Yuriy"));
        assert!(given_compatible("J.", "John"));
        assert!(given_compatible("JD", "James"));
        assert!(given_compatible("Alex", "Alexander"));
        assert!(given_compatible("Steve", "Steven"));
        assert!(given_compatible("", "Anyone"));
        assert!(!given_compatible("Olena", "Volodymyr"));
        assert!(!given_compatible("Donald", "Melania"));
        assert!(!given_compatible("J.", "Melania"));
    }
}
