//! Which rules can start on a token: the dispatch of [`Parser::core`](super::Parser).
//!
//! Every rule of [`RULES`](super::RULES) names the first tokens it can start on ([`First`]);
//! every modifier of [`lexicon::MODIFIERS`] starts on its first word. From these, [`classes`]
//! builds once a table from each word to what can start on it, so the parser classifies a
//! token with one hash look-up and tries only those rules and modifiers there. A token nothing
//! can start on is skipped without running any rule: that is what keeps the tagger fast on
//! ordinary prose, where most words are no time word and most time words start few rules.

use std::sync::OnceLock;

use super::super::lexicon;
use super::super::scan::{Kind, Tok};
use super::{MESSAGE_SKIPS, RULES, TIME_WORDS};
use crate::text::hash::FastMap;

/// A modifier of [`lexicon::MODIFIERS`]: its words and its TIMEX3 `mod`.
pub type Modifier = (lexicon::List, &'static str);

/// The first tokens a rule can start on. A rule is tried at a token only when the token is one
/// of its firsts, so they must cover every token the rule can return a reading for (a
/// superset is fine: it only costs time).
#[derive(Debug, Clone, Copy)]
pub enum First {
    /// A digit run.
    Digits,
    /// One of these (lowercase) words.
    Words(lexicon::List),
    /// A month name or abbreviation ([`lexicon::MONTHS`]).
    Months,
    /// A weekday name or abbreviation ([`lexicon::WEEKDAYS`]).
    Weekdays,
    /// A number word ([`lexicon::NUMBERS`]).
    Numbers,
    /// An ordinal word ([`lexicon::ORDINALS`]).
    Ordinals,
    /// A vague amount ([`lexicon::VAGUE_AMOUNTS`]).
    VagueAmounts,
    /// A unit word ([`lexicon::UNITS`]).
    Units,
    /// A season ([`lexicon::SEASONS`]).
    Seasons,
    /// A direction word ([`lexicon::SHIFTS`]).
    Shifts,
    /// A deictic day word ([`lexicon::DEICTIC_DAYS`]).
    DeicticDays,
    /// The first word of a holiday's name ([`lexicon::HOLIDAYS`]).
    Holidays,
    /// The first word of a reference ([`lexicon::REFERENCES`]).
    References,
    /// A plural or adverb of recurrence ([`lexicon::RECURRING`]: `mondays`, `mornings`, `daily`).
    Recurring,
    /// A single letter.
    Letters,
    /// These firsts less the words of [`MESSAGE_SKIPS`], which the message-style rules only
    /// look back at or past and never start on.
    Message(&'static [First]),
    /// Any token the grammar may start on at all: digits, punctuation, single letters and every
    /// word of a string literal of the grammar's sources ([`TIME_WORDS`]). The safe choice for
    /// a rule whose first tokens are not (yet) known.
    #[allow(dead_code)] // no rule of today's grammar needs it
    Anywhere,
}

impl First {
    /// Hand `f` the words it stands for, in table order (none for [`First::Digits`] and
    /// [`First::Letters`], which [`Classes`] handles by token kind). A visitor rather than a
    /// collected `Vec` per table type: the size-built wasm carried an iterator chain for each.
    fn each_word(self, time_words: &'static str, f: &mut dyn FnMut(&'static str)) {
        fn firsts<T>(table: &'static [(lexicon::List, T)], f: &mut dyn FnMut(&'static str)) {
            for (ws, _) in table {
                if let Some(w) = lexicon::first_word(ws) {
                    f(w);
                }
            }
        }
        fn all(words: lexicon::List, f: &mut dyn FnMut(&'static str)) {
            lexicon::each_word(words, f);
        }
        match self {
            First::Digits | First::Letters => {}
            First::Words(words) => all(words, f),
            First::Months => lexicon::MONTHS.each_key(f),
            First::Weekdays => lexicon::WEEKDAYS.each_key(f),
            First::Numbers => lexicon::NUMBERS.each_key(f),
            First::Ordinals => lexicon::ORDINALS.each_key(f),
            First::VagueAmounts => all(lexicon::VAGUE_AMOUNTS, f),
            First::Units => lexicon::UNITS.each_key(f),
            First::Seasons => lexicon::SEASONS.each_key(f),
            First::Shifts => lexicon::SHIFTS.each_key(f),
            First::DeicticDays => lexicon::DEICTIC_DAYS.each_key(f),
            First::Holidays => firsts(lexicon::HOLIDAYS, f),
            First::References => firsts(lexicon::REFERENCES, f),
            First::Recurring => lexicon::RECURRING.each_key(f),
            First::Message(inner) => {
                for first in inner {
                    first.each_word(time_words, &mut |w| {
                        if !lexicon::one_of(w, MESSAGE_SKIPS) {
                            f(w);
                        }
                    });
                }
            }
            First::Anywhere => {
                for w in time_words.lines() {
                    f(w);
                }
            }
        }
    }
}

/// What can start on one token: a bit per rule of [`RULES`] (bit `k` for `RULES[k]`), and the
/// modifiers whose first word the token is, in table order.
#[derive(Debug, Clone, Copy)]
pub struct Start {
    /// Bit `k` set: `RULES[k]` can start here.
    pub rules: u64,
    /// The modifiers that can start here.
    pub modifiers: &'static [Modifier],
    /// Whether the token is a word of the grammar ([`TIME_WORDS`]) or a first word of a rule.
    pub known: bool,
    /// Whether the token is a word of [`GATED`].
    pub gated: bool,
}

impl Start {
    /// Nothing starts here: a token of no interest to the grammar.
    pub const NONE: Start = Start {
        rules: 0,
        modifiers: &[],
        known: false,
        gated: false,
    };

    /// Whether any rule or modifier can start here.
    pub fn any(&self) -> bool {
        self.rules != 0 || !self.modifiers.is_empty()
    }
}

/// What starts on one word of [`Classes`].
#[derive(Debug, Default)]
struct Entry {
    /// Bit `k` set: `RULES[k]` can start on the word.
    rules: u64,
    /// The modifiers whose first word it is, in table order.
    modifiers: Vec<Modifier>,
    /// Whether it is a word of [`GATED`].
    gated: bool,
}

/// What can start on each word, and on tokens by their kind.
#[derive(Debug)]
pub struct Classes {
    /// Each (lowercase) word or punctuation the grammar knows — every first word and every
    /// word of [`TIME_WORDS`] (most of them starting nothing) — to its entry in `entries`
    /// (a `&str → usize` map: the map type the wasm has anyway, not one of its own).
    words: FastMap<&'static str, usize>,
    /// What starts on each word of `words`.
    entries: Vec<Entry>,
    /// Rules that start on any digit run.
    digits: u64,
    /// Rules that start on any single letter ([`First::Letters`]).
    letters: u64,
    /// Rules that start anywhere ([`First::Anywhere`]).
    anywhere: u64,
    /// [`time_words`], decoded.
    time_words: &'static str,
}

impl Classes {
    /// Whether `word` (lowercase) is a word of the grammar: a first word of a rule or modifier,
    /// or a word of [`TIME_WORDS`].
    pub fn knows(&self, word: &str) -> bool {
        self.words.get(word).is_some()
    }

    /// What can start on `tok`.
    pub fn of(&'static self, tok: &Tok) -> Start {
        let by_kind = match tok.kind {
            Kind::Num => self.digits | self.anywhere,
            Kind::Punct => self.anywhere,
            Kind::Word if tok.text.chars().nth(1).is_none() => self.anywhere | self.letters,
            Kind::Word => 0,
        };
        match self.words.get(tok.text.as_str()).and_then(|&k| self.entries.get(k)) {
            Some(entry) => Start {
                rules: by_kind | entry.rules,
                modifiers: &entry.modifiers,
                known: true,
                gated: entry.gated,
            },
            None => Start {
                rules: by_kind,
                ..Start::NONE
            },
        }
    }
}

/// Words that start a reading only when a word of the grammar ([`TIME_WORDS`]), a number, a
/// sign or a single letter follows them: "the" starts "the 1990s", "the following year", "the
/// end of May", never "the government"; "last", "early", "since", "every" and the other
/// determiners, prepositions and modifiers here likewise. Before any other word nothing is tried
/// on them, which spares a dozen rules at the commonest words of English (a sixth of the
/// tagger's time). The test `gated_words_start_nothing_before_other_words` holds the grammar to
/// this; a rule that reads a free word after one of them (a name, an adjective) must take the
/// word out of this list.
pub const GATED: lexicon::List = lexicon::list![
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "in", "on",
    "at", "of", "for", "by", "from", "to", "and", "said", "last", "next", "early", "late", "about",
    "over", "since", "until", "during", "before", "after", "every", "each", "some", "all",
];

/// What can start on each of `toks`: [`Classes::of`] each token, except that a word of
/// [`GATED`] followed by a word of two or more letters that no rule compares with (not in
/// [`TIME_WORDS`], nor the plural of one) starts nothing.
// `get(..).is_some()`: the `&str -> usize` map type's `get` is in the wasm already, `contains_key` is not.
#[allow(clippy::unnecessary_get_then_check)]
pub fn of_tokens(toks: &[Tok]) -> Vec<Start> {
    let classes = classes();
    let mut starts: Vec<Start> = Vec::with_capacity(toks.len());
    let mut k = 0;
    while k < toks.len() {
        starts.push(classes.of(&toks[k]));
        k += 1;
    }
    // Over pairs of neighbours (slices, not `Vec` indexing: a call and a panic location at each
    // use in the size-built wasm).
    let mut k = 0;
    while k + 1 < toks.len() {
        let next = &toks[k + 1];
        let Some([here, after]) = starts.get_mut(k..k + 2) else { break };
        if here.gated
            && here.any()
            && !after.known
            && next.kind == Kind::Word
            && next.text.chars().nth(1).is_some()
            && !next
                .text
                .strip_suffix('s')
                .is_some_and(|stem| classes.words.get(stem).is_some())
        {
            *here = Start::NONE;
        }
        k += 1;
    }
    starts
}

impl Classes {
    /// The entry of `word`, a new empty one if it has none yet.
    fn entry(&mut self, word: &'static str) -> &mut Entry {
        let next = self.entries.len();
        let k = *self.words.entry(word).or_insert(next);
        if k == next {
            self.entries.push(Entry::default());
        }
        &mut self.entries[k]
    }
}

/// The table built from [`RULES`] and [`lexicon::MODIFIERS`], once per process (from
/// [`PACKED_FIRSTS`]: the arrays of [`First`] values are compile-time data only).
pub fn classes() -> &'static Classes {
    static CLASSES: OnceLock<Classes> = OnceLock::new();
    CLASSES.get_or_init(|| {
        let mut classes = Classes::new();
        let (bytes, mut at, mut bit) = (&PACKED_FIRSTS[..], 0, 1u64);
        while let Some(&n) = bytes.get(at) {
            at += 1;
            for _ in 0..n {
                let (first, next) = decode(bytes, at);
                match first {
                    Packed::One(first) => add(&mut classes, bit, first),
                    Packed::Message(inner) => add_message(&mut classes, bit, &inner),
                }
                at = next;
            }
            bit <<= 1;
        }
        classes.finish(lexicon::MODIFIERS)
    })
}

/// The firsts of every rule of [`RULES`], in order, packed at compile time: for each rule the
/// number of its firsts, then each first as its code ([`code`]), a [`First::Words`] followed
/// by its list's length and bytes, a [`First::Message`] by the number of its firsts and those.
/// (As arrays of `First` values, with a pointer and length for each list, they cost the wasm
/// twelve bytes a first.)
static PACKED_FIRSTS: [u8; firsts_len(RULES)] = pack_firsts(RULES);

/// The firsts without data, by their [`code`].
const KINDS: [First; 15] = [
    First::Digits,
    First::Months,
    First::Weekdays,
    First::Numbers,
    First::Ordinals,
    First::VagueAmounts,
    First::Units,
    First::Seasons,
    First::Shifts,
    First::DeicticDays,
    First::Holidays,
    First::References,
    First::Recurring,
    First::Letters,
    First::Anywhere,
];

/// The code of `first` in [`PACKED_FIRSTS`]: its place in [`KINDS`], or 15 for words, 16 for a
/// message's firsts.
const fn code(first: &First) -> u8 {
    match first {
        First::Digits => 0,
        First::Months => 1,
        First::Weekdays => 2,
        First::Numbers => 3,
        First::Ordinals => 4,
        First::VagueAmounts => 5,
        First::Units => 6,
        First::Seasons => 7,
        First::Shifts => 8,
        First::DeicticDays => 9,
        First::Holidays => 10,
        First::References => 11,
        First::Recurring => 12,
        First::Letters => 13,
        First::Anywhere => 14,
        First::Words(_) => 15,
        First::Message(_) => 16,
    }
}

/// The packed length of `first`.
const fn first_len(first: &First) -> usize {
    match first {
        First::Words(words) => 2 + words.len(),
        First::Message(inner) => {
            let (mut n, mut k) = (2, 0);
            while k < inner.len() {
                n += first_len(&inner[k]);
                k += 1;
            }
            n
        }
        _ => 1,
    }
}

/// The packed length of the firsts of `rules` (see [`PACKED_FIRSTS`]).
const fn firsts_len(rules: &[(super::Rule, &[First])]) -> usize {
    let (mut n, mut k) = (0, 0);
    while k < rules.len() {
        n += 1;
        let mut f = 0;
        while f < rules[k].1.len() {
            n += first_len(&rules[k].1[f]);
            f += 1;
        }
        k += 1;
    }
    n
}

/// Write `first` at `at`; where the next one goes.
const fn write_first(out: &mut [u8], at: usize, first: &First) -> usize {
    out[at] = code(first);
    match first {
        First::Words(words) => {
            assert!(words.len() < 256);
            out[at + 1] = words.len() as u8;
            let mut j = 0;
            while j < words.len() {
                out[at + 2 + j] = words[j];
                j += 1;
            }
            at + 2 + words.len()
        }
        First::Message(inner) => {
            assert!(inner.len() < 256);
            out[at + 1] = inner.len() as u8;
            let (mut at, mut k) = (at + 2, 0);
            while k < inner.len() {
                at = write_first(out, at, &inner[k]);
                k += 1;
            }
            at
        }
        _ => at + 1,
    }
}

/// The firsts of `rules`, packed (see [`PACKED_FIRSTS`]); `N` is [`firsts_len`] of them.
const fn pack_firsts<const N: usize>(rules: &[(super::Rule, &[First])]) -> [u8; N] {
    let mut out = [0u8; N];
    let (mut at, mut k) = (0, 0);
    while k < rules.len() {
        assert!(rules[k].1.len() < 256);
        out[at] = rules[k].1.len() as u8;
        at += 1;
        let mut f = 0;
        while f < rules[k].1.len() {
            at = write_first(&mut out, at, &rules[k].1[f]);
            f += 1;
        }
        k += 1;
    }
    out
}

/// A first read back from [`PACKED_FIRSTS`]: a [`First::Message`]'s firsts come as a list of
/// their own, which lives only while the table is built (a `First::Message` would need it for
/// the whole process).
enum Packed {
    /// Any first but a message.
    One(First),
    /// The firsts of a message.
    Message(Vec<First>),
}

/// The first packed at `at` of `bytes`, and where the next one starts.
fn decode(bytes: &'static [u8], at: usize) -> (Packed, usize) {
    let n = bytes.get(at + 1).map_or(0, |&n| n as usize);
    match bytes.get(at).copied().unwrap_or(0) {
        15 => (Packed::One(First::Words(bytes.get(at + 2..at + 2 + n).unwrap_or_default())), at + 2 + n),
        16 => {
            let (mut inner, mut k) = (Vec::with_capacity(n), at + 2);
            for _ in 0..n {
                let (first, next) = decode(bytes, k);
                // pack_firsts writes no message inside a message.
                if let Packed::One(first) = first {
                    inner.push(first);
                }
                k = next;
            }
            (Packed::Message(inner), k)
        }
        c => (Packed::One(KINDS.get(c as usize).copied().unwrap_or(First::Digits)), at + 1),
    }
}

/// The words of [`TIME_WORDS`], one a line, sorted. build.rs front-codes them: each word is a
/// byte `b'0' + n`, n the bytes it shares with the word before, then the rest of it (the words
/// are lowercase ASCII letters: build.rs checks).
pub fn time_words() -> String {
    let mut out = String::with_capacity(TIME_WORDS.len() * 2);
    let mut word = String::new();
    for c in TIME_WORDS.chars() {
        if ('0'..'a').contains(&c) {
            if !word.is_empty() {
                out.push_str(&word);
                out.push('\n');
            }
            word.truncate(c as usize - '0' as usize);
        } else {
            word.push(c);
        }
    }
    if !word.is_empty() {
        out.push_str(&word);
        out.push('\n');
    }
    out
}

/// Build the table for rules with these firsts (in order) and these modifiers.
#[cfg(test)]
fn build<'r>(rules: impl Iterator<Item = &'r [First]>, modifiers: &'static [Modifier]) -> Classes {
    let mut classes = Classes::new();
    for (k, firsts) in rules.enumerate() {
        for &first in firsts {
            add(&mut classes, 1u64 << k, first);
        }
    }
    classes.finish(modifiers)
}

/// Mark `first`'s tokens as starting the rule of `bit`.
fn add(classes: &mut Classes, bit: u64, first: First) {
    let time_words = classes.time_words;
    add_first(classes, time_words, bit, first);
    fn add_first(classes: &mut Classes, time_words: &'static str, bit: u64, first: First) {
        match first {
            First::Digits => classes.digits |= bit,
            First::Letters => classes.letters |= bit,
            First::Anywhere => classes.anywhere |= bit,
            First::Message(inner) => return add_message(classes, bit, inner),
            _ => {}
        }
        first.each_word(time_words, &mut |word| classes.entry(word).rules |= bit);
    }
}

/// Mark the tokens of a message's firsts `inner` (what [`First::Message`] holds) as starting the
/// rule of `bit`: the kinds inside, then their words less [`MESSAGE_SKIPS`] (as
/// `First::each_word` gives a message's words).
fn add_message(classes: &mut Classes, bit: u64, inner: &[First]) {
    for &f in inner {
        if matches!(f, First::Digits | First::Letters | First::Anywhere) {
            add(classes, bit, f);
        }
    }
    let time_words = classes.time_words;
    for &f in inner {
        f.each_word(time_words, &mut |word| {
            if !lexicon::one_of(word, MESSAGE_SKIPS) {
                classes.entry(word).rules |= bit;
            }
        });
    }
}

impl Classes {
    /// A table where nothing starts yet.
    fn new() -> Self {
        Classes {
            words: FastMap::default(),
            entries: Vec::new(),
            digits: 0,
            letters: 0,
            anywhere: 0,
            // Decoded once per process, and kept: the map's keys borrow from it.
            time_words: time_words().leak(),
        }
    }

    /// The table with these modifiers, every word of [`TIME_WORDS`] and [`GATED`] added.
    fn finish(mut self, modifiers: &'static [Modifier]) -> Self {
        for &modifier in modifiers {
            // A modifier with no words would start everywhere; the table has none (tested).
            if let Some(first) = lexicon::first_word(modifier.0) {
                self.entry(first).modifiers.push(modifier);
            }
        }
        for word in self.time_words.lines() {
            self.entry(word);
        }
        lexicon::each_word(GATED, &mut |word| self.entry(word).gated = true);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::scan::scan;
    use super::super::{read_tokens, Parser};
    use super::*;

    /// What the grammar did before dispatch: at a token that may start anything at all (digits,
    /// punctuation, single letters, [`TIME_WORDS`]), try every rule and every modifier.
    fn everything(tok: &Tok) -> Start {
        let may = tok.kind != Kind::Word
            || tok.text.chars().nth(1).is_none()
            || words().binary_search(&tok.text.as_str()).is_ok();
        if may {
            Start {
                rules: (1u64 << RULES.len()) - 1,
                modifiers: lexicon::MODIFIERS,
                ..Start::NONE
            }
        } else {
            Start::NONE
        }
    }

    /// [`time_words`], decoded once for the tests.
    fn words() -> &'static [&'static str] {
        static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
        WORDS.get_or_init(|| time_words().leak().lines().collect())
    }

    /// Phrases that reach deep into the rules, to mix with single words.
    const PHRASES: &[&str] = &[
        "the day before yesterday",
        "the day after tomorrow",
        "year-ago",
        "the year-earlier period",
        "the weekend of 22-23",
        "New Year's Day",
        "three times a week",
        "10:55 a.m.",
        "3.12.2025",
        "2025-12-03T10:55",
        "Q3 2025",
        "H1",
        "the 1990s",
        "the '90s",
        "241 B.C.",
        "480 BC",
        "nineteen ninety-six",
        "two thousand",
        "fiscal 1989",
        "this year's third quarter",
        "the 1988 period",
        "the 1988 third quarter",
        "the past two weekends",
        "that year",
        "the same day",
        "the year ended",
        "June last year",
        "mid-December",
        "the end of",
        "at the moment",
        "in the past",
        "twenty-five",
        "a couple of",
        "half an hour",
        "5 1/2",
        "2.5",
        "for years",
        "months ago",
        "recent years",
        "every Tuesday",
        "each year",
        "twice a",
        "the 19th century",
        "20th-century",
        "third-quarter",
        "in fourth quarter",
        "Dec. 2",
        "Tuesday, December 2, 2025",
        "Saturday 25 April 2009 22.09 BST",
        "the 2nd of December",
        "noon",
        "3pm",
        "the full year",
        "the fiscal first quarter",
        "Christmas Eve",
        "Thanksgiving Day",
        "two and a half hours",
        "an hour and a half",
        "a 6-year-old",
        "three days later",
        "two weekends ago",
        "five years from now",
        "this past weekend",
        "last night",
        "this morning",
    ];

    /// The same readings at every token, with and without dispatch, over pseudo-random texts of
    /// time words (capitalised or not), numbers, punctuation, other words and the phrases above,
    /// spaced or glued: the firsts of [`RULES`] cover every token a rule can start on.
    #[test]
    fn dispatch_is_exact() {
        let mut pool: Vec<String> = Vec::new();
        for w in words() {
            pool.push(w.to_string());
            let mut cap = w.to_string();
            cap[..1].make_ascii_uppercase();
            pool.push(cap);
        }
        for n in [
            "1", "2", "5", "12", "13", "24", "29", "31", "59", "90", "99", "199", "480", "1988",
            "1990", "2025", "123456", "99999999",
        ] {
            pool.push(n.to_string());
        }
        for p in [",", ".", "-", "'", ":", "/", "%", "$", "–"] {
            pool.push(p.to_string());
        }
        for w in [
            "people",
            "government",
            "talks",
            "s",
            "st",
            "th",
            "T",
            "B",
            "C",
            "am",
            "p",
            "m",
        ] {
            pool.push(w.to_string());
        }
        pool.extend(PHRASES.iter().map(|p| p.to_string()));
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for _ in 0..6000 {
            let mut text = String::new();
            for k in 0..2 + next(7) {
                if k > 0 && next(4) != 0 {
                    text.push(' ');
                }
                text.push_str(&pool[next(pool.len())]);
            }
            let toks = scan(&text);
            let dispatched = Parser {
                src: &text,
                t: &toks,
                starts: of_tokens(&toks),
            };
            let reference = Parser {
                src: &text,
                t: &toks,
                starts: toks.iter().map(everything).collect(),
            };
            for i in 0..=toks.len() {
                assert_eq!(dispatched.at(i), reference.at(i), "{text:?} at token {i}");
            }
            assert_eq!(
                read_tokens(&dispatched),
                read_tokens(&reference),
                "{text:?}"
            );
        }
    }

    /// Every rule and modifier, tried at a word of [`GATED`] followed by a word no rule
    /// compares with, finds nothing, whatever comes after: so skipping them there is exact.
    #[test]
    fn gated_words_start_nothing_before_other_words() {
        let others = [
            "government", "people", "talks", "president", "war", "bank", "company", "report",
            "city", "Kremlin", "envoy", "meeting", "summit", "market", "elections", "shares",
            "ceasefire", "world", "united", "old", "new", "big", "Christmastime", "decadence",
            "weekender", "mondayish", "Émigrés",
        ];
        let tails = [
            "", " of 1990", " 2025", " day", " year", " of the year", " in May", " last week",
            " , 12", " s", " 's", " - 1990s", " . Tuesday", " ago", " later", " of 22-23 November",
        ];
        let mut tried = 0;
        let mut gated_words = Vec::new();
        lexicon::each_word(GATED, &mut |w| gated_words.push(w));
        for gated in &gated_words {
            for g in [gated.to_string(), gated[..1].to_uppercase() + &gated[1..]] {
                for other in others {
                    for tail in tails {
                        let text = format!("{g} {other}{tail}");
                        let toks = scan(&text);
                        let reference = Parser {
                            src: &text,
                            t: &toks,
                            starts: toks.iter().map(everything).collect(),
                        };
                        if classes().of(&toks[1]).known {
                            continue; // a word of the grammar ("people" in "people's")
                        }
                        tried += 1;
                        assert_eq!(reference.at(0), None, "{text:?}");
                        assert!(!of_tokens(&toks)[0].any(), "{text:?}");
                    }
                }
            }
        }
        assert!(tried >= 15 * tails.len() * 2 * gated_words.len(), "{tried}");
        // Before a word of the grammar, a number or a sign, they start what they did.
        for text in [
            "the following day", "the 1990s", "the end of May", "the week of 22 November", "the '90s",
            "last week", "early 1990", "about two weeks", "every Monday", "a year ago", "in May",
        ] {
            let toks = scan(text);
            assert!(of_tokens(&toks)[0].any(), "{text}");
        }
    }

    fn start(text: &str) -> Start {
        classes().of(&scan(text)[0])
    }

    #[test]
    fn common_words_and_punctuation_start_nothing_but_time_words_do() {
        // ("said" is a tense cue of the lexicon, so a message-style rule may look at it.)
        for text in ["of", "and", "president", ",", ".", "government"] {
            assert!(!start(text).any(), "{text}");
        }
        for text in [
            "December",
            "Tuesday",
            "the",
            "2025",
            "yesterday",
            "about",
            "a",
        ] {
            assert!(start(text).any(), "{text}");
        }
        // Modifiers start on their first word only.
        assert!(start("more")
            .modifiers
            .iter()
            .all(|(words, _)| lexicon::first_word(words) == Some("more")));
        assert!(!start("more").modifiers.is_empty());
    }

    #[test]
    fn time_words_decode_sorted_and_whole() {
        let words = time_words();
        let list: Vec<&str> = words.lines().collect();
        assert!(list.len() > 500, "{}", list.len());
        assert!(list.windows(2).all(|w| w[0] < w[1]), "sorted, each once");
        assert!(list.iter().all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())));
        for w in ["a", "about", "december", "decade", "decades", "thanksgiving", "yesterday"] {
            assert!(list.binary_search(&w).is_ok(), "{w}");
        }
        assert!(classes().of(&scan("decades")[0]).known && !classes().of(&scan("decadent")[0]).known);
    }

    #[test]
    fn every_modifier_has_a_first_word() {
        assert!(lexicon::MODIFIERS
            .iter()
            .all(|(words, _)| !words.is_empty()));
    }

    #[test]
    fn packed_firsts_read_back_as_the_rules_firsts() {
        assert!(RULES.len() <= 64, "the grammar's dispatch holds at most 64 rules (a bit each)");
        let (bytes, mut at) = (&PACKED_FIRSTS[..], 0);
        for (_, firsts) in RULES {
            assert_eq!(usize::from(bytes[at]), firsts.len());
            at += 1;
            for first in *firsts {
                let (read, next) = decode(bytes, at);
                let read = match read {
                    Packed::One(read) => format!("{read:?}"),
                    Packed::Message(inner) => format!("Message({inner:?})"),
                };
                assert_eq!(read, format!("{first:?}"));
                at = next;
            }
        }
        assert_eq!(at, bytes.len());
        for (k, kind) in KINDS.iter().enumerate() {
            assert_eq!(usize::from(code(kind)), k);
        }
    }

    #[test]
    fn firsts_map_to_rule_bits() {
        let firsts: [&[First]; 3] = [
            &[First::Digits],
            &[First::Months, First::Words(lexicon::list!["the"])],
            &[First::Anywhere],
        ];
        let classes: &'static Classes = Box::leak(Box::new(build(firsts.into_iter(), &[])));
        let of = |text: &str| classes.of(&scan(text)[0]).rules;
        assert_eq!(of("12"), 0b101);
        assert_eq!(of("June"), 0b110);
        assert_eq!(of("the"), 0b110);
        assert_eq!(of(","), 0b100);
        assert_eq!(of("x"), 0b100);
        assert_eq!(of("government"), 0);
    }
}
