//! An article's own date, when its text states one. (Being written.)
