//! The reading state remembered between runs (last letter, scroll, focus, read marks, bookmarks), one JSON file per
//! corpus, and the store that finds, reads and atomically writes it.
//!
//! The reader: [`StateStore::open`] and [`StateStore::load`] at start, [`StateStore::save`] on quit. Commands that
//! only look at the state use [`StateStore::open_read_only`], which never writes.

mod key;
mod merge;
mod model;
mod store;
mod time;

pub use key::{fnv1a64, state_file_name};
pub use merge::merge;
pub use model::{Bookmark, FocusPane, ReadingState, STATE_VERSION};
pub use store::{Loaded, PendingSave, STATE_DIR_ENV, StateStore, state_dir};
pub use time::{iso_datetime, now_iso};

use crate::model::Input;
use std::collections::BTreeSet;

/// The ids of the letters opened in the reader, for `letters list --unread`. Reads the state without writing it;
/// with `no_state` (`--no-state`) nothing is read and every letter counts as unread. The message, if any (a corrupt
/// or unreadable state file), is for the command to print on stderr.
pub fn read_ids(input: &Input, no_state: bool) -> (BTreeSet<String>, Option<String>) {
    let loaded = StateStore::open_read_only(input, no_state).load();
    (loaded.state.read, loaded.message)
}
