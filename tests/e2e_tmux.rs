//! End-to-end tests of the reader in a real terminal: the built binary runs in a private tmux server, and the
//! tests look at what only a terminal shows (the alternate screen, raw or cooked mode, the window title, what
//! is on the screen after a resize). Each test skips, saying so, when tmux is not installed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_letters");

/// How long to wait for anything the reader should show.
const PATIENCE: Duration = Duration::from_secs(10);

/// Whether tmux can run here; prints why a test is skipped when not.
fn have_tmux(test: &str) -> bool {
    let ok = Command::new("tmux").arg("-V").output().is_ok_and(|o| o.status.success());
    if !ok {
        println!("SKIPPED {test}: tmux is not installed (the CI script installs it)");
    }
    ok
}

/// Quotes a word for sh.
fn shq(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// A private tmux server with one session running the reader, and a temp dir for its state and config.
struct Tmux {
    socket: String,
    dir: tempfile::TempDir,
}

impl Tmux {
    /// Starts `letters ARGS` in a `w`x`h` session. After the reader ends the session's shell prints
    /// `EXITED:<status>`, then `icanon` or `-icanon` as `stty -a` reports it, then `DONE`, and stays open.
    fn start(test: &str, w: u16, h: u16, args: &[&str], env: &[(&str, &str)]) -> Tmux {
        let dir = tempfile::tempdir().expect("temp dir");
        let socket = format!("letters-e2e-{}-{test}", std::process::id());
        let tmux = Tmux { socket, dir };
        let root = tmux.dir.path();
        let mut script = String::from("unset RUST_BACKTRACE RUST_LIB_BACKTRACE\n");
        script += &format!("export LETTERS_STATE_DIR={}\n", shq(&root.join("state").to_string_lossy()));
        script += &format!("export XDG_CONFIG_HOME={}\n", shq(&root.join("config").to_string_lossy()));
        for (k, v) in env {
            script += &format!("export {k}={}\n", shq(v));
        }
        let words: Vec<String> = args.iter().map(|a| shq(a)).collect();
        // The reader runs as the process whose pid is in the pid file, so the tests can signal it.
        script += &format!(
            "sh -c 'echo $$ > \"$0\"; exec \"$@\"' {} {} {}\n",
            shq(&tmux.pid_file().to_string_lossy()),
            shq(BIN),
            words.join(" ")
        );
        script += "echo EXITED:$?\nstty -a | tr ' ;' '\\n\\n' | grep -x -- '-\\{0,1\\}icanon'\necho DONE\nsleep 60\n";
        let script_path = root.join("run.sh");
        std::fs::write(&script_path, script).expect("script written");
        let (w, h) = (w.to_string(), h.to_string());
        let cmd = format!("sh {}", shq(&script_path.to_string_lossy()));
        let out = tmux.run(&["new-session", "-d", "-s", "t", "-x", &w, "-y", &h, &cmd]);
        assert!(out.status.success(), "tmux new-session: {}", String::from_utf8_lossy(&out.stderr));
        tmux
    }

    fn pid_file(&self) -> PathBuf {
        self.dir.path().join("pid")
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux").args(["-L", &self.socket, "-f", "/dev/null"]).args(args).output().expect("tmux runs")
    }

    /// The visible screen, one line per row.
    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "t"]).stdout).into_owned()
    }

    /// A tmux format expanded for the pane (`#{alternate_on}`, `#{pane_title}`).
    fn show(&self, format: &str) -> String {
        String::from_utf8_lossy(&self.run(&["display-message", "-p", "-t", "t", format]).stdout).trim().to_string()
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "t"];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    /// Polls until `check` holds for the screen, for up to [`PATIENCE`]; the last screen either way.
    fn wait(&self, what: &str, check: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if check(&screen) {
                return screen;
            }
            assert!(start.elapsed() < PATIENCE, "waited {PATIENCE:?} for {what}; the screen:\n{screen}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until the reader shows its status line (a position like `3/431`), then for `text` when given.
    fn wait_for_reader(&self, text: &str) -> String {
        self.wait("the reader's status line", |s| s.lines().any(has_position));
        self.wait(&format!("{text:?} on the screen"), |s| s.contains(text))
    }

    /// Waits until the shell is back, and gives the exit status and the `stty` mode it printed.
    fn wait_for_shell(&self) -> (String, String) {
        let screen = self.wait("the shell after the reader", |s| s.lines().any(|l| l == "DONE"));
        let exited = screen.lines().find_map(|l| l.strip_prefix("EXITED:")).unwrap_or("?").to_string();
        let mode = screen.lines().find(|l| l.trim_start_matches('-') == "icanon").unwrap_or("?").to_string();
        (exited, mode)
    }

    /// The pid the reader runs as.
    fn reader_pid(&self) -> String {
        let start = Instant::now();
        loop {
            if let Ok(pid) = std::fs::read_to_string(self.pid_file()) {
                if !pid.trim().is_empty() {
                    return pid.trim().to_string();
                }
            }
            assert!(start.elapsed() < PATIENCE, "the reader's pid file never appeared");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

/// Whether a line shows a position `n/m` (digits on both sides of a slash), as the status line does.
fn has_position(line: &str) -> bool {
    line.split_whitespace().any(|word| {
        let word = word.trim_matches(|c: char| !c.is_ascii_digit());
        word.split_once('/').is_some_and(|(a, b)| {
            !a.is_empty()
                && !b.is_empty()
                && a.chars().all(|c| c.is_ascii_digit())
                && b.chars().all(|c| c.is_ascii_digit())
        })
    })
}

/// Checks that the shell got back its normal screen in cooked mode after the reader ended with `status`.
fn assert_terminal_given_back(tmux: &Tmux, status: &str) {
    let (exited, mode) = tmux.wait_for_shell();
    assert_eq!(exited, status, "exit status; the screen:\n{}", tmux.screen());
    assert_eq!(mode, "icanon", "the terminal is back in cooked mode; the screen:\n{}", tmux.screen());
    assert_eq!(tmux.show("#{alternate_on}"), "0", "the alternate screen is left");
    assert_eq!(tmux.show("#{mouse_any_flag}#{mouse_sgr_flag}"), "00", "the mouse is released");
    assert_eq!(tmux.show("#{cursor_flag}"), "1", "the cursor is shown again");
}

#[test]
fn open_navigate_and_quit_gives_back_the_normal_screen_in_cooked_mode() {
    if !have_tmux("open_navigate_and_quit") {
        return;
    }
    let tmux = Tmux::start("quit", 120, 40, &[], &[]);
    tmux.wait_for_reader("Churchill");
    assert_eq!(tmux.show("#{alternate_on}"), "1", "the reader runs on the alternate screen");
    assert_eq!(tmux.show("#{mouse_any_flag}"), "1", "the reader captures the mouse");
    tmux.keys(&["j", "j", "Tab", "j", "Enter"]);
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(tmux.show("#{alternate_on}"), "1", "still running after moving around");
    tmux.keys(&["q"]);
    assert_terminal_given_back(&tmux, "0");
}

/// Starts the reader, sends it `signal` with kill(1), and checks the terminal is given back.
fn signal_gives_back_the_terminal(test: &str, signal: &str, status: &str) {
    if !have_tmux(test) {
        return;
    }
    let tmux = Tmux::start(test, 100, 30, &[], &[]);
    tmux.wait_for_reader("Churchill");
    let pid = tmux.reader_pid();
    let killed = Command::new("kill").args([&format!("-{signal}"), &pid]).status().expect("kill runs");
    assert!(killed.success(), "kill -{signal} {pid}");
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
    if !have_tmux("ctrl_c_quits_like_q") {
        return;
    }
    let tmux = Tmux::start("ctrlc", 100, 30, &[], &[]);
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
    if !have_tmux("large_corpus") {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    // About 2 s of loading for a debug build, which the first frame must not wait for.
    let folder = big_corpus(dir.path(), 50);
    let start = Instant::now();
    let tmux = Tmux::start("large", 100, 30, &[&folder.to_string_lossy()], &[]);
    tmux.wait("a first frame", |s| !s.trim().is_empty());
    let first = start.elapsed();
    assert!(first < Duration::from_millis(600), "the first frame took {first:?}");
    let quit = Instant::now();
    tmux.keys(&["q"]);
    assert_terminal_given_back(&tmux, "0");
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
    if !have_tmux("escape_sequences") {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = hostile_letter(dir.path());
    let tmux = Tmux::start("escapes", 100, 30, &[&folder.to_string_lossy()], &[]);
    tmux.wait_for_reader("thank");
    std::thread::sleep(Duration::from_millis(300));
    let screen = tmux.screen();
    assert!(!tmux.show("#{pane_title}").contains("pwned"), "an OSC sequence retitled the window");
    assert_eq!(tmux.show("#{alternate_on}"), "1", "an escape sequence left the alternate screen");
    assert!(screen.contains("Stalin"), "an erase sequence wiped the screen:\n{screen}");
    assert!(screen.contains('␛'), "the escape characters are shown as visible symbols:\n{screen}");
    tmux.keys(&["q"]);
    assert_terminal_given_back(&tmux, "0");
}

#[test]
fn a_resize_redraws_the_status_line_on_the_new_last_row() {
    if !have_tmux("resize") {
        return;
    }
    let tmux = Tmux::start("resize", 120, 40, &[], &[]);
    tmux.wait_for_reader("Churchill");
    for (w, h) in [(60_u16, 20_usize), (120, 40), (30, 8)] {
        tmux.run(&["resize-window", "-t", "t", "-x", &w.to_string(), "-y", &h.to_string()]);
        tmux.wait(&format!("the status line on row {h} after a resize to {w}x{h}"), |s| {
            let rows: Vec<&str> = s.lines().collect();
            rows.len() == h && has_position(rows[h - 1])
        });
    }
    tmux.keys(&["q"]);
    assert_terminal_given_back(&tmux, "0");
}

/// Debug builds only: `LETTERS_DEBUG_FAULT=panic` makes the reader panic after its first frame.
#[cfg(debug_assertions)]
#[test]
fn a_panic_gives_back_the_terminal_then_prints_its_message() {
    if !have_tmux("panic") {
        return;
    }
    let tmux = Tmux::start("panic", 100, 30, &[], &[("LETTERS_DEBUG_FAULT", "panic")]);
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
    if !have_tmux("hang") {
        return;
    }
    let tmux = Tmux::start("hang", 100, 30, &[], &[("LETTERS_DEBUG_FAULT", "hang")]);
    tmux.wait_for_reader("Churchill");
    let pid = tmux.reader_pid();
    tmux.keys(&["q"]);
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(tmux.show("#{alternate_on}"), "1", "a hung reader does not quit on q");
    let killed = Command::new("kill").args(["-TERM", &pid]).status().expect("kill runs");
    assert!(killed.success());
    assert_terminal_given_back(&tmux, "143");
}

#[test]
fn a_missing_path_exits_2_with_a_message_and_never_touches_the_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let gone = dir.path().join("no-such-folder");
    let out = Command::new(BIN)
        .arg(&gone)
        .env("LETTERS_STATE_DIR", dir.path().join("state"))
        .env("XDG_CONFIG_HOME", dir.path().join("config"))
        .output()
        .expect("runs");
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
    let out = Command::new(BIN)
        .env("LETTERS_STATE_DIR", dir.path().join("state"))
        .env("XDG_CONFIG_HOME", dir.path().join("config"))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "nothing is written to a pipe: {:?}", String::from_utf8_lossy(&out.stdout));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("letters: the reader needs a terminal;"), "{err}");
    assert!(err.contains("letters render"), "{err}");
}
