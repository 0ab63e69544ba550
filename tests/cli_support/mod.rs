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
    run(dir, state.path(), args)
}

/// Runs `letters ARGS...` with the reading state kept in `state`.
pub fn letters_with_state(state: &Path, args: &[&str]) -> Run {
    run(None, state, args)
}

fn run(dir: Option<&Path>, state: &Path, args: &[&str]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_letters"));
    cmd.args(args).env("LETTERS_STATE_DIR", state).env("COLUMNS", "80");
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

/// Runs `letters ARGS...` with everything it could read or write in `home`: HOME itself, XDG_CONFIG_HOME in
/// `home/cfg`, XDG_STATE_HOME in `home/xdg-state` and the reading state (LETTERS_STATE_DIR) in `home/state`.
pub fn letters_home(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_letters"))
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("cfg"))
        .env("XDG_STATE_HOME", home.join("xdg-state"))
        .env("LETTERS_STATE_DIR", home.join("state"))
        .output()
        .expect("run letters")
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
