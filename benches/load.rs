//! Load + parse + thread: `corpus::load` over synthetic corpora of 10,000 and 100,000 letters, generated once
//! into a temporary folder by the `gen_corpus` example's generator. Throughput is reported in bytes per second.
//!
//! `cargo bench --bench load`; one core: `RAYON_NUM_THREADS=1 cargo bench --bench load`.

#[path = "../examples/gen_corpus/synth.rs"]
#[allow(dead_code)]
mod synth;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use letters::loader;
use letters::model::Input;
use std::time::Duration;

// The allocator the `letters` binary uses.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load+parse+thread");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(10));
    for letters in [10_000, 100_000] {
        let dir = tempfile::tempdir().expect("temp dir");
        let opts = synth::Options { letters: Some(letters), ..synth::Options::default() };
        let stats = synth::generate(dir.path(), &opts).expect("corpus generated");
        let input = Input::Paths(vec![dir.path().to_path_buf()]);
        group.throughput(Throughput::Bytes(stats.bytes));
        group.bench_function(format!("{letters} letters ({:.0} MB)", stats.bytes as f64 / 1e6), |b| {
            // The corpus is dropped outside the timing: `letters check` leaves it to the OS at exit too.
            b.iter_with_large_drop(|| {
                let corpus = loader::load(&input).expect("loads");
                assert_eq!(corpus.letters.len(), letters);
                corpus
            })
        });
    }
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
