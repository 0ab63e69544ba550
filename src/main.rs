#![forbid(unsafe_code)]
//! The `letters` binary: parses the command line and hands over to `letters::cli`.

fn main() -> std::process::ExitCode {
    letters::cli::main()
}

/// mimalloc: the loader makes many small strings from many threads; glibc's allocator spends a tenth of a load
/// in free and page faults.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
