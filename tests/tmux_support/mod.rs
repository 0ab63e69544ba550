//! The tmux harness of the end-to-end tests: a private tmux server whose sessions each run the built reader once,
//! with its state and config in a temp dir, and what the terminal shows read back from tmux.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// The built binary.
pub const BIN: &str = env!("CARGO_BIN_EXE_letters");

/// How long to wait for anything the reader should show.
pub const PATIENCE: Duration = Duration::from_secs(10);

/// Whether tmux can run here; prints why a test is skipped when not.
pub fn have_tmux(test: &str) -> bool {
    let ok = Command::new("tmux").arg("-V").output().is_ok_and(|o| o.status.success());
    if !ok {
        println!("SKIPPED {test}: tmux is not installed (the CI script installs it)");
    }
    ok
}

/// Quotes a word for sh.
pub fn shq(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// A private tmux server (its own socket) and a temp dir for the reader's state (`state/`) and config
/// (`config/`), shared by all its sessions. The server is killed when this is dropped.
pub struct Server {
    socket: String,
    dir: tempfile::TempDir,
}

impl Server {
    /// A server for `test`, or `None` when tmux is not installed (the test is then skipped, saying so).
    pub fn new(test: &str) -> Option<Server> {
        if !have_tmux(test) {
            return None;
        }
        let dir = tempfile::tempdir().expect("temp dir");
        Some(Server { socket: format!("letters-e2e-{}-{test}", std::process::id()), dir })
    }

    /// Runs `tmux ARGS` against this server.
    pub fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux").args(["-L", &self.socket, "-f", "/dev/null"]).args(args).output().expect("tmux runs")
    }

    /// The folder the reader keeps its state in (LETTERS_STATE_DIR).
    pub fn state_dir(&self) -> PathBuf {
        self.dir.path().join("state")
    }

    /// The files in the state folder.
    pub fn state_files(&self) -> Vec<PathBuf> {
        std::fs::read_dir(self.state_dir()).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default()
    }

    /// Starts `letters ARGS` (with `env` exported too) in a new `w`x`h` session `name`. After the reader ends the
    /// session's shell prints `EXITED:<status>`, then `icanon` or `-icanon` as `stty -a` reports it, then `DONE`,
    /// and stays open.
    pub fn open(&self, name: &str, w: u16, h: u16, args: &[&str], env: &[(&str, &str)]) -> Session<'_> {
        let session = Session { server: self, name: name.to_string() };
        let mut script = String::from("unset RUST_BACKTRACE RUST_LIB_BACKTRACE\n");
        script += &format!("export LETTERS_STATE_DIR={}\n", shq(&self.state_dir().to_string_lossy()));
        script += &format!("export XDG_CONFIG_HOME={}\n", shq(&self.dir.path().join("config").to_string_lossy()));
        for (k, v) in env {
            script += &format!("export {k}={}\n", shq(v));
        }
        let words: Vec<String> = args.iter().map(|a| shq(a)).collect();
        // The reader runs as the process whose pid is in the pid file, so the tests can signal it.
        script += &format!(
            "sh -c 'echo $$ > \"$0\"; exec \"$@\"' {} {} {}\n",
            shq(&session.pid_file().to_string_lossy()),
            shq(BIN),
            words.join(" ")
        );
        script += "echo EXITED:$?\nstty -a | tr ' ;' '\\n\\n' | grep -x -- '-\\{0,1\\}icanon'\necho DONE\nsleep 60\n";
        let script_path = self.dir.path().join(format!("{name}.sh"));
        std::fs::write(&script_path, script).expect("script written");
        let (w, h) = (w.to_string(), h.to_string());
        let cmd = format!("sh {}", shq(&script_path.to_string_lossy()));
        let out = self.run(&["new-session", "-d", "-s", name, "-x", &w, "-y", &h, &cmd]);
        assert!(out.status.success(), "tmux new-session: {}", String::from_utf8_lossy(&out.stderr));
        session
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

/// One session of a [`Server`], running the reader (and then its shell).
pub struct Session<'a> {
    server: &'a Server,
    name: String,
}

impl Session<'_> {
    fn pid_file(&self) -> PathBuf {
        self.server.dir.path().join(format!("{}.pid", self.name))
    }

    /// The visible screen, one line per row.
    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.server.run(&["capture-pane", "-p", "-t", &self.name]).stdout).into_owned()
    }

    /// A tmux format expanded for the pane (`#{alternate_on}`, `#{pane_title}`).
    pub fn show(&self, format: &str) -> String {
        let out = self.server.run(&["display-message", "-p", "-t", &self.name, format]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Sends keys in tmux's notation (`-l` first for literal text).
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.name];
        args.extend_from_slice(keys);
        self.server.run(&args);
    }

    /// Resizes the session's window to `w`x`h`.
    pub fn resize(&self, w: u16, h: usize) {
        self.server.run(&["resize-window", "-t", &self.name, "-x", &w.to_string(), "-y", &h.to_string()]);
    }

    /// Polls until `check` holds for the screen, for up to [`PATIENCE`]; the last screen either way.
    pub fn wait(&self, what: &str, check: impl Fn(&str) -> bool) -> String {
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

    /// Waits until the reader shows its status line (a position like `3/431`), then for `text`.
    pub fn wait_for_reader(&self, text: &str) -> String {
        self.wait("the reader's status line", |s| s.lines().any(has_position));
        self.wait(&format!("{text:?} on the screen"), |s| s.contains(text))
    }

    /// Waits until the shell is back, and gives the exit status and the `stty` mode it printed.
    pub fn wait_for_shell(&self) -> (String, String) {
        let screen = self.wait("the shell after the reader", |s| s.lines().any(|l| l == "DONE"));
        let exited = screen.lines().find_map(|l| l.strip_prefix("EXITED:")).unwrap_or("?").to_string();
        let mode = screen.lines().find(|l| l.trim_start_matches('-') == "icanon").unwrap_or("?").to_string();
        (exited, mode)
    }

    /// The pid the reader runs as.
    pub fn reader_pid(&self) -> String {
        let path = self.pid_file();
        let start = Instant::now();
        loop {
            if let Ok(pid) = std::fs::read_to_string(&path)
                && !pid.trim().is_empty()
            {
                return pid.trim().to_string();
            }
            assert!(start.elapsed() < PATIENCE, "the reader's pid file never appeared");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Sends the reader `signal` (`TERM`, `HUP`, ...) with kill(1), and checks kill succeeded.
    pub fn signal(&self, signal: &str) {
        let pid = self.reader_pid();
        let killed = Command::new("kill").args([&format!("-{signal}"), &pid]).status().expect("kill runs");
        assert!(killed.success(), "kill -{signal} {pid}");
    }
}

/// Whether a line shows a position `n/m` (digits on both sides of a slash), as the status line does.
pub fn has_position(line: &str) -> bool {
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
