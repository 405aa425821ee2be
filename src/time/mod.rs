//! Temporal tagger and normaliser. (Being written.)
