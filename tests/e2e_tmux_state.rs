//! End to end, in a real terminal (a private tmux server): the reader saves its state when it quits (q, or a
//! SIGTERM) and a second run returns to the same letter. Skips, saying so, when tmux is not installed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_letters");
const PATIENCE: Duration = Duration::from_secs(10);

fn have_tmux(test: &str) -> bool {
    let ok = Command::new("tmux").arg("-V").output().is_ok_and(|o| o.status.success());
    if !ok {
        println!("SKIPPED {test}: tmux is not installed (the CI script installs it)");
    }
    ok
}

fn shq(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// A private tmux server; each [`Tmux::open`] runs the reader once in a new session, with the state kept in `home`.
struct Tmux {
    socket: String,
    home: PathBuf,
}

impl Tmux {
    fn new(test: &str, home: &Path) -> Tmux {
        Tmux { socket: format!("letters-e2e-state-{}-{test}", std::process::id()), home: home.to_path_buf() }
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux").args(["-L", &self.socket, "-f", "/dev/null"]).args(args).output().expect("tmux runs")
    }

    /// Starts the reader in session `name`; when it ends, the shell prints `EXITED:<status>` and stays.
    fn open(&self, name: &str) {
        let mut script = String::new();
        script += &format!("export LETTERS_STATE_DIR={}\n", shq(&self.state_dir().to_string_lossy()));
        script += &format!("export XDG_CONFIG_HOME={}\n", shq(&self.home.join("config").to_string_lossy()));
        let pid = self.home.join(format!("{name}.pid"));
        script += &format!("sh -c 'echo $$ > \"$0\"; exec \"$1\"' {} {}\n", shq(&pid.to_string_lossy()), shq(BIN));
        script += "echo EXITED:$?\nsleep 60\n";
        let path = self.home.join(format!("{name}.sh"));
        std::fs::write(&path, script).expect("script written");
        let cmd = format!("sh {}", shq(&path.to_string_lossy()));
        let out = self.run(&["new-session", "-d", "-s", name, "-x", "120", "-y", "30", &cmd]);
        assert!(out.status.success(), "tmux new-session: {}", String::from_utf8_lossy(&out.stderr));
    }

    fn state_dir(&self) -> PathBuf {
        self.home.join("state")
    }

    fn screen(&self, name: &str) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", name]).stdout).into_owned()
    }

    fn keys(&self, name: &str, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", name];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    fn wait(&self, name: &str, what: &str, check: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen(name);
            if check(&screen) {
                return screen;
            }
            assert!(start.elapsed() < PATIENCE, "waited {PATIENCE:?} for {what}; the screen:\n{screen}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits for the reader's status line (its unread count).
    fn wait_for_reader(&self, name: &str) -> String {
        self.wait(name, "the reader", |s| s.contains(" unread"))
    }

    fn wait_for_exit(&self, name: &str) -> String {
        let s = self.wait(name, "the shell after the reader", |s| s.contains("EXITED:"));
        s.lines().find_map(|l| l.strip_prefix("EXITED:")).unwrap_or("?").trim().to_string()
    }

    fn pid(&self, name: &str) -> String {
        let path = self.home.join(format!("{name}.pid"));
        let start = Instant::now();
        loop {
            if let Ok(pid) = std::fs::read_to_string(&path)
                && !pid.trim().is_empty()
            {
                return pid.trim().to_string();
            }
            assert!(start.elapsed() < PATIENCE, "no pid file");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn state_files(&self) -> Vec<PathBuf> {
        std::fs::read_dir(self.state_dir()).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

/// Opens the reply that says "I sincerely welcome" by searching for it.
fn open_the_reply(tmux: &Tmux, name: &str) {
    tmux.wait_for_reader(name);
    tmux.keys(name, &["/"]);
    tmux.keys(name, &["-l", "sincerely welcome"]);
    tmux.keys(name, &["Enter"]);
    tmux.keys(name, &["Escape"]);
    tmux.wait(name, "the reply", |s| s.contains("┌ moscow-1957-stalin-churchill-1941/3"));
}

#[test]
fn quitting_with_q_saves_the_state_and_reopening_shows_the_same_letter() {
    if !have_tmux("quit_saves_state") {
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    let tmux = Tmux::new("quit", home.path());
    tmux.open("first");
    open_the_reply(&tmux, "first");
    assert!(tmux.state_files().is_empty(), "nothing is written before quitting");
    tmux.keys("first", &["q"]);
    assert_eq!(tmux.wait_for_exit("first"), "0");
    let files = tmux.state_files();
    assert_eq!(files.len(), 1, "one state file: {files:?}");
    let json = std::fs::read_to_string(&files[0]).expect("state read");
    assert!(json.contains("\"last_letter\": \"moscow-1957-stalin-churchill-1941/3\""), "{json}");

    tmux.open("second");
    let s = tmux.wait_for_reader("second");
    assert!(s.contains("┌ moscow-1957-stalin-churchill-1941/3") && s.contains("I sincerely welcome"), "{s}");
    assert!(s.contains(" 3 unread"), "the letter opened before is read: {s}");
    tmux.keys("second", &["q"]);
    assert_eq!(tmux.wait_for_exit("second"), "0");
}

#[test]
fn sigterm_saves_the_state_too() {
    if !have_tmux("sigterm_saves_state") {
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    let tmux = Tmux::new("term", home.path());
    tmux.open("first");
    open_the_reply(&tmux, "first");
    let pid = tmux.pid("first");
    assert!(Command::new("kill").args(["-TERM", &pid]).status().expect("kill runs").success());
    assert_eq!(tmux.wait_for_exit("first"), "143");
    let files = tmux.state_files();
    assert_eq!(files.len(), 1, "{files:?}");
    let json = std::fs::read_to_string(&files[0]).expect("state read");
    assert!(json.contains("moscow-1957-stalin-churchill-1941/3"), "{json}");
}
