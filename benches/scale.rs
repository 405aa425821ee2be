//! Native scale benchmark, run by `make bench` (its own harness, not criterion: one 20 MB
//! analysis takes seconds, and peak memory needs a fresh process per size).
//!
//! `cargo bench --bench scale` analyses each synthetic story `target/bench/synthetic/story-<N>mb.json`
//! (written by `scripts/bench/synthetic.mjs`) with [`datelines::analyze`] in a child process of
//! its own, `BENCH_REPEATS` times (default 3), and reports the fastest time, the child's peak
//! resident memory (`VmHWM` of `/proc/self/status`, before and after the analysis), and the
//! exponent of time against input size fitted by least squares on log-log. Results go to
//! `target/bench/native-scale.json`.
//!
//! `cargo bench --bench scale -- --export DIR` instead writes the TimeBank documents (plain text
//! and DCT, read with the crate's TimeML reader) and the seed articles as JSON into DIR, so the
//! wasm and chrono-node benchmarks tag exactly the text the native one does.
//!
//! Under `cargo test` (no `--bench` argument) nothing is run: benchmarks are not tests.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::Instant;

/// Peak resident set size of this process so far, in bytes (Linux; 0 elsewhere).
fn peak_rss() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        })
        .map_or(0, |kb| kb * 1024)
}

/// The child: analyse one story file once and print `bytes seconds rss_before rss_after events`.
fn child(path: &Path) -> Result<(), String> {
    let articles = common::read_articles(path)?;
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let before = peak_rss();
    let started = Instant::now();
    let analysis =
        datelines::analyze(&articles, &datelines::Options::default()).map_err(|e| e.to_string())?;
    let seconds = started.elapsed().as_secs_f64();
    let after = peak_rss();
    println!(
        "{bytes} {seconds} {before} {after} {}",
        analysis.events.len()
    );
    Ok(())
}

/// One measured size.
struct Point {
    mb: u32,
    bytes: f64,
    seconds: f64,
    rss_before: u64,
    rss_peak: u64,
    events: usize,
}

/// Least-squares slope of ln(seconds) against ln(bytes).
fn exponent(points: &[Point]) -> Option<f64> {
    if points.len() < 2 {
        return None;
    }
    let n = points.len() as f64;
    let xs: Vec<f64> = points.iter().map(|p| p.bytes.ln()).collect();
    let ys: Vec<f64> = points.iter().map(|p| p.seconds.ln()).collect();
    let (mx, my) = (xs.iter().sum::<f64>() / n, ys.iter().sum::<f64>() / n);
    let sxy: f64 = xs.iter().zip(&ys).map(|(x, y)| (x - mx) * (y - my)).sum();
    let sxx: f64 = xs.iter().map(|x| (x - mx) * (x - mx)).sum();
    (sxx > 0.0).then(|| sxy / sxx)
}

fn scale() -> Result<(), String> {
    let repeats: usize = std::env::var("BENCH_REPEATS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3)
        .max(1);
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut points = Vec::new();
    for (mb, path) in common::synthetic_files() {
        let mut best: Option<Point> = None;
        for _ in 0..repeats {
            let out = Command::new(&exe)
                .arg("--child")
                .arg(&path)
                .output()
                .map_err(|e| e.to_string())?;
            if !out.status.success() {
                return Err(format!(
                    "child for {} failed: {}",
                    path.display(),
                    String::from_utf8_lossy(&out.stderr)
                ));
            }
            let line = String::from_utf8_lossy(&out.stdout);
            let f: Vec<&str> = line.split_whitespace().collect();
            let parse = |i: usize| {
                f.get(i)
                    .and_then(|v| v.parse::<f64>().ok())
                    .ok_or(format!("bad child output '{line}'"))
            };
            let p = Point {
                mb,
                bytes: parse(0)?,
                seconds: parse(1)?,
                rss_before: parse(2)? as u64,
                rss_peak: parse(3)? as u64,
                events: parse(4)? as usize,
            };
            if best.as_ref().map_or(true, |b| p.seconds < b.seconds) {
                best = Some(p);
            }
        }
        let p = best.expect("at least one repeat");
        println!(
            "scale/analyze {:>3} MB: {:>8.3} s  {:>6.2} MB/s  peak RSS {:>7.1} MB (after loading {:>6.1} MB)  {} events",
            p.mb,
            p.seconds,
            p.bytes / 1e6 / p.seconds,
            p.rss_peak as f64 / 1e6,
            p.rss_before as f64 / 1e6,
            p.events
        );
        points.push(p);
    }
    let k = exponent(&points);
    if let Some(k) = k {
        println!("scale/analyze fitted exponent of time vs size: {k:.3} (goal <= 1.1)");
    }
    let json = serde_json::json!({
        "what": "datelines::analyze on the synthetic story, one child process per run, fastest of repeats",
        "repeats": repeats,
        "exponent": k,
        "points": points.iter().map(|p| serde_json::json!({
            "mb": p.mb, "bytes": p.bytes, "seconds": p.seconds, "mb_per_s": p.bytes / 1e6 / p.seconds,
            "peak_rss_bytes": p.rss_peak, "rss_after_loading_bytes": p.rss_before, "events": p.events,
        })).collect::<Vec<_>>(),
    });
    let out = common::bench_dir().join("native-scale.json");
    std::fs::create_dir_all(common::bench_dir()).map_err(|e| e.to_string())?;
    std::fs::write(
        &out,
        serde_json::to_string_pretty(&json).unwrap_or_default(),
    )
    .map_err(|e| e.to_string())?;
    Ok(())
}

/// Write the TimeBank documents and the seed articles as JSON into `dir` (files of a previous
/// run are removed first, so a missing input is skipped downstream too, not read stale).
fn export(dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    for stale in ["timebank.json", "seeds.json", "timeline17.json"] {
        let _ = std::fs::remove_file(dir.join(stale));
    }
    if let Some(topics) = common::timeline17() {
        let json: Vec<_> = topics
            .iter()
            .map(|(name, articles)| {
                let articles: Vec<_> = articles
                    .iter()
                    .map(|a| serde_json::json!({ "id": a.id, "published": a.published.to_string(), "text": a.text, "tokenized": a.tokenized }))
                    .collect();
                serde_json::json!({ "topic": name, "articles": articles })
            })
            .collect();
        let file = dir.join("timeline17.json");
        std::fs::write(&file, serde_json::to_string(&json).unwrap_or_default())
            .map_err(|e| e.to_string())?;
        eprintln!("bench: wrote {} ({} topics)", file.display(), topics.len());
    }
    if let Some(docs) = common::timebank() {
        let json: Vec<_> = docs
            .iter()
            .map(|d| serde_json::json!({ "name": d.name, "dct": d.dct, "text": d.text }))
            .collect();
        let file = dir.join("timebank.json");
        std::fs::write(&file, serde_json::to_string(&json).unwrap_or_default())
            .map_err(|e| e.to_string())?;
        eprintln!("bench: wrote {} ({} documents)", file.display(), docs.len());
    }
    if let Some(articles) = common::seeds() {
        let file = dir.join("seeds.json");
        std::fs::write(&file, serde_json::to_string(&articles).unwrap_or_default())
            .map_err(|e| e.to_string())?;
        eprintln!(
            "bench: wrote {} ({} articles)",
            file.display(),
            articles.len()
        );
    }
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let after = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
    };
    let result = if let Some(path) = after("--child") {
        child(Path::new(path))
    } else if let Some(dir) = after("--export") {
        export(Path::new(dir))
    } else if args.iter().any(|a| a == "--bench") {
        scale()
    } else {
        eprintln!("benches/scale.rs: not run outside `cargo bench` (see `make bench`)");
        Ok(())
    };
    if let Err(e) = result {
        eprintln!("bench: {e}");
        std::process::exit(1);
    }
}
