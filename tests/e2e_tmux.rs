//! End-to-end tests of the reader in a real terminal: the built binary runs in a private tmux server, and the
//! tests look at what only a terminal shows (the alternate screen, raw or cooked mode, the window title, what
//! is on the screen after a resize). Each test skips, saying so, when tmux is not installed.

mod tmux_support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};
use tmux_support::{BIN, Server, Session, has_position};

/// Checks that the shell got back its normal screen in cooked mode after the reader ended with `status`.
fn assert_terminal_given_back(tmux: &Session, status: &str) {
    let (exited, mode) = tmux.wait_for_shell();
    assert_eq!(exited, status, "exit status; the screen:\n{}", tmux.screen());
    assert_eq!(mode, "icanon", "the terminal is back in cooked mode; the screen:\n{}", tmux.screen());
    assert_eq!(tmux.show("#{alternate_on}"), "0", "the alternate screen is left");
    assert_eq!(tmux.show("#{mouse_any_flag}#{mouse_sgr_flag}"), "00", "the mouse is released");
    assert_eq!(tmux.show("#{cursor_flag}"), "1", "the cursor is shown again");
}

/// Quits with q and checks the terminal is given back with exit status 0.
fn q_gives_back_the_terminal(tmux: &Session) {
    tmux.keys(&["q"]);
    assert_terminal_given_back(tmux, "0");
}

#[test]
fn open_navigate_and_quit_gives_back_the_normal_screen_in_cooked_mode() {
    let Some(server) = Server::new("open_navigate_and_quit") else { return };
    let tmux = server.open("t", 120, 40, &[], &[]);
    tmux.wait_for_reader("Churchill");
    assert_eq!(tmux.show("#{alternate_on}"), "1", "the reader runs on the alternate screen");
    assert_eq!(tmux.show("#{mouse_any_flag}"), "1", "the reader captures the mouse");
    tmux.keys(&["j", "j", "Tab", "j", "Enter"]);
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(tmux.show("#{alternate_on}"), "1", "still running after moving around");
    q_gives_back_the_terminal(&tmux);
}

/// Starts the reader, sends it `signal` with kill(1), and checks the terminal is given back.
fn signal_gives_back_the_terminal(test: &str, signal: &str, status: &str) {
    let Some(server) = Server::new(test) else { return };
    let tmux = server.open("t", 100, 30, &[], &[]);
    tmux.wait_for_reader("Churchill");
    tmux.signal(signal);
    assert_terminal_given_back(&tmux, status);
}

#[test]
fn sigterm_gives_back_the_normal_screen_in_cooked_mode() {
    signal_gives_back_the_terminal("sigterm", "TERM", "143");
}

#[test]
fn sighup_gives_back_the_normal_screen_in_cooked_mode() {
    signal_gives_back_the_terminal("sighup", "HUP", "129");
}

#[test]
fn sigint_gives_back_the_normal_screen_in_cooked_mode() {
    signal_gives_back_the_terminal("sigint", "INT", "130");
}

#[test]
fn ctrl_c_quits_like_q() {
    let Some(server) = Server::new("ctrl_c_quits_like_q") else { return };
    let tmux = server.open("t", 100, 30, &[], &[]);
    tmux.wait_for_reader("Churchill");
    tmux.keys(&["C-c"]);
    assert_terminal_given_back(&tmux, "0");
}

/// Writes about `mb` megabytes of letters (copies of a bundled file) into files of about 200 KB under `dir`.
fn big_corpus(dir: &Path, mb: usize) -> PathBuf {
    let folder = dir.join("big");
    std::fs::create_dir_all(&folder).expect("folder");
    let letters = include_str!("../assets/moscow-1957-stalin-churchill-1941.txt");
    let copies = (200_000 / letters.len()).max(1);
    let file = vec![letters; copies].join("\n\n");
    for i in 0..(mb * 1_000_000).div_ceil(file.len()) {
        std::fs::write(folder.join(format!("part{i:04}.txt")), &file).expect("corpus file");
    }
    folder
}

#[test]
fn a_large_corpus_shows_a_first_frame_at_once_and_quits_at_once_while_loading() {
    let Some(server) = Server::new("large_corpus") else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    // About 2 s of loading for a debug build, which the first frame must not wait for.
    let folder = big_corpus(dir.path(), 50);
    let start = Instant::now();
    let tmux = server.open("t", 100, 30, &[&folder.to_string_lossy()], &[]);
    tmux.wait("a first frame", |s| !s.trim().is_empty());
    let first = start.elapsed();
    assert!(first < Duration::from_millis(600), "the first frame took {first:?}");
    let quit = Instant::now();
    q_gives_back_the_terminal(&tmux);
    let took = quit.elapsed();
    assert!(took < Duration::from_secs(1), "q took {took:?} to end the reader while it loaded");
}

/// Writes a letter whose text holds an OSC title sequence, a clear-screen, a colour and a leave-alternate-screen.
fn hostile_letter(dir: &Path) -> PathBuf {
    let folder = dir.join("esc");
    std::fs::create_dir_all(&folder).expect("folder");
    let text = "Personal Message from Stalin to Mr Churchill\n\nAllow me \x1b]0;pwned\x07 to thank \x1b[2J\x1b[31myou \
                for your \x1b[?1049l messages.\n\nJuly 18, 1941\n";
    std::fs::write(folder.join("esc.txt"), text).expect("letter written");
    folder
}

#[test]
fn escape_sequences_in_a_letter_leave_the_title_and_the_screen_alone() {
    let Some(server) = Server::new("escape_sequences") else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = hostile_letter(dir.path());
    let tmux = server.open("t", 100, 30, &[&folder.to_string_lossy()], &[]);
    tmux.wait_for_reader("thank");
    std::thread::sleep(Duration::from_millis(300));
    let screen = tmux.screen();
    assert!(!tmux.show("#{pane_title}").contains("pwned"), "an OSC sequence retitled the window");
    assert_eq!(tmux.show("#{alternate_on}"), "1", "an escape sequence left the alternate screen");
    assert!(screen.contains("Stalin"), "an erase sequence wiped the screen:\n{screen}");
    assert!(screen.contains('␛'), "the escape characters are shown as visible symbols:\n{screen}");
    q_gives_back_the_terminal(&tmux);
}

#[test]
fn a_resize_redraws_the_status_line_on_the_new_last_row() {
    let Some(server) = Server::new("resize") else { return };
    let tmux = server.open("t", 120, 40, &[], &[]);
    tmux.wait_for_reader("Churchill");
    for (w, h) in [(60_u16, 20_usize), (120, 40), (30, 8)] {
        tmux.resize(w, h);
        tmux.wait(&format!("the status line on row {h} after a resize to {w}x{h}"), |s| {
            let rows: Vec<&str> = s.lines().collect();
            rows.len() == h && has_position(rows[h - 1])
        });
    }
    q_gives_back_the_terminal(&tmux);
}

/// Debug builds only: `LETTERS_DEBUG_FAULT=panic` makes the reader panic after its first frame.
#[cfg(debug_assertions)]
#[test]
fn a_panic_gives_back_the_terminal_then_prints_its_message() {
    let Some(server) = Server::new("panic") else { return };
    let tmux = server.open("t", 100, 30, &[], &[("LETTERS_DEBUG_FAULT", "panic")]);
    assert_terminal_given_back(&tmux, "101");
    let screen = tmux.screen();
    assert!(screen.contains("letters: internal error: deliberate panic after the first frame"), "{screen}");
    assert!(!screen.contains("stack backtrace"), "no backtrace unless asked for:\n{screen}");
}

/// Debug builds only: `LETTERS_DEBUG_FAULT=hang` makes the reader stop answering after its first frame; SIGTERM
/// still gives the terminal back, after a grace period, and ends the process as killed by the signal.
#[cfg(debug_assertions)]
#[test]
fn sigterm_gives_back_the_terminal_even_when_the_reader_hangs() {
    let Some(server) = Server::new("hang") else { return };
    let tmux = server.open("t", 100, 30, &[], &[("LETTERS_DEBUG_FAULT", "hang")]);
    tmux.wait_for_reader("Churchill");
    tmux.keys(&["q"]);
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(tmux.show("#{alternate_on}"), "1", "a hung reader does not quit on q");
    tmux.signal("TERM");
    assert_terminal_given_back(&tmux, "143");
}

/// Runs `letters ARGS` outside tmux (nothing of it a terminal), with the state and config in `dir`.
fn letters_outside(dir: &Path, args: &[&Path]) -> Output {
    Command::new(BIN)
        .args(args)
        .env("LETTERS_STATE_DIR", dir.join("state"))
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .output()
        .expect("runs")
}

#[test]
fn a_missing_path_exits_2_with_a_message_and_never_touches_the_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let gone = dir.path().join("no-such-folder");
    let out = letters_outside(dir.path(), &[&gone]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim(), format!("letters: {}: no such file or folder", gone.display()));
    assert!(out.stdout.is_empty(), "nothing is written to the terminal: {:?}", out.stdout);
}

#[test]
fn the_position_test_reads_status_lines() {
    assert!(has_position("12/431  thread 2/5  ? help"));
    assert!(has_position("(3/17)"));
    assert!(!has_position("Stalin to Churchill, 1941/"));
    assert!(!has_position("and/or"));
}

#[test]
fn without_a_terminal_the_reader_says_what_to_use_instead() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = letters_outside(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "nothing is written to a pipe: {:?}", String::from_utf8_lossy(&out.stdout));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("letters: the reader needs a terminal;"), "{err}");
    assert!(err.contains("letters render"), "{err}");
}

#[test]
fn pipe_runs_a_command_on_the_letter_with_the_terminal_given_back_and_returns() {
    let Some(server) = Server::new("pipe") else { return };
    let tmux = server.open("t", 100, 30, &[], &[]);
    tmux.wait_for_reader("Churchill");
    tmux.keys(&["|"]);
    tmux.keys(&["-l", "grep -c Stalin"]);
    tmux.keys(&["Enter"]);
    let shown = tmux.wait("the command's output", |s| s.contains("press Enter to return to letters"));
    assert_eq!(tmux.show("#{alternate_on}"), "0", "the command runs on the normal screen:\n{shown}");
    assert!(shown.lines().any(|l| l.trim().parse::<u32>().is_ok_and(|n| n > 0)), "grep counted lines:\n{shown}");
    tmux.keys(&["Enter"]);
    let back =
        tmux.wait("the reader again", |s| s.lines().any(|l| l.starts_with(" 1/4") && l.contains("the command ran")));
    assert_eq!(tmux.show("#{alternate_on}"), "1", "back on the alternate screen:\n{back}");
    tmux.keys(&["j"]);
    tmux.wait("keys reach the reader again", |s| s.lines().any(|l| l.starts_with(" 2/4")));
    q_gives_back_the_terminal(&tmux);
}
