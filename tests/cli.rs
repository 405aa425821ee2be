#![cfg(not(target_arch = "wasm32"))]
//! Integration tests of the `datelines` binary: arguments, file reading, errors, formats, the
//! built-in sample, and the seed acceptance test (needs /work/shared; skipped when absent).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use datelines::{Analysis, DctSource, Event, Granularity, Status};

const BIN: &str = env!("CARGO_BIN_EXE_datelines");
const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared");

/// What a run of the binary gave.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Run the binary with `args` and `stdin` (empty when `None`).
fn run(args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the datelines binary runs");
    {
        let mut pipe = child.stdin.take().expect("stdin is piped");
        if let Some(bytes) = stdin {
            // A run that fails early never reads its input: a broken pipe here is fine.
            let _ = pipe.write_all(bytes);
        }
    }
    let output = child.wait_with_output().expect("the datelines binary ends");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Assert a usage error: exit 2, nothing on stdout, exactly one `datelines: …` line on stderr
/// containing `needle`.
fn assert_usage_error(run: &Run, needle: &str) {
    assert_eq!(run.code, 2, "exit status; stderr: {}", run.stderr);
    assert!(
        run.stdout.is_empty(),
        "stdout should be empty: {}",
        run.stdout
    );
    assert_eq!(
        run.stderr.lines().count(),
        1,
        "one line on stderr: {:?}",
        run.stderr
    );
    assert!(run.stderr.starts_with("datelines: "), "{:?}", run.stderr);
    assert!(
        run.stderr.contains(needle),
        "stderr {:?} should contain {needle:?}",
        run.stderr
    );
}

/// Parse stdout as an Analysis.
fn analysis(run: &Run) -> Analysis {
    assert_eq!(run.code, 0, "exit status; stderr: {}", run.stderr);
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("stdout is not an Analysis: {e}\n{}", run.stdout))
}

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch directory");
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("scratch file");
    path.to_string_lossy().into_owned()
}

// ---- help and version ----

#[test]
fn help_in_three_spellings() {
    for args in [
        &["--help"][..],
        &["-h"],
        &["help"],
        &["help", "analyze"],
        &["analyze", "--help"],
        &["tag", "-h"],
    ] {
        let r = run(args, None);
        assert_eq!(r.code, 0, "{args:?}");
        assert!(r.stdout.contains("Usage:"), "{args:?}");
        assert!(r.stdout.contains("datelines analyze [FILE ...]"));
        assert!(r.stdout.contains("datelines tag"));
        assert!(r.stderr.is_empty());
    }
}

#[test]
fn version() {
    let r = run(&["--version"], None);
    assert_eq!(r.code, 0);
    assert_eq!(
        r.stdout,
        format!("datelines {}\n", env!("CARGO_PKG_VERSION"))
    );
}

// ---- usage errors ----

#[test]
fn no_command() {
    assert_usage_error(&run(&[], None), "no command");
}

#[test]
fn unknown_command() {
    assert_usage_error(&run(&["frobnicate"], None), "unknown command 'frobnicate'");
    assert_usage_error(
        &run(&["help", "frobnicate"], None),
        "unknown command 'frobnicate'",
    );
}

#[test]
fn unknown_options() {
    assert_usage_error(
        &run(&["analyze", "--verbose"], None),
        "unknown option '--verbose'",
    );
    assert_usage_error(
        &run(&["--dct", "2025-12-03", "analyze"], None),
        "unknown option '--dct'",
    );
    // --mode belongs to tag, --format to analyze.
    assert_usage_error(
        &run(&["analyze", "--mode", "news"], None),
        "unknown option '--mode'",
    );
    assert_usage_error(
        &run(&["tag", "--format", "text"], Some(b"x")),
        "unknown option '--format'",
    );
}

#[test]
fn missing_option_values() {
    assert_usage_error(&run(&["analyze", "--dct"], None), "'--dct' needs a value");
    assert_usage_error(
        &run(&["analyze", "--format"], None),
        "'--format' needs a value",
    );
    assert_usage_error(
        &run(&["analyze", "--dct", "--format", "text"], None),
        "'--dct' needs a value",
    );
    assert_usage_error(&run(&["tag", "--mode"], None), "'--mode' needs a value");
}

#[test]
fn bad_dct() {
    for bad in ["2025-13-40", "yesterday", "03.12.2025", ""] {
        assert_usage_error(&run(&["analyze", "--dct", bad], None), "--dct");
        assert_usage_error(
            &run(&["tag", &format!("--dct={bad}")], Some(b"x")),
            "is not a date",
        );
    }
}

#[test]
fn bad_format_and_mode() {
    assert_usage_error(
        &run(&["analyze", "--format", "xml"], None),
        "unknown format 'xml'",
    );
    assert_usage_error(
        &run(&["tag", "--mode", "poetry"], Some(b"x")),
        "unknown mode 'poetry'",
    );
}

#[test]
fn missing_file() {
    let r = run(&["analyze", "no-such-file.txt"], None);
    assert_usage_error(&r, "cannot read 'no-such-file.txt'");
    assert_eq!(
        r.stderr,
        "datelines: cannot read 'no-such-file.txt': No such file or directory\n"
    );
    assert_usage_error(
        &run(&["tag", "no-such-file.txt"], None),
        "cannot read 'no-such-file.txt'",
    );
}

#[test]
fn directory_is_unreadable() {
    let dir = scratch("dir");
    let path = dir.to_string_lossy().into_owned();
    assert_usage_error(&run(&["analyze", &path], None), "cannot read");
}

#[test]
fn binary_files_and_stdin() {
    let dir = scratch("binary");
    let nul = write(&dir, "image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let latin1 = write(&dir, "latin1.json", b"{\"id\":\"a\",\"text\":\"caf\xe9\"}");
    assert_usage_error(&run(&["analyze", &nul], None), "binary");
    assert_usage_error(&run(&["analyze", &latin1], None), "binary");
    assert_usage_error(&run(&["tag", &nul], None), "binary");
    assert_usage_error(&run(&["analyze", "-"], Some(b"abc\0def")), "standard input");
}

#[test]
fn malformed_json() {
    let dir = scratch("json");
    let broken = write(
        &dir,
        "broken.json",
        b"[\n  {\"id\": \"a\", \"text\": \"x\"},\n  {\"id\": \"b\" \"text\": \"y\"}\n]\n",
    );
    let r = run(&["analyze", &broken], None);
    assert_usage_error(&r, "broken.json");
    assert!(r.stderr.contains("line 3"), "{}", r.stderr);

    let lines = write(
        &dir,
        "lines.jsonl",
        b"{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\"}\n",
    );
    let r = run(&["analyze", &lines], None);
    assert_usage_error(&r, "missing field `text`");
    assert!(r.stderr.contains("line 2"), "{}", r.stderr);
}

#[test]
fn tag_reads_one_text() {
    assert_usage_error(&run(&["tag", "a.txt", "b.txt"], None), "one text");
}

// ---- successful runs ----

#[test]
fn analyze_builtin_sample_in_both_formats() {
    analysis(&run(&["analyze"], None));
    let r = run(&["analyze", "--format", "text"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("Timeline: "), "{}", r.stdout);
    assert!(r.stdout.contains("\nSummary\n"));
    assert!(r.stdout.contains("\nArticle dates\n"));
    let r = run(&["analyze", "--format=text", "--dct=2025-12-03"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn analyze_empty_input_succeeds() {
    let r = run(&["analyze", "-"], Some(b""));
    let a = analysis(&r);
    assert!(a.events.is_empty() && a.summary.is_empty());
    let dir = scratch("empty");
    let empty_txt = write(&dir, "empty.txt", b"");
    let empty_json = write(&dir, "empty.json", b"[]");
    analysis(&run(&["analyze", &empty_txt, &empty_json], None));
    let r = run(&["analyze", "--format", "text", "-"], Some(b"\n---\n"));
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn analyze_mixed_files_and_stdin() {
    let dir = scratch("mixed");
    let txt = write(
        &dir,
        "000_abc.txt",
        "MOSCOW, Dec. 3, 2025 — Envoys met Putin yesterday.\n".as_bytes(),
    );
    let json = write(
        &dir,
        "more.json",
        br#"[{"id": "j1", "text": "On Tuesday the envoys met Putin.", "published": "2025-12-03"}]"#,
    );
    let jsonl = write(&dir, "more.JSONL", b"{\"id\":\"l1\",\"text\":\"Talks in Geneva.\"}\n{\"id\":\"l2\",\"text\":\"Talks in Florida.\"}\n");
    let r = run(
        &["analyze", &txt, &json, &jsonl, "-", "--dct", "2025-12-03"],
        Some(b"First pasted.\n---\nSecond pasted."),
    );
    analysis(&r);
}

#[test]
fn double_dash_ends_options() {
    let r = run(&["analyze", "--", "--format"], None);
    assert_usage_error(&r, "cannot read '--format'");
}

#[test]
fn tag_prints_a_json_array() {
    for args in [
        &["tag"][..],
        &["tag", "-"],
        &["tag", "--dct", "2025-12-03", "--mode", "narrative", "-"],
        &["tag", "--mode=news"],
    ] {
        let r = run(
            args,
            Some("Witkoff met Putin on Tuesday, 2 December 2025.".as_bytes()),
        );
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        let value: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
        let items = value.as_array().expect("a JSON array");
        for item in items {
            for key in ["start", "end", "text", "type", "value"] {
                assert!(item.get(key).is_some(), "{key} in {item}");
            }
        }
    }
    let dir = scratch("tag");
    let file = write(&dir, "one.txt", b"In August 2025.");
    let r = run(&["tag", &file], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.trim_start().starts_with('['));
}

#[test]
fn closed_stdout_is_not_an_error() {
    // The reader goes away before the output is written: EPIPE must end the run quietly.
    let mut child = Command::new(BIN)
        .args(["analyze", "--format", "text"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("ends");
    assert!(
        output.status.code() == Some(0),
        "status {:?}: {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(!String::from_utf8_lossy(&output.stderr).contains("panicked"));
}

// ---- the engine, through the CLI ----

#[test]
fn builtin_sample_gives_a_timeline() {
    let a = analysis(&run(&["analyze"], None));
    assert!(
        a.events.len() >= 4,
        "the built-in sample gave {} events",
        a.events.len()
    );
    assert_eq!(a.articles.len(), datelines::sample::sample_articles().len());
}

/// The seed articles in /work/shared/seeds, in name order; `None` (with a message) when absent.
fn seed_files() -> Option<Vec<String>> {
    let dir = Path::new(SHARED).join("seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!(
            "skipping: {} is absent (the shared seed articles are not on this machine)",
            dir.display()
        );
        return None;
    };
    let mut files: Vec<String> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    files.sort();
    if files.is_empty() {
        println!("skipping: no seed articles in {}", dir.display());
        return None;
    }
    Some(files)
}

/// The first event whose places contain `place` and whose dates lie within `from..=to`.
fn event_at<'a>(events: &'a [Event], place: &str, from: &str, to: &str) -> &'a Event {
    events
        .iter()
        .find(|e| {
            e.places.iter().any(|p| p == place)
                && e.date.start.as_str() >= from
                && e.date.end.as_str() <= to
        })
        .unwrap_or_else(|| {
            let found: Vec<_> = events
                .iter()
                .map(|e| {
                    format!(
                        "{} {}..{} {:?}",
                        e.date.value, e.date.start, e.date.end, e.places
                    )
                })
                .collect();
            panic!("no event in {place} within {from}..{to}; events: {found:#?}")
        })
}

#[test]
fn seed_acceptance() {
    let Some(files) = seed_files() else { return };
    let mut args = vec!["analyze", "--format", "json"];
    args.extend(files.iter().map(String::as_str));
    let a = analysis(&run(&args, None));

    let anchorage = event_at(&a.events, "Anchorage", "2025-08-01", "2025-08-31");
    let budapest = event_at(&a.events, "Budapest", "2025-10-01", "2025-10-31");
    assert_eq!(
        budapest.status,
        Status::Cancelled,
        "Budapest summit: {budapest:?}"
    );
    let geneva = event_at(&a.events, "Geneva", "2025-11-22", "2025-11-23");
    assert_eq!(
        geneva.date.granularity,
        Granularity::Weekend,
        "Geneva: {:?}",
        geneva.date
    );
    let florida = event_at(&a.events, "Florida", "2025-11-29", "2025-11-30");
    assert_eq!(
        florida.date.granularity,
        Granularity::Weekend,
        "Florida: {:?}",
        florida.date
    );
    // "Over the weekend, X, Y and Z held talks in Florida" (in an article of Wednesday 3
    // December) is the weekend before, not a planned one after: no Florida talks lie ahead.
    let ahead: Vec<_> = a
        .events
        .iter()
        .filter(|e| e.places.iter().any(|p| p == "Florida") && e.date.start.as_str() > "2025-12-03")
        .collect();
    assert!(ahead.is_empty(), "Florida events after the articles' dates: {ahead:?}");
    let moscow = event_at(&a.events, "Moscow", "2025-12-02", "2025-12-02");
    assert_eq!(
        moscow.date.granularity,
        Granularity::Day,
        "Moscow: {:?}",
        moscow.date
    );
    assert!(
        moscow.sources >= 4,
        "Moscow meeting reported by {} sources",
        moscow.sources
    );
    let starts = [
        &anchorage.date.start,
        &budapest.date.start,
        &geneva.date.start,
        &florida.date.start,
        &moscow.date.start,
    ];
    assert!(
        starts.windows(2).all(|w| w[0] <= w[1]),
        "events out of order: {starts:?}"
    );

    event_at(&a.events, "Washington", "2025-10-17", "2025-10-17");
    event_at(&a.events, "Paris", "2025-12-01", "2025-12-01");

    assert_eq!(a.articles.len(), files.len());
    for info in &a.articles {
        assert!(info.dct.is_some(), "article {} has no date", info.id);
    }
    let mut from_text: Vec<_> = a
        .articles
        .iter()
        .filter(|i| i.dct_source == DctSource::Text)
        .map(|i| i.id.as_str())
        .collect();
    from_text.sort_unstable();
    assert_eq!(from_text.len(), 2, "dct from text: {from_text:?}");
    assert!(
        from_text[0].starts_with("002_") && from_text[1].starts_with("004_"),
        "dct from text: {from_text:?}"
    );

    assert!(
        (3..=5).contains(&a.summary.len()),
        "summary has {} sentences",
        a.summary.len()
    );

    // Issue 4: every article reports the Kremlin meeting; its people once each, whatever the spelling.
    assert_eq!(moscow.sources, files.len(), "Moscow sources: {}", moscow.sources);
    for name in ["Putin", "Witkoff", "Kushner"] {
        let n = moscow.people.iter().filter(|p| p.contains(name)).count();
        assert_eq!(n, 1, "{name} on the Moscow event: {:?}", moscow.people);
    }
    // Plans reported without a date are planned events, dated by their article.
    let planned_at = |place: &str| {
        a.events
            .iter()
            .find(|e| e.places.iter().any(|p| p == place) && e.status == Status::Planned)
            .unwrap_or_else(|| panic!("no planned event in {place}: {:#?}", a.events))
    };
    let brussels = planned_at("Brussels");
    let us_talks = planned_at("United States");
    assert!(brussels.sentences.iter().all(|s| s.when.is_none()), "{brussels:?}");
    assert!(us_talks.date.start >= moscow.date.start, "{us_talks:?}");
    // The summary says the talks ended without a compromise and what blocked one.
    let summary: String = a.summary.iter().map(|s| s.text.to_lowercase()).collect::<Vec<_>>().join(" ");
    assert!(summary.contains("compromise") || summary.contains("breakthrough"), "{summary}");
    assert!(summary.contains("territor") && summary.contains("security"), "{summary}");
    assert!(summary.contains("kremlin"), "{summary}");
    // Organisations: the Kremlin acts in the Moscow meeting; news outlets that report events
    // (the seeds cite a newspaper and a magazine) are not participants.
    assert!(moscow.organisations.iter().any(|o| o == "Kremlin"), "{:?}", moscow.organisations);
    for e in &a.events {
        assert!(
            e.organisations.iter().all(|o| !o.contains("Post") && !o.contains("Magazine")),
            "{}: {:?}",
            e.id,
            e.organisations
        );
    }
}

#[test]
fn second_hand_events_are_reported_and_organisations_are_listed() {
    let dir = scratch("reported");
    let first = write(
        &dir,
        "first.txt",
        "OSLO, March 4, 2026 — Negotiators from both sides reportedly met in Bergen on Monday, according to people familiar with the talks. \
The Norwegian Foreign Ministry said on Tuesday that talks in Geneva would resume in April.\n"
            .as_bytes(),
    );
    let second = write(
        &dir,
        "second.txt",
        "LONDON, March 4, 2026 — The negotiators were said to have met in Bergen on Monday. \
Talks in Geneva in April were confirmed by the Norwegian Foreign Ministry on Tuesday.\n"
            .as_bytes(),
    );
    let a = analysis(&run(&["analyze", &first, &second], None));
    let bergen = a.events.iter().find(|e| e.places.iter().any(|p| p == "Bergen")).unwrap_or_else(|| panic!("{:#?}", a.events));
    assert_eq!(bergen.status, Status::Reported, "{bergen:#?}");
    assert_eq!(bergen.sources, 2);
    let april = a.events.iter().find(|e| e.date.value == "2026-04").unwrap_or_else(|| panic!("{:#?}", a.events));
    assert_eq!(april.status, Status::Planned, "{april:#?}");
    assert!(a.events.iter().any(|e| e.organisations.iter().any(|o| o == "Norwegian Foreign Ministry")), "{:#?}", a.events);
    let text = run(&["analyze", "--format", "text", &first, &second], None);
    assert!(text.stdout.contains(" · reported · 2 sources · "), "{}", text.stdout);
}

// ---- exports (`analyze --format timelinejs|ics|csv|md`) ----------------------------------------

/// Run `analyze` on the built-in sample in `format`, with a fixed `DTSTAMP` for `.ics`.
fn export(format: &str) -> String {
    let output = Command::new(BIN)
        .args(["analyze", "--format", format])
        .env("SOURCE_DATE_EPOCH", "1764840600")
        .output()
        .expect("the datelines binary runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// One parsed iCalendar content line: name, parameters, value (still escaped).
struct IcsLine {
    name: String,
    params: Vec<String>,
    value: String,
}

/// A small RFC 5545 reader: CRLF lines, unfolded, split into name;params:value.
fn parse_ics(text: &str) -> Vec<IcsLine> {
    assert!(text.ends_with("\r\n"), "ends with CRLF");
    let bare_lf = text
        .bytes()
        .enumerate()
        .any(|(i, b)| b == b'\n' && (i == 0 || text.as_bytes()[i - 1] != b'\r'));
    assert!(!bare_lf, "every line ends in CRLF");
    for physical in text.split("\r\n") {
        assert!(
            physical.len() <= 75,
            "line longer than 75 octets: {physical:?}"
        );
    }
    text.replace("\r\n ", "")
        .split_terminator("\r\n")
        .map(|line| {
            let (head, value) = line
                .split_once(':')
                .unwrap_or_else(|| panic!("no ':' in {line:?}"));
            let mut parts = head.split(';');
            IcsLine {
                name: parts.next().unwrap().to_string(),
                params: parts.map(str::to_string).collect(),
                value: value.to_string(),
            }
        })
        .collect()
}

/// An escaped TEXT value read back.
fn unescape_ics(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => panic!("dangling backslash in {value:?}"),
            }
        } else {
            assert!(
                c != ';' && c != ',',
                "unescaped {c:?} in TEXT value {value:?}"
            );
            out.push(c);
        }
    }
    out
}

#[test]
fn ics_export_parses_back_to_the_events() {
    let analysis: Analysis = serde_json::from_str(&export("json")).unwrap();
    let lines = parse_ics(&export("ics"));
    assert_eq!(lines.first().map(|l| l.name.as_str()), Some("BEGIN"));
    assert_eq!(lines.last().map(|l| l.value.as_str()), Some("VCALENDAR"));
    assert!(lines
        .iter()
        .any(|l| l.name == "VERSION" && l.value == "2.0"));
    assert!(lines.iter().any(|l| l.name == "PRODID"));

    let mut events = Vec::new();
    let mut current: Option<Vec<&IcsLine>> = None;
    for line in &lines {
        match (line.name.as_str(), line.value.as_str()) {
            ("BEGIN", "VEVENT") => current = Some(Vec::new()),
            ("END", "VEVENT") => events.push(current.take().expect("END after BEGIN")),
            _ => {
                if let Some(props) = &mut current {
                    props.push(line);
                }
            }
        }
    }
    assert_eq!(events.len(), analysis.events.len());
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    for (props, event) in events.iter().zip(&analysis.events) {
        let get = |name: &str| {
            props
                .iter()
                .find(|p| p.name == name)
                .unwrap_or_else(|| panic!("{name} in {}", event.id))
        };
        for required in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"] {
            assert_eq!(
                props.iter().filter(|p| p.name == required).count(),
                1,
                "{required}"
            );
        }
        assert_eq!(get("DTSTAMP").value, "20251204T093000Z");
        let start = get("DTSTART");
        let end = get("DTEND");
        assert_eq!(start.params, ["VALUE=DATE"]);
        assert_eq!(end.params, ["VALUE=DATE"]);
        let start = chrono::NaiveDate::parse_from_str(&start.value, "%Y%m%d").unwrap();
        let end = chrono::NaiveDate::parse_from_str(&end.value, "%Y%m%d").unwrap();
        assert_eq!(start, day(&event.date.start), "{}", event.id);
        assert_eq!(
            end,
            day(&event.date.end).succ_opt().unwrap(),
            "DTEND is exclusive: {}",
            event.id
        );
        assert_eq!(unescape_ics(&get("SUMMARY").value), event.headline);
        let status = match event.status {
            Status::Happened => "CONFIRMED",
            Status::Planned | Status::Reported => "TENTATIVE",
            Status::Cancelled => "CANCELLED",
        };
        assert_eq!(get("STATUS").value, status);
        let description = unescape_ics(&get("DESCRIPTION").value);
        for sentence in &event.sentences {
            assert!(description.contains(&sentence.text), "{description}");
        }
    }
}

#[test]
fn timelinejs_csv_and_markdown_exports() {
    let analysis: Analysis = serde_json::from_str(&export("json")).unwrap();

    let tl: serde_json::Value = serde_json::from_str(&export("timelinejs")).unwrap();
    let slides = tl["events"].as_array().expect("events array");
    assert_eq!(slides.len(), analysis.events.len());
    for (slide, event) in slides.iter().zip(&analysis.events) {
        let start = slide["start_date"].as_object().unwrap();
        assert!(start["year"].is_i64());
        let fields = match event.date.granularity {
            Granularity::Day | Granularity::Weekend | Granularity::Week => 3,
            Granularity::Month | Granularity::Quarter | Granularity::Season => 2,
            Granularity::Year | Granularity::Decade => 1,
        };
        assert_eq!(start.len(), fields, "{}: {slide}", event.id);
        assert!(slide["text"]["headline"].is_string());
        assert!(slide["display_date"].is_string());
    }

    let csv = export("csv");
    let rows: Vec<&str> = csv.split_terminator("\r\n").collect();
    assert!(rows[0].starts_with("id,start,end,granularity"));
    assert!(
        rows.len() > analysis.events.len(),
        "a header and a row per event at least"
    );

    let md = export("md");
    assert!(md.starts_with("# Timeline\n"));
    assert_eq!(md.matches("\n### ").count(), analysis.events.len());
}

#[test]
fn unknown_export_format_names_the_choices() {
    let r = run(&["analyze", "--format", "xlsx"], None);
    assert_usage_error(&r, "timelinejs, ics, csv or md");
}
