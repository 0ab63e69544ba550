//! The event loop of the terminal reader: one channel carries everything that can happen (terminal events, loading
//! progress, the loaded corpus, signals) to the thread that owns the [`Screen`], which draws after each burst.
//!
//! The first frame does not wait for a large corpus: the loader runs in a background thread and the screen
//! shows its progress while it keeps answering keys. It does wait a few milliseconds ([`FIRST_FRAME_WAIT`]),
//! so that a corpus the size of a real correspondence is complete in the very first frame.

use super::screen::Screen;
use super::terminal::{self, TerminalGuard};
use crate::loader::{self, LoadError};
use crate::model::{Corpus, Input};
use anyhow::Context;
use crossterm::event::{Event, KeyEventKind};
use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend};
use std::io::{self, IsTerminal};
use std::panic::AssertUnwindSafe;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::time::{Duration, Instant};

/// How long the first frame waits for the loader, counted from the start of loading.
pub const FIRST_FRAME_WAIT: Duration = Duration::from_millis(50);

/// The least time between two frames drawn only to show loading progress.
const PROGRESS_FRAME_GAP: Duration = Duration::from_millis(30);

/// How long to wait for the signal that usually comes with a terminal that stopped answering (a hang-up).
const HANGUP_WAIT: Duration = Duration::from_millis(200);

/// Something the event loop reacts to.
#[derive(Debug)]
pub enum Msg {
    /// A key press, mouse event, resize, ... from the terminal.
    Term(Event),
    /// Reading the terminal failed: it is gone.
    InputFailed(io::Error),
    /// The loader moved on: read the figures from [`Progress`].
    Progress,
    /// The loader finished.
    Loaded(Result<Corpus, LoadError>),
    /// The loader panicked (the panic hook has printed why).
    LoaderPanicked(String),
    /// SIGTERM, SIGHUP, SIGINT or another signal that ends the reader arrived; or SIGTSTP, which suspends it.
    Signal(i32),
}

/// Ctrl-Z or SIGTSTP asked to suspend: done by the loop before its next frame.
static SUSPEND_ASKED: AtomicBool = AtomicBool::new(false);

/// Suspends (see [`terminal::suspend`]) if asked, then clears the screen so the next frame is drawn whole.
fn suspend_if_asked<B: Backend>(term: &mut Terminal<B>) -> anyhow::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    if SUSPEND_ASKED.swap(false, Ordering::SeqCst) && terminal::is_active() {
        terminal::suspend().context("cannot suspend and take the terminal back")?;
        // Not `term.clear()`: it asks the terminal where the cursor is, and the input thread reads the answer.
        // The screen is cleared, and both buffers emptied so the next frame is drawn whole.
        term.backend_mut().clear_region(ratatui::backend::ClearType::All)?;
        term.swap_buffers();
    }
    Ok(())
}

/// How the loop ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// The user quit.
    Quit,
    /// A signal asked the reader to stop.
    Signal(i32),
}

impl End {
    /// The process exit status: 0 on quit, 128 + the signal's number after a signal, as a shell reports it.
    pub fn exit_code(self) -> ExitCode {
        match self {
            End::Quit => ExitCode::SUCCESS,
            End::Signal(s) => ExitCode::from(u8::try_from(128 + s).unwrap_or(u8::MAX)),
        }
    }
}

/// Loading progress in bytes, shared between the loader's threads and the event loop.
#[derive(Debug)]
pub struct Progress {
    started: Instant,
    done: AtomicU64,
    total: AtomicU64,
    /// A [`Msg::Progress`] is on its way: no need to send another.
    pending: AtomicBool,
}

impl Default for Progress {
    fn default() -> Progress {
        Progress::new()
    }
}

impl Progress {
    /// Nothing done yet; loading starts now.
    pub fn new() -> Progress {
        Progress {
            started: Instant::now(),
            done: AtomicU64::new(0),
            total: AtomicU64::new(0),
            pending: AtomicBool::new(false),
        }
    }

    /// When loading should end at the pace so far; `None` before anything is done.
    pub fn expected_end(&self) -> Option<Instant> {
        let (done, total) = self.get();
        if done == 0 || total == 0 {
            return None;
        }
        let elapsed = self.started.elapsed().as_secs_f64();
        Some(self.started + Duration::from_secs_f64(elapsed * total as f64 / done as f64))
    }

    /// Bytes done and bytes in all.
    pub fn get(&self) -> (u64, u64) {
        (self.done.load(Ordering::Relaxed), self.total.load(Ordering::Relaxed))
    }

    /// Records new figures; true when the event loop should be told (no message is pending).
    fn set(&self, done: u64, total: u64) -> bool {
        self.done.fetch_max(done, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
        !self.pending.swap(true, Ordering::AcqRel)
    }

    /// The event loop has read the figures.
    fn seen(&self) {
        self.pending.store(false, Ordering::Release);
    }
}

/// Runs `screen` in the terminal on the letters of `input` until the user quits or a signal arrives, and gives
/// the exit status. A missing path is reported before the terminal is touched.
pub fn run_screen<S: Screen>(screen: &mut S, input: Input) -> anyhow::Result<ExitCode> {
    check_paths(&input)?;
    if !io::stdout().is_terminal() {
        anyhow::bail!(
            "the reader needs a terminal; `letters list`, `letters show ID` and `letters render` print to a pipe"
        );
    }
    terminal::install_panic_hook();
    let started = Instant::now();
    let (tx, rx) = std::sync::mpsc::channel();
    let progress = spawn_loader(input, tx.clone())?;
    let signal_tx = tx.clone();
    terminal::watch_signals(move |s| {
        let _ = signal_tx.send(Msg::Signal(s));
    })
    .context("cannot watch for signals")?;
    let guard = TerminalGuard::enter().context("cannot set up the terminal")?;
    spawn_input(tx)?;
    let end = match Terminal::new(CrosstermBackend::new(io::stdout())) {
        Ok(mut term) => drive(screen, &mut term, &rx, &progress, started + FIRST_FRAME_WAIT),
        Err(e) => Err(e.into()),
    };
    drop(guard);
    Ok(end?.exit_code())
}

/// Fails with [`LoadError::Missing`] when a path given does not exist.
pub fn check_paths(input: &Input) -> Result<(), LoadError> {
    if let Input::Paths(paths) = input
        && let Some(missing) = paths.iter().find(|p| std::fs::metadata(p).is_err())
    {
        return Err(LoadError::Missing(missing.clone()));
    }
    Ok(())
}

/// Loads the corpus in a background thread, sending [`Msg::Progress`] as it goes and [`Msg::Loaded`] at the end.
pub fn spawn_loader(input: Input, tx: Sender<Msg>) -> io::Result<Arc<Progress>> {
    let progress = Arc::new(Progress::new());
    let shared = Arc::clone(&progress);
    std::thread::Builder::new().name("loader".into()).spawn(move || {
        let result = std::panic::catch_unwind(AssertUnwindSafe(|| {
            loader::load_with_progress(&input, &|done, total| {
                if shared.set(done, total) {
                    let _ = tx.send(Msg::Progress);
                }
            })
        }));
        let _ = match result {
            Ok(loaded) => tx.send(Msg::Loaded(loaded)),
            Err(panic) => tx.send(Msg::LoaderPanicked(terminal::panic_message(panic.as_ref()).to_string())),
        };
    })?;
    Ok(progress)
}

/// Reads terminal events in a background thread and sends them on.
fn spawn_input(tx: Sender<Msg>) -> io::Result<()> {
    std::thread::Builder::new().name("input".into()).spawn(move || {
        loop {
            if super::suspend::paused() {
                std::thread::sleep(super::suspend::INPUT_POLL / 5);
                continue;
            }
            match crossterm::event::poll(super::suspend::INPUT_POLL) {
                Ok(false) => continue,
                Ok(true) => {}
                Err(e) => {
                    let _ = tx.send(Msg::InputFailed(e));
                    break;
                }
            }
            match crossterm::event::read() {
                Ok(event) => {
                    if tx.send(Msg::Term(event)).is_err() {
                        break;
                    }
                }
                Err(e) => {
                    let _ = tx.send(Msg::InputFailed(e));
                    break;
                }
            }
        }
    })?;
    Ok(())
}

/// The loop itself, on any backend: waits for the loader until `first_frame_by`, draws the first frame, then
/// handles messages and draws after each burst of them until the screen quits, a signal arrives or something
/// fails.
pub fn drive<S: Screen, B: Backend>(
    screen: &mut S,
    term: &mut Terminal<B>,
    rx: &Receiver<Msg>,
    progress: &Progress,
    first_frame_by: Instant,
) -> anyhow::Result<End>
where
    B::Error: Send + Sync + 'static,
{
    let first = wait_for_load(screen, rx, progress, first_frame_by)?;
    if let Wait::End(end) = first {
        return Ok(end);
    }
    suspend_if_asked(term)?;
    term.draw(|f| screen.frame(f))?;
    #[cfg(debug_assertions)]
    if std::env::var_os("LETTERS_DEBUG_FAULT").is_some() {
        // The fault comes once the letters are on screen, however slow the load on a busy machine.
        let until = Instant::now() + Duration::from_secs(120);
        let mut seen = first;
        while seen == Wait::StillLoading && Instant::now() < until {
            seen = wait_for_load(screen, rx, progress, Instant::now() + Duration::from_secs(1))?;
        }
        if let Wait::End(end) = seen {
            return Ok(end);
        }
        term.draw(|f| screen.frame(f))?;
        debug_fault();
    }
    let mut last_frame = Instant::now();
    loop {
        let msg = rx.recv().context("every source of events has stopped")?;
        let mut only_progress = matches!(msg, Msg::Progress);
        if let Some(end) = apply(screen, msg, rx, progress)? {
            return Ok(end);
        }
        loop {
            match rx.try_recv() {
                Ok(msg) => {
                    only_progress &= matches!(msg, Msg::Progress);
                    if let Some(end) = apply(screen, msg, rx, progress)? {
                        return Ok(end);
                    }
                }
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => anyhow::bail!("every source of events has stopped"),
            }
        }
        if only_progress && last_frame.elapsed() < PROGRESS_FRAME_GAP {
            continue;
        }
        if let Some((command, text)) = screen.take_pipe() {
            let said = super::suspend::run_piped(&command, &text)?;
            screen.say(said);
            term.clear()?;
        }
        suspend_if_asked(term)?;
        term.draw(|f| screen.frame(f))?;
        last_frame = Instant::now();
    }
}

/// What [`wait_for_load`] saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    /// The corpus is loaded and handed to the screen.
    Loaded,
    /// The deadline passed first: the loader is still at work.
    StillLoading,
    /// A key quit, or a signal came, meanwhile.
    End(End),
}

/// Debug builds only: `LETTERS_DEBUG_FAULT=panic` panics, `LETTERS_DEBUG_FAULT=hang` stops answering, once the
/// letters are drawn, so that the end-to-end tests can check the terminal is given back all the same.
#[cfg(debug_assertions)]
fn debug_fault() {
    match std::env::var("LETTERS_DEBUG_FAULT").as_deref() {
        Ok("panic") => panic!("deliberate panic after the first frame (LETTERS_DEBUG_FAULT=panic)"),
        Ok("hang") => loop {
            std::thread::sleep(Duration::from_secs(3600));
        },
        _ => {}
    }
}

/// Handles messages until the corpus is loaded or `deadline` passes, whichever comes first, or until the pace
/// of loading shows it cannot end before the deadline (a large corpus: the first frame then shows progress).
pub fn wait_for_load<S: Screen>(
    screen: &mut S,
    rx: &Receiver<Msg>,
    progress: &Progress,
    deadline: Instant,
) -> anyhow::Result<Wait> {
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(msg) => {
                let loaded = matches!(msg, Msg::Loaded(_));
                if let Some(end) = apply(screen, msg, rx, progress)? {
                    return Ok(Wait::End(end));
                }
                if loaded {
                    return Ok(Wait::Loaded);
                }
                if progress.expected_end().is_some_and(|end| end > deadline) {
                    return Ok(Wait::StillLoading);
                }
            }
            Err(RecvTimeoutError::Timeout) => return Ok(Wait::StillLoading),
            Err(RecvTimeoutError::Disconnected) => anyhow::bail!("every source of events has stopped"),
        }
    }
}

/// Hands one message to the screen. `Some` when the loop should end.
fn apply<S: Screen>(screen: &mut S, msg: Msg, rx: &Receiver<Msg>, progress: &Progress) -> anyhow::Result<Option<End>> {
    match msg {
        Msg::Term(Event::Key(key)) if key.kind != KeyEventKind::Release => {
            if is_ctrl_z(key) {
                SUSPEND_ASKED.store(true, Ordering::SeqCst);
            } else {
                screen.handle_key(key);
            }
        }
        Msg::Term(Event::Mouse(mouse)) => screen.handle_mouse(mouse),
        // A resize is picked up by the next draw, which follows at once.
        Msg::Term(_) => {}
        Msg::Progress => {
            progress.seen();
            let (done, total) = progress.get();
            screen.set_progress(done, total);
        }
        Msg::Loaded(Ok(corpus)) => screen.set_corpus(corpus),
        Msg::Loaded(Err(e)) => return Err(e.into()),
        Msg::LoaderPanicked(why) => anyhow::bail!("loading the letters failed: {why}"),
        Msg::Signal(s) if s == terminal::SUSPEND => SUSPEND_ASKED.store(true, Ordering::SeqCst),
        Msg::Signal(s) => return Ok(Some(End::Signal(s))),
        Msg::InputFailed(e) => {
            // A terminal that hung up also sends SIGHUP: end the way the signal says when it comes.
            if let Ok(Msg::Signal(s)) = rx.recv_timeout(HANGUP_WAIT) {
                return Ok(Some(End::Signal(s)));
            }
            return Err(anyhow::Error::new(e).context("cannot read the terminal"));
        }
    }
    Ok(screen.should_quit().then_some(End::Quit))
}

/// Ctrl-Z, which suspends the reader whatever the config binds (in raw mode it comes as a key, not as SIGTSTP).
fn is_ctrl_z(key: crossterm::event::KeyEvent) -> bool {
    let key = crate::keys::map::normalize(key);
    key.code == crossterm::event::KeyCode::Char('z') && key.modifiers == crossterm::event::KeyModifiers::CONTROL
}

#[cfg(test)]
#[path = "event_loop_tests.rs"]
mod tests;
