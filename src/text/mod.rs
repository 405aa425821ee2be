//! Text: cleaning, sentences, tokens, stems, stopwords and similarity. (Being written.)
