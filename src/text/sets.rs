//! The text room's word tables ([`super::stopwords`], [`super::abbreviations`],
//! [`super::boilerplate`]) as hash sets, built once on first use. The tables are stored as one
//! string each (`crate::words!`): an array of string slices costs 8 bytes of pointer and length
//! per word in the wasm, and the set type is the one `entities` uses for its tables anyway.

use std::sync::OnceLock;

use super::hash::FastSet;
use super::{abbreviations as abbr, boilerplate, stopwords};

/// The tables as sets.
pub(crate) struct Sets {
    /// [`stopwords::STOPWORDS`].
    pub stopwords: FastSet<&'static str>,
    /// [`abbr::SENTENCE_STARTERS`].
    pub starters: FastSet<&'static str>,
    /// [`abbr::NEVER_FINAL`].
    pub never_final: FastSet<&'static str>,
    /// [`abbr::BEFORE_NUMBER`].
    pub before_number: FastSet<&'static str>,
    /// [`abbr::MAYBE_FINAL`].
    pub maybe_final: FastSet<&'static str>,
    /// [`boilerplate::NAVIGATION`].
    pub navigation: FastSet<&'static str>,
    /// [`boilerplate::COUNTER_NOUNS`].
    pub counter_nouns: FastSet<&'static str>,
}

/// The shared sets, built on first use.
pub(crate) fn sets() -> &'static Sets {
    static SETS: OnceLock<Sets> = OnceLock::new();
    SETS.get_or_init(|| {
        let set = |words: &'static str| words.lines().collect::<FastSet<_>>();
        Sets {
            stopwords: set(stopwords::STOPWORDS),
            starters: set(abbr::SENTENCE_STARTERS),
            never_final: set(abbr::NEVER_FINAL),
            before_number: set(abbr::BEFORE_NUMBER),
            maybe_final: set(abbr::MAYBE_FINAL),
            navigation: set(boilerplate::NAVIGATION),
            counter_nouns: set(boilerplate::COUNTER_NOUNS),
        }
    })
}
