//! Finding people's names in text.
//!
//! The text is cut into word tokens; runs of capitalised tokens (with initials and particles)
//! that are not places, organisations, months or function words are name candidates. A run is a
//! name when a title or role word comes before its name part (`President Donald Trump`,
//! `spokeswoman Jane Roe`, `Secretary of State Marco …`), or when it starts with a known given
//! name (`Kirill Dmitriev`). A lone capitalised word is a name when it is the surname of a name
//! found in the same text (`Putin` after `Vladimir Putin`).

use crate::text::hash::StringSet;

use super::lexicon::{char_at, is_all_caps, lexicon, Lexicon};
use super::places::find_places;
use super::spelling;
use super::{PersonMention, PlaceMention};
use crate::text::chars::{has_char, Lower};
use crate::text::sort;
use crate::text::walk;

/// At most this many name words (not counting particles) make one name.
const MAX_NAME_WORDS: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Capitalised word (`Trump`, `JD`, `al-Assad`).
    Cap,
    /// A single capital followed by a period (`J.`).
    Initial,
    /// A lowercase name particle (`von`, `bin`).
    Particle,
    /// Any other lowercase word.
    Lower,
    /// Numbers, ALL-CAPS words of four or more letters, lone capitals.
    Other,
}

#[derive(Debug, Clone, Copy)]
struct Token {
    start: usize,
    /// End of the word, before any possessive `'s`.
    end: usize,
    possessive: bool,
    shape: Shape,
}

/// What a token does to the run being built.
enum Role {
    Name,
    Break,
    /// Makes the run before it an organisation's name (`Eurasia Group`).
    Org,
}

/// How a role word introduces a run (see `Finder::role_before`).
enum Via {
    /// Right before it: `spokesman Dmitry …`.
    Direct,
    /// Through `of` and an office: `Secretary of State Marco …`; `between` counts the office and
    /// place words between `of` and the run.
    Of { between: usize },
}

/// How a name was recognised.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Trigger {
    Title,
    Given,
}

/// Cuts `text` into word tokens: letters and digits, with inner hyphens and apostrophes; a
/// possessive `'s` is dropped from the word and noted.
fn tokenize(text: &str, lex: &Lexicon) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        if !walk::is_alphanumeric(c) {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut j = i + c.len_utf8();
        let mut possessive = false;
        let mut resume = None;
        while let Some(d) = char_at(text, j) {
            if walk::is_alphanumeric(d) {
                j += d.len_utf8();
                continue;
            }
            if !matches!(d, '-' | '\'' | '’') {
                break;
            }
            let k = j + d.len_utf8();
            match char_at(text, k) {
                Some(x) if walk::is_alphanumeric(x) => {
                    let after = char_at(text, k + x.len_utf8());
                    if d != '-'
                        && matches!(x, 's' | 'S')
                        && after.map_or(true, |y| !walk::is_alphanumeric(y))
                    {
                        possessive = true;
                        resume = Some(k + 1);
                        break;
                    }
                    j = k;
                }
                _ => break,
            }
        }
        let shape = shape_of(text, start, j, lex);
        tokens.push(Token { start, end: j, possessive, shape });
        i = resume.unwrap_or(j);
    }
    split_glued_names(text, &mut tokens, lex);
    tokens
}

fn shape_of(text: &str, start: usize, end: usize, lex: &Lexicon) -> Shape {
    let word = &text[start..end];
    if walk::chars(word).any(walk::is_numeric) {
        return Shape::Other;
    }
    let Some(first) = walk::chars(word).next() else { return Shape::Other };
    if walk::is_uppercase(first) {
        if word.chars().nth(1).is_none() {
            return if char_at(text, end) == Some('.') { Shape::Initial } else { Shape::Other };
        }
        if is_all_caps(word) && walk::chars(word).filter(|&c| walk::is_alphabetic(c)).count() >= 4 {
            return Shape::Other;
        }
        return Shape::Cap;
    }
    if lex.is_particle(word) {
        return Shape::Particle;
    }
    if let Some((prefix, rest)) = word.split_once('-') {
        if lex.is_particle(prefix) && rest.chars().next().is_some_and(char::is_uppercase) {
            return Shape::Cap;
        }
    }
    Shape::Lower
}

/// Repairs a CMS artefact where a surname is glued to the start of the full name
/// (`KushnerJared Kushner`): the token keeps only its clean part (`Jared`).
fn split_glued_names(text: &str, tokens: &mut [Token], lex: &Lexicon) {
    for i in 0..tokens.len() {
        let tok = tokens[i];
        if tok.shape != Shape::Cap {
            continue;
        }
        let word = &text[tok.start..tok.end];
        if has_char(word, '-') || word.len() > 64 {
            continue;
        }
        let mut splits = word
            .char_indices()
            .zip(word.chars().skip(1))
            .filter(|((_, a), b)| a.is_lowercase() && b.is_uppercase())
            .map(|((k, a), _)| k + a.len_utf8());
        let (Some(at), None) = (splits.next(), splits.next()) else { continue };
        let (glued, clean) = word.split_at(at);
        if glued.chars().count() < 3 || lex.is_camel_prefix(glued) {
            continue;
        }
        let next = tokens.get(i + 1).filter(|n| text.get(tok.end..n.start) == Some(" "));
        let repeats = next.is_some_and(|n| &text[n.start..n.end] == glued);
        let full_name_follows = lex.is_given(clean) && next.is_some_and(|n| n.shape == Shape::Cap);
        if !tok.possessive && (repeats || full_name_follows) {
            tokens[i].start += at;
            // The given name before the glued surname belongs to the same, repeated name.
            if let Some(prev) = i.checked_sub(1) {
                let p = tokens[prev];
                if text.get(p.end..tok.start) == Some(" ") && &text[p.start..p.end] == clean {
                    tokens[prev].shape = Shape::Other;
                }
            }
        }
    }
}

/// Whether a name's words put an East Asian family name first (`Xi Jinping`, `Kim Jong Un`,
/// `Lee Jae-myung`): a listed family name followed by one or two short given-name syllables.
pub(super) fn family_name_first(words: &[&str]) -> bool {
    let lex = lexicon();
    (2..=3).contains(&words.len())
        && lex.is_family_first(words[0])
        && words[1..].iter().all(|w| {
            !lex.is_given(w)
                && (has_char(w, '-') || w.chars().filter(|c| c.is_alphabetic()).count() <= 7)
        })
}

/// The spelling key of a surname word, without a particle prefix (`al-Assad` → `assad`).
pub(super) fn surname_key(word: &str) -> String {
    let lex = lexicon();
    let word = match word.split_once('-') {
        Some((prefix, rest)) if lex.is_particle(&prefix.lower()) && !rest.is_empty() => rest,
        _ => word,
    };
    spelling::key(word)
}

/// All person-name mentions of `text`, in order, non-overlapping.
pub(super) fn find_people(text: &str) -> Vec<PersonMention> {
    Finder::new(text, &find_places(text)).run()
}

/// [`find_people`] given the text's place mentions (from [`find_places`]), not finding them again.
pub(super) fn find_people_with(text: &str, places: &[PlaceMention]) -> Vec<PersonMention> {
    Finder::new(text, places).run()
}

struct Finder<'t> {
    text: &'t str,
    lex: &'static Lexicon,
    tokens: Vec<Token>,
    in_place: Vec<bool>,
}

impl<'t> Finder<'t> {
    fn new(text: &'t str, places: &[PlaceMention]) -> Self {
        let lex = lexicon();
        let tokens = tokenize(text, lex);
        let mut in_place = vec![false; tokens.len()];
        let mut p = 0;
        for (flag, tok) in in_place.iter_mut().zip(&tokens) {
            while p < places.len() && places[p].end <= tok.start {
                p += 1;
            }
            *flag = places.get(p).is_some_and(|pl| pl.start < tok.end);
        }
        Finder { text, lex, tokens, in_place }
    }

    fn word(&self, i: usize) -> &'t str {
        &self.text[self.tokens[i].start..self.tokens[i].end]
    }

    /// Whether token `b` directly follows token `a` inside one name: one space, or a period and
    /// a space after an initial or an abbreviated title (`J. D.`, `Gen. Smith`).
    fn joined(&self, a: usize, b: usize) -> bool {
        let (ta, tb) = (&self.tokens[a], &self.tokens[b]);
        if ta.possessive {
            return false;
        }
        let gap = &self.text[ta.end..tb.start];
        gap == " "
            || gap == "\u{a0}"
            || ((ta.shape == Shape::Initial || self.lex.is_abbreviation(self.word(a)))
                && matches!(gap, "." | ". " | ".\u{a0}"))
    }

    /// Whether token `b` follows token `a` after exactly one space.
    fn spaced(&self, a: usize, b: usize) -> bool {
        !self.tokens[a].possessive && &self.text[self.tokens[a].end..self.tokens[b].start] == " "
    }

    fn role(&self, i: usize) -> Role {
        if self.in_place[i] {
            return Role::Break;
        }
        let word = self.word(i);
        match self.tokens[i].shape {
            Shape::Cap if self.lex.is_stop(word) || self.lex.is_calendar(word) => Role::Break,
            Shape::Cap if self.lex.is_org(word) => Role::Org,
            Shape::Cap | Shape::Initial | Shape::Particle => Role::Name,
            Shape::Lower if self.lex.is_org(word) => Role::Org,
            Shape::Lower | Shape::Other => Role::Break,
        }
    }

    /// Runs of name-like tokens, organisation names dropped.
    fn runs(&self) -> Vec<Vec<usize>> {
        let mut runs = Vec::new();
        let mut cur: Vec<usize> = Vec::new();
        for i in 0..self.tokens.len() {
            let joins = cur.last().is_some_and(|&p| self.joined(p, i));
            match self.role(i) {
                Role::Name => {
                    // An acronym starts a name (`JD Vance`), never continues one (`… BBC Radio`).
                    let acronym = is_all_caps(self.word(i));
                    if (!joins || acronym) && !cur.is_empty() {
                        runs.push(std::mem::take(&mut cur));
                    }
                    cur.push(i);
                }
                Role::Org => {
                    if joins {
                        cur.clear();
                    } else if !cur.is_empty() {
                        runs.push(std::mem::take(&mut cur));
                    }
                }
                Role::Break => {
                    if !cur.is_empty() {
                        runs.push(std::mem::take(&mut cur));
                    }
                }
            }
        }
        if !cur.is_empty() {
            runs.push(cur);
        }
        runs
    }

    fn is_title(&self, i: usize) -> bool {
        self.tokens[i].shape == Shape::Cap && self.lex.is_title(self.word(i))
    }

    /// A word that can be part of a name proper: capitalised, not a title or suffix.
    fn is_name_word(&self, i: usize) -> bool {
        self.tokens[i].shape == Shape::Cap
            && !self.lex.is_title(self.word(i))
            && !self.lex.is_suffix(self.word(i))
    }

    /// Whether a role word introduces the run starting at token `first`: directly
    /// (`spokesman Dmitry …`), or through `of` and an office (`Secretary of State Marco …`,
    /// `Governor of California Gavin …`). For the `of` form, returns how many office or place
    /// tokens (other than `the`) stand between `of` and the run.
    fn role_before(&self, first: usize) -> Option<Via> {
        let p = first.checked_sub(1)?;
        if self.spaced(p, first) && self.lex.is_title(self.word(p)) {
            return Some(Via::Direct);
        }
        let mut q = p;
        let mut next = first;
        let mut between = 0;
        for _ in 0..5 {
            if !self.spaced(q, next) {
                return None;
            }
            let word = self.word(q);
            if word == "of" {
                let t = q.checked_sub(1)?;
                return (self.spaced(t, q) && self.lex.is_title(self.word(t)))
                    .then_some(Via::Of { between });
            }
            if !(self.in_place[q] || self.lex.is_office(word)) {
                return None;
            }
            if !word.eq_ignore_ascii_case("the") {
                between += 1;
            }
            next = q;
            q = q.checked_sub(1)?;
        }
        None
    }

    /// The name part of a run and how it was recognised, with the run's title tokens.
    fn name_in(&self, run: &[usize]) -> Option<(Vec<usize>, Trigger)> {
        let mut run = run;
        while let Some((&first, rest)) = run.split_first() {
            if self.tokens[first].shape != Shape::Particle {
                break;
            }
            run = rest;
        }
        let first = *run.first()?;
        let title = run
            .iter()
            .rposition(|&i| self.is_title(i))
            .filter(|&k| run[k + 1..].iter().any(|&i| self.is_name_word(i)));
        let (mut name, trigger) = if let Some(k) = title {
            (run[k + 1..].to_vec(), Trigger::Title)
        } else if let Some(skip) = self.role_before(first).and_then(|via| match via {
            Via::Direct => Some(0),
            Via::Of { between } => {
                let office = run
                    .iter()
                    .take_while(|&&i| self.lex.is_office(self.word(i)) || is_all_caps(self.word(i)))
                    .count();
                // `<title> of X <name>` needs an X: `representative of the United Haitians` is
                // an organisation.
                (office > 0 || between > 0).then_some(office)
            }
        }) {
            (run[skip..].to_vec(), Trigger::Title)
        } else {
            let start = (0..run.len()).find(|&k| {
                let word = self.word(run[k]);
                self.tokens[run[k]].shape == Shape::Cap
                    && (self.lex.is_given(word) || self.lex.is_family_first(word))
                    && run[k + 1..].iter().any(|&i| self.is_name_word(i))
            })?;
            (run[start..].to_vec(), Trigger::Given)
        };
        if let Some(cut) = name.iter().position(|&i| self.lex.is_suffix(self.word(i))) {
            name.truncate(cut);
        }
        let mut words = 0;
        if let Some(cut) = name.iter().position(|&i| {
            if self.is_name_word(i) {
                words += 1;
            }
            words > MAX_NAME_WORDS
        }) {
            name.truncate(cut);
        }
        while name.last().is_some_and(|&i| self.tokens[i].shape != Shape::Cap) {
            name.pop();
        }
        let words = name.iter().filter(|&&i| self.is_name_word(i)).count();
        let ok = match trigger {
            Trigger::Title => {
                words >= 2 || (words == 1 && name.len() == 1 && !is_all_caps(self.word(name[0])))
            }
            Trigger::Given => words >= 2,
        };
        ok.then_some((name, trigger))
    }

    fn mention(&self, first: usize, last: usize) -> PersonMention {
        let (start, end) = (self.tokens[first].start, self.tokens[last].end);
        PersonMention { start, end, name: self.text[start..end].replace('\u{a0}', " ") }
    }

    fn run(&self) -> Vec<PersonMention> {
        let mut found: Vec<PersonMention> = Vec::new();
        let mut surnames = StringSet::default();
        let mut loose: Vec<usize> = Vec::new();
        for run in self.runs() {
            match self.name_in(&run) {
                Some((name, _trigger)) => {
                    let mut words: Vec<&str> = Vec::new();
                    for &i in &name {
                        if self.is_name_word(i) {
                            words.push(self.word(i));
                        }
                    }
                    let surname =
                        if family_name_first(&words) { words[0] } else { words[words.len() - 1] };
                    surnames.insert(surname_key(surname));
                    found.push(self.mention(name[0], name[name.len() - 1]));
                    let first = name[0];
                    for &i in &run {
                        if i < first && !self.is_title(i) {
                            loose.push(i);
                        }
                    }
                }
                None => loose.extend_from_slice(&run),
            }
        }
        if surnames.is_empty() {
            loose.clear(); // no surname to repeat: no key to compute
        }
        for i in loose {
            let word = self.word(i);
            if self.is_name_word(i)
                && !is_all_caps(word)
                && word.chars().count() >= 2
                && surnames.contains(&surname_key(word))
            {
                found.push(self.mention(i, i));
            }
        }
        sort::sort_by_key(&mut found, |m| m.start);
        found
    }
}
