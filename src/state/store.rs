//! Where a corpus's state file lives, and reading and writing it safely.
//!
//! - Location: `$LETTERS_STATE_DIR` if set, else the platform's state directory (`$XDG_STATE_HOME/letters/` on
//!   Linux; the local data directory where a platform has no state directory); one file per corpus.
//! - Loading never fails: a missing file is an empty state; an unreadable or corrupt one is moved aside to
//!   `<file>.corrupt` and reported once, in a message for the status line.
//! - Saving is atomic: a temporary file in the same directory, flushed to disk, then renamed over the old file.

use super::key::state_file_name;
use super::model::ReadingState;
use crate::model::Input;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The environment variable that overrides the state directory.
pub const STATE_DIR_ENV: &str = "LETTERS_STATE_DIR";

/// The directory state files go to: `$LETTERS_STATE_DIR`, else the platform's state directory for `letters`.
/// `None` when neither is known (no home directory).
pub fn state_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(STATE_DIR_ENV).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    let dirs = directories::ProjectDirs::from("", "", "letters")?;
    Some(dirs.state_dir().unwrap_or_else(|| dirs.data_local_dir()).to_path_buf())
}

/// What loading found.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// The state to start from (empty when there was none, or it could not be read).
    pub state: ReadingState,
    /// A message for the status line, shown once: the file was corrupt and moved aside, or could not be read.
    pub message: Option<String>,
}

/// How the store may touch the disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// The reader: reads, moves a corrupt file aside, writes on save.
    ReadWrite,
    /// `render`, `list --unread`, `bookmarks`: reads only; a corrupt file is reported and left where it is.
    ReadOnly,
}

/// The state file of one corpus.
#[derive(Debug, Clone)]
pub struct StateStore {
    /// `None` with `--no-state`, or when there is no state directory: nothing is read or written.
    path: Option<PathBuf>,
    mode: Mode,
}

impl StateStore {
    /// The reader's store for a corpus: `no_state` (`--no-state`) gives a store that neither reads nor writes.
    pub fn open(input: &Input, no_state: bool) -> StateStore {
        let dir = if no_state { None } else { state_dir() };
        StateStore { path: dir.map(|d| d.join(state_file_name(input))), mode: Mode::ReadWrite }
    }

    /// A store for commands that start from the state but must never write it (`render`, `list`, `bookmarks`).
    pub fn open_read_only(input: &Input, no_state: bool) -> StateStore {
        StateStore { mode: Mode::ReadOnly, ..StateStore::open(input, no_state) }
    }

    /// The store for a corpus's state kept in `dir` (tests, and callers that found the directory themselves).
    pub fn in_dir(dir: &Path, input: &Input) -> StateStore {
        StateStore { path: Some(dir.join(state_file_name(input))), mode: Mode::ReadWrite }
    }

    /// The store at exactly this file.
    pub fn at(file: PathBuf) -> StateStore {
        StateStore { path: Some(file), mode: Mode::ReadWrite }
    }

    /// A store that neither reads nor writes (`--no-state`).
    pub fn disabled() -> StateStore {
        StateStore { path: None, mode: Mode::ReadOnly }
    }

    /// This store, made read-only: [`save`](Self::save) does nothing, a corrupt file is not moved.
    pub fn read_only(self) -> StateStore {
        StateStore { mode: Mode::ReadOnly, ..self }
    }

    /// The state file, if the store has one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether [`save`](Self::save) writes anything.
    pub fn is_writable(&self) -> bool {
        self.path.is_some() && self.mode == Mode::ReadWrite
    }

    /// Reads the state. Never fails: missing → empty; unreadable or corrupt → empty, the file moved aside to
    /// `<file>.corrupt` (read-write stores only) and a message saying so. If the file can be neither read nor moved,
    /// the store stops saving, so the old file is never overwritten unseen.
    pub fn load(&mut self) -> Loaded {
        let Some(path) = self.path.clone() else {
            return Loaded::default();
        };
        let problem = match fs::read(&path) {
            Ok(bytes) => match serde_json::from_slice::<ReadingState>(&bytes) {
                Ok(state) => return Loaded { state, message: None },
                Err(e) => format!("state file was corrupt ({e})"),
            },
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Loaded::default(),
            Err(e) => format!("state file could not be read ({e})"),
        };
        let message = if self.mode == Mode::ReadOnly {
            format!("{problem}: {}; starting without it", path.display())
        } else {
            match move_aside(&path) {
                Ok(aside) => format!("{problem}; moved to {}", aside.display()),
                Err(e) => {
                    self.mode = Mode::ReadOnly;
                    format!("{problem}: {}; could not move it aside ({e}), so nothing will be saved", path.display())
                }
            }
        };
        Loaded { state: ReadingState::default(), message: Some(message) }
    }

    /// Writes the state atomically: [`prepare`](Self::prepare), then [`PendingSave::commit`]. Does nothing for a
    /// disabled or read-only store.
    pub fn save(&self, state: &ReadingState) -> io::Result<()> {
        match self.prepare(state)? {
            Some(pending) => pending.commit(),
            None => Ok(()),
        }
    }

    /// The first half of a save: writes the whole state to a new temporary file next to the state file and flushes
    /// it to disk. Until [`PendingSave::commit`] renames it, the old state file is untouched; a crash in between
    /// leaves it as it was. `None` for a store that does not write.
    pub fn prepare(&self, state: &ReadingState) -> io::Result<Option<PendingSave>> {
        let Some(path) = self.path.as_ref().filter(|_| self.is_writable()) else {
            return Ok(None);
        };
        let dir = path.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(dir)?;
        let json = serde_json::to_vec_pretty(state).map_err(io::Error::other)?;
        let temp = temp_path(path);
        let pending = PendingSave { temp: temp.clone(), target: path.clone(), done: false };
        let mut file = File::create_new(&temp)?;
        file.write_all(&json)?;
        file.write_all(b"\n")?;
        file.sync_all()?;
        Ok(Some(pending))
    }
}

/// A state fully written to its temporary file, waiting to replace the state file.
/// Dropped without [`commit`](Self::commit), it removes the temporary file and the old state stays.
#[derive(Debug)]
pub struct PendingSave {
    temp: PathBuf,
    target: PathBuf,
    done: bool,
}

impl PendingSave {
    /// The temporary file holding the new state.
    pub fn temp_path(&self) -> &Path {
        &self.temp
    }

    /// The second half of a save: renames the temporary file over the state file (atomic on one file system),
    /// then flushes the directory so the rename itself survives a crash.
    pub fn commit(mut self) -> io::Result<()> {
        fs::rename(&self.temp, &self.target)?;
        self.done = true;
        if let Some(dir) = self.target.parent() {
            // Not every platform can open a directory to sync it; the rename is already done.
            let _ = File::open(dir).and_then(|d| d.sync_all());
        }
        Ok(())
    }
}

impl Drop for PendingSave {
    fn drop(&mut self) {
        if !self.done {
            let _ = fs::remove_file(&self.temp);
        }
    }
}

/// `.<file>.<pid>-<n>.tmp` beside the state file: unique per process and save, so two readers never share one.
fn temp_path(path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    path.with_file_name(format!(".{name}.{}-{n}.tmp", std::process::id()))
}

/// Renames a bad state file to `<file>.corrupt` (or `<file>.2.corrupt`, ... when an older one is there: none is
/// ever overwritten). Returns the new path.
fn move_aside(path: &Path) -> io::Result<PathBuf> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    for n in 1..1000 {
        let aside = if n == 1 {
            path.with_file_name(format!("{name}.corrupt"))
        } else {
            path.with_file_name(format!("{name}.{n}.corrupt"))
        };
        if fs::symlink_metadata(&aside).is_err() {
            fs::rename(path, &aside)?;
            return Ok(aside);
        }
    }
    Err(io::Error::new(io::ErrorKind::AlreadyExists, "too many .corrupt files"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_files_are_hidden_siblings() {
        let t = temp_path(Path::new("/s/bundled.json"));
        assert_eq!(t.parent(), Some(Path::new("/s")));
        let name = t.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        assert!(name.starts_with(".bundled.json.") && name.ends_with(".tmp"), "{name}");
        assert_ne!(temp_path(Path::new("/s/bundled.json")), t);
    }

    #[test]
    fn disabled_store_does_nothing() {
        let mut s = StateStore::disabled();
        assert!(s.path().is_none() && !s.is_writable());
        assert!(s.load().state.is_empty());
        assert!(s.save(&ReadingState::default()).is_ok());
    }
}
