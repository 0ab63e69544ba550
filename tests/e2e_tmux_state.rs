//! End to end, in a real terminal (a private tmux server): the reader saves its state when it quits (q, or a
//! SIGTERM) and a second run returns to the same letter. Skips, saying so, when tmux is not installed.

mod tmux_support;

use tmux_support::{Server, Session};

/// Starts the reader in session `name` of `server` (the state shared by all its sessions).
fn open<'a>(server: &'a Server, name: &str) -> Session<'a> {
    server.open(name, 120, 30, &[], &[])
}

/// Waits for the reader's status line (its unread count).
fn wait_for_reader(tmux: &Session) -> String {
    tmux.wait("the reader", |s| s.contains(" unread"))
}

/// Waits for the shell after the reader, and gives the reader's exit status.
fn wait_for_exit(tmux: &Session) -> String {
    let s = tmux.wait("the shell after the reader", |s| s.contains("EXITED:"));
    s.lines().find_map(|l| l.strip_prefix("EXITED:")).unwrap_or("?").trim().to_string()
}

/// Starts the reader (session `first`) and opens the reply that says "I sincerely welcome" by searching for it.
fn first_run_on_the_reply(server: &Server) -> Session<'_> {
    let tmux = open(server, "first");
    wait_for_reader(&tmux);
    tmux.keys(&["/"]);
    tmux.keys(&["-l", "sincerely welcome"]);
    tmux.keys(&["Enter"]);
    tmux.keys(&["Escape"]);
    tmux.wait("the reply", |s| s.contains("┌ moscow-1957-stalin-churchill-1941/3"));
    tmux
}

/// The one state file the first run wrote, and what it holds.
fn the_state_file(server: &Server) -> String {
    let files = server.state_files();
    assert_eq!(files.len(), 1, "one state file: {files:?}");
    std::fs::read_to_string(&files[0]).expect("state read")
}

#[test]
fn quitting_with_q_saves_the_state_and_reopening_shows_the_same_letter() {
    let Some(server) = Server::new("quit_saves_state") else { return };
    let first = first_run_on_the_reply(&server);
    assert!(server.state_files().is_empty(), "nothing is written before quitting");
    first.keys(&["q"]);
    assert_eq!(wait_for_exit(&first), "0");
    let json = the_state_file(&server);
    assert!(json.contains("\"last_letter\": \"moscow-1957-stalin-churchill-1941/3\""), "{json}");

    let second = open(&server, "second");
    let s = wait_for_reader(&second);
    assert!(s.contains("┌ moscow-1957-stalin-churchill-1941/3") && s.contains("I sincerely welcome"), "{s}");
    assert!(s.contains(" 3 unread"), "the letter opened before is read: {s}");
    second.keys(&["q"]);
    assert_eq!(wait_for_exit(&second), "0");
}

#[test]
fn sigterm_saves_the_state_too() {
    let Some(server) = Server::new("sigterm_saves_state") else { return };
    let first = first_run_on_the_reply(&server);
    first.signal("TERM");
    assert_eq!(wait_for_exit(&first), "143");
    let json = the_state_file(&server);
    assert!(json.contains("moscow-1957-stalin-churchill-1941/3"), "{json}");
}
