use super::*;
use crate::model::Letter;
use crossterm::event::{KeyCode, KeyEvent, KeyEventState, KeyModifiers, MouseEvent, MouseEventKind};
use ratatui::Frame;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use std::sync::mpsc::channel;

/// A screen that writes down what happened to it, and quits on `q`.
#[derive(Default)]
struct Recorder {
    log: Vec<String>,
    quit: bool,
}

impl Screen for Recorder {
    fn set_progress(&mut self, done: u64, total: u64) {
        self.log.push(format!("progress {done}/{total}"));
    }
    fn set_corpus(&mut self, corpus: Corpus) {
        self.log.push(format!("corpus {}", corpus.letters.len()));
    }
    fn handle_key(&mut self, key: KeyEvent) {
        if key.code == KeyCode::Char('q') {
            self.quit = true;
        }
        self.log.push(format!("key {}", key.code));
    }
    fn handle_mouse(&mut self, event: MouseEvent) {
        self.log.push(format!("mouse {:?}", event.kind));
    }
    fn update(&mut self, area: Rect) {
        self.log.push(format!("draw {}x{}", area.width, area.height));
    }
    fn draw(&self, _frame: &mut Frame) {}
    fn should_quit(&self) -> bool {
        self.quit
    }
}

fn key(c: char) -> Msg {
    Msg::Term(Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)))
}

fn corpus(n: usize) -> Corpus {
    let letters =
        (0..n).map(|i| Letter::new("a.txt", i + 1, format!("Letter {i}"), "Stalin".into(), "Churchill".into()));
    Corpus { letters: letters.collect(), ..Corpus::default() }
}

fn term(w: u16, h: u16) -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(w, h)).expect("a test terminal")
}

/// Runs the loop on a 40x10 test terminal with `msgs` already queued and `later` sent 50 ms after the start.
fn run(msgs: Vec<Msg>, later: Vec<Msg>, wait: Duration) -> (anyhow::Result<End>, Vec<String>) {
    let (tx, rx) = channel();
    for m in msgs {
        tx.send(m).expect("queued");
    }
    let sender = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        for m in later {
            let _ = tx.send(m);
        }
        // Keeps the channel open a while, as the input thread would.
        std::thread::sleep(Duration::from_millis(200));
    });
    let mut screen = Recorder::default();
    let end = drive(&mut screen, &mut term(40, 10), &rx, &Progress::default(), Instant::now() + wait);
    sender.join().expect("sender thread");
    (end, screen.log)
}

#[test]
fn a_corpus_loaded_in_time_is_in_the_first_frame() {
    let (end, log) = run(vec![Msg::Loaded(Ok(corpus(3)))], vec![key('q')], FIRST_FRAME_WAIT);
    assert_eq!(end.expect("quits"), End::Quit);
    assert_eq!(log, ["corpus 3", "draw 40x10", "key q"]);
}

#[test]
fn a_slow_loader_does_not_hold_up_the_first_frame_and_keys_are_answered_meanwhile() {
    let started = Instant::now();
    let (tx, rx) = channel();
    let mut screen = Recorder::default();
    let mut t = term(40, 10);
    let feeder = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(60));
        tx.send(key('j')).expect("sent");
        std::thread::sleep(Duration::from_millis(60));
        tx.send(Msg::Loaded(Ok(corpus(2)))).expect("sent");
        std::thread::sleep(Duration::from_millis(60));
        tx.send(key('q')).expect("sent");
    });
    let end = drive(&mut screen, &mut t, &rx, &Progress::default(), started + Duration::from_millis(20));
    feeder.join().expect("feeder");
    assert_eq!(end.expect("quits"), End::Quit);
    assert_eq!(screen.log, ["draw 40x10", "key j", "draw 40x10", "corpus 2", "draw 40x10", "key q"]);
}

#[test]
fn a_burst_of_keys_is_drawn_once() {
    let mut msgs = vec![Msg::Loaded(Ok(corpus(1)))];
    msgs.extend((0..5).map(|_| key('j')));
    let (end, log) = run(msgs, vec![key('q')], FIRST_FRAME_WAIT);
    assert_eq!(end.expect("quits"), End::Quit);
    assert_eq!(log.iter().filter(|l| *l == "key j").count(), 5);
    assert_eq!(log.iter().filter(|l| l.starts_with("draw")).count(), 2, "{log:?}");
    assert_eq!(log.last().map(String::as_str), Some("key q"), "no frame after quitting");
}

#[test]
fn a_resize_alone_redraws_at_once() {
    let (tx, rx) = channel();
    tx.send(Msg::Loaded(Ok(corpus(1)))).expect("sent");
    let feeder = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        tx.send(Msg::Term(Event::Resize(40, 10))).expect("sent");
        std::thread::sleep(Duration::from_millis(50));
        tx.send(key('q')).expect("sent");
    });
    let mut screen = Recorder::default();
    let end = drive(&mut screen, &mut term(40, 10), &rx, &Progress::default(), Instant::now() + FIRST_FRAME_WAIT);
    feeder.join().expect("feeder");
    assert_eq!(end.expect("quits"), End::Quit);
    assert_eq!(screen.log, ["corpus 1", "draw 40x10", "draw 40x10", "key q"]);
}

#[test]
fn key_releases_are_ignored_and_mouse_events_reach_the_screen() {
    let mut release = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    release.state = KeyEventState::NONE;
    let wheel = MouseEvent { kind: MouseEventKind::ScrollDown, column: 3, row: 4, modifiers: KeyModifiers::NONE };
    let msgs = vec![Msg::Loaded(Ok(corpus(1))), Msg::Term(Event::Key(release)), Msg::Term(Event::Mouse(wheel))];
    let (end, log) = run(msgs, vec![key('q')], FIRST_FRAME_WAIT);
    assert_eq!(end.expect("quits"), End::Quit);
    assert!(!log.iter().any(|l| l == "key x"), "{log:?}");
    assert!(log.iter().any(|l| l == "mouse ScrollDown"), "{log:?}");
}

#[test]
fn a_signal_ends_the_loop_with_its_exit_status() {
    let (end, log) = run(vec![Msg::Loaded(Ok(corpus(1)))], vec![Msg::Signal(15)], FIRST_FRAME_WAIT);
    let end = end.expect("ends");
    assert_eq!(end, End::Signal(15));
    assert_eq!(end.exit_code(), ExitCode::from(143));
    assert_eq!(End::Quit.exit_code(), ExitCode::SUCCESS);
    assert_eq!(log, ["corpus 1", "draw 40x10"]);
}

#[test]
fn a_load_error_ends_the_loop_with_its_message() {
    let missing = std::path::PathBuf::from("/no/such/letters");
    let (end, _) = run(vec![Msg::Loaded(Err(LoadError::Missing(missing)))], vec![], FIRST_FRAME_WAIT);
    let err = end.expect_err("fails");
    assert_eq!(err.to_string(), "/no/such/letters: no such file or folder");
    assert!(matches!(err.downcast_ref::<LoadError>(), Some(LoadError::Missing(_))));
}

#[test]
fn a_loader_panic_ends_the_loop_with_an_error() {
    let (end, _) = run(vec![Msg::LoaderPanicked("boom".into())], vec![], FIRST_FRAME_WAIT);
    assert_eq!(end.expect_err("fails").to_string(), "loading the letters failed: boom");
}

#[test]
fn a_terminal_that_stops_answering_ends_the_loop_as_its_hangup_signal_says() {
    let gone = || Msg::InputFailed(io::Error::other("gone"));
    let (end, _) = run(vec![Msg::Loaded(Ok(corpus(1)))], vec![gone(), Msg::Signal(1)], FIRST_FRAME_WAIT);
    assert_eq!(end.expect("ends"), End::Signal(1));
    let (end, _) = run(vec![Msg::Loaded(Ok(corpus(1)))], vec![gone()], FIRST_FRAME_WAIT);
    assert_eq!(end.expect_err("fails").to_string(), "cannot read the terminal");
}

#[test]
fn progress_reaches_the_screen_with_the_latest_figures() {
    let (tx, rx) = channel();
    let progress = Progress::default();
    assert!(progress.set(10, 100), "the first figures are sent");
    assert!(!progress.set(40, 100), "no second message while one is pending");
    tx.send(Msg::Progress).expect("sent");
    tx.send(Msg::Loaded(Ok(corpus(1)))).expect("sent");
    let mut screen = Recorder::default();
    let end = wait_for_load(&mut screen, &rx, &progress, Instant::now() + FIRST_FRAME_WAIT).expect("loads");
    assert_eq!(end, Wait::Loaded);
    assert_eq!(screen.log, ["progress 40/100", "corpus 1"]);
    assert!(progress.set(50, 100), "once read, new figures are sent again");
}

#[test]
fn a_missing_path_is_found_before_anything_starts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let there = Input::Paths(vec![dir.path().to_path_buf()]);
    assert!(check_paths(&there).is_ok());
    assert!(check_paths(&Input::Bundled).is_ok());
    let gone = dir.path().join("gone");
    let err = check_paths(&Input::Paths(vec![dir.path().to_path_buf(), gone.clone()])).expect_err("missing");
    assert_eq!(err.to_string(), format!("{}: no such file or folder", gone.display()));
}

#[test]
fn the_loader_thread_delivers_the_corpus() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "Personal Message from Stalin to Mr Churchill\n\nThanks.\n\nJuly 18, 1941\n";
    std::fs::write(dir.path().join("a.txt"), text).expect("written");
    let (tx, rx) = channel();
    let progress = spawn_loader(Input::Paths(vec![dir.path().to_path_buf()]), tx).expect("spawned");
    let mut got = None;
    while let Ok(msg) = rx.recv_timeout(Duration::from_secs(10)) {
        if let Msg::Loaded(result) = msg {
            got = Some(result.expect("loads"));
            break;
        }
    }
    let corpus = got.expect("the corpus arrives");
    let len = text.len() as u64;
    assert_eq!(corpus.bytes, len);
    assert_eq!(progress.get(), (len, len));
}

#[test]
fn waiting_for_the_loader_stops_at_the_deadline_or_on_quit() {
    let (tx, rx) = channel();
    let mut screen = Recorder::default();
    let start = Instant::now();
    let waited = wait_for_load(&mut screen, &rx, &Progress::default(), start + Duration::from_millis(30));
    assert_eq!(waited.expect("waits"), Wait::StillLoading);
    assert!(start.elapsed() < Duration::from_secs(1));
    tx.send(key('q')).expect("sent");
    let waited = wait_for_load(&mut screen, &rx, &Progress::default(), Instant::now() + FIRST_FRAME_WAIT);
    assert_eq!(waited.expect("waits"), Wait::End(End::Quit));
    assert_eq!(screen.log, ["key q"]);
}

#[test]
fn a_loader_too_slow_for_the_deadline_is_not_waited_for() {
    let (tx, rx) = channel();
    let progress = Progress::new();
    std::thread::sleep(Duration::from_millis(20));
    progress.set(1, 100);
    tx.send(Msg::Progress).expect("sent");
    let mut screen = Recorder::default();
    let start = Instant::now();
    let waited = wait_for_load(&mut screen, &rx, &progress, start + Duration::from_millis(500)).expect("waits");
    assert_eq!(waited, Wait::StillLoading);
    assert!(start.elapsed() < Duration::from_millis(400), "no waiting 500 ms for a load expected to take 2 s");
    assert_eq!(screen.log, ["progress 1/100"]);
    let end = progress.expected_end().expect("an estimate");
    assert!(end > start + Duration::from_millis(1500), "about 2 s from the start at 1% in 20 ms");
}
