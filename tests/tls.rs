#![cfg(not(target_arch = "wasm32"))]
//! Integration tests of timeline summarisation through the binary: `datelines tls` on a folder
//! of articles written for this test and on a JSON Lines file, and `datelines eval tls` on one
//! shared Timeline17 topic (skipped when ../shared is absent).

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_datelines");
const TOPIC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/timeline17/H1N1_guardian");

/// Runs the binary; (exit code, stdout, stderr).
fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(BIN).args(args).output().expect("the datelines binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A fresh, empty temporary folder for one test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("datelines-tls-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// The value of `key=` on a line of `key=value` pairs.
fn field(line: &str, key: &str) -> f64 {
    line.split_whitespace()
        .find_map(|kv| kv.strip_prefix(key).and_then(|v| v.strip_prefix('=')))
        .unwrap_or_else(|| panic!("no {key} in '{line}'"))
        .parse()
        .unwrap_or_else(|_| panic!("{key} is not a number in '{line}'"))
}

#[test]
fn tls_on_a_folder_of_dated_articles() {
    let dir = temp_dir("folder");
    let articles = [
        ("a1.txt", "Published: March 4, 2021\nA storm hit the coastal town of Harwick on March 3, flooding hundreds of homes.\nCrews rescued residents from the flooded streets of Harwick through the night."),
        ("a2.txt", "Published: March 5, 2021\nThe storm of March 3 was the worst Harwick had seen in forty years, officials said.\nInsurers expect many claims after the flooding of the harbour district in Harwick."),
        ("a3.txt", "Published: March 11, 2021\nThe river bridge in Harwick reopened on March 10 after a week of repairs to its supports.\nEngineers said the bridge in Harwick was safe for cars again after the storm."),
    ];
    for (name, text) in articles {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let (code, out, err) = run(&["tls", dir.to_str().unwrap(), "--max-dates", "2", "--sentences-per-date", "1"]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 6, "{out}");
    assert_eq!(lines[0], "2021-03-03");
    assert_eq!(lines[3], "2021-03-10");
    assert_eq!(lines[2], "-".repeat(32));

    let (code, json, err) =
        run(&["tls", dir.to_str().unwrap(), "--max-dates=1", "--format", "json", "--from", "2021-03-05"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&json).expect("json output");
    assert_eq!(v[0]["date"], "2021-03-10");
    assert_eq!(v[0]["sentences"][0]["article"], "a3.txt");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn tls_on_json_lines_and_bad_arguments() {
    let dir = temp_dir("jsonl");
    let file = dir.join("articles.jsonl");
    std::fs::write(
        &file,
        "{\"id\": \"x\", \"published\": \"2022-05-02\", \"text\": \"The council voted on Friday to close the old library in Dunmore.\"}\n\
         {\"id\": \"y\", \"published\": \"2022-05-03\", \"text\": \"The vote on Friday to close the Dunmore library angered many readers.\"}\n",
    )
    .unwrap();
    let (code, out, err) = run(&["tls", file.to_str().unwrap(), "--max-dates", "1"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("2022-04-29\n"), "{out}");

    for args in [
        &["tls"][..],
        &["tls", "a", "b"],
        &["tls", "x", "--max-dates", "many"],
        &["tls", "x", "--format", "xml"],
        &["tls", "x", "--from", "yesterday"],
        &["eval"],
        &["eval", "nothing"],
        &["eval", "tls"],
    ] {
        let (code, _, err) = run(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.starts_with("datelines: ") && err.lines().count() == 1, "{args:?}: {err}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn eval_tls_on_a_shared_topic() {
    if !Path::new(TOPIC).is_dir() {
        eprintln!("skipping: {TOPIC} is absent (the shared Timeline17 data is not on this machine)");
        return;
    }
    let out_dir = temp_dir("eval");
    let (code, out, err) = run(&["eval", "tls", TOPIC, "--out", out_dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "one line per gold timeline and a total: {out}");
    assert!(lines[0].starts_with("H1N1_guardian/swine_flu_guardian.txt "), "{out}");
    let last = lines[1];
    assert!(last.starts_with("timelines=1 "), "{last}");
    let (r1, r2, d) = (field(last, "ar1_f1"), field(last, "ar2_f1"), field(last, "date_f1"));
    assert!(r1 > 0.05 && r1 < 1.0, "{last}");
    assert!(r2 > 0.01 && r2 < r1, "{last}");
    assert!(d > 0.3 && d <= 1.0, "{last}");
    let written =
        std::fs::read_to_string(out_dir.join("H1N1_guardian/swine_flu_guardian.txt")).expect("system timeline written");
    let dates = written.lines().filter(|l| l.len() == 10 && l.as_bytes()[4] == b'-').count();
    assert_eq!(dates, field(lines[0], "dates") as usize, "as many dates as the gold");
    let _ = std::fs::remove_dir_all(&out_dir);
}
