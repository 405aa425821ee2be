//! Native speed (criterion), run by `make bench`:
//!
//! - `tagger/timebank`: [`datelines::time::tag_with`] over the plain text of every TimeBank
//!   document, each anchored on its own DCT (throughput: bytes of text);
//! - `analyze/seeds`: [`datelines::analyze`] on the seed articles, as `datelines analyze` reads them;
//! - `tls/<topic>`: [`datelines::summary::tls::timeline`] on each Timeline17 topic with the
//!   default options, as `datelines tls TOPIC` runs it (reading the files not timed).
//!
//! Criterion writes its estimates under `target/criterion/`; `scripts/bench/report.mjs` collects
//! them. Under `cargo test` (no `--bench` argument) nothing is run: benchmarks are not tests.

mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput};
use datelines::time::{self, Mode, TagOptions};

fn tagger(c: &mut Criterion) {
    let Some(docs) = common::timebank() else {
        return;
    };
    let prepared: Vec<(TagOptions, &str)> = docs
        .iter()
        .map(|d| {
            let dct = d.dct.as_deref().and_then(time::parse_iso_date);
            (
                TagOptions {
                    dct,
                    mode: Mode::News,
                },
                d.text.as_str(),
            )
        })
        .collect();
    let bytes: usize = prepared.iter().map(|(_, t)| t.len()).sum();
    eprintln!(
        "bench: TimeBank: {} documents, {bytes} bytes of text",
        prepared.len()
    );
    let mut group = c.benchmark_group("tagger");
    group.throughput(Throughput::Bytes(bytes as u64));
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(8));
    group.bench_function("timebank", |b| {
        b.iter(|| {
            let mut found = 0;
            for (options, text) in &prepared {
                found += time::tag_with(black_box(text), options).len();
            }
            found
        })
    });
    group.finish();
}

fn analyze(c: &mut Criterion) {
    let Some(articles) = common::seeds() else {
        return;
    };
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    eprintln!(
        "bench: seeds: {} articles, {bytes} bytes of text",
        articles.len()
    );
    let options = datelines::Options::default();
    let mut group = c.benchmark_group("analyze");
    group.throughput(Throughput::Bytes(bytes as u64));
    group
        .sample_size(30)
        .measurement_time(Duration::from_secs(5));
    group.bench_function("seeds", |b| {
        b.iter(|| datelines::analyze(black_box(&articles), &options))
    });
    group.finish();
}

fn tls(c: &mut Criterion) {
    let Some(topics) = common::timeline17() else {
        return;
    };
    let options = datelines::summary::tls::TlsOptions::default();
    let mut group = c.benchmark_group("tls");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(6));
    for (name, articles) in &topics {
        let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
        eprintln!(
            "bench: Timeline17 {name}: {} articles, {bytes} bytes",
            articles.len()
        );
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(name.as_str(), |b| {
            b.iter(|| datelines::summary::tls::timeline(black_box(articles), &options))
        });
    }
    group.finish();
}

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        eprintln!("benches/speed.rs: not run outside `cargo bench` (see `make bench`)");
        return;
    }
    let mut c = Criterion::default()
        .configure_from_args()
        .warm_up_time(Duration::from_secs(1));
    tagger(&mut c);
    analyze(&mut c);
    tls(&mut c);
    c.final_summary();
}
