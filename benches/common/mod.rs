//! Inputs shared by the benchmarks: TimeBank documents, the seed articles, Timeline17 topics
//! and the synthetic story, all read at bench time from `../shared` (or `DATELINES_SHARED`) and
//! `target/bench/synthetic`. A missing input is skipped with a message, never an error.

#![allow(dead_code)] // Each bench target uses a different part of this module.

use std::fs;
use std::path::{Path, PathBuf};

use datelines::eval::timeml;
use datelines::summary::tls::TlsArticle;
use datelines::Article;

/// The folder holding `data/` and `seeds/`: `DATELINES_SHARED`, else `../shared` next to the crate.
pub fn shared() -> PathBuf {
    std::env::var_os("DATELINES_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"))
}

/// Where `make bench` keeps its generated inputs and results.
pub fn bench_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench")
}

/// Say that an input is missing and its benchmark is skipped.
pub fn skip(what: &str, path: &Path) {
    eprintln!("bench: skipped {what}: {} not found", path.display());
}

/// One TimeBank document as the tagger sees it: the plain text of `<TEXT>` and its DCT.
pub struct TimebankDoc {
    /// File name.
    pub name: String,
    /// The document creation time (`<DCT>`'s value), as written.
    pub dct: Option<String>,
    /// The text with tags removed.
    pub text: String,
}

/// Every `.tml` document of TimeBank, in file-name order; `None` (with a message) when absent.
pub fn timebank() -> Option<Vec<TimebankDoc>> {
    let dir = shared().join("data/tempeval3/TBAQ-cleaned/TimeBank");
    let Ok(entries) = fs::read_dir(&dir) else {
        skip("TimeBank", &dir);
        return None;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "tml"))
        .collect();
    files.sort();
    let mut docs = Vec::new();
    for file in files {
        let Ok(source) = fs::read_to_string(&file) else {
            continue;
        };
        match timeml::parse(&source) {
            Ok(doc) => docs.push(TimebankDoc {
                name: file
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                dct: doc.dct,
                text: doc.text,
            }),
            Err(e) => eprintln!("bench: {} skipped: {e}", file.display()),
        }
    }
    Some(docs)
}

/// The seed articles, read as `datelines analyze` reads text files (id = file name, a guessed
/// title); `None` (with a message) when absent.
pub fn seeds() -> Option<Vec<Article>> {
    let dir = shared().join("seeds");
    let Ok(entries) = fs::read_dir(&dir) else {
        skip("seeds", &dir);
        return None;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut articles = Vec::new();
    for file in files {
        let Ok(text) = fs::read_to_string(&file) else {
            continue;
        };
        let text = text
            .strip_prefix('\u{feff}')
            .map(str::to_string)
            .unwrap_or(text);
        let title = datelines::input::guess_title(&text);
        let id = file
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        articles.push(Article {
            id,
            title,
            ..Article::new("", text)
        });
    }
    Some(articles)
}

/// The Timeline17 topics: name and articles, in name order; `None` (with a message) when absent.
pub fn timeline17() -> Option<Vec<(String, Vec<TlsArticle>)>> {
    let dir = shared().join("data/timeline17");
    let Ok(entries) = fs::read_dir(&dir) else {
        skip("Timeline17", &dir);
        return None;
    };
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let mut topics = Vec::new();
    for d in dirs {
        match datelines::eval::tls::read_topic(&d) {
            Ok(topic) => topics.push((topic.name, topic.articles)),
            Err(e) => eprintln!("bench: {} skipped: {e}", d.display()),
        }
    }
    Some(topics)
}

/// The synthetic story files written by `scripts/bench/synthetic.mjs`: size in MB and path.
pub fn synthetic_files() -> Vec<(u32, PathBuf)> {
    let dir = bench_dir().join("synthetic");
    let mut found: Vec<(u32, PathBuf)> = fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter_map(|p| {
                    let name = p.file_name()?.to_str()?;
                    let mb = name
                        .strip_prefix("story-")?
                        .strip_suffix("mb.json")?
                        .parse()
                        .ok()?;
                    Some((mb, p))
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    if found.is_empty() {
        skip("synthetic story (run `node scripts/bench/synthetic.mjs target/bench/synthetic 1 2 5 10 20`)", &dir);
    }
    found
}

/// The articles of a synthetic story file.
pub fn read_articles(path: &Path) -> Result<Vec<Article>, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    datelines::input::parse_json_articles(&text).map_err(|e| format!("{}: {e}", path.display()))
}
