//! Embeds the seed articles into the browser test build, which cannot read files.
//!
//! When `../shared/seeds` exists beside the repository, writes `$OUT_DIR/seeds.rs` holding
//! `pub const SEEDS: &[(&str, &str)] = &[(file_name, include_str!(absolute path)), …];` in file
//! name order; otherwise the slice is empty. Only `tests/web.rs` includes it: the library itself
//! embeds nothing, and nothing of the seeds is ever committed.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let manifest_dir =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let seeds_dir = manifest_dir.join("..").join("shared").join("seeds");
    // Watch the folder only when it exists: a missing path would rerun this script, and
    // rebuild the crate, on every build. Seeds added later: `touch build.rs`.
    if seeds_dir.is_dir() {
        println!("cargo:rerun-if-changed={}", seeds_dir.display());
    } else if env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:warning=../shared/seeds not found: the browser seed check will be skipped");
    }

    let mut seeds: Vec<(String, PathBuf)> = Vec::new();
    if let Ok(entries) = fs::read_dir(&seeds_dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
                continue;
            };
            if name.starts_with('.') || !path.is_file() {
                continue;
            }
            match fs::read(&path) {
                Ok(bytes) if std::str::from_utf8(&bytes).is_ok() => {
                    let absolute = fs::canonicalize(&path).unwrap_or(path);
                    seeds.push((name, absolute));
                }
                _ => println!("cargo:warning=seed {name} is not UTF-8 text; left out"),
            }
        }
    }
    seeds.sort();

    let mut code = String::from(
        "/// The seed articles from `../shared/seeds` as (file name, text), in name order.\n",
    );
    code.push_str("#[allow(dead_code)]\npub const SEEDS: &[(&str, &str)] = &[\n");
    for (name, path) in &seeds {
        let _ = writeln!(
            code,
            "    ({name:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    code.push_str("];\n");
    fs::write(out_dir.join("seeds.rs"), code).expect("write $OUT_DIR/seeds.rs");
}
