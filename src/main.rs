#![forbid(unsafe_code)]
//! The `letters` binary: parses the command line and hands over to `letters::cli`.

fn main() -> std::process::ExitCode {
    letters::cli::main()
}
