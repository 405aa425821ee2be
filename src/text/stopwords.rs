//! The stopword list: NLTK's English stopwords plus common contractions and modal verbs, one
//! string read into a hash set once (the text room's `sets` module).

/// English stopwords, lowercase with ASCII apostrophes, sorted, one a line.
pub const STOPWORDS: &str = crate::words![
    "a", "about", "above", "after", "again", "against", "ain", "all", "also", "am", "an", "and",
    "any", "are", "aren", "aren't", "as", "at", "be", "because", "been", "before", "being", "below",
    "between", "both", "but", "by", "can", "can't", "cannot", "could", "couldn", "couldn't", "d",
    "did", "didn", "didn't", "do", "does", "doesn", "doesn't", "doing", "don", "don't", "down",
    "during", "each", "few", "for", "from", "further", "had", "hadn", "hadn't", "has", "hasn",
    "hasn't", "have", "haven", "haven't", "having", "he", "he'd", "he'll", "he's", "her", "here",
    "here's", "hers", "herself", "him", "himself", "his", "how", "how's", "i", "i'd", "i'll", "i'm",
    "i've", "if", "in", "into", "is", "isn", "isn't", "it", "it's", "its", "itself", "just",
    "let's", "ll", "m", "ma", "may", "me", "might", "mightn", "mightn't", "more", "most", "must",
    "mustn", "mustn't", "my", "myself", "needn", "needn't", "no", "nor", "not", "now", "o", "of",
    "off", "on", "once", "only", "or", "other", "ought", "our", "ours", "ourselves", "out", "over",
    "own", "re", "s", "same", "shall", "shan", "shan't", "she", "she'd", "she'll", "she's",
    "should", "should've", "shouldn", "shouldn't", "so", "some", "such", "t", "than", "that",
    "that'll", "that's", "the", "their", "theirs", "them", "themselves", "then", "there", "there's",
    "these", "they", "they'd", "they'll", "they're", "they've", "this", "those", "through", "to",
    "too", "under", "until", "up", "upon", "ve", "very", "was", "wasn", "wasn't", "we", "we'd",
    "we'll", "we're", "we've", "were", "weren", "weren't", "what", "what's", "when", "when's",
    "where", "where's", "which", "while", "who", "who's", "whom", "why", "why's", "will", "with",
    "won", "won't", "would", "wouldn", "wouldn't", "y", "yet", "you", "you'd", "you'll", "you're",
    "you've", "your", "yours", "yourself", "yourselves",
];

/// Whether a lowercase word (ASCII apostrophes) is a stopword. Curly apostrophes are accepted too.
pub fn is_stopword(lowercase_word: &str) -> bool {
    if !lowercase_word.is_ascii() && lowercase_word.contains(['’', 'ʼ']) {
        let plain = lowercase_word.replace(['’', 'ʼ'], "'");
        return super::sets::sets().stopwords.contains(plain.as_str());
    }
    super::sets::sets().stopwords.contains(lowercase_word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_is_sorted_lowercase_and_searchable() {
        let words: Vec<&str> = STOPWORDS.lines().collect();
        assert!(words.windows(2).all(|w| w[0] < w[1]));
        assert!(words.iter().all(|w| *w == w.to_lowercase()));
        for w in ["the", "and", "don't", "would", "yourselves", "a"] {
            assert!(is_stopword(w), "{w}");
        }
        assert!(is_stopword("don’t"));
        for w in ["kremlin", "peace", "The", "", "talks"] {
            assert!(!is_stopword(w), "{w}");
        }
    }
}
