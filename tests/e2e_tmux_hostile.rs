//! End-to-end tests of hostile situations in a real terminal (a private tmux server): Ctrl-C quits whatever the
//! config binds, SIGQUIT and SIGUSR1 give the terminal back, Ctrl-Z suspends and `fg` (SIGCONT) resumes in raw
//! mode with a full redraw, two readers on one corpus keep each other's bookmarks, and a letter full of joiners
//! and bidi controls is drawn exactly as `letters render` computes it. Each test skips, saying so, without tmux.

mod tmux_support;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};
use tmux_support::{BIN, Server, Session};

fn assert_terminal_given_back(tmux: &Session, status: &str) {
    let (exited, mode) = tmux.wait_for_shell();
    assert_eq!(exited, status, "exit status; the screen:\n{}", tmux.screen());
    assert_eq!(mode, "icanon", "cooked mode again");
    assert_eq!(tmux.show("#{alternate_on}"), "0", "the alternate screen is left");
    assert_eq!(tmux.show("#{mouse_any_flag}#{mouse_sgr_flag}"), "00", "the mouse is released");
    assert_eq!(tmux.show("#{cursor_flag}"), "1", "the cursor is shown again");
}

/// Waits until `check` holds for a tmux format of the pane.
fn wait_show(tmux: &Session, format: &str, want: &str) {
    let start = Instant::now();
    while tmux.show(format) != want {
        assert!(start.elapsed() < Duration::from_secs(10), "{format} never became {want}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn ctrl_c_quits_even_when_the_config_leaves_no_quit_key() {
    let Some(server) = Server::new("ctrl_c_no_quit") else { return };
    let config = server.state_dir().with_file_name("config").join("letters").join("config.toml");
    std::fs::create_dir_all(config.parent().expect("parent")).expect("config dir");
    std::fs::write(&config, "[keys]\nquit = []\n").expect("config written");
    let tmux = server.open("t", 200, 30, &[], &[]);
    tmux.wait_for_reader("Ctrl-C still quits");
    tmux.keys(&["q"]);
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(tmux.show("#{alternate_on}"), "1", "q is no longer bound: still running");
    tmux.keys(&["C-c"]);
    assert_terminal_given_back(&tmux, "0");
}

#[test]
fn sigquit_and_sigusr1_give_back_the_terminal() {
    for (signal, status) in [("QUIT", "131"), ("USR1", "138")] {
        let Some(server) = Server::new(&format!("sig{}", signal.to_lowercase())) else { return };
        let tmux = server.open("t", 100, 30, &[], &[]);
        tmux.wait_for_reader("Churchill");
        tmux.signal(signal);
        assert_terminal_given_back(&tmux, status);
    }
}

/// Whether the process is stopped (state `T` in /proc).
fn stopped(pid: &str) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| s.rsplit_once(')').map(|(_, rest)| rest.trim_start().starts_with('T')))
        .unwrap_or(false)
}

#[test]
fn ctrl_z_and_sigtstp_suspend_and_sigcont_resumes_with_a_full_redraw() {
    let Some(server) = Server::new("suspend") else { return };
    let tmux = server.open("t", 100, 30, &[], &[]);
    tmux.wait_for_reader("Churchill");
    let pid = tmux.reader_pid();
    for suspend in ["key", "signal"] {
        if suspend == "key" {
            tmux.keys(&["C-z"]);
        } else {
            tmux.signal("TSTP");
        }
        wait_show(&tmux, "#{alternate_on}", "0");
        assert_eq!(tmux.show("#{cursor_flag}"), "1", "the cursor is shown while suspended");
        let start = Instant::now();
        while !stopped(&pid) {
            assert!(start.elapsed() < Duration::from_secs(10), "the reader never stopped");
            std::thread::sleep(Duration::from_millis(50));
        }
        tmux.signal("CONT");
        wait_show(&tmux, "#{alternate_on}", "1");
        let screen = tmux.wait_for_reader("Churchill");
        assert!(screen.lines().count() >= 29, "the whole screen is drawn again:\n{screen}");
        // Raw mode again: a single key acts at once, without Enter.
        tmux.keys(&["?"]);
        tmux.wait("the help overlay after one key", |s| s.contains("Esc closes"));
        tmux.keys(&["Escape"]);
        tmux.wait("the help overlay closed", |s| !s.contains("Esc closes"));
    }
    tmux.keys(&["q"]);
    assert_terminal_given_back(&tmux, "0");
}

#[test]
fn two_readers_on_one_corpus_keep_each_others_bookmarks() {
    let Some(server) = Server::new("two_readers") else { return };
    let a = server.open("a", 120, 30, &[], &[]);
    let b = server.open("b", 120, 30, &[], &[]);
    a.wait_for_reader("Churchill");
    b.wait_for_reader("Churchill");
    a.keys(&["m"]);
    b.keys(&["j"]);
    std::thread::sleep(Duration::from_millis(200));
    b.keys(&["m"]);
    std::thread::sleep(Duration::from_millis(300));
    a.keys(&["q"]);
    assert_terminal_given_back(&a, "0");
    b.keys(&["q"]);
    assert_terminal_given_back(&b, "0");
    let out = Command::new(BIN)
        .args(["bookmarks", "--json"])
        .env("LETTERS_STATE_DIR", server.state_dir())
        .output()
        .expect("letters runs");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let marks = doc["bookmarks"].as_array().map(Vec::len);
    assert_eq!(marks, Some(2), "both readers' bookmarks are kept: {doc}");
}

#[test]
fn joiners_and_bidi_controls_are_drawn_as_render_computes() {
    let Some(server) = Server::new("zero_width") else { return };
    let dir = server.state_dir().with_file_name("letters");
    std::fs::create_dir_all(&dir).expect("dir");
    let file = dir.join("zw.txt");
    let odd = "a\u{200d}b\u{200b}c\u{200c}d\u{2060}e\u{feff}f \u{202e}g\u{202c} \u{2067}h\u{2069} i\u{200e}j\u{200f}k";
    let body: String = (0..12).map(|i| format!("Wor\u{200d}d{i} {odd} 👩\u{200d}👩\u{200d}👧 end.\n")).collect();
    let text = format!("MESSAGE FROM PREMIER STALIN TO PRIME MINISTER CHURCHILL\n\n{body}\nJuly 18, 1941\n");
    std::fs::write(&file, text).expect("written");
    let f = file.to_string_lossy().into_owned();
    let tmux = server.open("t", 100, 24, &["--no-state", &f], &[]);
    tmux.wait_for_reader("end.");
    tmux.keys(&["Enter"]);
    std::thread::sleep(Duration::from_millis(400));
    let pane = tmux.screen();
    let render = Command::new(BIN)
        .args(["render", "--no-state", &f, "--size", "100x24", "--keys", "<Enter>"])
        .env("XDG_CONFIG_HOME", server.state_dir().with_file_name("config"))
        .output()
        .expect("render runs");
    let want = String::from_utf8_lossy(&render.stdout).into_owned();
    let trim = |s: &str| s.lines().map(str::trim_end).collect::<Vec<_>>().join("\n").trim_end().to_string();
    assert_eq!(trim(&pane), trim(&want), "tmux shows what render computed");
    assert!(Path::new(&f).exists());
    tmux.keys(&["q"]);
}
