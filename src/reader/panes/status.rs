//! The status line's words: the loading progress, a message until the next key, notices until dismissed.

/// The status line's words: a message until the next key, notices until dismissed.
#[derive(Debug, Clone, Default)]
pub struct StatusLine {
    /// A message, until the next key.
    pub(crate) message: Option<String>,
    /// Problems shown until dismissed with Esc (a bad config, a corrupt state file).
    pub(crate) notices: Vec<String>,
    /// Loading progress in bytes (done, total).
    pub(crate) progress: (u64, u64),
}

impl StatusLine {
    /// Shows a message until the next key.
    pub(crate) fn say(&mut self, message: impl Into<String>) {
        self.message = Some(message.into());
    }

    /// Esc: dismisses the first notice; false when there was none.
    pub(crate) fn dismiss(&mut self) -> bool {
        if self.notices.is_empty() {
            return false;
        }
        self.notices.remove(0);
        true
    }
}
