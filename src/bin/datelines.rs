//! The `datelines` command line: `analyze` articles into a timeline and summary, `tag` the
//! temporal expressions of one text. Run `datelines --help` for the usage.
//!
//! Errors the user can fix (bad arguments, unreadable or binary files, malformed JSON) print one
//! line on stderr, `datelines: …`, and exit with status 2. Output goes to stdout; a closed pipe
//! (`datelines analyze | head`) ends the program quietly.

use std::collections::HashSet;
use std::ffi::OsString;
use std::io::{self, IsTerminal, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use datelines::{input, sample, time, timeline, Article, Error, Options};

const USAGE: &str = "\
datelines — news articles in, a dated, sourced timeline and summary out.

Usage:
  datelines analyze [FILE ...] [--dct YYYY-MM-DD] [--format json|text]
  datelines tag [--dct YYYY-MM-DD] [--mode news|narrative] [FILE|-]
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
  --format FORMAT   json (default): the whole analysis as JSON; text: a readable timeline

tag       Print the temporal expressions of one text as a JSON array of
          {start, end, text, type, value, mod} (offsets are UTF-8 byte offsets).
          No FILE, or -: read standard input.
  --dct DATE        resolve relative expressions (\"on Tuesday\") against DATE
  --mode MODE       news (default) or narrative

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
}

/// Output format of `analyze`.
#[derive(Debug, Clone, Copy)]
enum Format {
    Json,
    Text,
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
                Some("analyze" | "tag" | "help") => Ok(Command::Help),
                _ => Err(format!(
                    "unknown command '{}' (try 'datelines --help')",
                    topic.to_string_lossy()
                )),
            },
        },
        "analyze" | "tag" => parse_command(command, args),
        other if other.starts_with('-') => Err(format!(
            "unknown option '{other}' (options go after the command; try 'datelines --help')"
        )),
        other => Err(format!(
            "unknown command '{other}' (try 'datelines --help')"
        )),
    }
}

/// The options and files of `analyze` or `tag`.
fn parse_command(
    command: &str,
    mut args: impl Iterator<Item = OsString>,
) -> Result<Command, String> {
    let mut files = Vec::new();
    let mut dct = None;
    let mut format = Format::Json;
    let mut only_files = false;
    let mut mode = time::Mode::News;
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
            (_, "--dct") => {
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
                    other => {
                        return Err(format!(
                            "unknown format '{other}' for --format (expected json or text)"
                        ))
                    }
                };
            }
            ("tag", "--mode") => match option_value(name, inline, &mut args)?.as_str() {
                "news" => mode = time::Mode::News,
                "narrative" => mode = time::Mode::Narrative,
                other => {
                    return Err(format!(
                        "unknown mode '{other}' for --mode (expected news or narrative)"
                    ))
                }
            },
            _ => {
                return Err(format!(
                    "unknown option '{name}' for '{command}' (try 'datelines --help')"
                ))
            }
        }
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
            }
        }
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
    fn os_error_suffix_is_dropped() {
        let e = io::Error::from_raw_os_error(2);
        assert_eq!(io_message(&e), "No such file or directory");
    }
}
