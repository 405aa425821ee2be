#![cfg(not(target_arch = "wasm32"))]
//! Integration tests of `datelines timeml` and `datelines eval timeml`: hand-made TimeML files
//! in a temporary folder, and the TempEval-3 TimeBank corpus in ../shared (skipped when absent).

use std::path::{Path, PathBuf};
use std::process::Command;

use datelines::eval::timeml;

const BIN: &str = env!("CARGO_BIN_EXE_datelines");
const TIMEBANK: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/tempeval3/TBAQ-cleaned/TimeBank"
);

/// What a run of the binary gave.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    let output = Command::new(BIN)
        .args(args)
        .output()
        .expect("the datelines binary runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// A fresh, empty temporary folder for one test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("datelines-eval-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    dir
}

/// A small hand-made TimeML document.
const GOOD: &str = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>made-up</DOCID>\n\
    <DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-12-03\" functionInDocument=\"CREATION_TIME\">2025-12-03</TIMEX3></DCT>\n\
    <TEXT>\nThe envoys <EVENT eid=\"e1\" class=\"OCCURRENCE\">met</EVENT> \
    <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-12-02\">yesterday</TIMEX3> in a small town &amp; talked \
    <SIGNAL sid=\"s1\">for</SIGNAL> <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"PT5H\">five hours</TIMEX3>.\n</TEXT>\n\
    <TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t1\"/>\n</TimeML>\n";

/// The figures of the last line, `relaxed_f1=… strict_f1=… type_f1=… value_f1=…`.
fn last_line_figures(stdout: &str) -> Vec<(String, f64)> {
    let last = stdout.lines().last().unwrap_or_default();
    let figures: Vec<(String, f64)> = last
        .split(' ')
        .map(|field| {
            let (name, value) = field.split_once('=').expect("name=value");
            assert_eq!(value.len(), 5, "three decimals: {field}");
            (name.to_string(), value.parse().expect("a number"))
        })
        .collect();
    let names: Vec<&str> = figures.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["relaxed_f1", "strict_f1", "type_f1", "value_f1"],
        "{last}"
    );
    figures
}

#[test]
fn timeml_prints_the_document_with_the_taggers_tags() {
    let dir = temp_dir("timeml");
    let file = dir.join("doc.tml");
    std::fs::write(&file, GOOD).unwrap();
    let r = run(&["timeml", file.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .starts_with("<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>made-up</DOCID>\n<DCT>"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.ends_with("</TEXT>\n<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t1\"/>\n</TimeML>\n"));
    assert!(!r.stdout.contains("<EVENT"), "{}", r.stdout);
    assert!(r.stdout.contains("&amp; talked"), "{}", r.stdout);
    let written = timeml::parse(&r.stdout).expect("the output is TimeML");
    let source = timeml::parse(GOOD).unwrap();
    assert_eq!(written.text, source.text);
    assert_eq!(written.dct.as_deref(), Some("2025-12-03"));
    let yesterday = written
        .timexes
        .iter()
        .find(|t| t.text(&written.text) == "yesterday")
        .expect("the tagger finds 'yesterday'");
    assert_eq!(
        (
            yesterday.tid.as_str(),
            yesterday.kind.as_str(),
            yesterday.value.as_str()
        ),
        ("t1", "DATE", "2025-12-02")
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn eval_scores_a_folder_and_reports_bad_files() {
    let dir = temp_dir("folder");
    std::fs::write(dir.join("a.tml"), GOOD).unwrap();
    // Cut off inside a tag: reported, the rest still scored.
    std::fs::write(
        dir.join("b.tml"),
        &GOOD[..GOOD.find("five hours").unwrap() - 10],
    )
    .unwrap();
    std::fs::write(dir.join("c.tml"), "<TimeML><DOCID>no text</DOCID></TimeML>").unwrap();
    std::fs::write(dir.join("notes.txt"), "not TimeML").unwrap();
    let shown = dir.to_str().unwrap();
    let r = run(&["eval", "timeml", shown, "--errors", "2"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(
        lines[0].starts_with(&format!("{shown}: 1 documents, 2 gold, ")),
        "{}",
        r.stdout
    );
    assert!(lines[0].ends_with("| 2 skipped"), "{}", lines[0]);
    assert!(
        lines[1].starts_with("overall: 1 documents, 2 gold, "),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("value errors by gold type"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("skipped b.tml: line "), "{}", r.stdout);
    assert!(r.stdout.contains("cut off"), "{}", r.stdout);
    assert!(
        r.stdout
            .contains("skipped c.tml: line 1: no <TEXT> element"),
        "{}",
        r.stdout
    );
    let figures = last_line_figures(&r.stdout);
    assert!(figures[0].1 > 0.0, "{}", r.stdout);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_folders_and_arguments_are_one_line_errors() {
    let empty = temp_dir("empty");
    let missing = empty.join("missing");
    for args in [
        vec!["eval", "timeml", missing.to_str().unwrap()],
        vec!["eval", "timeml", empty.to_str().unwrap()],
        vec!["eval", "timeml"],
        vec![
            "eval",
            "timeml",
            empty.to_str().unwrap(),
            "--errors",
            "many",
        ],
        vec![
            "eval",
            "timeml",
            empty.to_str().unwrap(),
            "--mode",
            "poetry",
        ],
        vec!["eval", "timex"],
        vec!["timeml"],
        vec!["timeml", missing.to_str().unwrap()],
    ] {
        let r = run(&args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{args:?}: {}", r.stdout);
        assert_eq!(r.stderr.lines().count(), 1, "{args:?}: {}", r.stderr);
        assert!(
            r.stderr.starts_with("datelines: "),
            "{args:?}: {}",
            r.stderr
        );
    }
    let _ = std::fs::remove_dir_all(&empty);
}

#[test]
fn timebank_scores_above_the_floor() {
    if !Path::new(TIMEBANK).is_dir() {
        println!(
            "skipping: {TIMEBANK} is absent (the shared TempEval-3 data is not on this machine)"
        );
        return;
    }
    let r = run(&[
        "eval", "timeml", TIMEBANK, "--mode", "news", "--errors", "3",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(
        lines[0].starts_with(&format!("{TIMEBANK}: 183 documents, 1243 gold, ")),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with("overall: 183 documents, 1243 gold, "),
        "{}",
        lines[1]
    );
    for part in ["relaxed P=", "strict P=", "type F1=", "value F1="] {
        assert!(lines[1].contains(part), "{}", lines[1]);
    }
    assert!(!r.stdout.contains("skipped"), "{}", r.stdout);
    assert!(
        r.stdout.contains("value errors by gold type"),
        "{}",
        r.stdout
    );
    let figures = last_line_figures(&r.stdout);
    // Floors a little under the measured figures (BENCHMARKS.md): a rule change that loses
    // ground on TimeBank fails here.
    let floors = [
        ("relaxed_f1", 0.932),
        ("strict_f1", 0.886),
        ("type_f1", 0.90),
        ("value_f1", 0.81),
    ];
    for ((name, value), (floor_name, floor)) in figures.iter().zip(floors) {
        assert_eq!(name, floor_name);
        assert!(
            *value >= floor,
            "{name}={value} below the floor {floor}: {}",
            r.stdout
        );
    }
    for (name, value) in &figures {
        assert!((0.0..=1.0).contains(value), "{name}={value}");
    }
    // strict ≤ relaxed, type and value ≤ relaxed.
    assert!(figures[1..].iter().all(|(_, v)| *v <= figures[0].1));
}

#[test]
fn corpus_documents_round_trip() {
    if !Path::new(TIMEBANK).is_dir() {
        println!(
            "skipping: {TIMEBANK} is absent (the shared TempEval-3 data is not on this machine)"
        );
        return;
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(TIMEBANK)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "tml"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        let doc = timeml::parse(&source).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert!(doc.dct_date().is_some(), "{}", file.display());
        let back = timeml::parse(&timeml::write(&doc, &doc.timexes)).unwrap();
        assert_eq!(back.text, doc.text, "{}", file.display());
        let spans = |d: &timeml::Document| -> Vec<(usize, usize, String, String)> {
            d.timexes
                .iter()
                .map(|t| (t.start, t.end, t.kind.clone(), t.value.clone()))
                .collect()
        };
        assert_eq!(spans(&back), spans(&doc), "{}", file.display());
    }
}

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data");

/// The figures of `eval timeml` on a shared corpus, or `None` (with a message) when absent.
fn corpus_figures(dir: &str, mode: &str) -> Option<Vec<(String, f64)>> {
    let path = format!("{DATA}/{dir}");
    if !Path::new(&path).is_dir() {
        println!("skipping: {path} is absent (the shared evaluation data is not on this machine)");
        return None;
    }
    let r = run(&["eval", "timeml", &path, "--mode", mode, "--errors", "0"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stdout.contains("skipped"), "{}", r.stdout);
    Some(last_line_figures(&r.stdout))
}

fn assert_floors(figures: &[(String, f64)], floors: &[(&str, f64)]) {
    for (floor_name, floor) in floors {
        let (_, value) = figures
            .iter()
            .find(|(n, _)| n == floor_name)
            .expect("a named figure");
        assert!(
            *value >= *floor,
            "{floor_name}={value} below the floor {floor}: {figures:?}"
        );
    }
}

#[test]
fn aquaint_scores_above_the_floor() {
    let Some(figures) = corpus_figures("tempeval3/TBAQ-cleaned/AQUAINT", "news") else {
        return;
    };
    assert_floors(
        &figures,
        &[
            ("relaxed_f1", 0.928),
            ("strict_f1", 0.838),
            ("type_f1", 0.889),
            ("value_f1", 0.771),
        ],
    );
}

#[test]
fn wikiwars_scores_above_the_floor_in_narrative_mode() {
    let Some(figures) = corpus_figures("wikiwars/train", "narrative") else {
        return;
    };
    assert_floors(&figures, &[("relaxed_f1", 0.919), ("value_f1", 0.82)]);
}

/// The Recognizers-Text English specs: one line per file, a summary line, and floors per
/// target file a little under what the tagger reaches.
#[test]
fn recognizers_specs_score_above_the_floor() {
    let path = format!("{DATA}/recognizers-text/DateTime-English");
    if !Path::new(&path).is_dir() {
        println!("skipping: {path} is absent (the shared Recognizers-Text specs are not on this machine)");
        return;
    }
    let r = run(&["eval", "recognizers", &path]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 31, "{}", r.stdout);
    assert!(lines[30].starts_with("files=30 cases="), "{}", lines[30]);
    let share = |file: &str| -> f64 {
        let line = lines
            .iter()
            .find(|l| l.starts_with(file))
            .unwrap_or_else(|| panic!("{file}: {}", r.stdout));
        let percent = line
            .split_whitespace()
            .find(|w| w.ends_with('%'))
            .expect("a percentage");
        percent.trim_end_matches('%').parse().expect("a number")
    };
    let floors = [
        ("DateParser.json", 83.0),
        ("DatePeriodParser.json", 62.0),
        ("DurationParser.json", 95.0),
        ("SetParser.json", 77.0),
        ("DateTimeParser.json", 72.5),
    ];
    for (file, floor) in floors {
        assert!(
            share(file) >= floor,
            "{file}: {} below {floor}%\n{}",
            share(file),
            r.stdout
        );
    }
}

#[test]
fn recognizers_needs_a_directory_of_specs() {
    let empty = temp_dir("recognizers-empty");
    for args in [
        vec!["eval", "recognizers"],
        vec!["eval", "recognizers", empty.to_str().unwrap()],
    ] {
        let r = run(&args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(
            r.stderr.starts_with("datelines: "),
            "{args:?}: {}",
            r.stderr
        );
    }
    let _ = std::fs::remove_dir_all(&empty);
}
