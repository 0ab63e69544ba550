//! Load + parse + thread of TEI editions: the three slices in ../shared/corpora/tei (1,073 letters, 13 MB), and
//! a whole edition when `TEI_EDITION` names its folder (e.g. the 4,420 letters of the Schnitzler edition).
//! Throughput is reported in bytes per second.
//!
//! `cargo bench --bench tei`; one core: `RAYON_NUM_THREADS=1 cargo bench --bench tei`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use letters::loader;
use letters::model::Input;
use std::path::PathBuf;
use std::time::Duration;

// The allocator the `letters` binary uses.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn size_of(dir: &PathBuf) -> u64 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}

fn tei(c: &mut Criterion) {
    let mut group = c.benchmark_group("tei load+parse+thread");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(8));
    let slices = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/tei");
    let mut cases = vec![("three slices", slices)];
    if let Some(d) = std::env::var_os("TEI_EDITION") {
        cases.push(("whole edition", PathBuf::from(d)));
    }
    for (name, dir) in cases {
        if !dir.is_dir() {
            eprintln!("{}: not found, skipped", dir.display());
            continue;
        }
        let bytes = size_of(&dir);
        let input = Input::Paths(vec![dir]);
        group.throughput(Throughput::Bytes(bytes));
        group.bench_function(format!("{name} ({:.0} MB)", bytes as f64 / 1e6), |b| {
            b.iter_with_large_drop(|| {
                let corpus = loader::load(&input).expect("loads");
                assert!(!corpus.letters.is_empty());
                corpus
            })
        });
    }
    group.finish();
}

criterion_group!(benches, tei);
criterion_main!(benches);
