//! The tagger's word tables, as data: month and weekday names, number words, units,
//! seasons, parts of day, deictic day words, references, modifiers and tense cues.
//! The engines in `grammar`, `resolve` and `tense` only read these tables.

use std::marker::PhantomData;
use std::sync::OnceLock;

use crate::text::hash::FastSet;

/// A calendar or clock unit a relative expression counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Seconds.
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Saturday–Sunday weekends.
    Weekend,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Quarters of a year.
    Quarter,
    /// Years.
    Year,
    /// Decades.
    Decade,
    /// Centuries.
    Century,
}

impl Unit {
    /// The TIMEX3 duration letter(s) of the unit (`P…` for calendar units, `PT…` for clock units).
    pub fn duration_code(self) -> (&'static str, &'static str) {
        match self {
            Unit::Second => ("PT", "S"),
            Unit::Minute => ("PT", "M"),
            Unit::Hour => ("PT", "H"),
            Unit::Day => ("P", "D"),
            Unit::Weekend => ("P", "WE"),
            Unit::Week => ("P", "W"),
            Unit::Month => ("P", "M"),
            Unit::Quarter => ("P", "Q"),
            Unit::Year => ("P", "Y"),
            Unit::Decade => ("P", "DE"), // see `resolve::duration`: decades are written in years
            Unit::Century => ("P", "CE"),
        }
    }

    /// Whether the unit is shorter than a day.
    pub fn is_clock(self) -> bool {
        matches!(self, Unit::Second | Unit::Minute | Unit::Hour)
    }
}

/// Fillers: a word that may stand inside a year or quarter expression without changing which
/// year or quarter it names, and the words it must precede ("the fiscal year", "the fiscal
/// first quarter", "the full year"; "full" only after "the": "for a full year" is a length).
/// The grammar reads past them.
pub const FILLERS: &[(&str, List)] = &[
    ("fiscal", list!["year", "quarter", "first", "second", "third", "fourth", "half"]),
    ("full", list!["year"]),
];

/// Month names and abbreviations → month number.
pub const MONTHS: Table<u32> = table![
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
    ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7),
    ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("october", 10),
    ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
];

/// Weekday names and abbreviations → ISO weekday number (1 = Monday).
pub const WEEKDAYS: Table<u32> = table![
    ("monday", 1), ("mon", 1), ("tuesday", 2), ("tue", 2), ("tues", 2), ("wednesday", 3),
    ("wed", 3), ("thursday", 4), ("thu", 4), ("thur", 4), ("thurs", 4), ("friday", 5),
    ("fri", 5), ("saturday", 6), ("sat", 6), ("sunday", 7), ("sun", 7),
];

/// Number words → value (compounds such as "twenty-five" are read by the engine).
pub const NUMBERS: Table<u32> = table![
    ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
    ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11),
    ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16),
    ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30),
    ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80),
    ("ninety", 90), ("hundred", 100), ("dozen", 12), ("couple", 2),
];

/// Ordinal words → value.
pub const ORDINALS: Table<u32> = table![
    ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6),
    ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11),
    ("twelfth", 12), ("thirteenth", 13), ("fourteenth", 14), ("fifteenth", 15),
    ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18), ("nineteenth", 19),
    ("twentieth", 20), ("thirtieth", 30), ("last", 99),
];

/// Words for an unknown, plural amount ("several weeks" → `PXW`).
pub const VAGUE_AMOUNTS: List = list!["several", "few", "many", "some", "numerous", "recent", "coming"];

/// Unit words, singular and plural → unit.
pub const UNITS: Table<Unit> = table![
    ("second", Unit::Second), ("seconds", Unit::Second), ("minute", Unit::Minute),
    ("minutes", Unit::Minute), ("hour", Unit::Hour), ("hours", Unit::Hour),
    ("day", Unit::Day), ("days", Unit::Day), ("weekend", Unit::Weekend),
    ("weekends", Unit::Weekend), ("week", Unit::Week), ("weeks", Unit::Week),
    ("month", Unit::Month), ("months", Unit::Month), ("quarter", Unit::Quarter),
    ("quarters", Unit::Quarter), ("year", Unit::Year), ("years", Unit::Year),
    ("decade", Unit::Decade), ("decades", Unit::Decade), ("century", Unit::Century),
    ("centuries", Unit::Century), ("yr", Unit::Year), ("yrs", Unit::Year),
    ("hr", Unit::Hour), ("hrs", Unit::Hour), ("min", Unit::Minute), ("mins", Unit::Minute),
    ("h", Unit::Hour), ("sec", Unit::Second), ("secs", Unit::Second),
];

/// Season words → TIMEX3 season code.
pub const SEASONS: Table<&'static str> = codes![
    ("spring", "SP"), ("summer", "SU"), ("autumn", "FA"), ("fall", "FA"), ("winter", "WI"),
];

/// Parts of the day → TIMEX3 code.
pub const PARTS_OF_DAY: Table<&'static str> = codes![
    ("morning", "MO"), ("afternoon", "AF"), ("evening", "EV"), ("night", "NI"),
    ("overnight", "NI"), ("midday", "MI"), ("noon", "MI"), ("tonight", "NI"),
];

/// Words that name a recurrence on their own → TIMEX3 SET value: plural weekdays and parts of
/// the day ("on Sundays", "mornings") and adverbs of frequency ("biweekly"). ("annually" is a
/// rule of its own in the grammar: the corpora leave it untagged as a rate, "rose 8% annually".)
pub const RECURRING: Table<&'static str> = codes![
    ("mondays", "XXXX-WXX-1"), ("tuesdays", "XXXX-WXX-2"), ("wednesdays", "XXXX-WXX-3"),
    ("thursdays", "XXXX-WXX-4"), ("fridays", "XXXX-WXX-5"), ("saturdays", "XXXX-WXX-6"),
    ("sundays", "XXXX-WXX-7"), ("mornings", "XXXX-XX-XXTMO"), ("afternoons", "XXXX-XX-XXTAF"),
    ("evenings", "XXXX-XX-XXTEV"), ("nights", "XXXX-XX-XXTNI"), ("weekends", "XXXX-WXX-WE"),
    ("biweekly", "P2W"), ("fortnightly", "P2W"), ("nightly", "XXXX-XX-XXTNI"),
];

/// Verbs of growth and decline: a frequency word after one of them gives a rate ("profits rose
/// 8% annually"), not a recurrence.
pub const CHANGE_VERBS: &str = crate::words![
    "rise", "rises", "rising", "rose", "risen", "grow", "grows", "growing", "grew", "grown",
    "increase", "increases", "increasing", "increased", "decrease", "decreases", "decreasing",
    "decreased", "double", "doubles", "doubling", "doubled", "triple", "triples", "tripling",
    "tripled", "climb", "climbs", "climbing", "climbed", "expand", "expands", "expanding",
    "expanded", "shrink", "shrinks", "shrinking", "shrank", "shrunk", "decline", "declines",
    "declining", "declined", "fall", "falls", "falling", "fell", "fallen", "compounded",
];

/// Nouns after which "current" is a term of its own, no reference to the present ("current
/// account", "current assets": short-term in accounting; "current affairs").
pub const CURRENT_TERMS: &str = crate::words!["account", "accounts", "affairs", "assets", "asset", "liabilities", "ratio", "flow", "flows", "of", "and", "or"];

/// Nouns after which "today's" means the present age, not the day ("today's youth", "in
/// today's world", "by today's standards", "in today's dollars").
pub const PRESENT_AGE: &str = crate::words![
    "world", "youth", "society", "generation", "standards", "terms", "dollars", "culture",
    "children", "kids", "teenagers", "young", "economy", "technology", "modern", "global",
];

/// Deictic day words → offset in days from the anchor.
pub const DEICTIC_DAYS: Table<i64> = table![("today", 0), ("yesterday", -1), ("tomorrow", 1), ("tonight", 0), ("tmrw", 1)];

/// Words referring to the present, past or future as a whole → TIMEX3 reference value; and
/// "night" after "at", any night.
pub const REFERENCES: &[(List, &str)] = &[
    (list!["now"], "PRESENT_REF"),
    (list!["currently"], "PRESENT_REF"),
    (list!["current"], "PRESENT_REF"),
    (list!["nowadays"], "PRESENT_REF"),
    (list!["at", "the", "moment"], "PRESENT_REF"),
    (list!["at", "present"], "PRESENT_REF"),
    (list!["these", "days"], "PRESENT_REF"),
    (list!["the", "present"], "PRESENT_REF"),
    (list!["recently"], "PAST_REF"),
    (list!["lately"], "PAST_REF"),
    (list!["the", "past"], "PAST_REF"),
    (list!["in", "the", "past"], "PAST_REF"),
    (list!["the", "future"], "FUTURE_REF"),
    (list!["in", "the", "future"], "FUTURE_REF"),
    (list!["the", "near", "future"], "FUTURE_REF"),
    (list!["in", "the", "coming", "days"], "FUTURE_REF"),
    (list!["as", "soon", "as", "possible"], "FUTURE_REF"),
    (list!["the", "near", "term"], "FUTURE_REF"),
    (list!["the", "short", "term"], "FUTURE_REF"),
    (list!["a", "later", "date"], "FUTURE_REF"),
    // "moved only at night": any night (read only after "at").
    (list!["night"], "XXXX-XX-XXTNI"),
];

/// Words before a relative expression that pick its direction: −1 past, 0 current, +1 future.
pub const SHIFTS: Table<i64> = table![
    ("last", -1), ("past", -1), ("previous", -1), ("preceding", -1), ("this", 0),
    ("current", 0), ("next", 1), ("coming", 1), ("following", 1), ("upcoming", 1), ("latest", -1),
];

/// Modifiers before an expression → TIMEX3 `mod` (empty: part of the extent, no `mod`).
pub const MODIFIERS: &[(List, &str)] = &[
    (list!["earlier"], ""),
    (list!["later"], ""),
    (list!["early"], "START"),
    (list!["the", "beginning", "of"], "START"),
    (list!["beginning", "of"], "START"),
    (list!["the", "start", "of"], "START"),
    (list!["start", "of"], "START"),
    (list!["the", "dawn", "of"], "START"),
    // "the first half of the 1990s" (of a year, "the first half of 2025" is H1: see grammar).
    (list!["the", "first", "half", "of"], "START"),
    (list!["mid"], "MID"),
    (list!["the", "middle", "of"], "MID"),
    (list!["middle", "of"], "MID"),
    (list!["late"], "END"),
    (list!["the", "late"], "END"),
    (list!["the", "early"], "START"),
    (list!["the", "mid"], "MID"),
    (list!["the", "end", "of"], "END"),
    (list!["end", "of"], "END"),
    (list!["the", "close", "of"], "END"),
    (list!["the", "second", "half", "of"], "END"),
    (list!["the", "last", "half", "of"], "END"),
    (list!["the", "latter", "half", "of"], "END"),
    (list!["late", "in"], "END"),
    (list!["early", "in"], "START"),
    (list!["pre"], "BEFORE"),
    (list!["post"], "AFTER"),
    (list!["about"], "APPROX"),
    (list!["around"], "APPROX"),
    (list!["approximately"], "APPROX"),
    (list!["roughly"], "APPROX"),
    (list!["some"], "APPROX"),
    (list!["nearly"], "LESS_THAN"),
    (list!["almost"], "LESS_THAN"),
    (list!["less", "than"], "LESS_THAN"),
    (list!["fewer", "than"], "LESS_THAN"),
    (list!["under"], "LESS_THAN"),
    (list!["more", "than"], "MORE_THAN"),
    (list!["over"], "MORE_THAN"),
    (list!["at", "least"], "EQUAL_OR_MORE"),
    (list!["no", "less", "than"], "EQUAL_OR_MORE"),
    (list!["at", "most"], "EQUAL_OR_LESS"),
    (list!["no", "more", "than"], "EQUAL_OR_LESS"),
    (list!["up", "to"], "EQUAL_OR_LESS"),
];

/// When a holiday falls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    /// Every year on this month and day.
    Fixed(u32, u32),
    /// The n-th (1–4, or 5 = last) given weekday (ISO number) of a month: (month, weekday, n).
    Nth(u32, u32, u32),
}

/// Holidays by name (lowercase words) → when they fall.
pub const HOLIDAYS: &[(List, Holiday)] = &[
    (list!["christmas", "eve"], Holiday::Fixed(12, 24)),
    (list!["christmas", "day"], Holiday::Fixed(12, 25)),
    (list!["christmas"], Holiday::Fixed(12, 25)),
    (list!["boxing", "day"], Holiday::Fixed(12, 26)),
    (list!["new", "year", "'", "s", "eve"], Holiday::Fixed(12, 31)),
    (list!["new", "year", "'", "s", "day"], Holiday::Fixed(1, 1)),
    (list!["new", "year", "'", "s"], Holiday::Fixed(1, 1)),
    (list!["independence", "day"], Holiday::Fixed(7, 4)),
    (list!["halloween"], Holiday::Fixed(10, 31)),
    (list!["valentine", "'", "s", "day"], Holiday::Fixed(2, 14)),
    (list!["veterans", "day"], Holiday::Fixed(11, 11)),
    (list!["armistice", "day"], Holiday::Fixed(11, 11)),
    (list!["bastille", "day"], Holiday::Fixed(7, 14)),
    (list!["thanksgiving"], Holiday::Nth(11, 4, 4)),
    (list!["labor", "day"], Holiday::Nth(9, 1, 1)),
    (list!["memorial", "day"], Holiday::Nth(5, 1, 5)),
    (list!["martin", "luther", "king", "day"], Holiday::Nth(1, 1, 3)),
];

/// A short list of words packed as bytes, each word after its length (`list!["a", "an"]` is
/// `[1, b'a', 2, b'a', b'n']`), built at compile time by `list!`: one string per list, where
/// an array of string slices cost the wasm 8 bytes of pointer and length a word.
pub type List = &'static [u8];

/// The packed length of `words` (see [`List`]).
pub const fn packed_len(words: &[&str]) -> usize {
    let mut n = 0;
    let mut k = 0;
    while k < words.len() {
        n += 1 + words[k].len();
        k += 1;
    }
    n
}

/// `words` packed (see [`List`]); `N` is [`packed_len`] of them. Words are at most 255 bytes.
pub const fn pack<const N: usize>(words: &[&str]) -> [u8; N] {
    let mut out = [0u8; N];
    let (mut at, mut k) = (0, 0);
    while k < words.len() {
        let w = words[k].as_bytes();
        assert!(w.len() < 256);
        out[at] = w.len() as u8;
        at += 1;
        let mut j = 0;
        while j < w.len() {
            out[at] = w[j];
            at += 1;
            j += 1;
        }
        k += 1;
    }
    out
}

/// A [`List`] of word literals, packed at compile time.
macro_rules! list {
    ($($word:literal),+ $(,)?) => {{
        const WORDS: &[&str] = &[$($word),+];
        const PACKED: [u8; $crate::time::lexicon::packed_len(WORDS)] = $crate::time::lexicon::pack(WORDS);
        &PACKED as $crate::time::lexicon::List
    }};
}
pub(crate) use list;

/// Hand `f` the words of `list`, in order (for building tables and tests: the engines compare
/// tokens with the packed bytes directly).
pub fn each_word(list: List, f: &mut dyn FnMut(&'static str)) {
    let mut k = 0;
    while k < list.len() {
        let end = (k + 1 + list[k] as usize).min(list.len());
        // The words were `&str`s; a word is never cut inside a character.
        if let Ok(w) = std::str::from_utf8(&list[k + 1..end]) {
            f(w);
        }
        k = end;
    }
}

/// The first word of `list`.
pub fn first_word(list: List) -> Option<&'static str> {
    let mut first = None;
    each_word(list, &mut |w| {
        first.get_or_insert(w);
    });
    first
}

/// Whether `w` is one of `set` (one loop over the packed list, skipping words of other
/// lengths: a `matches!` over string literals is a chain of comparisons at every use, which
/// the size-built wasm paid for in code).
pub fn one_of(w: &str, set: List) -> bool {
    let w = w.as_bytes();
    let mut k = 0;
    while k < set.len() {
        let n = set[k] as usize;
        let start = k + 1;
        k = start + n;
        if n == w.len() && k <= set.len() {
            let mut j = 0;
            while j < n && set[start + j] == w[j] {
                j += 1;
            }
            if j == n {
                return true;
            }
        }
    }
    false
}

/// A table of words and their values, packed as bytes at compile time (`table!`, `codes!`):
/// one string per table and one search for all of them, where arrays of (string slice, value)
/// pairs cost the wasm 12 to 16 bytes of pointers, lengths and padding an entry and a search
/// per value type.
///
/// The bytes: `L`, one more than the longest word's length; then `L + 1` offsets (two bytes,
/// little-endian) into the entries, where the words of each length start (and the last, where
/// they end); then the entries, shortest words first (in table order among words of a length):
/// each word after its length byte, then its value after its own length byte (a number is one
/// byte, a code its letters). A search reads only the entries of the word's length.
#[derive(Debug)]
pub struct Table<T> {
    packed: List,
    value: PhantomData<fn() -> T>,
}

impl<T> Clone for Table<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Table<T> {}

impl<T> Table<T> {
    /// The table of `packed` words and values (see [`Table`]).
    pub const fn new(packed: List) -> Self {
        Table { packed, value: PhantomData }
    }

    /// Hand `f` the table's words, shortest first.
    pub fn each_key(self, f: &mut dyn FnMut(&'static str)) {
        let (from, to) = bucket(self.packed, 0, usize::MAX);
        let mut k = from;
        while k < to {
            let end = (k + 1 + self.packed[k] as usize).min(to);
            each_word(&self.packed[k..end], f);
            k = end + 1 + self.packed.get(end).map_or(0, |&n| n as usize);
        }
    }
}

/// Where, in a [`Table`]'s bytes, the entries of words of lengths `from` to `to` (clamped to
/// the table's) start and end.
fn bucket(packed: List, from: usize, to: usize) -> (usize, usize) {
    let longest = packed.first().map_or(0, |&l| l as usize);
    let at = |n: usize| {
        let k = 1 + 2 * n.min(longest);
        let offset = packed.get(k).map_or(0, |&b| b as usize) | packed.get(k + 1).map_or(0, |&b| (b as usize) << 8);
        1 + 2 * (longest + 1) + offset
    };
    (at(from), at(to.saturating_add(1)))
}

/// The packed value of `word` in a [`Table`]'s bytes (one search for every table type).
fn find(packed: List, word: &str) -> Option<&'static [u8]> {
    let word = word.as_bytes();
    let (mut k, to) = bucket(packed, word.len(), word.len());
    while k < to {
        let end = k + 1 + word.len();
        let next = end + 1 + *packed.get(end)? as usize;
        if same_bytes(packed.get(k + 1..end)?, word) {
            return packed.get(end + 1..next);
        }
        k = next;
    }
    None
}

/// A value a [`Table`] holds, read from its packed bytes.
pub trait Value: Copy {
    /// The value of the packed bytes `v`.
    fn read(v: &'static [u8]) -> Self;
}

impl Value for u32 {
    fn read(v: &'static [u8]) -> Self {
        v.first().map_or(0, |&b| u32::from(b))
    }
}

impl Value for i64 {
    /// Offsets, packed as a signed byte (`-1` is 255).
    fn read(v: &'static [u8]) -> Self {
        v.first().map_or(0, |&b| i64::from(b as i8))
    }
}

impl Value for Unit {
    /// The unit packed as its discriminant (`Unit::Day as u8`).
    fn read(v: &'static [u8]) -> Self {
        match v.first().copied().unwrap_or(0) {
            0 => Unit::Second,
            1 => Unit::Minute,
            2 => Unit::Hour,
            3 => Unit::Day,
            4 => Unit::Weekend,
            5 => Unit::Week,
            6 => Unit::Month,
            7 => Unit::Quarter,
            8 => Unit::Year,
            9 => Unit::Decade,
            _ => Unit::Century,
        }
    }
}

impl Value for &'static str {
    fn read(v: &'static [u8]) -> Self {
        std::str::from_utf8(v).unwrap_or_default()
    }
}

/// One more than the length of the longest of `words`.
const fn bound(words: &[&str]) -> usize {
    let (mut l, mut k) = (0, 0);
    while k < words.len() {
        if words[k].len() >= l {
            l = words[k].len() + 1;
        }
        k += 1;
    }
    l
}

/// The packed length of a table of `words` and `values` (see [`Table`]).
pub const fn table_len(words: &[&str], values: &[&[u8]]) -> usize {
    let (mut n, mut k) = (1 + 2 * (bound(words) + 1), 0);
    while k < words.len() {
        n += 2 + words[k].len() + values[k].len();
        k += 1;
    }
    n
}

/// `words` with their `values`, packed (see [`Table`]); `N` is [`table_len`] of them. Words and
/// values are at most 255 bytes, a table's entries at most 65,535.
pub const fn pack_table<const N: usize>(words: &[&str], values: &[&[u8]]) -> [u8; N] {
    assert!(words.len() == values.len());
    let mut out = [0u8; N];
    let longest = bound(words);
    assert!(longest < 256);
    out[0] = longest as u8;
    let entries = 1 + 2 * (longest + 1);
    let mut at = entries;
    let mut n = 0;
    while n <= longest {
        let offset = at - entries;
        assert!(offset < 65_536);
        out[1 + 2 * n] = offset as u8;
        out[2 + 2 * n] = (offset >> 8) as u8;
        let mut k = 0;
        while n < longest && k < words.len() {
            if words[k].len() == n {
                let (w, v) = (words[k].as_bytes(), values[k]);
                assert!(v.len() < 256);
                out[at] = n as u8;
                let mut j = 0;
                while j < n {
                    out[at + 1 + j] = w[j];
                    j += 1;
                }
                at += 1 + n;
                out[at] = v.len() as u8;
                let mut j = 0;
                while j < v.len() {
                    out[at + 1 + j] = v[j];
                    j += 1;
                }
                at += 1 + v.len();
            }
            k += 1;
        }
        n += 1;
    }
    out
}

/// A [`Table`] of words and values that fit a byte (`("jan", 1)`, `("last", -1)`, `("day",
/// Unit::Day)`), packed at compile time.
macro_rules! table {
    ($(($word:literal, $value:expr)),+ $(,)?) => {{
        const WORDS: &[&str] = &[$($word),+];
        const VALUES: &[&[u8]] = &[$(&[$value as i64 as u8]),+];
        const PACKED: [u8; $crate::time::lexicon::table_len(WORDS, VALUES)] = $crate::time::lexicon::pack_table(WORDS, VALUES);
        $crate::time::lexicon::Table::new(&PACKED)
    }};
}
pub(crate) use table;

/// A [`Table`] of words and their codes (`("spring", "SP")`), packed at compile time.
macro_rules! codes {
    ($(($word:literal, $value:literal)),+ $(,)?) => {{
        const WORDS: &[&str] = &[$($word),+];
        const VALUES: &[&[u8]] = &[$($value.as_bytes()),+];
        const PACKED: [u8; $crate::time::lexicon::table_len(WORDS, VALUES)] = $crate::time::lexicon::pack_table(WORDS, VALUES);
        $crate::time::lexicon::Table::new(&PACKED)
    }};
}
pub(crate) use codes;

/// Look a lowercase word up in a [`Table`].
#[inline]
pub fn lookup<T: Value>(table: Table<T>, word: &str) -> Option<T> {
    find(table.packed, word).map(T::read)
}

/// Whether two words are the same: lengths first, then bytes in a plain indexed loop (the
/// tables' words are short, so this beats calling `memcmp`; and it stays one small function
/// without iterator adapters in the wasm, which is built for size and inlines little).
#[inline(always)]
pub fn same(a: &str, b: &str) -> bool {
    same_bytes(a.as_bytes(), b.as_bytes())
}

/// [`same`] on bytes (a word of a [`List`] against a token's text).
#[inline(always)]
pub fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut k = 0;
    while k < a.len() {
        if a[k] != b[k] {
            return false;
        }
        k += 1;
    }
    true
}

/// A list of words asked "is this one of you?" at every token: a hash set built from its
/// table (one word a line) on first use.
#[derive(Debug)]
pub struct WordSet {
    words: &'static str,
    set: OnceLock<FastSet<&'static str>>,
}

impl WordSet {
    /// The set of `words`.
    pub const fn new(words: &'static str) -> Self {
        WordSet { words, set: OnceLock::new() }
    }

    /// Whether `word` is one of the words.
    pub fn contains(&self, word: &str) -> bool {
        self.set.get_or_init(|| self.words.lines().collect()).contains(word)
    }
}

/// [`CHANGE_VERBS`] as a set.
pub static CHANGE_VERB_SET: WordSet = WordSet::new(CHANGE_VERBS);
/// [`CURRENT_TERMS`] as a set.
pub static CURRENT_TERM_SET: WordSet = WordSet::new(CURRENT_TERMS);
/// [`PRESENT_AGE`] as a set.
pub static PRESENT_AGE_SET: WordSet = WordSet::new(PRESENT_AGE);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_month_and_weekday_has_a_full_name() {
        for n in 1..=12 {
            let mut full = false;
            MONTHS.each_key(&mut |w| full |= lookup(MONTHS, w) == Some(n) && w.len() >= 3 && !matches!(w, "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct" | "nov" | "dec"));
            assert!(full, "month {n}");
        }
        for n in 1..=7 {
            let mut full = false;
            WEEKDAYS.each_key(&mut |w| full |= lookup(WEEKDAYS, w) == Some(n) && w.ends_with("day"));
            assert!(full, "weekday {n}");
        }
    }

    #[test]
    fn lists_pack_each_word_after_its_length() {
        let l = list!["a", "an", "the"];
        assert_eq!(l, b"\x01a\x02an\x03the");
        assert!(one_of("an", l) && one_of("the", l) && one_of("a", l));
        assert!(!one_of("th", l) && !one_of("", l) && !one_of("then", l) && !one_of("b", l));
        let mut words = Vec::new();
        each_word(l, &mut |w| words.push(w));
        assert_eq!(words, ["a", "an", "the"]);
        assert_eq!(first_word(list!["’", "s"]), Some("’"));
        assert!(one_of("’", list!["'", "’"]) && one_of("", list![""]));
    }

    #[test]
    fn tables_find_words_by_length_first_entry_first() {
        let t: Table<u32> = table![("ab", 1), ("c", 2), ("de", 3), ("ab", 4), ("fgh", 200)];
        assert_eq!((lookup(t, "ab"), lookup(t, "c"), lookup(t, "de"), lookup(t, "fgh")), (Some(1), Some(2), Some(3), Some(200)));
        assert_eq!((lookup(t, ""), lookup(t, "x"), lookup(t, "abc"), lookup(t, "fghi")), (None, None, None, None));
        let mut keys = Vec::new();
        t.each_key(&mut |w| keys.push(w));
        assert_eq!(keys, ["c", "ab", "de", "ab", "fgh"]);
        let codes: Table<&str> = codes![("x", "XX"), ("yy", "")];
        assert_eq!((lookup(codes, "x"), lookup(codes, "yy"), lookup(codes, "y")), (Some("XX"), Some(""), None));
    }

    #[test]
    fn lookup_reads_tables() {
        assert_eq!(lookup(MONTHS, "sept"), Some(9));
        assert_eq!(lookup(UNITS, "weekends"), Some(Unit::Weekend));
        assert_eq!(lookup(SEASONS, "fall"), Some("FA"));
        assert_eq!(lookup(NUMBERS, "twenty"), Some(20));
        assert_eq!(lookup(MONTHS, "mayday"), None);
        assert_eq!(lookup(SHIFTS, "last"), Some(-1));
        assert_eq!(lookup(RECURRING, "nightly"), Some("XXXX-XX-XXTNI"));
        assert_eq!(lookup(UNITS, "centuries"), Some(Unit::Century));
        assert_eq!(lookup(UNITS, "s"), None);
        let mut keys = Vec::new();
        SEASONS.each_key(&mut |w| keys.push(w));
        assert_eq!(keys, ["fall", "spring", "summer", "autumn", "winter"]); // shortest first
        // Values of 128 or more (offsets below zero) are bytes, not words.
        let mut keys = Vec::new();
        SHIFTS.each_key(&mut |w| keys.push(w));
        assert_eq!(keys.len(), 11);
        assert!(keys.iter().all(|w| lookup(SHIFTS, w).is_some()));
    }

    #[test]
    fn word_sets_hold_their_tables_words() {
        for (table, set) in [(CHANGE_VERBS, &CHANGE_VERB_SET), (CURRENT_TERMS, &CURRENT_TERM_SET), (PRESENT_AGE, &PRESENT_AGE_SET)] {
            assert!(table.lines().all(|w| !w.is_empty() && set.contains(w)));
            assert!(!set.contains("") && !set.contains("annually"));
        }
        assert!(same("june", "june") && !same("june", "july") && !same("jun", "june"));
    }

    #[test]
    fn duration_codes_separate_clock_and_calendar_units() {
        assert_eq!(Unit::Hour.duration_code(), ("PT", "H"));
        assert_eq!(Unit::Month.duration_code(), ("P", "M"));
        assert!(Unit::Minute.is_clock() && !Unit::Day.is_clock());
    }
}
