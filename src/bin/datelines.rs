//! The `datelines` command line: `analyze` articles into a timeline and summary, `tag` the
//! temporal expressions of one text, tag a `timeml` document, `eval timeml` the tagger on
//! TimeML corpora. Run `datelines --help` for the usage.
//!
//! Errors the user can fix (bad arguments, unreadable or binary files, malformed JSON) print one
//! line on stderr, `datelines: …`, and exit with status 2. Output goes to stdout; a closed pipe
//! (`datelines analyze | head`) ends the program quietly.

use std::collections::HashSet;
use std::ffi::OsString;
use std::io::{self, IsTerminal, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use datelines::eval::{recognizers, tempeval, timeml};
use datelines::{input, sample, time, timeline, Article, Error, Options};

const USAGE: &str = "\
datelines — news articles in, a dated, sourced timeline and summary out.

Usage:
  datelines analyze [FILE ...] [--dct YYYY-MM-DD] [--format json|text|timelinejs|ics|csv|md]
  datelines tag [--dct YYYY-MM-DD] [--mode news|narrative] [FILE|-]
  datelines timeml [--mode news|narrative] FILE|-
  datelines eval timeml DIR ... [--mode news|narrative] [--errors N]
  datelines eval recognizers DIR [--errors N]
  datelines tls PATH [--max-dates N] [--sentences-per-date K] [--from DATE] [--to DATE]
                [--format t17|json]
  datelines eval tls TOPIC_DIR ... [--out DIR]
  datelines help | --help | -h
  datelines --version | -V

analyze   Build the timeline and summary of one story from its articles.
            FILE.txt (any name but .json/.jsonl/.ndjson): one article; the file name is its id.
            FILE.json, FILE.jsonl: articles as JSON objects {\"id\", \"text\", and optionally
              \"title\", \"source\", \"url\", \"published\"}: an array, one object, or JSON Lines.
            -  articles pasted on standard input, separated by lines of three or more dashes.
            No FILE: the built-in sample (five articles on the December 2025 US–Russia talks
            about a peace plan for Ukraine).
  --dct DATE        anchor every article on DATE, overriding given and found dates
  --format FORMAT   json (default): the whole analysis as JSON; text: a readable timeline;
                    timelinejs: TimelineJS 3 JSON; ics: iCalendar, all-day events (DTSTAMP from
                    SOURCE_DATE_EPOCH when set, else now); csv: one row per event; md: Markdown

tag       Print the temporal expressions of one text as a JSON array of
          {start, end, text, type, value, mod} (offsets are UTF-8 byte offsets).
          No FILE, or -: read standard input.
  --dct DATE        resolve relative expressions (\"on Tuesday\") against DATE
  --mode MODE       news (default) or narrative

timeml    Print a TimeML document (.tml, .TE3input) with the tagger's TIMEX3 tags in its
          <TEXT> in place of the original markup; the rest of the document is kept as it is.
          The document's <DCT> anchors relative expressions. -: read standard input.
  --mode MODE       news (default) or narrative

eval timeml  Score the tagger on the gold TIMEX3s of every .tml file in each DIR, as
          TempEval-3 Task A does: relaxed (overlap) and strict (same extent) P/R/F1, type F1,
          value F1, per DIR and overall (counts summed over all files), then the errors by
          type with examples. Files that cannot be read are reported and left out. The last
          line is: relaxed_f1=… strict_f1=… type_f1=… value_f1=…
  --mode MODE       news (default) or narrative
  --errors N        examples shown per kind of error (default 5)

eval recognizers  Run the tagger on every Recognizers-Text spec file (*.json) in DIR (e.g.
          DateTime-English) and print, per file, the share of cases whose every expected span
          is found with its TIMEX value (see src/eval/recognizers.rs for the equivalences),
          then a summary line: files=N cases=N passed=N target_min=… (the lowest share of the
          Date, DatePeriod, Duration, Set and DateTime parser files).
  --errors N        failing cases shown per file (default 0)

tls       Summarise a story as a timeline: its most important days, each with a few sentences.
          PATH: a Timeline17 topic folder (InputDocs/<YYYY-MM-DD>/*.txt, one tokenised
          sentence per line), a folder of .txt articles, or a .json/.jsonl file of articles;
          articles are dated by \"published\" or by the date their text states.
  --max-dates N     days in the timeline (default 10)
  --sentences-per-date K   sentences per day (default 2)
  --from DATE, --to DATE   only days (and articles published) in this range
  --format FORMAT   t17 (default): date line, sentences, 32 dashes per day; json: with sources

eval tls  Run the news-tls protocol on every gold timeline in TOPIC_DIR/timelines/ (articles
          inside the gold's date range, as many days as the gold, its mean sentences per day)
          and score it: alignment-based ROUGE-1/2 F1 (align+ m:1) and date F1, one line per
          timeline. The last line is: timelines=N ar1_f1=… ar2_f1=… date_f1=… (F1 of the
          precision and recall averaged over the timelines).
  --out DIR         also write each system timeline to DIR/<topic>/<gold file name>

Exit status: 0 on success; 2 on a usage error or unreadable input, with one line on stderr.
";

/// What the command line asks for.
#[derive(Debug)]
enum Command {
    Help,
    Version,
    Analyze {
        files: Vec<OsString>,
        dct: Option<String>,
        format: Format,
    },
    Tag {
        file: Option<OsString>,
        dct: Option<String>,
        mode: time::Mode,
    },
    /// `datelines timeml`.
    TimeMl {
        file: OsString,
        mode: time::Mode,
    },
    /// `datelines eval timeml`.
    EvalTimeMl {
        dirs: Vec<OsString>,
        mode: time::Mode,
        errors: usize,
    },
    /// `datelines eval recognizers`.
    EvalRecognizers { dir: OsString, errors: usize },
    /// `datelines tls`.
    Tls(TlsArgs),
    /// `datelines eval tls`.
    EvalTls(EvalTlsArgs),
}

/// Output format of `analyze`.
#[derive(Debug, Clone, Copy)]
enum Format {
    Json,
    Text,
    TimelineJs,
    Ics,
    Csv,
    Markdown,
}

fn main() -> ExitCode {
    std::panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        let location = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()));
        let line = message.split_whitespace().collect::<Vec<_>>().join(" ");
        let _ = writeln!(
            io::stderr(),
            "datelines: internal error: {line}{} (this is a bug, please report it)",
            location.unwrap_or_default()
        );
    }));

    match parse_args(std::env::args_os().skip(1).collect()).and_then(run) {
        Ok(output) => emit(&output),
        Err(message) => fail(&message),
    }
}

/// One line on stderr, exit status 2.
fn fail(message: &str) -> ExitCode {
    let line = message.split_whitespace().collect::<Vec<_>>().join(" ");
    let _ = writeln!(io::stderr(), "datelines: {line}");
    ExitCode::from(2)
}

/// Write the output; a reader that went away (broken pipe) is not an error.
fn emit(output: &str) -> ExitCode {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(output.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&format!("cannot write the output: {}", io_message(&e))),
    }
}

/// Read the command line (without the program name).
fn parse_args(args: Vec<OsString>) -> Result<Command, String> {
    let mut args = args.into_iter();
    let Some(first) = args.next() else {
        return Err("no command given (try 'datelines --help')".into());
    };
    let Some(command) = first.to_str() else {
        return Err(format!(
            "unknown command '{}' (try 'datelines --help')",
            first.to_string_lossy()
        ));
    };
    match command {
        "-h" | "--help" => Ok(Command::Help),
        "-V" | "--version" => Ok(Command::Version),
        "help" => match args.next() {
            None => Ok(Command::Help),
            Some(topic) => match topic.to_str() {
                Some("analyze" | "tag" | "timeml" | "eval" | "tls" | "help") => Ok(Command::Help),
                _ => Err(format!(
                    "unknown command '{}' (try 'datelines --help')",
                    topic.to_string_lossy()
                )),
            },
        },
        "analyze" | "tag" | "timeml" => parse_command(command, args),
        "tls" => parse_tls(args),
        "eval" => match args.next().as_ref().and_then(|a| a.to_str()) {
            Some("tls") => parse_eval_tls(args),
            Some("timeml") => parse_command("eval timeml", args),
            Some("recognizers") => parse_eval_recognizers(args),
            Some(other) => Err(format!("unknown evaluation '{other}' for 'eval' (try 'datelines --help')")),
            None => Err("'eval' needs what to evaluate (try 'datelines --help')".into()),
        },
        other if other.starts_with('-') => Err(format!(
            "unknown option '{other}' (options go after the command; try 'datelines --help')"
        )),
        other => Err(format!(
            "unknown command '{other}' (try 'datelines --help')"
        )),
    }
}

/// The options and files of `analyze`, `tag`, `timeml` or `eval timeml`.
fn parse_command(
    command: &str,
    mut args: impl Iterator<Item = OsString>,
) -> Result<Command, String> {
    let mut files = Vec::new();
    let mut dct = None;
    let mut format = Format::Json;
    let mut only_files = false;
    let mut mode = time::Mode::News;
    let mut errors = 5;
    while let Some(arg) = args.next() {
        let text = match arg.to_str() {
            Some(text) if !only_files && text.starts_with('-') && text != "-" => text.to_string(),
            _ => {
                files.push(arg);
                continue;
            }
        };
        let (name, inline) = match text.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value.to_string())),
            _ => (text.as_str(), None),
        };
        match (command, name) {
            (_, "--") => only_files = true,
            (_, "-h" | "--help") => return Ok(Command::Help),
            ("analyze" | "tag", "--dct") => {
                let value = option_value(name, inline, &mut args)?;
                let Some(date) = time::parse_iso_date(&value) else {
                    return Err(Error::InvalidDate {
                        field: "--dct".into(),
                        value,
                    }
                    .to_string());
                };
                dct = Some(date.to_string());
            }
            ("analyze", "--format") => {
                format = match option_value(name, inline, &mut args)?.as_str() {
                    "json" => Format::Json,
                    "text" => Format::Text,
                    "timelinejs" => Format::TimelineJs,
                    "ics" => Format::Ics,
                    "csv" => Format::Csv,
                    "md" => Format::Markdown,
                    other => {
                        return Err(format!(
                            "unknown format '{other}' for --format \
                             (expected json, text, timelinejs, ics, csv or md)"
                        ))
                    }
                };
            }
            ("tag" | "timeml" | "eval timeml", "--mode") => match option_value(name, inline, &mut args)?.as_str() {
                "news" => mode = time::Mode::News,
                "narrative" => mode = time::Mode::Narrative,
                other => {
                    return Err(format!(
                        "unknown mode '{other}' for --mode (expected news or narrative)"
                    ))
                }
            },
            ("eval timeml", "--errors") => {
                let value = option_value(name, inline, &mut args)?;
                errors = value.parse().map_err(|_| {
                    format!("the value of --errors must be a number of examples, not '{value}'")
                })?;
            }
            _ => {
                return Err(format!(
                    "unknown option '{name}' for '{command}' (try 'datelines --help')"
                ))
            }
        }
    }
    if command == "timeml" {
        if files.len() != 1 {
            return Err(format!(
                "'timeml' reads one TimeML file, but {} were given (try 'datelines --help')",
                files.len()
            ));
        }
        let file = files.pop().unwrap_or_default();
        return Ok(Command::TimeMl { file, mode });
    }
    if command == "eval timeml" {
        if files.is_empty() {
            return Err(
                "'eval timeml' needs at least one directory of .tml files (try 'datelines --help')"
                    .into(),
            );
        }
        return Ok(Command::EvalTimeMl {
            dirs: files,
            mode,
            errors,
        });
    }
    if command == "tag" {
        if files.len() > 1 {
            return Err(format!(
                "'tag' reads one text, but {} files were given (try 'datelines --help')",
                files.len()
            ));
        }
        return Ok(Command::Tag {
            file: files.pop(),
            dct,
            mode,
        });
    }
    Ok(Command::Analyze { files, dct, format })
}

/// The value of an option: after `=`, or the next argument (which must not be an option).
fn option_value(
    name: &str,
    inline: Option<String>,
    args: &mut impl Iterator<Item = OsString>,
) -> Result<String, String> {
    if let Some(value) = inline {
        return Ok(value);
    }
    match args.next() {
        None => Err(format!(
            "option '{name}' needs a value (try 'datelines --help')"
        )),
        Some(value) => match value.to_str() {
            Some(v) if v.starts_with("--") => Err(format!(
                "option '{name}' needs a value, but '{v}' follows it"
            )),
            Some(v) => Ok(v.to_string()),
            None => Err(format!("the value of option '{name}' is not valid UTF-8")),
        },
    }
}

/// Carry out a command; the text to print, or the one-line error.
fn run(command: Command) -> Result<String, String> {
    match command {
        Command::Help => Ok(USAGE.to_string()),
        Command::Version => Ok(format!("datelines {}\n", env!("CARGO_PKG_VERSION"))),
        Command::Analyze { files, dct, format } => {
            let articles = if files.is_empty() {
                sample::sample_articles()
            } else {
                read_articles(&files)?
            };
            let analysis =
                datelines::analyze(&articles, &Options { dct }).map_err(|e| e.to_string())?;
            match format {
                Format::Json => to_json(&analysis),
                Format::Text => Ok(timeline::text::render(&analysis)),
                Format::TimelineJs => Ok(timeline::export::timelinejs(&analysis)),
                Format::Ics => Ok(timeline::export::ics(&analysis, ics_stamp())),
                Format::Csv => Ok(timeline::export::csv(&analysis)),
                Format::Markdown => Ok(timeline::export::markdown(&analysis)),
            }
        }
        Command::Tls(args) => run_tls(args),
        Command::EvalTls(args) => run_eval_tls(args),
        Command::TimeMl { file, mode } => run_timeml(&file, mode),
        Command::EvalTimeMl { dirs, mode, errors } => eval_timeml(&dirs, mode, errors),
        Command::EvalRecognizers { dir, errors } => eval_recognizers(&dir, errors),
        Command::Tag { file, dct, mode } => {
            let text = match file {
                Some(path) if path != "-" => read_text(&path)?,
                _ => {
                    if io::stdin().is_terminal() {
                        let _ = writeln!(
                            io::stderr(),
                            "datelines: reading the text from standard input (end it with Ctrl-D)"
                        );
                    }
                    read_stdin()?
                }
            };
            let date = dct.as_deref().and_then(time::parse_iso_date);
            to_json(&time::tag_with(&text, &time::TagOptions { dct: date, mode }))
        }
    }
}

/// The `DTSTAMP` of an `.ics` export: `SOURCE_DATE_EPOCH` (seconds, for reproducible output)
/// when set and valid, else the current time (UTC).
fn ics_stamp() -> chrono::NaiveDateTime {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    chrono::DateTime::from_timestamp(seconds, 0)
        .unwrap_or_default()
        .naive_utc()
}

/// Pretty JSON with a final newline.
fn to_json<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string_pretty(value)
        .map(|json| json + "\n")
        .map_err(|e| format!("cannot write JSON: {e}"))
}

/// The articles of every FILE argument, in order, with unique ids.
fn read_articles(files: &[OsString]) -> Result<Vec<Article>, String> {
    let mut articles = Vec::new();
    for file in files {
        if file == "-" {
            articles.extend(input::split_pasted(&read_stdin()?));
            continue;
        }
        let shown = file.to_string_lossy();
        let text = read_text(file)?;
        let path = Path::new(file);
        let extension = path.extension().map(|e| e.to_string_lossy().to_lowercase());
        match extension.as_deref() {
            Some("json" | "jsonl" | "ndjson") => {
                let found =
                    input::parse_json_articles(&text).map_err(|e| format!("'{shown}': {e}"))?;
                articles.extend(found);
            }
            _ => {
                let id = path
                    .file_name()
                    .map_or_else(|| shown.to_string(), |n| n.to_string_lossy().into_owned());
                let text = text
                    .strip_prefix('\u{feff}')
                    .map(str::to_string)
                    .unwrap_or(text);
                let title = input::guess_title(&text);
                articles.push(Article {
                    id,
                    title,
                    ..Article::new("", text)
                });
            }
        }
    }
    make_ids_unique(&mut articles);
    Ok(articles)
}

/// Give repeated ids a suffix (`000.txt`, `000.txt#2`, …) so ids stay unique in one analysis.
fn make_ids_unique(articles: &mut [Article]) {
    let mut seen = HashSet::new();
    for article in articles {
        if seen.insert(article.id.clone()) {
            continue;
        }
        let mut n = 2;
        while !seen.insert(format!("{}#{n}", article.id)) {
            n += 1;
        }
        article.id = format!("{}#{n}", article.id);
    }
}

/// A text file's content; an error when it cannot be read or is not text.
fn read_text(path: &OsString) -> Result<String, String> {
    let shown = path.to_string_lossy();
    let bytes =
        std::fs::read(path).map_err(|e| format!("cannot read '{shown}': {}", io_message(&e)))?;
    into_text(bytes, &format!("'{shown}'"))
}

/// All of standard input as text.
fn read_stdin() -> Result<String, String> {
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read standard input: {}", io_message(&e)))?;
    into_text(bytes, "standard input")
}

/// Bytes as text, unless they look binary.
fn into_text(bytes: Vec<u8>, what: &str) -> Result<String, String> {
    if input::looks_binary(&bytes) {
        return Err(format!("{what} looks like binary data, not UTF-8 text"));
    }
    String::from_utf8(bytes).map_err(|_| format!("{what} is not valid UTF-8 text"))
}

/// An I/O error's message without the trailing "(os error N)".
fn io_message(e: &io::Error) -> String {
    let message = e.to_string();
    match message.find(" (os error ") {
        Some(at) => message[..at].to_string(),
        None => message,
    }
}

// ---------------------------------------------------------------------------------------------
// TimeML: `datelines timeml` and `datelines eval timeml`.

/// `datelines timeml`: the document at `file` (or standard input) with the tagger's TIMEX3s.
fn run_timeml(file: &OsString, mode: time::Mode) -> Result<String, String> {
    let (shown, source) = if file == "-" {
        ("standard input".to_string(), read_stdin()?)
    } else {
        (format!("'{}'", file.to_string_lossy()), read_text(file)?)
    };
    let document = timeml::parse(&source).map_err(|e| format!("{shown}: {e}"))?;
    Ok(timeml::write(&document, &system_tags(&document, mode)))
}

/// The tagger's TIMEX3s of a TimeML document's text, anchored on its DCT.
fn system_tags(document: &timeml::Document, mode: time::Mode) -> Vec<timeml::Annotation> {
    let options = time::TagOptions {
        dct: document.dct_date(),
        mode,
    };
    time::tag_with(&document.text, &options)
        .iter()
        .map(timeml::Annotation::from_timex)
        .collect()
}

/// `datelines eval timeml`: score the tagger on every `.tml` file of each directory; the
/// per-directory lines, the overall line, the breakdown of errors, the last line of figures.
fn eval_timeml(dirs: &[OsString], mode: time::Mode, errors: usize) -> Result<String, String> {
    // Every directory is listed before anything is scored, so a bad one fails fast.
    let mut listed = Vec::new();
    for dir in dirs {
        listed.push((dir, tml_files(dir)?));
    }
    let mut out = String::new();
    let mut overall = tempeval::Report::new();
    for (dir, files) in listed {
        let mut report = tempeval::Report::new();
        for path in files {
            let name = path
                .file_name()
                .map_or_else(|| path.to_string_lossy(), |n| n.to_string_lossy())
                .into_owned();
            let source = match read_text(&path.clone().into_os_string()) {
                Ok(source) => source,
                Err(why) => {
                    report.skip(&name, &why);
                    continue;
                }
            };
            match timeml::parse(&source) {
                Ok(document) => report.add(&name, &document, &system_tags(&document, mode)),
                Err(why) => report.skip(&name, &why.to_string()),
            }
        }
        out.push_str(&report.summary(&dir.to_string_lossy()));
        overall.merge(&report);
    }
    out.push_str(&overall.summary("overall"));
    out.push_str(&overall.breakdown(errors));
    out.push_str(&overall.last_line());
    Ok(out)
}

/// The directory and options of `eval recognizers`.
fn parse_eval_recognizers(mut args: impl Iterator<Item = OsString>) -> Result<Command, String> {
    let mut dir = None;
    let mut errors = 0;
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy().into_owned();
        if !text.starts_with('-') {
            if dir.replace(arg).is_some() {
                return Err("'eval recognizers' takes one directory".into());
            }
            continue;
        }
        let (name, inline) = split_option(&text);
        match name {
            "-h" | "--help" => return Ok(Command::Help),
            "--errors" => {
                let value = option_value(name, inline, &mut args)?;
                errors = value
                    .parse()
                    .map_err(|_| format!("'--errors' needs a count, not '{value}'"))?;
            }
            _ => {
                return Err(format!(
                    "unknown option '{name}' for 'eval recognizers' (try 'datelines --help')"
                ))
            }
        }
    }
    let dir =
        dir.ok_or("'eval recognizers' needs the directory of spec files (DateTime-English)")?;
    Ok(Command::EvalRecognizers { dir, errors })
}

/// `datelines eval recognizers`: one line per spec file, its failures, a summary line.
fn eval_recognizers(dir: &OsString, errors: usize) -> Result<String, String> {
    let shown = dir.to_string_lossy();
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read the directory '{shown}': {}", io_message(&e)))?;
    let mut files: Vec<std::path::PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json") && !p.is_dir())
        .collect();
    if files.is_empty() {
        return Err(format!("no .json spec files in the directory '{shown}'"));
    }
    files.sort();
    let mut out = String::new();
    let (count, mut cases, mut passed, mut target_min) = (files.len(), 0, 0, f64::INFINITY);
    for path in files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let source = read_text(&path.clone().into_os_string())?;
        let score = recognizers::score(&source, errors).map_err(|e| format!("'{name}': {e}"))?;
        let target = recognizers::TARGET_FILES.contains(&name.as_str());
        out.push_str(&format!(
            "{name:<36} {:>5}/{:<5} {:>6.1}%  {}{}\n",
            score.passed,
            score.cases,
            100.0 * score.rate(),
            if score.has_values {
                "spans+values"
            } else {
                "spans"
            },
            if target { "  (target)" } else { "" },
        ));
        for failure in &score.failures {
            out.push_str(&format!("    {failure}\n"));
        }
        cases += score.cases;
        passed += score.passed;
        if target {
            target_min = f64::min(target_min, score.rate());
        }
    }
    let target_min = if target_min.is_finite() {
        format!("{:.3}", target_min)
    } else {
        "none".into()
    };
    out.push_str(&format!(
        "files={count} cases={cases} passed={passed} target_min={target_min}\n"
    ));
    Ok(out)
}

/// The `.tml` files of a directory, sorted by name; an error when it cannot be listed or has
/// none.
fn tml_files(dir: &OsString) -> Result<Vec<std::path::PathBuf>, String> {
    let shown = dir.to_string_lossy();
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read the directory '{shown}': {}", io_message(&e)))?;
    let mut files = Vec::new();
    for entry in entries {
        let entry =
            entry.map_err(|e| format!("cannot read the directory '{shown}': {}", io_message(&e)))?;
        let path = entry.path();
        let is_tml = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("tml"));
        if is_tml && !path.is_dir() {
            files.push(path);
        }
    }
    if files.is_empty() {
        return Err(format!("no .tml files in the directory '{shown}'"));
    }
    files.sort();
    Ok(files)
}

// ---------------------------------------------------------------------------------------------
// Timeline summarisation: `datelines tls` and `datelines eval tls`.

/// The arguments of `datelines tls`.
#[derive(Debug)]
struct TlsArgs {
    path: OsString,
    options: datelines::summary::tls::TlsOptions,
    json: bool,
}

/// The arguments of `datelines eval tls`.
#[derive(Debug)]
struct EvalTlsArgs {
    topics: Vec<OsString>,
    out: Option<OsString>,
}

/// A whole number option value.
fn count_value(name: &str, value: &str) -> Result<usize, String> {
    value.parse::<usize>().map_err(|_| format!("option '{name}' needs a whole number, not '{value}'"))
}

/// A date option value.
fn date_value(name: &str, value: String) -> Result<chrono::NaiveDate, String> {
    time::parse_iso_date(&value).ok_or_else(|| Error::InvalidDate { field: name.into(), value }.to_string())
}

/// Splits `--name=value` into the name and the inline value.
fn split_option(text: &str) -> (&str, Option<String>) {
    match text.split_once('=') {
        Some((name, value)) if name.starts_with("--") => (name, Some(value.to_string())),
        _ => (text, None),
    }
}

/// The options and path of `tls`.
fn parse_tls(mut args: impl Iterator<Item = OsString>) -> Result<Command, String> {
    let mut path = None;
    let mut options = datelines::summary::tls::TlsOptions::default();
    let mut json = false;
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy().into_owned();
        if !text.starts_with('-') || text == "-" {
            if path.is_some() {
                return Err("'tls' reads one PATH (try 'datelines --help')".into());
            }
            path = Some(arg);
            continue;
        }
        let (name, inline) = split_option(&text);
        match name {
            "-h" | "--help" => return Ok(Command::Help),
            "--max-dates" => options.max_dates = count_value(name, &option_value(name, inline, &mut args)?)?,
            "--sentences-per-date" => {
                options.sentences_per_date = count_value(name, &option_value(name, inline, &mut args)?)?
            }
            "--from" => options.from = Some(date_value(name, option_value(name, inline, &mut args)?)?),
            "--to" => options.to = Some(date_value(name, option_value(name, inline, &mut args)?)?),
            "--format" => {
                json = match option_value(name, inline, &mut args)?.as_str() {
                    "json" => true,
                    "t17" => false,
                    other => return Err(format!("unknown format '{other}' for --format (expected t17 or json)")),
                }
            }
            _ => return Err(format!("unknown option '{name}' for 'tls' (try 'datelines --help')")),
        }
    }
    let path = path.ok_or("'tls' needs a PATH: a Timeline17 topic folder, a folder of .txt files or a .jsonl of articles")?;
    Ok(Command::Tls(TlsArgs { path, options, json }))
}

/// The options and topic folders of `eval tls`.
fn parse_eval_tls(mut args: impl Iterator<Item = OsString>) -> Result<Command, String> {
    let mut topics = Vec::new();
    let mut out = None;
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy().into_owned();
        if !text.starts_with('-') {
            topics.push(arg);
            continue;
        }
        let (name, inline) = split_option(&text);
        match name {
            "-h" | "--help" => return Ok(Command::Help),
            "--out" => out = Some(OsString::from(option_value(name, inline, &mut args)?)),
            _ => return Err(format!("unknown option '{name}' for 'eval tls' (try 'datelines --help')")),
        }
    }
    if topics.is_empty() {
        return Err("'eval tls' needs at least one Timeline17 topic folder".into());
    }
    Ok(Command::EvalTls(EvalTlsArgs { topics, out }))
}

/// The articles at PATH for `tls`: a Timeline17 topic folder, a folder of `.txt` articles (dated
/// by their text) or a JSON / JSON Lines file of articles (dated by `published` or their text).
fn read_tls_articles(path: &OsString) -> Result<Vec<datelines::summary::tls::TlsArticle>, String> {
    use datelines::{eval::tls as tls_eval, summary::tls::TlsArticle};
    let p = Path::new(path);
    if p.join("InputDocs").is_dir() {
        return Ok(tls_eval::read_topic(p)?.articles);
    }
    let articles: Vec<Article> = if p.is_dir() {
        let mut files: Vec<OsString> = std::fs::read_dir(p)
            .map_err(|e| format!("cannot read '{}': {}", p.display(), io_message(&e)))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|f| f.extension().is_some_and(|x| x.eq_ignore_ascii_case("txt")))
            .map(|f| f.into_os_string())
            .collect();
        files.sort();
        read_articles(&files)?
    } else {
        read_articles(std::slice::from_ref(path))?
    };
    let total = articles.len();
    let dated: Vec<TlsArticle> = articles.iter().filter_map(TlsArticle::from_article).collect();
    if dated.len() < total {
        let _ = writeln!(io::stderr(), "datelines: {} of {total} articles have no date and were left out", total - dated.len());
    }
    if dated.is_empty() {
        return Err(format!("no dated article in '{}' (give each a \"published\" date)", p.display()));
    }
    Ok(dated)
}

/// `datelines tls`: the timeline of the articles at PATH.
fn run_tls(args: TlsArgs) -> Result<String, String> {
    use datelines::{eval::tls as tls_eval, summary::tls};
    let articles = read_tls_articles(&args.path)?;
    let dates = tls::timeline(&articles, &args.options);
    if args.json {
        let value: Vec<serde_json::Value> = dates
            .iter()
            .map(|d| {
                serde_json::json!({
                    "date": d.date.format("%Y-%m-%d").to_string(),
                    "sentences": d.sentences.iter().map(|s| serde_json::json!({
                        "text": s.display, "article": s.article,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        return to_json(&value);
    }
    let timeline: tls_eval::Timeline =
        dates.iter().map(|d| (d.date, d.sentences.iter().map(|s| s.text.clone()).collect())).collect();
    Ok(tls_eval::format_timeline(&timeline))
}

/// `datelines eval tls`: the news-tls protocol on every gold timeline of every topic folder.
fn run_eval_tls(args: EvalTlsArgs) -> Result<String, String> {
    use datelines::{eval::tls as tls_eval, summary::tls};
    let mut out = String::new();
    let mut all = Vec::new();
    for dir in &args.topics {
        let started = std::time::Instant::now();
        let topic = tls_eval::read_topic(Path::new(dir))?;
        if topic.timelines.is_empty() {
            return Err(format!("'{}' has no gold timeline in timelines/", Path::new(dir).display()));
        }
        for (name, gold) in &topic.timelines {
            let run_started = std::time::Instant::now();
            let Some(run) = tls_eval::run_protocol(&topic.articles, gold, &[], &tls::Weights::default()) else {
                continue;
            };
            let seconds = run_started.elapsed().as_secs_f64();
            if let Some(root) = &args.out {
                let folder = Path::new(root).join(&topic.name);
                std::fs::create_dir_all(&folder)
                    .map_err(|e| format!("cannot create '{}': {}", folder.display(), io_message(&e)))?;
                let file = folder.join(name);
                std::fs::write(&file, tls_eval::format_timeline(&run.system))
                    .map_err(|e| format!("cannot write '{}': {}", file.display(), io_message(&e)))?;
            }
            let s = run.scores;
            out.push_str(&format!(
                "{}/{name} dates={} k={} ar1_f1={:.4} ar2_f1={:.4} date_f1={:.4} seconds={seconds:.2}\n",
                topic.name, run.max_dates, run.sentences_per_date, s.rouge1.f1, s.rouge2.f1, s.dates.f1,
            ));
            all.push(s);
        }
        let _ = writeln!(io::stderr(), "datelines: {} done in {:.2} s", topic.name, started.elapsed().as_secs_f64());
    }
    let m = tls_eval::average(&all);
    out.push_str(&format!(
        "timelines={} ar1_f1={:.4} ar2_f1={:.4} date_f1={:.4}\n",
        all.len(), m.rouge1.f1, m.rouge2.f1, m.dates.f1
    ));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn options_in_both_spellings_and_any_order() {
        let Ok(Command::Analyze { files, dct, format }) = parse_args(args(&[
            "analyze",
            "a.txt",
            "--dct=2025-12-03",
            "-",
            "--format",
            "text",
        ])) else {
            panic!("analyze parses")
        };
        assert_eq!(files, args(&["a.txt", "-"]));
        assert_eq!(dct.as_deref(), Some("2025-12-03"));
        assert!(matches!(format, Format::Text));
    }

    #[test]
    fn dct_is_normalised() {
        let Ok(Command::Tag { dct, file, .. }) =
            parse_args(args(&["tag", "--dct", "2025-12-03T10:55:00Z"]))
        else {
            panic!("tag parses")
        };
        assert_eq!(dct.as_deref(), Some("2025-12-03"));
        assert_eq!(file, None);
    }

    #[test]
    fn repeated_ids_get_a_suffix() {
        let mut articles = vec![
            Article::new("000.txt", "a"),
            Article::new("000.txt", "b"),
            Article::new("000.txt#2", "c"),
        ];
        make_ids_unique(&mut articles);
        let ids: Vec<_> = articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["000.txt", "000.txt#2", "000.txt#2#2"]);
    }

    #[test]
    fn timeml_commands_parse() {
        let Ok(Command::TimeMl { file, mode }) =
            parse_args(args(&["timeml", "--mode=narrative", "a.tml"]))
        else {
            panic!("timeml parses")
        };
        assert_eq!((file, mode), (OsString::from("a.tml"), time::Mode::Narrative));
        let Ok(Command::EvalTimeMl { dirs, mode, errors }) =
            parse_args(args(&["eval", "timeml", "a", "--errors", "9", "b"]))
        else {
            panic!("eval timeml parses")
        };
        assert_eq!((dirs, mode, errors), (args(&["a", "b"]), time::Mode::News, 9));
        for bad in [
            &["timeml"][..],
            &["timeml", "a", "b"],
            &["timeml", "--dct", "2025-01-01", "a"],
            &["eval", "timeml"],
            &["eval", "timeml", "a", "--errors", "-1"],
        ] {
            assert!(parse_args(args(bad)).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn os_error_suffix_is_dropped() {
        let e = io::Error::from_raw_os_error(2);
        assert_eq!(io_message(&e), "No such file or directory");
    }
}
