//! Generates a large synthetic corpus of letters for speed and memory measurements.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- /tmp/corpus --letters 100000
//! cargo run --release --example gen_corpus -- /tmp/corpus --megabytes 100
//! cargo run --release --example gen_corpus -- /tmp/big --megabytes 100 --copies-of assets
//! ```

mod copies;
mod synth;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: gen_corpus OUT_DIR [--letters N] [--megabytes M] [--seed S] [--copies-of DIR]...";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_corpus: {e}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let mut dir: Option<PathBuf> = None;
    let mut opts = synth::Options::default();
    let mut from: Vec<PathBuf> = Vec::new();
    while let Some(a) = args.next() {
        let mut value = |name: &str| -> Result<u64, String> {
            let v = args.next().ok_or(format!("{name} wants a number"))?;
            v.parse().map_err(|_| format!("{name} wants a number, not {v:?}"))
        };
        match a.as_str() {
            "--letters" => opts.letters = Some(value("--letters")? as usize),
            "--megabytes" => opts.bytes = Some(value("--megabytes")? * 1_000_000),
            "--seed" => opts.seed = value("--seed")?,
            "--copies-of" => from.push(PathBuf::from(args.next().ok_or("--copies-of wants a folder")?)),
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            _ if dir.is_none() && !a.starts_with('-') => dir = Some(PathBuf::from(a)),
            _ => return Err(format!("unexpected argument {a:?}")),
        }
    }
    let dir = dir.ok_or("no output folder given")?;
    let started = std::time::Instant::now();
    if !from.is_empty() {
        let bytes = opts.bytes.unwrap_or(100_000_000);
        let (written, files, k) =
            copies::generate(&dir, &from, bytes).map_err(|e| format!("{}: {e}", dir.display()))?;
        println!("{:.1} MB in {files} files, {k} copies, into {}", written as f64 / 1e6, dir.display());
        return Ok(());
    }
    let stats = synth::generate(&dir, &opts).map_err(|e| format!("{}: {e}", dir.display()))?;
    println!(
        "{} letters in {} files, {:.1} MB, into {} ({:.1} s)",
        stats.letters,
        stats.files,
        stats.bytes as f64 / 1e6,
        dir.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
