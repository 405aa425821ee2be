//! Abbreviations and sentence-starting words: the data the sentence splitter reads to decide
//! whether a period ends a sentence.

/// How an abbreviation behaves before a space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrevClass {
    /// Never ends a sentence: titles before names (`Mr.`, `Gen.`), `e.g.`, `i.e.`, `vs.`.
    NeverFinal,
    /// Does not end a sentence before a number (`No. 5`, `Vol. 2`); otherwise like a word.
    BeforeNumber,
    /// Commonly sentence-final (`Inc.`, `Jr.`, `etc.`, month names, dotted acronyms like `U.S.`):
    /// ends a sentence only when the next word clearly starts one (see [`SENTENCE_STARTERS`]).
    MaybeFinal,
}

/// Known abbreviations that never end a sentence ([`AbbrevClass::NeverFinal`]), lowercase and
/// without their final period, one a line: titles and ranks, Latin and linking abbreviations.
/// Dotted acronyms (`U.S.`, `a.m.`, `Ph.D.`) and single capital initials are recognised by shape
/// and behave as [`AbbrevClass::MaybeFinal`] unless listed in one of these tables.
pub const NEVER_FINAL: &str = crate::words![
    "mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "gen", "gens", "lt", "col", "maj", "capt",
    "cpt", "sgt", "cpl", "pvt", "cmdr", "adm", "brig", "sen", "sens", "rep", "reps", "gov", "govs",
    "pres", "amb", "atty", "supt", "insp", "det", "sec", "secy", "rev", "hon", "fr", "mt", "ft",
    "e.g", "i.e", "cf", "viz", "vs", "approx",
];

/// Known abbreviations that do not end a sentence before a number
/// ([`AbbrevClass::BeforeNumber`]), as [`NEVER_FINAL`].
pub const BEFORE_NUMBER: &str = crate::words![
    "no", "nos", "vol", "art", "fig", "p", "pp", "ch", "op",
];

/// Known commonly sentence-final abbreviations ([`AbbrevClass::MaybeFinal`]), as
/// [`NEVER_FINAL`]: company and name suffixes, street words, months, weekdays, U.S. states in AP
/// style (only those that are not also common words).
pub const MAYBE_FINAL: &str = crate::words![
    "etc", "inc", "ltd", "co", "corp", "bros", "plc", "jr", "sr", "st", "ave", "blvd", "rd", "dept",
    "univ", "est", "al", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "ala", "ariz", "ark",
    "calif", "colo", "conn", "fla", "ga", "kan", "ky", "md", "mich", "minn", "mont", "neb", "nev",
    "okla", "penn", "tenn", "tex", "va", "vt", "wis", "wyo",
];

/// Capitalised function words and pronouns that clearly start a new sentence. After a commonly
/// final abbreviation (`U.S.`, `Inc.`, `a.m.`) one of these means the sentence ended there; a
/// name or title word (`President`, `Donald`) means it did not. Matched case-insensitively on a
/// word whose first letter is uppercase. One a line.
pub const SENTENCE_STARTERS: &str = crate::words![
    "a", "about", "above", "according", "after", "afterward", "afterwards", "again", "against",
    "all", "also", "although", "among", "an", "and", "another", "any", "are", "as", "at",
    "because", "before", "being", "both", "but", "by", "can", "could", "despite", "did", "do",
    "does", "during", "each", "earlier", "either", "even", "every", "few", "for", "from",
    "further", "had", "has", "have", "he", "her", "here", "hers", "his", "how", "however", "i",
    "if", "in", "instead", "is", "it", "its", "just", "later", "many", "meanwhile", "more",
    "moreover", "most", "much", "my", "neither", "nevertheless", "no", "nor", "not", "now", "of",
    "on", "once", "one", "only", "or", "other", "others", "our", "over", "she", "should",
    "since", "so", "some", "still", "such", "than", "that", "the", "their", "then", "there",
    "therefore", "these", "they", "this", "those", "though", "thus", "to", "today", "under",
    "unlike", "until", "was", "we", "were", "what", "when", "where", "whether", "which", "while",
    "who", "whose", "why", "with", "within", "without", "would", "yet", "you", "your",
];

/// The class of a known abbreviation (lowercase, without its final period).
pub fn lookup(lowercase: &str) -> Option<AbbrevClass> {
    let sets = super::sets::sets();
    if sets.never_final.contains(lowercase) {
        Some(AbbrevClass::NeverFinal)
    } else if sets.before_number.contains(lowercase) {
        Some(AbbrevClass::BeforeNumber)
    } else if sets.maybe_final.contains(lowercase) {
        Some(AbbrevClass::MaybeFinal)
    } else {
        None
    }
}

/// Whether `word` (letters only, any case) is a [`SENTENCE_STARTERS`] entry with an uppercase
/// first letter.
pub fn is_sentence_starter(word: &str) -> bool {
    let first_upper = word.chars().next().is_some_and(char::is_uppercase);
    if !first_upper || word.len() > 16 || !word.is_ascii() {
        return false; // the starters are ASCII: `eq_ignore_ascii_case` matches ASCII words only
    }
    let mut buf = [0u8; 16];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(|w| super::sets::sets().starters.contains(w))
}

/// Whether `word` (the text before a final period, without that period) has the shape of a
/// dotted acronym: two or more alphanumeric segments of at most three characters joined by
/// periods (`U.S`, `a.m`, `Ph.D`, `U.S.A`).
pub fn is_dotted_acronym(word: &str) -> bool {
    let mut segments = 0;
    for seg in word.split('.') {
        let n = seg.chars().count();
        if n == 0 || n > 3 || !seg.chars().all(char::is_alphanumeric) {
            return false;
        }
        if !seg.chars().any(char::is_alphabetic) {
            return false;
        }
        segments += 1;
    }
    segments >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_lowercase_and_unique() {
        let all: Vec<&str> = [NEVER_FINAL, BEFORE_NUMBER, MAYBE_FINAL].iter().flat_map(|t| t.lines()).collect();
        for (i, a) in all.iter().enumerate() {
            assert_eq!(*a, a.to_lowercase(), "{a}");
            assert!(all[i + 1..].iter().all(|b| b != a), "duplicate {a}");
        }
        for s in SENTENCE_STARTERS.lines() {
            assert_eq!(s, s.to_lowercase());
        }
    }

    #[test]
    fn lookup_classes() {
        assert_eq!(lookup("mr"), Some(AbbrevClass::NeverFinal));
        assert_eq!(lookup("no"), Some(AbbrevClass::BeforeNumber));
        assert_eq!(lookup("inc"), Some(AbbrevClass::MaybeFinal));
        assert_eq!(lookup("dec"), Some(AbbrevClass::MaybeFinal));
        assert_eq!(lookup("president"), None);
    }

    #[test]
    fn starters_need_a_capital() {
        assert!(is_sentence_starter("The"));
        assert!(is_sentence_starter("THEY"));
        assert!(!is_sentence_starter("the"));
        assert!(!is_sentence_starter("President"));
    }

    #[test]
    fn dotted_shapes() {
        assert!(is_dotted_acronym("U.S"));
        assert!(is_dotted_acronym("a.m"));
        assert!(is_dotted_acronym("Ph.D"));
        assert!(!is_dotted_acronym("US"));
        assert!(!is_dotted_acronym("3.5"));
        assert!(!is_dotted_acronym("U.S.-led"));
        assert!(!is_dotted_acronym("word.another"));
    }
}
