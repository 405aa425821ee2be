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

/// Known abbreviations, lowercase and without their final period, with their behaviour.
/// Dotted acronyms (`U.S.`, `a.m.`, `Ph.D.`) and single capital initials are recognised by shape
/// and behave as [`AbbrevClass::MaybeFinal`] unless listed here.
pub static ABBREVIATIONS: &[(&str, AbbrevClass)] = &[
    // Titles and ranks.
    ("mr", AbbrevClass::NeverFinal),
    ("mrs", AbbrevClass::NeverFinal),
    ("ms", AbbrevClass::NeverFinal),
    ("messrs", AbbrevClass::NeverFinal),
    ("mme", AbbrevClass::NeverFinal),
    ("dr", AbbrevClass::NeverFinal),
    ("prof", AbbrevClass::NeverFinal),
    ("gen", AbbrevClass::NeverFinal),
    ("gens", AbbrevClass::NeverFinal),
    ("lt", AbbrevClass::NeverFinal),
    ("col", AbbrevClass::NeverFinal),
    ("maj", AbbrevClass::NeverFinal),
    ("capt", AbbrevClass::NeverFinal),
    ("cpt", AbbrevClass::NeverFinal),
    ("sgt", AbbrevClass::NeverFinal),
    ("cpl", AbbrevClass::NeverFinal),
    ("pvt", AbbrevClass::NeverFinal),
    ("cmdr", AbbrevClass::NeverFinal),
    ("adm", AbbrevClass::NeverFinal),
    ("brig", AbbrevClass::NeverFinal),
    ("sen", AbbrevClass::NeverFinal),
    ("sens", AbbrevClass::NeverFinal),
    ("rep", AbbrevClass::NeverFinal),
    ("reps", AbbrevClass::NeverFinal),
    ("gov", AbbrevClass::NeverFinal),
    ("govs", AbbrevClass::NeverFinal),
    ("pres", AbbrevClass::NeverFinal),
    ("amb", AbbrevClass::NeverFinal),
    ("atty", AbbrevClass::NeverFinal),
    ("supt", AbbrevClass::NeverFinal),
    ("insp", AbbrevClass::NeverFinal),
    ("det", AbbrevClass::NeverFinal),
    ("sec", AbbrevClass::NeverFinal),
    ("secy", AbbrevClass::NeverFinal),
    ("rev", AbbrevClass::NeverFinal),
    ("hon", AbbrevClass::NeverFinal),
    ("fr", AbbrevClass::NeverFinal),
    ("mt", AbbrevClass::NeverFinal),
    ("ft", AbbrevClass::NeverFinal),
    // Latin and linking abbreviations.
    ("e.g", AbbrevClass::NeverFinal),
    ("i.e", AbbrevClass::NeverFinal),
    ("cf", AbbrevClass::NeverFinal),
    ("viz", AbbrevClass::NeverFinal),
    ("vs", AbbrevClass::NeverFinal),
    ("approx", AbbrevClass::NeverFinal),
    // Before numbers.
    ("no", AbbrevClass::BeforeNumber),
    ("nos", AbbrevClass::BeforeNumber),
    ("vol", AbbrevClass::BeforeNumber),
    ("art", AbbrevClass::BeforeNumber),
    ("fig", AbbrevClass::BeforeNumber),
    ("p", AbbrevClass::BeforeNumber),
    ("pp", AbbrevClass::BeforeNumber),
    ("ch", AbbrevClass::BeforeNumber),
    ("op", AbbrevClass::BeforeNumber),
    // Commonly sentence-final.
    ("etc", AbbrevClass::MaybeFinal),
    ("inc", AbbrevClass::MaybeFinal),
    ("ltd", AbbrevClass::MaybeFinal),
    ("co", AbbrevClass::MaybeFinal),
    ("corp", AbbrevClass::MaybeFinal),
    ("bros", AbbrevClass::MaybeFinal),
    ("plc", AbbrevClass::MaybeFinal),
    ("jr", AbbrevClass::MaybeFinal),
    ("sr", AbbrevClass::MaybeFinal),
    ("st", AbbrevClass::MaybeFinal),
    ("ave", AbbrevClass::MaybeFinal),
    ("blvd", AbbrevClass::MaybeFinal),
    ("rd", AbbrevClass::MaybeFinal),
    ("dept", AbbrevClass::MaybeFinal),
    ("univ", AbbrevClass::MaybeFinal),
    ("est", AbbrevClass::MaybeFinal),
    ("al", AbbrevClass::MaybeFinal),
    // Months.
    ("jan", AbbrevClass::MaybeFinal),
    ("feb", AbbrevClass::MaybeFinal),
    ("mar", AbbrevClass::MaybeFinal),
    ("apr", AbbrevClass::MaybeFinal),
    ("jun", AbbrevClass::MaybeFinal),
    ("jul", AbbrevClass::MaybeFinal),
    ("aug", AbbrevClass::MaybeFinal),
    ("sep", AbbrevClass::MaybeFinal),
    ("sept", AbbrevClass::MaybeFinal),
    ("oct", AbbrevClass::MaybeFinal),
    ("nov", AbbrevClass::MaybeFinal),
    ("dec", AbbrevClass::MaybeFinal),
    // Weekdays.
    ("mon", AbbrevClass::MaybeFinal),
    ("tue", AbbrevClass::MaybeFinal),
    ("tues", AbbrevClass::MaybeFinal),
    ("wed", AbbrevClass::MaybeFinal),
    ("thu", AbbrevClass::MaybeFinal),
    ("thur", AbbrevClass::MaybeFinal),
    ("thurs", AbbrevClass::MaybeFinal),
    ("fri", AbbrevClass::MaybeFinal),
    // U.S. states in AP style (only those that are not also common words).
    ("ala", AbbrevClass::MaybeFinal),
    ("ariz", AbbrevClass::MaybeFinal),
    ("ark", AbbrevClass::MaybeFinal),
    ("calif", AbbrevClass::MaybeFinal),
    ("colo", AbbrevClass::MaybeFinal),
    ("conn", AbbrevClass::MaybeFinal),
    ("fla", AbbrevClass::MaybeFinal),
    ("ga", AbbrevClass::MaybeFinal),
    ("kan", AbbrevClass::MaybeFinal),
    ("ky", AbbrevClass::MaybeFinal),
    ("md", AbbrevClass::MaybeFinal),
    ("mich", AbbrevClass::MaybeFinal),
    ("minn", AbbrevClass::MaybeFinal),
    ("mont", AbbrevClass::MaybeFinal),
    ("neb", AbbrevClass::MaybeFinal),
    ("nev", AbbrevClass::MaybeFinal),
    ("okla", AbbrevClass::MaybeFinal),
    ("penn", AbbrevClass::MaybeFinal),
    ("tenn", AbbrevClass::MaybeFinal),
    ("tex", AbbrevClass::MaybeFinal),
    ("va", AbbrevClass::MaybeFinal),
    ("vt", AbbrevClass::MaybeFinal),
    ("wis", AbbrevClass::MaybeFinal),
    ("wyo", AbbrevClass::MaybeFinal),
];

/// Capitalised function words and pronouns that clearly start a new sentence. After a commonly
/// final abbreviation (`U.S.`, `Inc.`, `a.m.`) one of these means the sentence ended there; a
/// name or title word (`President`, `Donald`) means it did not. Matched case-insensitively on a
/// word whose first letter is uppercase.
pub static SENTENCE_STARTERS: &[&str] = &[
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
    ABBREVIATIONS.iter().find(|(a, _)| *a == lowercase).map(|&(_, c)| c)
}

/// Whether `word` (letters only, any case) is a [`SENTENCE_STARTERS`] entry with an uppercase
/// first letter.
pub fn is_sentence_starter(word: &str) -> bool {
    let first_upper = word.chars().next().is_some_and(char::is_uppercase);
    first_upper && word.len() <= 16 && SENTENCE_STARTERS.iter().any(|s| s.eq_ignore_ascii_case(word))
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
        for (i, (a, _)) in ABBREVIATIONS.iter().enumerate() {
            assert_eq!(*a, a.to_lowercase(), "{a}");
            assert!(ABBREVIATIONS[i + 1..].iter().all(|(b, _)| b != a), "duplicate {a}");
        }
        for s in SENTENCE_STARTERS {
            assert_eq!(*s, s.to_lowercase());
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
