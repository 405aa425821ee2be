//! The TempEval-3 Task A scorer: how well system TIMEX3s match gold TIMEX3s.
//!
//! System spans are matched one-to-one to gold spans of the same document ([`align`]):
//! *strict* matches have identical extents, *relaxed* matches overlap (every strict match is a
//! relaxed one). Precision = matches / system timexes, recall = matches / gold timexes, F1 their
//! harmonic mean, for both. *Type F1* and *value F1* are the relaxed F1 times the share of
//! relaxed matches whose type / value equals the gold's. The DCT is an input, never scored.
//! A [`Report`] sums the counts over every document it is given (micro-average) and keeps a
//! breakdown of the errors by type, with a few examples each, to show where the tagger goes wrong.
//!
//! ```
//! use datelines::eval::{tempeval, timeml};
//! let gold = timeml::parse("<TEXT><TIMEX3 type=\"DATE\" value=\"2001-02-02\">Friday</TIMEX3> \
//!     <TIMEX3 type=\"DURATION\" value=\"P2D\">two days</TIMEX3></TEXT>").unwrap();
//! let system = timeml::parse("<TEXT><TIMEX3 type=\"DATE\" value=\"2001-02-09\">Friday</TIMEX3> \
//!     two days</TEXT>").unwrap();
//! let mut report = tempeval::Report::new();
//! report.add("doc", &gold, &system.timexes);
//! let c = &report.counts;
//! assert_eq!((c.gold, c.system, c.relaxed, c.strict, c.value_match), (2, 1, 1, 1, 0));
//! assert_eq!(c.relaxed().precision, 1.0);
//! assert_eq!(c.relaxed().recall, 0.5);
//! assert_eq!(c.value_f1(), 0.0);
//! ```

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use super::timeml::{Annotation, Document};

pub use super::Prf;

/// `a / b`, 0 when `b` is 0.
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The counts everything is computed from; they add up over documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Gold timexes.
    pub gold: usize,
    /// System timexes.
    pub system: usize,
    /// Relaxed (overlapping) matches.
    pub relaxed: usize,
    /// Strict (identical extent) matches.
    pub strict: usize,
    /// Relaxed matches whose type equals the gold's.
    pub type_match: usize,
    /// Relaxed matches whose value equals the gold's.
    pub value_match: usize,
}

impl Counts {
    /// Add another document's (or collection's) counts.
    pub fn add(&mut self, other: &Counts) {
        self.gold += other.gold;
        self.system += other.system;
        self.relaxed += other.relaxed;
        self.strict += other.strict;
        self.type_match += other.type_match;
        self.value_match += other.value_match;
    }

    /// Relaxed (overlap) precision, recall, F1.
    pub fn relaxed(&self) -> Prf {
        Prf::from_counts(self.relaxed, self.system, self.gold)
    }

    /// Strict (identical extent) precision, recall, F1.
    pub fn strict(&self) -> Prf {
        Prf::from_counts(self.strict, self.system, self.gold)
    }

    /// Relaxed F1 × the share of relaxed matches with the gold's type.
    pub fn type_f1(&self) -> f64 {
        self.relaxed().f1 * ratio(self.type_match, self.relaxed)
    }

    /// Relaxed F1 × the share of relaxed matches with the gold's value.
    pub fn value_f1(&self) -> f64 {
        self.relaxed().f1 * ratio(self.value_match, self.relaxed)
    }
}

/// One matched pair of [`align`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    /// Index into the gold annotations.
    pub gold: usize,
    /// Index into the system annotations.
    pub system: usize,
    /// Whether the two have identical extents (a strict match).
    pub strict: bool,
}

/// Match system spans to gold spans one-to-one: first pairs with identical extents (strict),
/// then, among the rest, each gold span in document order takes the first unmatched system span
/// that overlaps it. Empty spans match nothing. The result is sorted by gold index.
///
/// Near-linear for spans that do not nest (sorting aside).
pub fn align(gold: &[Annotation], system: &[Annotation]) -> Vec<Match> {
    let by_position = |list: &[Annotation]| {
        let mut order: Vec<usize> = (0..list.len())
            .filter(|&i| list[i].start < list[i].end)
            .collect();
        order.sort_by_key(|&i| (list[i].start, list[i].end, i));
        order
    };
    let gold_order = by_position(gold);
    let system_order = by_position(system);
    let mut gold_taken = vec![false; gold.len()];
    let mut system_taken = vec![false; system.len()];
    let mut matches = Vec::new();
    // Strict: a merge of the two lists sorted by extent.
    let (mut g, mut s) = (0, 0);
    while g < gold_order.len() && s < system_order.len() {
        let (gi, si) = (gold_order[g], system_order[s]);
        let (gk, sk) = (
            (gold[gi].start, gold[gi].end),
            (system[si].start, system[si].end),
        );
        if gk < sk {
            g += 1;
        } else if sk < gk {
            s += 1;
        } else {
            matches.push(Match {
                gold: gi,
                system: si,
                strict: true,
            });
            gold_taken[gi] = true;
            system_taken[si] = true;
            g += 1;
            s += 1;
        }
    }
    // Relaxed: greedy overlap in document order.
    let mut first = 0;
    for &gi in &gold_order {
        if gold_taken[gi] {
            continue;
        }
        let span = &gold[gi];
        // System spans ending before this gold starts end before every later gold starts too.
        while first < system_order.len() && {
            let si = system_order[first];
            system_taken[si] || system[si].end <= span.start
        } {
            first += 1;
        }
        for &si in &system_order[first..] {
            if system[si].start >= span.end {
                break;
            }
            if !system_taken[si] && system[si].end > span.start {
                matches.push(Match {
                    gold: gi,
                    system: si,
                    strict: false,
                });
                gold_taken[gi] = true;
                system_taken[si] = true;
                break;
            }
        }
    }
    matches.sort_by_key(|m| m.gold);
    matches
}

/// One error kept as an example.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// The document's name.
    pub document: String,
    /// The gold timex's words (empty for a spurious system timex).
    pub gold_text: String,
    /// The gold type (empty for a spurious system timex).
    pub gold_type: String,
    /// The gold value (empty for a spurious system timex).
    pub gold_value: String,
    /// The system timex's words (empty for a missed gold timex).
    pub system_text: String,
    /// The system type (empty for a missed gold timex).
    pub system_type: String,
    /// The system value (empty for a missed gold timex).
    pub system_value: String,
}

impl Example {
    /// What groups errors alike: the words (case aside), the types and the value shapes.
    fn group_key(&self) -> String {
        format!(
            "{}\u{1}{}\u{1}{}\u{1}{}\u{1}{}\u{1}{}",
            self.gold_text.to_lowercase(),
            self.system_text.to_lowercase(),
            self.gold_type,
            self.system_type,
            shape(&self.gold_value),
            shape(&self.system_value)
        )
    }

    /// One line: `"gold text" → system value (gold value)`, with the system's words and type
    /// when they differ from the gold's, and the document.
    pub fn describe(&self) -> String {
        let mut line = if self.system_type.is_empty() {
            format!(
                "\"{}\" {} {} missed",
                self.gold_text, self.gold_type, self.gold_value
            )
        } else if self.gold_type.is_empty() {
            format!(
                "\"{}\" → {} {} spurious",
                self.system_text, self.system_type, self.system_value
            )
        } else {
            let mut line = format!(
                "\"{}\" → {} ({})",
                self.gold_text, self.system_value, self.gold_value
            );
            if self.system_text != self.gold_text {
                let _ = write!(line, " from \"{}\"", self.system_text);
            }
            if self.system_type != self.gold_type {
                let _ = write!(line, " as {}", self.system_type);
            }
            line
        };
        let _ = write!(line, "  [{}]", self.document);
        line
    }
}

/// The errors of one kind, in groups: errors with the same words (case aside), types and value
/// shapes (see [`shape`]) form one group, shown by its first example with its size.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Errors {
    /// How many errors.
    pub count: usize,
    /// The groups in order of first occurrence: the first example and the group's size.
    pub groups: Vec<(Example, usize)>,
    /// Group key → index in `groups`.
    index: HashMap<String, usize>,
}

impl Errors {
    /// Count one more error.
    fn push(&mut self, example: Example) {
        self.add(example, 1);
    }

    /// Count `n` more errors like `example`.
    fn add(&mut self, example: Example, n: usize) {
        self.count += n;
        let key = example.group_key();
        match self.index.get(&key) {
            Some(&at) => self.groups[at].1 += n,
            None => {
                self.index.insert(key, self.groups.len());
                self.groups.push((example, n));
            }
        }
    }

    /// Add another collection's errors.
    fn merge(&mut self, other: &Errors) {
        for (example, n) in &other.groups {
            self.add(example.clone(), *n);
        }
    }

    /// The `n` largest groups, largest first (the earlier first among equals).
    pub fn top(&self, n: usize) -> Vec<&(Example, usize)> {
        let mut groups: Vec<&(Example, usize)> = self.groups.iter().collect();
        groups.sort_by_key(|(_, size)| std::cmp::Reverse(*size));
        groups.truncate(n);
        groups
    }
}

/// How the gold timexes of one type fared.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TypeBreakdown {
    /// Gold timexes of this type.
    pub gold: usize,
    /// Of these, found (relaxed match).
    pub found: usize,
    /// Of these, found with the gold's value.
    pub value_right: usize,
    /// Found with another value.
    pub wrong_value: Errors,
    /// The value errors by shape, `(system shape, gold shape)` with digits as `9`
    /// (`9999-99-99` for `9999-99`): which forms the tagger confuses.
    pub value_shapes: HashMap<(String, String), usize>,
    /// Not found at all.
    pub missed: Errors,
}

/// A value with every ASCII digit replaced by `9`.
pub fn shape(value: &str) -> String {
    value
        .chars()
        .map(|c| if c.is_ascii_digit() { '9' } else { c })
        .collect()
}

/// The scores of a collection of documents and the breakdown of their errors.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Report {
    /// Counts summed over the documents.
    pub counts: Counts,
    /// Documents scored.
    pub documents: usize,
    /// Documents that could not be scored: (name, why).
    pub skipped: Vec<(String, String)>,
    /// How the gold timexes fared, by gold type.
    pub by_gold_type: BTreeMap<String, TypeBreakdown>,
    /// System timexes that match no gold timex, by system type.
    pub spurious: BTreeMap<String, Errors>,
}

impl Report {
    /// An empty report.
    pub fn new() -> Self {
        Report::default()
    }

    /// Score one document: `gold` (its text and gold timexes) against the `system` timexes
    /// found in the same text.
    pub fn add(&mut self, name: &str, gold: &Document, system: &[Annotation]) {
        let text = &gold.text;
        let words = |a: &Annotation| {
            a.text(text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let example = |g: Option<&Annotation>, s: Option<&Annotation>| Example {
            document: name.to_string(),
            gold_text: g.map(words).unwrap_or_default(),
            gold_type: g.map(|g| g.kind.clone()).unwrap_or_default(),
            gold_value: g.map(|g| g.value.clone()).unwrap_or_default(),
            system_text: s.map(words).unwrap_or_default(),
            system_type: s.map(|s| s.kind.clone()).unwrap_or_default(),
            system_value: s.map(|s| s.value.clone()).unwrap_or_default(),
        };
        let gold = &gold.timexes;
        let matches = align(gold, system);
        let mut counts = Counts {
            gold: gold.len(),
            system: system.len(),
            relaxed: matches.len(),
            ..Counts::default()
        };
        let mut found = vec![false; gold.len()];
        let mut used = vec![false; system.len()];
        for m in &matches {
            let (g, s) = (&gold[m.gold], &system[m.system]);
            found[m.gold] = true;
            used[m.system] = true;
            counts.strict += usize::from(m.strict);
            counts.type_match += usize::from(g.kind == s.kind);
            let breakdown = self.by_gold_type.entry(g.kind.clone()).or_default();
            breakdown.found += 1;
            if g.value == s.value {
                counts.value_match += 1;
                breakdown.value_right += 1;
            } else {
                breakdown.wrong_value.push(example(Some(g), Some(s)));
                *breakdown
                    .value_shapes
                    .entry((shape(&s.value), shape(&g.value)))
                    .or_default() += 1;
            }
        }
        for (g, found) in gold.iter().zip(&found) {
            let breakdown = self.by_gold_type.entry(g.kind.clone()).or_default();
            breakdown.gold += 1;
            if !found {
                breakdown.missed.push(example(Some(g), None));
            }
        }
        for (s, used) in system.iter().zip(&used) {
            if !used {
                self.spurious
                    .entry(s.kind.clone())
                    .or_default()
                    .push(example(None, Some(s)));
            }
        }
        self.counts.add(&counts);
        self.documents += 1;
    }

    /// Note a document that could not be scored.
    pub fn skip(&mut self, name: &str, why: &str) {
        self.skipped.push((name.to_string(), why.to_string()));
    }

    /// Add another report's documents.
    pub fn merge(&mut self, other: &Report) {
        self.counts.add(&other.counts);
        self.documents += other.documents;
        self.skipped.extend(other.skipped.iter().cloned());
        for (kind, theirs) in &other.by_gold_type {
            let ours = self.by_gold_type.entry(kind.clone()).or_default();
            ours.gold += theirs.gold;
            ours.found += theirs.found;
            ours.value_right += theirs.value_right;
            ours.wrong_value.merge(&theirs.wrong_value);
            ours.missed.merge(&theirs.missed);
            for (key, n) in &theirs.value_shapes {
                *ours.value_shapes.entry(key.clone()).or_default() += n;
            }
        }
        for (kind, theirs) in &other.spurious {
            self.spurious.entry(kind.clone()).or_default().merge(theirs);
        }
    }

    /// One line of scores: `LABEL: N documents, G gold, S system | relaxed P R F1 | strict P R
    /// F1 | type F1 | value F1`, with the skipped documents, if any.
    pub fn summary(&self, label: &str) -> String {
        let c = &self.counts;
        let (r, s) = (c.relaxed(), c.strict());
        let mut line = format!(
            "{label}: {} documents, {} gold, {} system | relaxed P={:.3} R={:.3} F1={:.3} | strict P={:.3} R={:.3} F1={:.3} | type F1={:.3} | value F1={:.3}",
            self.documents, c.gold, c.system, r.precision, r.recall, r.f1, s.precision, s.recall, s.f1, c.type_f1(), c.value_f1()
        );
        if !self.skipped.is_empty() {
            let _ = write!(line, " | {} skipped", self.skipped.len());
        }
        line.push('\n');
        line
    }

    /// The breakdown of errors, most frequent kinds first, with the `examples` largest groups of
    /// alike errors each (an example, `×N` for a group of N):
    /// gold timexes by type (found, right value), value errors by gold type (with the most
    /// common confusions of value shapes), missed gold timexes by type, spurious system timexes
    /// by type.
    pub fn breakdown(&self, examples: usize) -> String {
        let mut out = String::new();
        let mut types: Vec<(&String, &TypeBreakdown)> = self.by_gold_type.iter().collect();
        types.sort_by_key(|(kind, b)| (std::cmp::Reverse(b.gold), *kind));
        out.push_str("gold timexes by type: gold / found (relaxed) / right value\n");
        for (kind, b) in &types {
            let _ = writeln!(
                out,
                "  {:<9} {:>5} {:>5} {:>5}",
                shown(kind),
                b.gold,
                b.found,
                b.value_right
            );
        }
        types.sort_by_key(|(kind, b)| (std::cmp::Reverse(b.wrong_value.count), *kind));
        out.push_str("value errors by gold type (relaxed matches with another value):\n");
        for (kind, b) in types.iter().filter(|(_, b)| b.wrong_value.count > 0) {
            let _ = writeln!(
                out,
                "  {}: {} of {} found",
                shown(kind),
                b.wrong_value.count,
                b.found
            );
            if examples > 0 {
                let mut shapes: Vec<_> = b.value_shapes.iter().collect();
                shapes.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
                let list: Vec<String> = shapes
                    .iter()
                    .take(examples)
                    .map(|((system, gold), n)| {
                        format!("{} for {} ×{n}", shown(system), shown(gold))
                    })
                    .collect();
                let _ = writeln!(out, "    shapes (system for gold): {}", list.join(", "));
            }
            write_groups(&mut out, &b.wrong_value, examples);
        }
        types.sort_by_key(|(kind, b)| (std::cmp::Reverse(b.missed.count), *kind));
        out.push_str("missed gold timexes by type:\n");
        for (kind, b) in types.iter().filter(|(_, b)| b.missed.count > 0) {
            let _ = writeln!(out, "  {}: {} of {}", shown(kind), b.missed.count, b.gold);
            write_groups(&mut out, &b.missed, examples);
        }
        let mut spurious: Vec<_> = self.spurious.iter().collect();
        spurious.sort_by_key(|(kind, e)| (std::cmp::Reverse(e.count), *kind));
        out.push_str("spurious system timexes by type:\n");
        for (kind, e) in spurious {
            let _ = writeln!(out, "  {}: {}", shown(kind), e.count);
            write_groups(&mut out, e, examples);
        }
        for (name, why) in &self.skipped {
            let _ = writeln!(out, "skipped {name}: {why}");
        }
        out
    }

    /// The last line: `relaxed_f1=0.xxx strict_f1=0.xxx type_f1=0.xxx value_f1=0.xxx`.
    pub fn last_line(&self) -> String {
        let c = &self.counts;
        format!(
            "relaxed_f1={:.3} strict_f1={:.3} type_f1={:.3} value_f1={:.3}\n",
            c.relaxed().f1,
            c.strict().f1,
            c.type_f1(),
            c.value_f1()
        )
    }
}

/// The `n` largest groups of `errors`, one line each.
fn write_groups(out: &mut String, errors: &Errors, n: usize) {
    for (example, size) in errors.top(n) {
        let times = if *size > 1 {
            format!(" ×{size}")
        } else {
            String::new()
        };
        let _ = writeln!(out, "    {}{times}", example.describe());
    }
}

/// A type or value as shown, `(none)` when empty.
fn shown(s: &str) -> &str {
    if s.is_empty() {
        "(none)"
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::timeml::parse;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    fn span(start: usize, end: usize) -> Annotation {
        Annotation {
            start,
            end,
            kind: "DATE".into(),
            ..Annotation::default()
        }
    }

    #[test]
    fn prf_arithmetic() {
        let p = Prf::from_counts(3, 4, 6);
        assert!(close(p.precision, 0.75) && close(p.recall, 0.5) && close(p.f1, 0.6));
        assert_eq!(Prf::from_counts(0, 0, 0), Prf::default());
        assert_eq!(Prf::from_counts(0, 3, 2).f1, 0.0);
    }

    #[test]
    fn alignment_is_one_to_one_and_prefers_identical_extents() {
        // Gold [0,10) overlaps system [0,4) and [5,10); [5,10) is no identical extent either:
        // the first overlapping one wins, the other stays unmatched.
        let m = align(&[span(0, 10)], &[span(0, 4), span(5, 10)]);
        assert_eq!(
            m,
            [Match {
                gold: 0,
                system: 0,
                strict: false
            }]
        );
        // Two gold inside one system span: only the first gets it.
        let m = align(&[span(0, 3), span(4, 8)], &[span(0, 8)]);
        assert_eq!(
            m,
            [Match {
                gold: 0,
                system: 0,
                strict: false
            }]
        );
        // An identical extent is taken even when an earlier system span overlaps.
        let m = align(&[span(2, 8)], &[span(0, 4), span(2, 8)]);
        assert_eq!(
            m,
            [Match {
                gold: 0,
                system: 1,
                strict: true
            }]
        );
        // Touching is not overlapping; empty spans match nothing; input order does not matter.
        assert!(align(&[span(0, 3)], &[span(3, 6)]).is_empty());
        assert!(align(&[span(2, 2)], &[span(2, 2), span(0, 1)]).is_empty());
        let m = align(&[span(10, 12), span(0, 3)], &[span(1, 2), span(10, 12)]);
        assert_eq!(
            m,
            [
                Match {
                    gold: 0,
                    system: 1,
                    strict: true
                },
                Match {
                    gold: 1,
                    system: 0,
                    strict: false
                }
            ]
        );
        // A long system span reaching far past the gold spans before it is still found.
        let m = align(&[span(0, 2), span(20, 22)], &[span(5, 6), span(3, 30)]);
        assert_eq!(
            m,
            [Match {
                gold: 1,
                system: 1,
                strict: false
            }]
        );
    }

    /// A hand-made gold document and a system answer, scored by hand:
    ///
    /// gold:   "On [Monday DATE 2010-05-03] the [three-day DURATION P3D] meeting began; by
    ///         [May 7 DATE 2010-05-07] it ended [every spring SET XXXX-SP]." (4 gold)
    /// system: [On Monday DATE 2010-05-03] (relaxed, type ok, value ok),
    ///         [three-day DATE P3D] (strict, type wrong, value ok),
    ///         [May 7 DATE 2011-05-07] (strict, value wrong),
    ///         [meeting DATE XXXX] (spurious). (4 system, 3 relaxed, 2 strict, 2 type, 2 value)
    #[test]
    fn scores_a_hand_made_document() {
        let gold = parse(
            "<DCT><TIMEX3 value=\"2010-05-01\"/></DCT><TEXT>On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2010-05-03\">Monday</TIMEX3> \
             the <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3D\">three-day</TIMEX3> meeting began; by \
             <TIMEX3 tid=\"t3\" type=\"DATE\" value=\"2010-05-07\">May 7</TIMEX3> it ended \
             <TIMEX3 tid=\"t4\" type=\"SET\" value=\"XXXX-SP\" quant=\"EVERY\">every spring</TIMEX3>.</TEXT>",
        )
        .unwrap();
        let system = parse(
            "<TEXT><TIMEX3 type=\"DATE\" value=\"2010-05-03\">On Monday</TIMEX3> \
             the <TIMEX3 type=\"DATE\" value=\"P3D\">three-day</TIMEX3> <TIMEX3 type=\"DATE\" value=\"XXXX\">meeting</TIMEX3> began; by \
             <TIMEX3 type=\"DATE\" value=\"2011-05-07\">May 7</TIMEX3> it ended every spring.</TEXT>",
        )
        .unwrap();
        assert_eq!(system.text, gold.text);
        let mut report = Report::new();
        report.add("hand", &gold, &system.timexes);
        let c = report.counts;
        assert_eq!(
            c,
            Counts {
                gold: 4,
                system: 4,
                relaxed: 3,
                strict: 2,
                type_match: 2,
                value_match: 2
            }
        );
        // Relaxed P = R = 3/4, F1 = 0.75; strict P = R = F1 = 0.5.
        let (r, s) = (c.relaxed(), c.strict());
        assert!(close(r.precision, 0.75) && close(r.recall, 0.75) && close(r.f1, 0.75));
        assert!(close(s.precision, 0.5) && close(s.recall, 0.5) && close(s.f1, 0.5));
        // Type and value F1 = 0.75 × 2/3 = 0.5.
        assert!(close(c.type_f1(), 0.5) && close(c.value_f1(), 0.5));
        assert_eq!(
            report.last_line(),
            "relaxed_f1=0.750 strict_f1=0.500 type_f1=0.500 value_f1=0.500\n"
        );

        let date = &report.by_gold_type["DATE"];
        assert_eq!(
            (
                date.gold,
                date.found,
                date.value_right,
                date.wrong_value.count
            ),
            (2, 2, 1, 1)
        );
        assert_eq!(
            date.wrong_value.groups[0].0.describe(),
            "\"May 7\" → 2011-05-07 (2010-05-07)  [hand]"
        );
        assert_eq!(
            date.value_shapes[&("9999-99-99".to_string(), "9999-99-99".to_string())],
            1
        );
        let set = &report.by_gold_type["SET"];
        assert_eq!((set.gold, set.found, set.missed.count), (1, 0, 1));
        assert_eq!(
            set.missed.groups[0].0.describe(),
            "\"every spring\" SET XXXX-SP missed  [hand]"
        );
        assert_eq!(report.spurious["DATE"].count, 1);
        assert_eq!(
            report.spurious["DATE"].groups[0].0.describe(),
            "\"meeting\" → DATE XXXX spurious  [hand]"
        );
        let text = report.breakdown(5);
        assert!(text.contains("value errors by gold type"), "{text}");
        assert!(text.contains("  DATE: 1 of 2 found\n"), "{text}");
        assert!(
            text.contains("\"May 7\" → 2011-05-07 (2010-05-07)"),
            "{text}"
        );
        assert!(text.contains("  SET: 1 of 1\n"), "{text}");
        let line = report.summary("hand");
        assert!(line.starts_with("hand: 1 documents, 4 gold, 4 system | relaxed P=0.750 R=0.750 F1=0.750 | strict P=0.500"), "{line}");
    }

    /// Counts add up over documents (micro-average), not scores.
    #[test]
    fn reports_micro_average_and_merge() {
        // Document A: 1 gold, 1 system, matched with the right value.
        let a = parse("<TEXT><TIMEX3 type=\"DATE\" value=\"1999\">1999</TIMEX3> x</TEXT>").unwrap();
        // Document B: 3 gold, no system timex.
        let b = parse(
            "<TEXT><TIMEX3 type=\"DATE\" value=\"1\">a</TIMEX3> <TIMEX3 type=\"DATE\" value=\"2\">b</TIMEX3> \
             <TIMEX3 type=\"TIME\" value=\"3\">c</TIMEX3></TEXT>",
        )
        .unwrap();
        let mut first = Report::new();
        first.add("a", &a, &a.timexes);
        let mut second = Report::new();
        second.add("b", &b, &[]);
        second.skip("c", "line 1: no <TEXT> element");
        let mut all = Report::new();
        all.merge(&first);
        all.merge(&second);
        // Micro: P = 1/1, R = 1/4, F1 = 0.4 (the macro mean of the two documents' F1 would be 0.5).
        let r = all.counts.relaxed();
        assert!(close(r.precision, 1.0) && close(r.recall, 0.25) && close(r.f1, 0.4));
        assert_eq!((all.documents, all.skipped.len()), (2, 1));
        let date = &all.by_gold_type["DATE"];
        assert_eq!(
            (
                date.gold,
                date.found,
                date.missed.count,
                date.missed.groups.len()
            ),
            (3, 1, 2, 2)
        );
        assert!(all.summary("all").trim_end().ends_with("| 1 skipped"));
        assert!(all
            .breakdown(0)
            .contains("skipped c: line 1: no <TEXT> element"));
        // Alike errors group: same words (case aside), types and value shapes.
        let c = parse(
            "<TEXT><TIMEX3 type=\"DATE\" value=\"2001-01-01\">Monday</TIMEX3> <TIMEX3 type=\"DATE\" value=\"2002-02-04\">monday</TIMEX3> \
             <TIMEX3 type=\"DATE\" value=\"XXXX-WXX-1\">Monday</TIMEX3></TEXT>",
        )
        .unwrap();
        let mut grouped = Report::new();
        grouped.add("c", &c, &[]);
        let missed = &grouped.by_gold_type["DATE"].missed;
        assert_eq!(missed.count, 3);
        assert_eq!(
            missed
                .top(5)
                .iter()
                .map(|(e, n)| (e.gold_value.as_str(), *n))
                .collect::<Vec<_>>(),
            [("2001-01-01", 2), ("XXXX-WXX-1", 1)]
        );
        assert!(
            grouped
                .breakdown(1)
                .contains("\"Monday\" DATE 2001-01-01 missed  [c] ×2\n"),
            "{}",
            grouped.breakdown(1)
        );
        assert!(!grouped.breakdown(1).contains("XXXX-WXX-1"));
        // An empty report scores 0 without dividing by zero.
        assert_eq!(
            Report::new().last_line(),
            "relaxed_f1=0.000 strict_f1=0.000 type_f1=0.000 value_f1=0.000\n"
        );
    }
}
