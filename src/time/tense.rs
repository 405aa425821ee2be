//! The tense around an expression, read from cue words in its sentence: the nearest cue wins.
//! Weekdays, month names and year-less dates resolve backwards in past-tense sentences and
//! forwards in future ones.

use super::lexicon::{self, list, List, WordSet};
use super::scan::{Kind, Tok};

/// The tense of the clause an expression stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Past-tense cues are nearest.
    Past,
    /// Future cues are nearest.
    Future,
    /// No cue in the sentence.
    Unknown,
}

/// How far (in tokens) to look for cues on each side of an expression.
const WINDOW: usize = 40;

/// The tense around tokens `[first, end)`: the nearest cue among the tokens of its sentence
/// within `WINDOW` on each side, the one before the expression on a tie. Read outwards from the expression, a step on each
/// side in turn, so the first cue met is the answer.
pub fn tense_at(toks: &[Tok], first: usize, end: usize) -> Tense {
    // A possessive date names an event of its own ("Wednesday's ruling"), which the verbs
    // of the clause around do not place.
    if toks.get(end).is_some_and(|t| t.is("'")) && toks.get(end + 1).is_some_and(|t| t.is("s") && !t.space_before) {
        return Tense::Unknown;
    }
    // A clause opened right after the expression ("new programs Tuesday that will provide
    // loans") tells of its noun, not of the expression's verb.
    let (mut back, mut ahead) = (true, !toks.get(end).is_some_and(|t| lexicon::one_of(t.text.as_str(), list!["that", "which", "who"])));
    // A verb of saying a few words off ("it will close in May, the firm said") tells when it
    // was said, not when the reported thing happens: it is kept aside while another cue is
    // looked for, and is the answer only if none is found.
    let mut reported = false;
    let mut take = |k: usize| -> Option<Tense> {
        // "planned to leave on Thursday", "planned a rally for Saturday": the date after a plan
        // is the plan's (unless the plan is past perfect: "had planned a landing on Friday").
        if k < first && toks[k].is("planned") && !(k > 0 && toks[k - 1].is("had")) && toks.get(k + 1).is_some_and(|n| lexicon::one_of(n.text.as_str(), list!["to", "a", "an"])) {
            return Some(Tense::Future);
        }
        // "a plan in March", "the rescue plans on Monday", "unveiled a plan Thursday": a noun
        // the date dates, not a verb.
        let on_date = k + 2 == first && lexicon::one_of(toks[k + 1].text.as_str(), list!["in", "on"]);
        let after_article = k + 1 == first && k > 0 && lexicon::one_of(toks[k - 1].text.as_str(), list!["a", "the", "its", "their"]);
        if (on_date || after_article) && lexicon::one_of(toks[k].text.as_str(), list!["plan", "plans"]) {
            return None;
        }
        // "said the flights would leave on Monday": the future of a report.
        if toks[k].is("would") && reported_before(toks, k) {
            return Some(Tense::Future);
        }
        let tense = cue(toks, k)?;
        if tense == Tense::Past && lexicon::one_of(toks[k].text.as_str(), REPORTING) {
            let between = if k < first { k + 1..first } else { end..k };
            // Words of REPORT_GAP or adverbs: "on Thursday formally announced".
            if !toks[between].iter().all(|t| t.kind == Kind::Word && (lexicon::one_of(t.text.as_str(), REPORT_GAP) || t.text.len() > 4 && t.text.ends_with("ly"))) {
                reported = true;
                return None;
            }
        }
        Some(tense)
    };
    for distance in 1..=WINDOW {
        if back {
            match first.checked_sub(distance) {
                Some(i) if !(toks[i + 1].newline_before || is_stop(toks, i)) => {
                    if let Some(tense) = take(i) {
                        return tense;
                    }
                }
                _ => back = false,
            }
        }
        if ahead {
            let j = end + distance - 1;
            // A clause joined after the expression ("... on Saturday and were planning to
            // drive") has a time of its own; a joined noun ("Over the weekend, the envoy and
            // the minister held talks") does not.
            if j < toks.len() && !(toks[j].newline_before || is_stop(toks, j) || joins_clause(toks, j)) {
                if let Some(tense) = take(j) {
                    return tense;
                }
            } else {
                ahead = false;
            }
        }
        if !back && !ahead {
            break;
        }
    }
    if reported {
        Tense::Past
    } else {
        Tense::Unknown
    }
}

/// Token `j` is "and" or "but" opening a clause of its own: a verb, an auxiliary or a
/// subject pronoun follows it ("and were told", "but met", "and they left"), not a noun ("and
/// the minister", "and Secretary Rubio").
fn joins_clause(toks: &[Tok], j: usize) -> bool {
    toks[j].kind == Kind::Word
        && lexicon::one_of(toks[j].text.as_str(), list!["and", "but"])
        && toks.get(j + 1).is_some_and(|n| {
            n.kind == Kind::Word && (lexicon::one_of(n.text.as_str(), CLAUSE_OPENERS) || cue(toks, j + 1).is_some())
        })
}

/// Auxiliaries and subject pronouns: after "and" or "but" they open a clause.
const CLAUSE_OPENERS: List = list![
    "was", "were", "is", "are", "will", "would", "had", "has", "have", "did", "does", "do", "could",
    "should", "can", "may", "might", "must", "shall", "then", "he", "she", "they", "we", "i", "it",
];

/// Words that may stand between a verb of saying and the expression it dates ("said
/// Tuesday", "said late on Tuesday", "on Tuesday said").
const REPORT_GAP: List = list!["on", "late", "early", "in", "at", "this", "last"];

/// Past forms of verbs of saying.
const REPORTING: List = list!["said", "told", "announced", "reported", "added", "stated", "declared", "predicted", "confirmed", "insisted", "warned"];

/// Words written just before an expression that fix its side of the anchor whatever the verbs
/// around say, and whether they hold at any distance within a year (`true`) or only as near as
/// a tense does. Longest first; matched on lowercase words ending right before the expression.
const LEADS: &[(&[&str], Tense, bool)] = &[
    // A period that "ended" on a date, or something that holds "since" it: the date is past.
    (&["ended", "on"], Tense::Past, true),
    (&["ended", "in"], Tense::Past, true),
    (&["ended"], Tense::Past, true),
    (&["since"], Tense::Past, true),
    // "as soon as Tuesday", "as early as Monday": the earliest time something may happen.
    (&["as", "soon", "as"], Tense::Future, false),
    (&["as", "early", "as"], Tense::Future, false),
    // Put off "until Tuesday": a deferral reaches forward. (A bare "until" does not: "Until
    // Thursday, they had not named him".)
    (&["postponed", "until"], Tense::Future, false),
    (&["delayed", "until"], Tense::Future, false),
    (&["deferred", "until"], Tense::Future, false),
    (&["adjourned", "until"], Tense::Future, false),
    (&["extended", "until"], Tense::Future, false),
];

/// The side fixed by the words right before the expression starting at token `first` (see
/// `LEADS`), with whether it holds at any distance within a year.
pub fn lead_tense(toks: &[Tok], first: usize) -> Option<(Tense, bool)> {
    // "by February", "by Dec. 15": a deadline; a month or a day of one so set is ahead. (A
    // weekday after "by" tells as often of a past day: "by Wednesday the troops had left".)
    if first > 0 && toks[first - 1].is("by") && !toks[first].newline_before && lexicon::lookup(lexicon::MONTHS, toks[first].text.as_str()).is_some() {
        return Some((Tense::Future, false));
    }
    // Loops, not an iterator chain: smaller in the size-built wasm.
    for &(words, tense, firm) in LEADS {
        let Some(start) = first.checked_sub(words.len()) else { continue };
        let mut fits = true;
        for (k, w) in words.iter().enumerate() {
            let t = &toks[start + k];
            fits &= t.kind == Kind::Word && t.is(w);
        }
        if fits && toks[start + 1..=first].iter().all(|t| !t.newline_before) {
            return Some((tense, firm));
        }
    }
    None
}

/// Whether the expression at tokens `[first, end)` is the date of a past-tense verb: the one
/// right before its preposition ("arrived on March 3", "met in June", "was held on Oct. 2"),
/// or, opening a sentence ("On March 3, the envoy resigned"), the first after its comma. Then
/// the past holds at any distance within a year, as a lead's does. (A verb of saying dates the
/// saying, not what is said.)
pub fn verb_dates(toks: &[Tok], first: usize, end: usize) -> bool {
    let said = |k: usize| lexicon::one_of(toks[k].text.as_str(), REPORTING);
    let opens = first == 1 || first >= 2 && (toks[first - 1].newline_before || is_stop(toks, first - 2));
    if opens && toks[first - 1].is("on") && toks.get(end).is_some_and(|t| t.is(",")) {
        for k in end + 1..(end + 6).min(toks.len()) {
            if is_stop(toks, k) || toks[k].newline_before {
                break;
            }
            if let Some(tense) = cue(toks, k) {
                return tense == Tense::Past && !said(k);
            }
        }
        return false;
    }
    first >= 2
        && toks[first - 1].kind == Kind::Word
        && lexicon::one_of(toks[first - 1].text.as_str(), list!["on", "in"])
        && !toks[first - 1].newline_before
        && !toks[first].newline_before
        && cue(toks, first - 2) == Some(Tense::Past)
        && !said(first - 2)
        // "is heard in May", "to be held on": a participle in a clause of the present or ahead.
        && !(first >= 3 && lexicon::one_of(toks[first - 3].text.as_str(), list!["is", "are", "am", "s", "be", "being", "to", "will"]))
}

/// Whether "will" (or "shall", "'ll") stands a verb or two before the preposition of the
/// expression starting at token `first` ("will expire on Dec. 31", "will be held on Oct. 5"):
/// then the future holds at any distance within a year, as the past does after a past verb.
pub fn will_dates(toks: &[Tok], first: usize) -> bool {
    let will = |k: usize| lexicon::one_of(toks[k].text.as_str(), list!["will", "shall", "ll"]);
    let word = |k: usize| toks[k].kind == Kind::Word;
    first >= 3
        && lexicon::one_of(toks[first - 1].text.as_str(), list!["on", "in", "by", "until"])
        && word(first - 2)
        && (will(first - 3) || first >= 4 && word(first - 3) && will(first - 4))
}

/// Whether a verb of saying ([`REPORTING`]) stands before token `k` in its sentence, within
/// [`WINDOW`] tokens.
fn reported_before(toks: &[Tok], k: usize) -> bool {
    let mut i = k;
    while i > k.saturating_sub(WINDOW) {
        i -= 1;
        if toks[i + 1].newline_before || is_stop(toks, i) {
            return false;
        }
        if lexicon::one_of(toks[i].text.as_str(), REPORTING) {
            return true;
        }
    }
    false
}

/// Whether a word of the sentence around tokens `[first, end)`, within `WINDOW` on each
/// side, satisfies `wanted`. (Loops and a `dyn` test: an iterator chain per caller's closure
/// cost the size-built wasm code.)
pub fn sentence_has(toks: &[Tok], first: usize, end: usize, wanted: &dyn Fn(&str) -> bool) -> bool {
    let mut i = first;
    while i > first.saturating_sub(WINDOW) {
        i -= 1;
        if toks[i + 1].newline_before || is_stop(toks, i) {
            break;
        }
        if wanted(toks[i].text.as_str()) {
            return true;
        }
    }
    let mut j = end;
    while j < toks.len().min(end + WINDOW) {
        if toks[j].newline_before || is_stop(toks, j) {
            break;
        }
        if wanted(toks[j].text.as_str()) {
            return true;
        }
        j += 1;
    }
    false
}

/// Whether a sentence ends between the token before `from` and token `to` (exclusive).
pub fn stop_between(toks: &[Tok], from: usize, to: usize) -> bool {
    let to = to.min(toks.len());
    (from..to).any(|i| toks[i].newline_before || i + 1 < to && is_stop(toks, i))
}

/// A sentence-ending punctuation token.
fn is_stop(toks: &[Tok], i: usize) -> bool {
    // Bytes, not strings: asked of every token before a time expression.
    let period = match toks[i].text.as_bytes() {
        [b'!' | b'?' | b';'] => false,
        [b'.'] => true,
        _ => return false,
    };
    // Closing quotes and brackets glued on stay with the sentence they close ("spring.''").
    let mut j = i + 1;
    while toks.get(j).is_some_and(|n| !n.space_before && lexicon::one_of(n.text.as_str(), list!["'", "\"", ")", "]", "”"])) {
        j += 1;
    }
    match toks.get(j) {
        None => true,
        Some(n) if !period => n.space_before,
        // A period ends a sentence unless it closes a title ("Mr.", "Roe vs. Wade") or a
        // lowercase word or a number follows it ("Acme Inc. said", "Oct. 23"): sentences open
        // with a capital, and news style spells out a number that opens one.
        Some(n) => {
            n.space_before
                && n.kind != Kind::Num
                && (n.kind != Kind::Word || n.capital)
                && !(i > 0 && toks[i - 1].kind == Kind::Word && ABBREVIATIONS.contains(&toks[i - 1].text.as_str()))
        }
    }
}

/// Words that mark the future near an expression, one a line (one string: a table of string
/// slices costs the wasm 8 bytes of pointers a word). The tense's word lists live here, not in
/// `lexicon`: `build.rs` takes the words of `lexicon`'s and `grammar`'s literals as words the
/// rules compare with, and a word there lets a gated word before it start rules.
const FUTURE_CUES: &str = crate::words![
    "will", "'ll", "shall", "going", "plans", "plan", "planning", "scheduled",
    "expected", "expects", "due", "upcoming", "preparing", "prepares", "ahead",
    "intends", "aims", "hopes", "next", "coming", "tomorrow", "should", "must",
];

/// Words that mark the past near an expression (besides regular `-ed` forms), one a line.
const PAST_CUES: &str = crate::words![
    "was", "were", "had", "did", "ago", "last", "said", "met", "held", "took", "began",
    "came", "went", "made", "told", "gave", "saw", "left", "won", "lost", "fell", "rose",
    "ran", "spoke", "wrote", "sent", "brought", "met", "led", "found", "became", "yesterday",
    "earlier", "previously", "thought", "hit", "put", "set", "struck", "broke", "planned", "since",
    "bought", "sold", "paid", "got", "kept", "felt", "meant", "built", "spent", "stood", "taught",
    "caught", "fought", "sought", "knew", "grew", "drew", "flew", "threw", "chose", "drove", "wore",
    "froze", "stole", "shook", "forgot", "understood", "heard", "fled", "withdrew", "arose", "dealt",
    "lent", "shot", "hung", "sank", "swore", "overtook", "undertook", "ate", "rang", "slid",
];

/// `-ed` words that are not past-tense verbs, one a line.
const NOT_PAST_ED: &str = crate::words!["need", "speed", "indeed", "seed", "feed", "bed", "red", "hundred", "proposed", "expected", "scheduled", "united", "based"];

/// [`FUTURE_CUES`] as a set.
static FUTURE_CUE_SET: WordSet = WordSet::new(FUTURE_CUES);
/// [`PAST_CUES`] as a set.
static PAST_CUE_SET: WordSet = WordSet::new(PAST_CUES);
/// [`NOT_PAST_ED`] as a set.
static NOT_PAST_ED_SET: WordSet = WordSet::new(NOT_PAST_ED);

/// Words written with a period that seldom end a sentence: titles and "vs".
const ABBREVIATIONS: &[&str] = &["mr", "mrs", "ms", "dr", "vs", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "prof", "rev", "st", "ft", "mt"];

/// Past forms that point ahead when "to" follows them: "talks set to resume Monday", "poised
/// to win". ("planned to" is left out: in news it tells as often of a plan already carried out.)
const INTENT_TO: &[&str] = &["set", "poised"];

fn cue(toks: &[Tok], k: usize) -> Option<Tense> {
    let tok = &toks[k];
    if tok.kind != Kind::Word {
        return None;
    }
    let w = tok.text.as_str();
    // "next to the embassy" is a place.
    if w == "next" && toks.get(k + 1).is_some_and(|n| n.is("to")) {
        return None;
    }
    if FUTURE_CUE_SET.contains(w) {
        // A plan in the past perfect ("had been due to expire Friday", "had planned to") was
        // made for a time now past.
        let word = |i: Option<usize>| i.and_then(|i| toks.get(i)).map_or("", |t| t.text.as_str());
        let had = word(k.checked_sub(1)) == "had" || (word(k.checked_sub(1)) == "been" && word(k.checked_sub(2)) == "had");
        // "should have shown up", "must have been": a modal's perfect looks back (not "should
        // have enough").
        let participle = |p: &str| p.ends_with("ed") || p.ends_with("en") || PAST_CUE_SET.contains(p);
        let perfect = lexicon::one_of(w, list!["should", "must"]) && word(Some(k + 1)) == "have" && participle(word(Some(k + 2)));
        return Some(if had || perfect { Tense::Past } else { Tense::Future });
    }
    // "would be travelling": the future seen from a past report. (Not "would be" alone, as
    // often a conditional: "payments would be small".)
    if w == "would" && toks.get(k + 1).is_some_and(|n| n.is("be")) && toks.get(k + 2).is_some_and(|n| n.kind == Kind::Word && n.text.len() > 4 && n.text.ends_with("ing")) {
        return Some(Tense::Future);
    }
    // "set to resume": what is set lies ahead of the setting.
    if INTENT_TO.contains(&w) && toks.get(k + 1).is_some_and(|n| n.is("to")) {
        return Some(Tense::Future);
    }
    // A participle after "be" is passive, not past: "will be named", "would be paid" (irregular
    // past forms of the cue list are participles there too).
    let after_be = k > 0 && lexicon::one_of(toks[k - 1].text.as_str(), list!["be", "been", "being"]);
    // Nor is one with its agent after it ("markets untouched by the crisis"): the tense is the
    // auxiliary's, a cue of its own when written.
    let passive = after_be || toks.get(k + 1).is_some_and(|n| n.is("by"));
    // After a determiner an -ed word is an adjective: "an unexpected visit", "the injured".
    // So it is after a determiner and an adverb: "a still unspecified date", "the newly built".
    let determiner = |i: usize| lexicon::one_of(toks[i].text.as_str(), list!["a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those"]);
    let adverb = |i: usize| toks[i].kind == Kind::Word && (toks[i].text.ends_with("ly") || lexicon::one_of(toks[i].text.as_str(), list!["still", "yet", "not"]));
    let adjective = (k > 0 && determiner(k - 1)) || (k > 1 && adverb(k - 1) && determiner(k - 2));
    if (!after_be && PAST_CUE_SET.contains(w)) || (w.len() > 4 && w.ends_with("ed") && !passive && !adjective && !NOT_PAST_ED_SET.contains(w)) {
        return Some(Tense::Past);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::scan::scan;
    use super::*;

    fn tense_of(text: &str, word: &str) -> Tense {
        let toks = scan(text);
        let i = toks.iter().position(|t| t.text == word).unwrap();
        tense_at(&toks, i, i + 1)
    }

    #[test]
    fn a_past_verb_right_before_its_date_fixes_the_side() {
        let dates = |text: &str, word: &str| {
            let toks = scan(text);
            let first = toks.iter().position(|t| t.text == word).unwrap();
            let end = if toks[first + 1].kind == Kind::Num { first + 2 } else { first + 1 };
            verb_dates(&toks, first, end)
        };
        assert!(dates("The envoy arrived on March 3 with a plan.", "march"));
        assert!(dates("The vote was held on March 3.", "march"));
        assert!(dates("They met in June.", "june"));
        // Not a passive of the present or the future, not a verb of saying, not a verb a word
        // away.
        assert!(!dates("The case is heard in May.", "may"));
        assert!(!dates("It is to be held on March 3.", "march"));
        assert!(!dates("The minister said on March 3 that talks were over.", "march"));
        assert!(!dates("They arrived with a plan on March 3.", "march"));
        // Opening its sentence, the date is the first verb's after the comma.
        assert!(dates("Talks failed. On March 3, the envoy resigned.", "march"));
        assert!(!dates("On March 3, the envoy said he would resign.", "march"));
        assert!(!dates("On March 3, the envoy will resign.", "march"));
        assert!(!dates("He left. Then on March 3, the envoy resigned.", "march"));
    }

    #[test]
    fn will_a_verb_or_two_before_its_date_fixes_the_future() {
        let dates = |text: &str, word: &str| {
            let toks = scan(text);
            will_dates(&toks, toks.iter().position(|t| t.text == word).unwrap())
        };
        assert!(dates("The law will expire on Dec. 31.", "dec"));
        assert!(dates("The vote will be held on Nov. 2.", "nov"));
        assert!(dates("They'll leave by Friday.", "friday"));
        assert!(!dates("He will say what happened, on Dec. 31.", "dec"));
        assert!(!dates("He will, as he did, arrive on Dec. 31.", "dec") && !dates("It will cost more on the whole in Dec.", "dec"));
    }

    #[test]
    fn nearest_cue_decides() {
        assert_eq!(tense_of("They met with him on Tuesday.", "tuesday"), Tense::Past);
        assert_eq!(tense_of("They will meet on Tuesday.", "tuesday"), Tense::Future);
        assert_eq!(tense_of("Talks on Tuesday.", "tuesday"), Tense::Unknown);
        assert_eq!(tense_of("He said the envoy will arrive on Friday.", "friday"), Tense::Future);
    }

    #[test]
    fn a_distant_verb_of_saying_yields_to_the_reported_clause() {
        // With no other cue, the saying is all there is to go by.
        assert_eq!(tense_of("The bridge may reopen to traffic by Thursday, officials announced.", "thursday"), Tense::Past);
        assert_eq!(tense_of("Flights will resume before Thursday night, the airline said.", "thursday"), Tense::Future);
        assert_eq!(tense_of("Flights will resume, the airline said on Thursday.", "thursday"), Tense::Past);
        assert_eq!(tense_of("The airline said that flights resume on Thursday.", "thursday"), Tense::Past);
        assert_eq!(tense_of("Flights will resume, the airline said late on Thursday.", "thursday"), Tense::Past);
        // "plan" right before the date's preposition is the noun the date dates.
        assert_eq!(tense_of("Under a rescue plan in March, the lenders lost.", "march"), Tense::Past);
        assert_eq!(tense_of("The lenders have a plan to meet in March.", "march"), Tense::Future);
        assert_eq!(tense_of("The bank unveiled a plan Thursday to cut its fees.", "thursday"), Tense::Past);
        assert_eq!(tense_of("The bank plans Thursday to cut its fees.", "thursday"), Tense::Future);
        // A clause opened right after the date is its noun's: "programs Tuesday that will".
        assert_eq!(tense_of("The bank launched two loan programs Tuesday that will help farmers.", "tuesday"), Tense::Past);
        assert_eq!(tense_of("An aide told reporters on Friday that the envoy would stay.", "friday"), Tense::Past);
        // An adverb between the day and the saying keeps the day the saying's.
        assert_eq!(tense_of("The board on Thursday formally announced it would merge.", "thursday"), Tense::Past);
    }

    #[test]
    fn cue_sets_hold_their_tables_words() {
        assert!(FUTURE_CUES.lines().all(|w| FUTURE_CUE_SET.contains(w)));
        assert!(PAST_CUES.lines().all(|w| PAST_CUE_SET.contains(w)));
        assert!(NOT_PAST_ED.lines().all(|w| NOT_PAST_ED_SET.contains(w)));
        assert!(PAST_CUES.lines().count() > 80 && !PAST_CUE_SET.contains(""));
        assert!(!PAST_CUE_SET.contains("wa") && !PAST_CUE_SET.contains("wass") && !FUTURE_CUE_SET.contains(""));
    }

    #[test]
    fn should_and_must_look_ahead_unless_perfect() {
        assert_eq!(tense_of("The two rivals should meet on Friday.", "friday"), Tense::Future);
        assert_eq!(tense_of("The vote must go ahead on Friday.", "friday"), Tense::Future);
        assert_eq!(tense_of("They should have met on Friday.", "friday"), Tense::Past);
        assert_eq!(tense_of("By Monday they should have enough doses.", "monday"), Tense::Future);
    }

    #[test]
    fn a_closing_quote_after_the_period_stays_with_its_sentence() {
        assert_eq!(tense_of("``Prices rise in June.'' Sales fell.", "june"), Tense::Unknown);
        assert_eq!(tense_of("He said: \"Prices rise in June.\" Sales fell.", "june"), Tense::Past);
    }

    #[test]
    fn cues_stop_at_the_sentence_end() {
        assert_eq!(tense_of("They talked. Friday is next.", "friday"), Tense::Future);
        assert_eq!(tense_of("It will rain.\nMonday it is", "monday"), Tense::Unknown);
    }

    #[test]
    fn abbreviations_and_dates_do_not_end_the_sentence() {
        assert_eq!(tense_of("In June, a day after the Smith vs. Jones verdict, rioters burned a shop.", "june"), Tense::Past);
        assert_eq!(tense_of("In June Mr. Lee bought a shop.", "june"), Tense::Past);
        assert_eq!(tense_of("The firm sold the mill on Oct. 20 and a shop in June.", "june"), Tense::Past);
        assert_eq!(tense_of("In June rioters burned a shop. The owner is a Mr. Lee.", "june"), Tense::Past);
        assert_eq!(tense_of("They talked. In June it opens.", "june"), Tense::Unknown);
        assert_eq!(tense_of("Acme sold its Bolt Inc. unit in June.", "june"), Tense::Past);
        assert_eq!(tense_of("Acme sold a unit to Bolt Inc. In June it opens.", "june"), Tense::Unknown);
    }

    #[test]
    fn sentence_words_are_found_within_the_sentence_only() {
        let toks = scan("Profit rose. A year ago it fell in the quarter.");
        let i = toks.iter().position(|t| t.text == "ago").unwrap();
        assert!(sentence_has(&toks, i, i + 1, &|w| w == "quarter"));
        assert!(!sentence_has(&toks, i, i + 1, &|w| w == "profit"));
    }

    #[test]
    fn irregular_past_forms_are_past_cues() {
        assert_eq!(tense_of("The firm bought the mill in March.", "march"), Tense::Past);
        assert_eq!(tense_of("In June the club sold its ground.", "june"), Tense::Past);
    }

    #[test]
    fn since_points_to_the_past() {
        assert_eq!(tense_of("The road has been closed since the storm of Oct. 20", "oct"), Tense::Past);
    }

    #[test]
    fn passive_participles_are_not_past_cues() {
        assert_eq!(tense_of("She will be named commander for a mission in December.", "december"), Tense::Future);
    }

    #[test]
    fn words_right_before_an_expression_fix_its_side() {
        let lead = |text: &str, word: &str| {
            let toks = scan(text);
            let i = toks.iter().position(|t| t.text == word).unwrap();
            lead_tense(&toks, i)
        };
        assert_eq!(lead("The fiscal year ended Jan. 31 with a loss.", "jan"), Some((Tense::Past, true)));
        assert_eq!(lead("Rents have doubled since April.", "april"), Some((Tense::Past, true)));
        assert_eq!(lead("The crew may sail as soon as Friday.", "friday"), Some((Tense::Future, false)));
        assert_eq!(lead("The crew sailed on Friday.", "friday"), None);
        assert_eq!(lead("The judge adjourned until Monday.", "monday"), Some((Tense::Future, false)));
        assert_eq!(lead("Until Monday, nobody had asked.", "monday"), None);
        assert_eq!(lead("It ended.\nMarch came.", "march"), None);
    }

    #[test]
    fn a_plan_in_the_past_perfect_is_past() {
        assert_eq!(tense_of("The lease had been due to run out on Friday.", "friday"), Tense::Past);
        assert_eq!(tense_of("The crew had planned a landing on Friday.", "friday"), Tense::Past);
        assert_eq!(tense_of("The lease is due to run out on Friday.", "friday"), Tense::Future);
    }

    #[test]
    fn by_a_month_is_a_deadline_ahead() {
        let toks = scan("The mill, which had been sold, must repay the loan by March.");
        let i = toks.iter().position(|t| t.text == "march").unwrap();
        assert_eq!(lead_tense(&toks, i), Some((Tense::Future, false)));
        let toks = scan("By Wednesday the ferry had sailed.");
        assert_eq!(lead_tense(&toks, 1), None);
    }

    #[test]
    fn would_be_with_an_ing_form_points_ahead() {
        assert_eq!(tense_of("The envoy said she would be flying home on Sunday.", "sunday"), Tense::Future);
        assert_eq!(tense_of("Costs rose on Sunday, as payments would be small.", "sunday"), Tense::Past);
    }

    #[test]
    fn a_date_after_a_plan_is_the_plans() {
        assert_eq!(tense_of("The crew planned to leave the port on Friday.", "friday"), Tense::Future);
        assert_eq!(tense_of("The union planned a march for Friday.", "friday"), Tense::Future);
        assert_eq!(tense_of("On Friday, the union planned to march.", "friday"), Tense::Past);
    }

    #[test]
    fn would_after_a_verb_of_saying_points_ahead() {
        assert_eq!(tense_of("The carrier said its new route would open on Monday.", "monday"), Tense::Future);
        assert_eq!(tense_of("In the old days the ferry would leave on Monday.", "monday"), Tense::Unknown);
    }

    #[test]
    fn a_possessive_date_is_not_placed_by_the_verbs() {
        assert_eq!(tense_of("The clubs said they would appeal against Monday's ruling.", "monday"), Tense::Unknown);
        assert_eq!(tense_of("The clubs said they would appeal on Monday.", "monday"), Tense::Future);
    }

    #[test]
    fn a_clause_joined_after_the_expression_has_its_own_time() {
        assert_eq!(tense_of("Fans planned a rally on Monday and were told to stay home.", "monday"), Tense::Future);
        // A noun joined by "and" is no clause of its own: the verb after it still tells.
        assert_eq!(tense_of("Over the weekend, two envoys and the foreign minister held talks in Miami.", "weekend"), Tense::Past);
        assert_eq!(tense_of("On Friday the mayor and Councillor Diaz will open the bridge.", "friday"), Tense::Future);
        assert_eq!(tense_of("On Friday the mayor spoke and they will open the bridge later.", "friday"), Tense::Past);
        assert_eq!(tense_of("Fans will rally on Monday and marched on Sunday.", "sunday"), Tense::Past);
        assert_eq!(tense_of("Fans rallied on Monday and Tuesday.", "monday"), Tense::Past);
    }

    #[test]
    fn next_to_is_a_place() {
        assert_eq!(tense_of("A fire broke out next to the station on Friday.", "friday"), Tense::Past);
        assert_eq!(tense_of("Next to the station, a fire broke out on Friday.", "friday"), Tense::Past);
    }

    #[test]
    fn set_to_points_ahead() {
        assert_eq!(tense_of("The hearings were set to reopen on Monday.", "monday"), Tense::Future);
        assert_eq!(tense_of("She set the table on Monday.", "monday"), Tense::Past);
    }

    #[test]
    fn participles_with_an_agent_or_a_determiner_are_not_past_cues() {
        assert_eq!(tense_of("The airline will add flights by June to towns untouched by the strike.", "june"), Tense::Future);
        assert_eq!(tense_of("Shares go on sale in May at an undisclosed price.", "may"), Tense::Unknown);
        assert_eq!(tense_of("Shares go on sale in May at a still undisclosed price.", "may"), Tense::Unknown);
        assert_eq!(tense_of("Shares go on sale in May at a newly revised price.", "may"), Tense::Unknown);
        assert_eq!(tense_of("Shares went on sale in May at a price.", "may"), Tense::Past);
    }

    #[test]
    fn irregular_participles_after_be_are_not_past_cues() {
        assert_eq!(tense_of("The bonus will be paid in March.", "march"), Tense::Future);
        assert_eq!(tense_of("The bonus is being paid in March.", "march"), Tense::Unknown);
        assert_eq!(tense_of("The bonus was paid in March.", "march"), Tense::Past);
    }

    #[test]
    fn ed_adjectives_are_not_past_cues() {
        assert_eq!(tense_of("The proposed summit in May", "may"), Tense::Unknown);
    }
}
