//! Finding organisations in text: a table of well-known bodies (as data, with their aliases), and
//! names by their shape — capitalised words ending in a word for an organisation (`Foreign
//! Ministry`, `Carnegie Endowment`), or such a word with an `of …` tail (`Ministry of Defence`).
//! An acronym given in brackets after a name (`… Agency (IAEA)`) names the same body later in the
//! text. Buildings that stand for their occupants (`the Kremlin said`, `the White House`) are
//! organisations unless the text puts something in or at them (`talks at the Kremlin`).

use std::sync::OnceLock;

use super::lexicon::{char_before, is_all_caps, lexicon, trim_punct, word_before, Lexicon};
use super::places::SurfaceIndex;
use super::{OrgKind, OrgMention};
use crate::text::chars::Lower;
use crate::text::walk;

/// Well-known organisations by kind: one string per kind, a row per line, `canonical|alias|…`
/// (one string rather than an array of strings keeps pointer tables out of the wasm). Surfaces
/// match as written (case-sensitively, whole words).
const KNOWN: [(&str, OrgKind); 4] = [
    (INTERNATIONAL, OrgKind::International),
    (GOVERNMENT, OrgKind::Government),
    (OTHER, OrgKind::Other),
    (MEDIA, OrgKind::Media),
];

/// Bodies of several states.
const INTERNATIONAL: &str = concat!(
    "United Nations|UN|U.N.\n",
    "UN Security Council|U.N. Security Council|United Nations Security Council|Security Council\n",
    "UN General Assembly|U.N. General Assembly|United Nations General Assembly|General Assembly\n",
    "NATO|Nato|North Atlantic Treaty Organization\n",
    "European Union|EU|E.U.\n",
    "European Commission\n",
    "European Parliament\n",
    "European Council\n",
    "European Central Bank|ECB\n",
    "Council of Europe\n",
    "OSCE|Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe\n",
    "International Atomic Energy Agency|IAEA\n",
    "World Health Organization|World Health Organisation\n",
    "International Monetary Fund|IMF\n",
    "World Bank\n",
    "World Trade Organization|WTO\n",
    "OPEC\n",
    "G7|Group of Seven\n",
    "G20|Group of 20|Group of Twenty\n",
    "African Union\n",
    "Arab League\n",
    "ASEAN\n",
    "International Criminal Court|ICC\n",
    "International Court of Justice|ICJ\n",
    "International Committee of the Red Cross|ICRC|Red Cross\n",
    "Interpol\n",
    "UNICEF\n",
    "UNESCO\n",
    "UNHCR\n",
    "Amnesty International\n",
    "Human Rights Watch\n",
    "Doctors Without Borders|Médecins Sans Frontières|MSF\n",
    "International Olympic Committee|IOC\n",
    "FIFA\n",
);

/// Governments' offices, legislatures and agencies.
const GOVERNMENT: &str = concat!(
    "State Department|U.S. State Department|US State Department|Department of State\n",
    "Congress|U.S. Congress|US Congress\n",
    "Senate|U.S. Senate|US Senate\n",
    "House of Representatives\n",
    "FBI|Federal Bureau of Investigation\n",
    "CIA|Central Intelligence Agency\n",
    "Federal Reserve\n",
    "State Duma|Duma\n",
    "Federation Council\n",
    "Bundestag\n",
    "Knesset\n",
    "Verkhovna Rada|Rada\n",
);

/// Parties, armed groups and companies.
const OTHER: &str = concat!(
    "Hamas\n",
    "Hezbollah\n",
    "Taliban\n",
    "Islamic State|ISIS|ISIL\n",
    "Gazprom\n",
    "Rosneft\n",
    "Naftogaz\n",
    "Boeing\n",
    "Airbus\n",
    "Microsoft\n",
    "Google\n",
);

/// News organisations.
const MEDIA: &str = concat!(
    "Reuters\n",
    "Associated Press|AP\n",
    "Agence France-Presse|AFP\n",
    "BBC\n",
    "CNN\n",
    "Fox News\n",
    "NBC News|NBC\n",
    "CBS News|CBS\n",
    "ABC News\n",
    "NPR\n",
    "Al Jazeera\n",
    "TASS\n",
    "Interfax\n",
    "RIA Novosti\n",
    "Xinhua\n",
    "Bloomberg\n",
    "The New York Times|New York Times\n",
    "The Washington Post|Washington Post\n",
    "The Wall Street Journal|Wall Street Journal\n",
    "Financial Times\n",
    "The Guardian\n",
    "The Economist\n",
    "Time Magazine|Time magazine|TIME Magazine\n",
    "Politico\n",
    "Axios\n",
    "Kyiv Independent\n",
    "Kommersant\n",
    "Deutsche Welle\n",
    "Radio Free Europe|Radio Free Europe/Radio Liberty|RFE/RL\n",
    "Voice of America\n",
);


/// Buildings and streets that stand for who works in them, with the body they stand for: an
/// organisation unless a locative word puts something in or at them.
const SEATS: &[(&str, &str)] = &[
    ("Kremlin", "Kremlin"),
    ("White House", "White House"),
    ("Pentagon", "Pentagon"),
    ("Downing Street", "Downing Street"),
    ("Élysée", "Élysée"),
    ("Elysee", "Élysée"),
    ("Élysée Palace", "Élysée"),
    ("Elysee Palace", "Élysée"),
    ("Zhongnanhai", "Zhongnanhai"),
];

/// Words before a seat that make it a place rather than its occupants (`at the Kremlin`).
pub(super) const SEAT_LOCATIVES: &str = words![
    "in", "at", "to", "from", "inside", "outside", "near", "into", "toward", "towards", "within", "around",
    "entered", "left", "visited", "reached", "leaving", "arrived",
];

/// Words that end an organisation's name (capitalised, as the last word of a name or before an
/// `of …` tail).
pub(super) const HEADS: &str = words![
    "Ministry",
    "Department",
    "Council",
    "Commission",
    "Parliament",
    "Agency",
    "Party",
    "Committee",
    "Court",
    "Bank",
    "Fund",
    "Office",
    "Administration",
    "Army",
    "Navy",
    "Forces",
    "Service",
    "Services",
    "Bureau",
    "Authority",
    "Organization",
    "Organisation",
    "Union",
    "Federation",
    "Association",
    "Institute",
    "University",
    "Corporation",
    "Company",
    "Inc",
    "Corp",
    "Ltd",
    "Group",
    "Foundation",
    "Alliance",
    "Coalition",
    "Movement",
    "Assembly",
    "Cabinet",
    "Guard",
    "Police",
    "Command",
    "Secretariat",
    "Board",
    "Tribunal",
    "Directorate",
    "Center",
    "Centre",
    "Endowment",
    "Institution",
    "Society",
    "Commissariat",
    "Corps",
];

/// Lowercase words that may join the capitalised words of a name (`Ministry of Foreign
/// Affairs`, `Organization for Security and …`).
const JOINERS: &[&str] = &["of", "for", "and", "the", "on", "de"];

/// Capitalised words that open sentences rather than names: skipped at the start of a name
/// (`The Foreign Ministry`, `After Central Bank officials …`).
pub(super) const OPENERS: &str = words![
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "and",
    "but",
    "or",
    "so",
    "in",
    "on",
    "at",
    "for",
    "of",
    "by",
    "with",
    "from",
    "to",
    "as",
    "after",
    "before",
    "when",
    "while",
    "if",
    "meanwhile",
    "its",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "both",
    "all",
    "some",
    "many",
    "several",
    "then",
    "yet",
    "also",
    "since",
    "until",
    "under",
    "without",
    "during",
    "says",
    "said",
    "tells",
    "told",
    "asks",
    "urges",
    "slams",
    "backs",
    "warns",
    "calls",
];

/// Joiners that may open the tail after a head (`Ministry of …`, `Council on …`).
const TAIL_OPENERS: &[&str] = &["of", "for", "on"];

/// At most this many acronyms defined in one text are followed (keeps the look-up short).
const MAX_ACRONYMS: usize = 32;

/// At most this many words make one name.
const MAX_WORDS: usize = 10;

/// The table of well-known surfaces, built once.
struct Known {
    index: SurfaceIndex,
    /// For each surface: its canonical name and kind.
    entries: Vec<(&'static str, OrgKind)>,
    /// For each surface: whether it is a seat (a building standing for its occupants).
    seat: Vec<bool>,
}

fn known() -> &'static Known {
    static KNOWN_INDEX: OnceLock<Known> = OnceLock::new();
    KNOWN_INDEX.get_or_init(|| {
        let mut patterns = Vec::new();
        let mut entries = Vec::new();
        let mut seat = Vec::new();
        for (rows, kind) in KNOWN {
            for row in rows.lines() {
                let canonical = row.split('|').next().unwrap_or(row);
                for surface in row.split('|') {
                    patterns.push(surface.to_string());
                    entries.push((canonical, kind));
                    seat.push(false);
                }
            }
        }
        for &(surface, body) in SEATS {
            patterns.push(surface.to_string());
            entries.push((body, OrgKind::Government));
            seat.push(true);
        }
        Known {
            index: SurfaceIndex::new(patterns),
            entries,
            seat,
        }
    })
}

/// A word of the text: a run of letters and digits with inner hyphens, apostrophes, periods
/// (`U.S.`) or ampersands.
#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
}

/// The words of `text`.
fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = walk::char_indices(text).peekable();
    while let Some((i, c)) = chars.next() {
        if walk::is_alphanumeric(c) {
            start.get_or_insert(i);
            continue;
        }
        let inner = matches!(c, '-' | '\'' | '’' | '&' | '.')
            && start.is_some()
            && chars.peek().is_some_and(|&(_, n)| walk::is_alphanumeric(n));
        if inner {
            continue;
        }
        if let Some(s) = start.take() {
            out.push(Word { start: s, end: i });
        }
    }
    if let Some(s) = start {
        out.push(Word {
            start: s,
            end: text.len(),
        });
    }
    out
}

/// A candidate mention before overlaps are resolved.
struct Candidate {
    start: usize,
    end: usize,
    name: String,
    kind: OrgKind,
    /// Table matches win over names found by shape at equal extent.
    known: bool,
}

/// The organisation mentions of `text`, in text order, non-overlapping, the longest winning.
pub(super) fn find_organisations(text: &str) -> Vec<OrgMention> {
    let mut candidates = Vec::new();
    let table = known();
    for (start, end, id) in table.index.find_all(text) {
        if !whole_word_end(text, end) {
            continue;
        }
        if table.seat[id] && placed_at(text, start) {
            continue;
        }
        let (name, kind) = table.entries[id];
        candidates.push(Candidate {
            start,
            end,
            name: name.to_string(),
            kind,
            known: true,
        });
    }
    let known_count = candidates.len();
    let ws = words(text);
    shaped_names(text, &ws, &mut candidates);
    // A name that begins with a well-known body's name is of its kind ("BBC World Service").
    // (Table matches come in text order: a binary search finds the one at a start.)
    for k in known_count..candidates.len() {
        let start = candidates[k].start;
        let at = candidates[..known_count].partition_point(|c| c.start < start);
        if let Some(c) = candidates[..known_count].get(at).filter(|c| c.start == start) {
            candidates[k].kind = c.kind;
        }
    }
    // Longest first at each start, table matches first among equals; then keep what does not overlap.
    crate::text::sort::sort_by_key(&mut candidates, |c| (c.start, std::cmp::Reverse(c.end), !c.known));
    let mut out: Vec<OrgMention> = Vec::new();
    for c in candidates {
        if out.last().is_some_and(|m| c.start < m.end) {
            continue;
        }
        out.push(OrgMention {
            start: c.start,
            end: c.end,
            name: c.name,
            kind: c.kind,
        });
    }
    acronyms(text, &ws, &mut out);
    out
}

/// `end` is not inside a word.
fn whole_word_end(text: &str, end: usize) -> bool {
    text[end..].chars().next().map_or(true, |c| !c.is_alphanumeric())
}

/// A locative word (skipping `the`) stands before `start`: something happens in or at the place.
fn placed_at(text: &str, start: usize) -> bool {
    let Some((mut word, at)) = word_before(text, start) else {
        return false;
    };
    if word.eq_ignore_ascii_case("the") {
        let Some((w, _)) = word_before(text, at) else {
            return false;
        };
        word = w;
    }
    let word = trim_punct(word).lower();
    lexicon().is_seat_locative(&word)
}

/// Names found by their shape: a run of capitalised words (and joiners between them) whose
/// last organisation word has capitalised words before it or an `of …` tail after it.
fn shaped_names(text: &str, ws: &[Word], out: &mut Vec<Candidate>) {
    let lex = lexicon();
    let word = |i: usize| &text[ws[i].start..ws[i].end];
    let capitalised = |i: usize| word(i).chars().next().is_some_and(char::is_uppercase);
    let joined = |i: usize| {
        // Words i and i + 1 are separated by spaces only (no line break, no punctuation).
        let gap = &text[ws[i].end..ws[i + 1].start];
        !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}')
    };
    let mut i = 0;
    while i < ws.len() {
        if !capitalised(i) {
            i += 1;
            continue;
        }
        // The run: capitalised words, with joiners only between capitalised words.
        let mut run = vec![i];
        let mut j = i;
        while j + 1 < ws.len() && joined(j) && run.len() < 3 * MAX_WORDS {
            if capitalised(j + 1) {
                run.push(j + 1);
                j += 1;
            } else if JOINERS.contains(&word(j + 1)) && j + 2 < ws.len() && joined(j + 1) && capitalised(j + 2) {
                run.push(j + 1);
                run.push(j + 2);
                j += 2;
            } else {
                break;
            }
        }
        i = j + 1;
        if let Some(c) = name_in_run(text, ws, &run, &word, lex) {
            out.push(c);
        }
    }
}

/// The organisation's name inside one run of words, if it has one.
fn name_in_run<'t>(
    text: &'t str,
    ws: &[Word],
    run: &[usize],
    word: &impl Fn(usize) -> &'t str,
    lex: &Lexicon,
) -> Option<Candidate> {
    let last_head = run.iter().rposition(|&k| lex.is_head(word(k)))?;
    // Where the name starts: after leading function words and any possessive ("Ukraine's").
    let mut first = 0;
    for (p, &k) in run.iter().enumerate().take(last_head) {
        let w = word(k);
        if w.ends_with("'s") || w.ends_with("’s") {
            first = p + 1;
        }
    }
    while first < last_head && {
        let w = word(run[first]);
        lex.is_opener(&w.lower()) || lex.is_calendar(w) || JOINERS.contains(&w)
    } {
        first += 1;
    }
    // An "of" before the head with no organisation word before it joins something else to the
    // name: "Shares of … Group" is the group ("Securities and Exchange Commission" stays whole).
    if let Some(j) = (first..last_head).rev().find(|&p| word(run[p]) == "of") {
        if !(first..j).any(|p| lex.is_head(word(run[p]))) {
            first = j + 1;
        }
    }
    // A given name before the head is a person's name misspelt or run on ("Dick Army").
    if first + 1 == last_head && lex.is_given(word(run[first])) {
        return None;
    }
    // The tail: `of …` after the head, up to the run's end.
    // The tail runs to the end of the run, but stops before a month or weekday ("Council on
    // Tuesday") together with the joiner before it.
    let mut last = last_head;
    if run.get(last_head + 1).is_some_and(|&k| TAIL_OPENERS.contains(&word(k))) {
        let mut p = last_head + 1;
        while p + 1 < run.len() && !lex.is_calendar(word(run[p + 1])) {
            p += 1;
            if !JOINERS.contains(&word(run[p])) {
                last = p;
            }
        }
    }
    if first == last_head && last == last_head {
        return None; // A bare "Council" or "Party" names nothing.
    }
    if last - first + 1 > MAX_WORDS {
        return None;
    }
    let (start, end) = (ws[run[first]].start, ws[run[last]].end);
    let name = crate::text::chars::one_line(&text[start..end]);
    let kind = if [
        "Ministry",
        "Department",
        "Administration",
        "Cabinet",
        "Army",
        "Navy",
        "Forces",
        "Guard",
        "Police",
        "Command",
        "Directorate",
        "Secretariat",
        "Parliament",
    ]
    .contains(&word(run[last_head]))
    {
        OrgKind::Government
    } else {
        OrgKind::Other
    };
    Some(Candidate {
        start,
        end,
        name,
        kind,
        known: false,
    })
}

/// Acronyms defined in brackets right after a mention (`International Widget Council (IWC)`)
/// name that body wherever they stand alone later in the text.
fn acronyms(text: &str, ws: &[Word], out: &mut Vec<OrgMention>) {
    // (acronym, name, kind); a text defines few, and only the first [`MAX_ACRONYMS`] count.
    let mut defined: Vec<(&str, String, OrgKind)> = Vec::new();
    for m in out.iter() {
        let rest = &text[m.end..];
        let Some(inner) = rest.strip_prefix(" (").or_else(|| rest.strip_prefix('(')) else {
            continue;
        };
        // An acronym has at most 8 ASCII characters: look no further for the bracket.
        let Some(close) = inner.bytes().take(9).position(|b| b == b')') else { continue };
        let acronym = &inner[..close];
        if (2..=8).contains(&acronym.len())
            && is_all_caps(acronym)
            && acronym.chars().all(|c| c.is_ascii_alphanumeric() || c == '&')
            && defined.len() < MAX_ACRONYMS
            && !defined.iter().any(|(a, _, _)| *a == acronym)
        {
            defined.push((acronym, m.name.clone(), m.kind));
        }
    }
    if defined.is_empty() {
        return;
    }
    let mut extra = Vec::new();
    for w in ws {
        let s = &text[w.start..w.end];
        if let Some((_, name, kind)) = defined.iter().find(|(a, _, _)| *a == s) {
            // `out` is in text order and non-overlapping: the first mention ending after the
            // word's start is the only one that may cover it.
            let next = out.partition_point(|m| m.end <= w.start);
            let covered = out.get(next).is_some_and(|m| m.start < w.end);
            if !covered && char_before(text, w.start) != Some('-') {
                extra.push(OrgMention {
                    start: w.start,
                    end: w.end,
                    name: name.clone(),
                    kind: *kind,
                });
            }
        }
    }
    if extra.is_empty() {
        return;
    }
    // Merge the two lists, both in text order.
    let found = std::mem::take(out);
    let mut extra = extra.into_iter().peekable();
    for m in found {
        while let Some(e) = extra.next_if(|e| e.start < m.start) {
            out.push(e);
        }
        out.push(m);
    }
    out.extend(extra);
}
