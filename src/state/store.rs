//! Where a corpus's state file lives, and reading and writing it safely.
//!
//! - Location: `$LETTERS_STATE_DIR` if set, else the platform's state directory (`$XDG_STATE_HOME/letters/` on
//!   Linux; the local data directory where a platform has no state directory); one file per corpus.
//! - Loading never fails: a missing file is an empty state; a corrupt one (or a FIFO, a folder) is moved aside to
//!   `<file>.corrupt` and reported once, in a message for the status line; one that cannot be read for permission,
//!   or that a newer version wrote, is reported and left alone, and nothing is saved over it.
//! - Saving merges, under a lock, with what another reader saved meanwhile, and is atomic: a temporary file in the
//!   same directory, flushed to disk, then renamed over the old file (or over a symlink's target).

use super::key::state_file_name;
use super::merge::merge;
use super::model::{ReadingState, STATE_VERSION};
use crate::files::{READ_CAP, read_regular};
use crate::model::Input;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

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
    /// The state as loaded: a save keeps what another reader wrote since, and applies only what changed from this.
    base: ReadingState,
}

impl StateStore {
    /// The reader's store for a corpus: `no_state` (`--no-state`) gives a store that neither reads nor writes.
    pub fn open(input: &Input, no_state: bool) -> StateStore {
        let dir = if no_state { None } else { state_dir() };
        StateStore::new(dir.map(|d| d.join(state_file_name(input))), Mode::ReadWrite)
    }

    fn new(path: Option<PathBuf>, mode: Mode) -> StateStore {
        StateStore { path, mode, base: ReadingState::default() }
    }

    /// A store for commands that start from the state but must never write it (`render`, `list`, `bookmarks`).
    pub fn open_read_only(input: &Input, no_state: bool) -> StateStore {
        StateStore { mode: Mode::ReadOnly, ..StateStore::open(input, no_state) }
    }

    /// The store for a corpus's state kept in `dir` (tests, and callers that found the directory themselves).
    pub fn in_dir(dir: &Path, input: &Input) -> StateStore {
        StateStore::new(Some(dir.join(state_file_name(input))), Mode::ReadWrite)
    }

    /// The store at exactly this file.
    pub fn at(file: PathBuf) -> StateStore {
        StateStore::new(Some(file), Mode::ReadWrite)
    }

    /// A store that neither reads nor writes (`--no-state`).
    pub fn disabled() -> StateStore {
        StateStore::new(None, Mode::ReadOnly)
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

    /// Reads the state. Never fails: missing → empty; corrupt, or not a regular file → empty, the file moved aside
    /// to `<file>.corrupt` (read-write stores only) and a message saying so. A file that cannot be read (no
    /// permission) or that a newer version of letters wrote is left as it is, and the store stops saving, so it is
    /// never overwritten unseen.
    pub fn load(&mut self) -> Loaded {
        let Some(path) = self.path.clone() else {
            return Loaded::default();
        };
        let problem = match read_state(&path) {
            Ok(Read::Missing) => return Loaded::default(),
            Ok(Read::State(state)) => {
                self.base = state.clone();
                return Loaded { state, message: None };
            }
            Ok(Read::Newer(state, version)) => {
                self.mode = Mode::ReadOnly;
                let message = format!(
                    "state file {} is from a newer version of letters (version {version}): it is left as it is, and \
                     nothing of this session will be saved",
                    path.display()
                );
                return Loaded { state, message: Some(message) };
            }
            Ok(Read::Corrupt(e)) => format!("state file was corrupt ({e})"),
            Err(e) if e.kind() == io::ErrorKind::InvalidInput => format!("state file could not be read ({e})"),
            Err(e) => {
                self.mode = Mode::ReadOnly;
                let message = format!(
                    "state file could not be read ({e}): {}; starting without it, nothing will be saved",
                    path.display()
                );
                return Loaded { state: ReadingState::default(), message: Some(message) };
            }
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

    /// The first half of a save. Takes the state directory's lock, reads the state file again and merges this
    /// session's changes into what is there now (another reader may have saved since: see [`merge`]), writes the
    /// result to a new temporary file next to the state file (next to its target, when it is a symlink) and flushes
    /// it to disk. Until [`PendingSave::commit`] renames it, the old state file is untouched; a crash in between
    /// leaves it as it was. `None` for a store that does not write.
    pub fn prepare(&self, state: &ReadingState) -> io::Result<Option<PendingSave>> {
        let Some(path) = self.path.as_ref().filter(|_| self.is_writable()) else {
            return Ok(None);
        };
        let target = write_target(path);
        let dir = target.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        fs::create_dir_all(dir)?;
        let lock = lock_dir(dir)?;
        let merged = match read_state(&target) {
            Ok(Read::State(theirs)) => merge(&self.base, state, &theirs),
            Ok(Read::Newer(_, version)) => {
                return Err(io::Error::other(format!(
                    "a newer version of letters (version {version}) wrote it meanwhile: left as it is"
                )));
            }
            // Gone, or spoilt since: this session's state is all there is.
            Ok(Read::Missing | Read::Corrupt(_)) | Err(_) => state.clone(),
        };
        let mut json = serde_json::to_vec_pretty(&merged).map_err(io::Error::other)?;
        json.push(b'\n');
        let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut temp = tempfile::Builder::new().prefix(&format!(".{name}.")).suffix(".tmp").tempfile_in(dir)?;
        temp.write_all(&json)?;
        temp.as_file().sync_all()?;
        Ok(Some(PendingSave { temp, target, _lock: lock }))
    }
}

/// What a state file holds.
enum Read {
    Missing,
    State(ReadingState),
    /// A state written by a newer version (its version number).
    Newer(ReadingState, u32),
    /// Not a state file: the parser's complaint.
    Corrupt(serde_json::Error),
}

/// Reads a state file: only a regular file, at most [`READ_CAP`] bytes.
fn read_state(path: &Path) -> io::Result<Read> {
    let bytes = match read_regular(path, READ_CAP) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Read::Missing),
        Err(e) => return Err(e),
    };
    Ok(match serde_json::from_slice::<ReadingState>(&bytes) {
        Ok(state) if state.version > STATE_VERSION => {
            let v = state.version;
            Read::Newer(state, v)
        }
        Ok(state) => Read::State(state),
        Err(e) => Read::Corrupt(e),
    })
}

/// Where a save writes: the state file, or the file it links to when it is a symlink (written through, not
/// replaced by a file).
fn write_target(path: &Path) -> PathBuf {
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link {
        return path.to_path_buf();
    }
    fs::canonicalize(path).unwrap_or_else(|_| match fs::read_link(path) {
        Ok(to) => path.parent().map(|d| d.join(&to)).unwrap_or(to),
        Err(_) => path.to_path_buf(),
    })
}

/// How long a save waits for another reader's save to finish.
const LOCK_PATIENCE: Duration = Duration::from_secs(2);

/// An exclusive lock on the state directory, held until the returned file is dropped: two readers saving at the
/// same moment take turns, each merging onto what the other wrote. A save takes milliseconds; should the lock stay
/// taken longer than [`LOCK_PATIENCE`] (a file system where locks hang), the save goes ahead without it rather
/// than losing the session.
fn lock_dir(dir: &Path) -> io::Result<File> {
    let handle = File::open(dir)?;
    let start = Instant::now();
    while fs4::FileExt::try_lock(&handle).is_err() && start.elapsed() < LOCK_PATIENCE {
        std::thread::sleep(Duration::from_millis(10));
    }
    Ok(handle)
}

/// A state fully written to its temporary file, waiting to replace the state file.
/// Dropped without [`commit`](Self::commit), it removes the temporary file and the old state stays.
#[derive(Debug)]
pub struct PendingSave {
    temp: tempfile::NamedTempFile,
    target: PathBuf,
    _lock: File,
}

impl PendingSave {
    /// The temporary file holding the new state.
    pub fn temp_path(&self) -> &Path {
        self.temp.path()
    }

    /// The second half of a save: renames the temporary file over the state file (atomic on one file system),
    /// then flushes the directory so the rename itself survives a crash. The lock is let go after.
    pub fn commit(self) -> io::Result<()> {
        self.temp.persist(&self.target).map_err(|e| e.error)?;
        if let Some(dir) = self.target.parent() {
            // Not every platform can open a directory to sync it; the rename is already done.
            let _ = File::open(dir).and_then(|d| d.sync_all());
        }
        Ok(())
    }
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
    fn disabled_store_does_nothing() {
        let mut s = StateStore::disabled();
        assert!(s.path().is_none() && !s.is_writable());
        assert!(s.load().state.is_empty());
        assert!(s.save(&ReadingState::default()).is_ok());
    }
}
