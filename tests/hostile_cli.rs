//! Hostile input from every source on every command: no raw control or bidi character reaches stdout or stderr
//! (letter text, file names, paths typed by the user, config names and values, error messages), FIFOs and devices
//! are refused with a message naming them instead of hanging, a full stdout is an error and never a panic, and a
//! config that leaves no key to quit is reported.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_letters");
const PAYLOAD: &str =
    "\u{1b}]0;pwned\u{7} \u{1b}[2J \u{202e}reversed\u{202c} \u{9b}31m \u{200d}\u{2066}x\u{2069}\u{200f}";

/// A home for one test: state and config folders that are not the user's.
struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn new() -> Home {
        Home { dir: tempfile::tempdir().expect("temp dir") }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(BIN);
        cmd.args(args)
            .env("LETTERS_STATE_DIR", self.path("state"))
            .env("XDG_CONFIG_HOME", self.path("cfg"))
            .env("NO_COLOR", "1")
            .stdin(Stdio::null());
        cmd
    }

    /// Runs `letters ARGS`, failing the test if it does not end within 20 seconds.
    fn run(&self, args: &[&str]) -> Output {
        let mut child =
            self.command(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("letters starts");
        let start = Instant::now();
        while child.try_wait().expect("wait").is_none() {
            if start.elapsed() > Duration::from_secs(20) {
                let _ = child.kill();
                panic!("letters {args:?} gave no answer in 20 s");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        child.wait_with_output().expect("output")
    }
}

/// The raw control characters (C0 but tab and newline, DEL, C1) and bidi controls in `bytes`.
fn raw_controls(bytes: &[u8]) -> Vec<char> {
    String::from_utf8_lossy(bytes)
        .chars()
        .filter(|&c| {
            (c < ' ' && c != '\n' && c != '\t')
                || ('\u{7f}'..'\u{a0}').contains(&c)
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
        })
        .collect()
}

fn assert_clean(what: &str, out: &Output) {
    assert!(out.status.code().is_some_and(|c| c != 101), "{what}: exit {:?}", out.status);
    let mut all = out.stdout.clone();
    all.extend_from_slice(&out.stderr);
    let bad = raw_controls(&all);
    assert!(bad.is_empty(), "{what} prints raw {bad:?}:\n{}", String::from_utf8_lossy(&all));
}

fn write(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().expect("a parent")).expect("folder");
    fs::write(path, text).expect("written");
}

#[test]
fn no_command_prints_a_raw_control_character_from_letter_text() {
    let home = Home::new();
    let file = home.path("esc/hostile.txt");
    write(
        &file,
        &format!(
            "MESSAGE FROM PREMIER STALIN TO PRIME MINISTER CHURCHILL\n\nBody {PAYLOAD} here.1\n\nJuly 18, 1941\n\n\
             1 Note {PAYLOAD}.\n\nSource: {PAYLOAD}\n\nMESSAGE FROM {PAYLOAD} TO CHURCHILL\n\nMore.\n"
        ),
    );
    let f = file.to_str().expect("utf-8 path");
    let list = home.run(&["list", f]);
    let id = String::from_utf8_lossy(&list.stdout).split_whitespace().next().expect("a letter listed").to_string();
    assert!(String::from_utf8_lossy(&list.stdout).contains("Stalin"), "the letter is listed");
    for args in [
        vec!["list", f],
        vec!["show", &id, f],
        vec!["show", &id, f, "--width", "20"],
        vec!["thread", &id, f],
        vec!["check", f],
        vec!["export", f],
        vec!["bookmarks", f],
        vec!["bookmarks", "--json", f],
        vec!["render", f, "--size", "80x20", "--keys", "<Enter>"],
    ] {
        assert_clean(&args.join(" "), &home.run(&args));
    }
    let shown = home.run(&["show", &id, f]);
    assert!(String::from_utf8_lossy(&shown.stdout).contains("␛]0;pwned␇"), "escapes are shown as symbols");
}

#[test]
fn file_names_and_paths_are_sanitized_in_every_message() {
    let home = Home::new();
    let names = home.path("names");
    fs::create_dir_all(&names).expect("folder");
    let evil = "loop\u{1b}]0;pwned\u{7}";
    std::os::unix::fs::symlink(evil, names.join(evil)).expect("a symlink loop");
    write(&names.join("ok\u{202e}.txt"), "MESSAGE FROM PREMIER STALIN TO PRIME MINISTER CHURCHILL\n\nHello.\n");
    let n = names.to_str().expect("utf-8");
    for args in [vec!["check", n], vec!["list", n], vec!["export", n], vec!["render", n, "--size", "60x10"]] {
        assert_clean(&args.join(" "), &home.run(&args));
    }
    let check = home.run(&["check", n]);
    assert!(String::from_utf8_lossy(&check.stdout).contains("loop␛]0;pwned␇"), "the bad name is shown, made visible");
    let missing = home.path("missing\u{1b}]0;pwned\u{7}\u{202e}");
    let missing = missing.to_str().expect("utf-8");
    for args in [vec!["check", missing], vec!["list", missing], vec![missing], vec!["show", "x/1", missing]] {
        let out = home.run(&args);
        assert_clean(&format!("{args:?}"), &out);
        assert_eq!(out.status.code(), Some(2), "a missing path is a usage error");
        assert!(String::from_utf8_lossy(&out.stderr).contains("no such file"), "said why");
    }
    let unknown = home.run(&["list", "--no-such-flag\u{1b}[2J"]);
    assert_clean("an unknown flag", &unknown);
}

#[test]
fn config_names_and_values_are_sanitized() {
    let home = Home::new();
    let cfg = home.path("bad-config.toml");
    write(
        &cfg,
        "[\"\\u001b]0;pwned\\u0007\"]\nx = 1\n[keys]\n\"\\u001b[2J\" = [\"q\"]\nquit = [\"\\u001b]0;pwned2\\u0007\", \"\\u202e\"]\n[theme]\nlist = \"\\u009b31m\"\n",
    );
    let c = cfg.to_str().expect("utf-8");
    let config = home.run(&["config", "--config", c]);
    assert_clean("config", &config);
    assert_eq!(config.status.code(), Some(1), "problems found");
    assert!(String::from_utf8_lossy(&config.stdout).contains("␛"), "the bad names are shown as symbols");
    assert_clean("render", &home.run(&["render", "--config", c, "--size", "80x10", "--keys", "q"]));
}

#[test]
fn fifos_and_devices_are_refused_with_a_message_naming_them() {
    let home = Home::new();
    let fifo = home.path("fifo.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
    assert!(made.success());
    let f = fifo.to_str().expect("utf-8");
    let check = home.run(&["check", f]);
    assert_eq!(check.status.code(), Some(1), "an error");
    assert!(String::from_utf8_lossy(&check.stdout).contains("a FIFO, not a regular file"), "{check:?}");
    let config = home.run(&["config", "--config", f]);
    assert!(String::from_utf8_lossy(&config.stdout).contains("a FIFO, not a regular file"), "{config:?}");
    let zero = home.run(&["check", "/dev/zero"]);
    assert_eq!(zero.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&zero.stdout).contains("a character device, not a regular file"), "{zero:?}");
    let zero = home.run(&["config", "--config", "/dev/zero"]);
    assert!(String::from_utf8_lossy(&zero.stdout).contains("a character device"), "{zero:?}");
    // A FIFO where the state file should be: render starts without it and says why.
    fs::create_dir_all(home.path("state")).expect("state dir");
    let made = Command::new("mkfifo").arg(home.path("state/bundled.json")).status().expect("mkfifo runs");
    assert!(made.success());
    let render = home.run(&["render", "--size", "80x10"]);
    assert_eq!(render.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&render.stderr).contains("a FIFO, not a regular file"), "{render:?}");
}

#[test]
fn a_huge_config_is_refused_with_a_clear_error() {
    let home = Home::new();
    let cfg = home.path("huge.toml");
    let file = fs::File::create(&cfg).expect("created");
    file.set_len(17 << 20).expect("a sparse 17 MB file");
    let out = home.run(&["config", "--config", cfg.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("larger than 16 MB"), "{out:?}");
}

#[test]
fn a_full_stdout_is_an_error_for_every_command() {
    let home = Home::new();
    if !Path::new("/dev/full").exists() {
        println!("SKIPPED a_full_stdout_is_an_error_for_every_command: no /dev/full here");
        return;
    }
    for args in [
        vec!["completions", "bash"],
        vec!["completions", "fish"],
        vec!["completions", "zsh"],
        vec!["list"],
        vec!["export"],
        vec!["check"],
        vec!["show", "frus-1945-stalin-roosevelt/1"],
        vec!["thread", "frus-1945-stalin-roosevelt/1"],
        vec!["config"],
        vec!["config", "--print-default"],
        vec!["render", "--size", "40x10"],
        vec!["--help"],
    ] {
        let full = fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full opens");
        let out = home.command(&args).stdout(full).stderr(Stdio::piped()).output().expect("letters runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.code().is_some_and(|c| c != 0 && c != 101), "{args:?}: exit {:?} {err}", out.status);
        assert!(!err.contains("panicked") && err.contains("letters: "), "{args:?}: {err}");
    }
}

#[test]
fn a_config_with_no_quit_key_is_reported() {
    let home = Home::new();
    for text in ["[keys]\nquit = []\n", "[keys]\nquit = [\"<C-c>\"]\n", "[keys]\nquit = [\"x\"]\nsearch = [\"x\"]\n"] {
        let cfg = home.path("keys.toml");
        write(&cfg, text);
        let out = home.run(&["config", "--config", cfg.to_str().expect("utf-8")]);
        let said = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{text}: {said}");
        assert!(said.contains("no key is left to quit: Ctrl-C still quits"), "{text}: {said}");
        let render = home.run(&["render", "--config", cfg.to_str().expect("utf-8"), "--size", "250x20"]);
        assert!(String::from_utf8_lossy(&render.stdout).contains("Ctrl-C still quits"), "shown in the reader too");
    }
}
