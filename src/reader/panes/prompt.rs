//! The prompt in the status line: the text typed, the searches recalled with Up and Down, and the shell command
//! the pipe prompt leaves for the event loop.

use crate::reader::prompt_keys;
use crate::reader::state::{Location, Prompt, PromptKind};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The prompt line: the prompt open, if one is.
#[derive(Debug, Clone, Default)]
pub(crate) struct PromptLine {
    /// The prompt open, while one is.
    pub(crate) open: Option<Prompt>,
    /// While Up and Down browse the searches made: which one is shown.
    recall: Option<usize>,
    /// A shell command to run with the letter on its input, the terminal restored around it (`|`): taken by the
    /// event loop.
    pub(crate) pipe: Option<(String, String)>,
}

/// What a key at the prompt asks of the app.
#[derive(Debug, Clone)]
pub(crate) enum PromptEvent {
    /// Nothing beyond the prompt itself.
    Nothing,
    /// Ctrl-C: quit.
    Quit,
    /// The text changed.
    Changed,
    /// Up or Down at the search prompt: an older or a newer search made before.
    Recall { older: bool },
    /// Esc: the prompt closed.
    Cancelled(Prompt),
    /// Enter: the prompt closed with its text.
    Submitted(Prompt),
}

impl PromptLine {
    /// Opens a prompt of `kind` with `input` typed, remembering `origin` (where Esc returns).
    pub(crate) fn ask(&mut self, kind: PromptKind, input: String, origin: Option<Location>) {
        self.open = Some(Prompt { kind, input: input.into(), origin });
        if kind == PromptKind::Search {
            self.recall = None;
        }
    }

    /// Whether a prompt is open.
    pub(crate) fn is_open(&self) -> bool {
        self.open.is_some()
    }

    /// A key while the prompt is open: text editing, Enter, Esc.
    pub(crate) fn key(&mut self, key: KeyEvent) -> PromptEvent {
        let Some(prompt) = self.open.as_mut() else { return PromptEvent::Nothing };
        match key.code {
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => PromptEvent::Quit,
            KeyCode::Esc => self.open.take().map_or(PromptEvent::Nothing, PromptEvent::Cancelled),
            KeyCode::Enter => self.open.take().map_or(PromptEvent::Nothing, PromptEvent::Submitted),
            KeyCode::Up | KeyCode::Down if prompt.kind == PromptKind::Search => {
                PromptEvent::Recall { older: key.code == KeyCode::Up }
            }
            _ => match prompt_keys::request(key) {
                Some(request) if prompt.input.handle(request).is_some_and(|changed| changed.value) => {
                    PromptEvent::Changed
                }
                _ => PromptEvent::Nothing,
            },
        }
    }

    /// Up / Down among `searches` (oldest first): shows the older or newer one, latest first. False when nothing
    /// changed.
    pub(crate) fn recall(&mut self, searches: &[String], older: bool) -> bool {
        let n = searches.len();
        if n == 0 {
            return false;
        }
        let at = match (self.recall, older) {
            (None, true) => Some(n - 1),
            (None, false) => return false,
            (Some(i), true) => Some(i.saturating_sub(1)),
            (Some(i), false) => (i + 1 < n).then_some(i + 1),
        };
        self.recall = at;
        let text = at.and_then(|i| searches.get(i)).cloned().unwrap_or_default();
        if let Some(p) = self.open.as_mut() {
            p.input = text.into();
        }
        true
    }
}
