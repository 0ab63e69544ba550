//! Running the real `letters` binary in the command-line tests.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

/// What a run of `letters` gave.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `letters ARGS...` in `dir` (the crate's folder when `None`), with a state folder that is not the user's.
pub fn letters_in(dir: Option<&Path>, args: &[&str]) -> Run {
    let state = tempfile::tempdir().expect("temp state dir");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_letters"));
    cmd.args(args).env("LETTERS_STATE_DIR", state.path()).env("COLUMNS", "80");
    if let Some(d) = dir {
        cmd.current_dir(d);
    }
    let out: Output = cmd.output().expect("letters runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// Runs `letters ARGS...`.
pub fn letters(args: &[&str]) -> Run {
    letters_in(None, args)
}

/// The bytes of a bundled seed file (assets/NAME).
pub fn seed(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets").join(name)).expect("seed file")
}

pub const FRUS: &str = "frus-1945-stalin-roosevelt.txt";
pub const MOSCOW: &str = "moscow-1957-stalin-churchill-1941.txt";

/// Asserts no panic and no backtrace hint in a run.
pub fn assert_no_panic(run: &Run) {
    assert!(run.code != 101 && run.code >= 0, "exit {}: {}", run.code, run.stderr);
    assert!(!run.stderr.contains("panicked") && !run.stderr.contains("RUST_BACKTRACE"), "{}", run.stderr);
}
