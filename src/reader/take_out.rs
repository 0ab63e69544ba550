//! Taking a letter out of the reader: `s` saves it to a new file, `|` pipes it to a shell command, both as
//! `letters show` prints it. Neither ever writes into an existing file, so never into a corpus file.

use super::app::App;
use super::state::PromptKind;
use crate::presentation::plain_letter;
use std::io::Write;

/// The width a saved or piped letter is wrapped to, as `letters show` wraps for a pipe.
const TEXT_WIDTH: usize = 80;

impl App {
    /// The current letter as `letters show` prints it.
    pub(crate) fn letter_text(&self) -> Option<String> {
        let corpus = self.corpus.as_ref()?;
        let cur = self.current.filter(|&c| c < corpus.letters.len())?;
        Some(plain_letter::render(corpus, cur, TEXT_WIDTH))
    }

    /// `s`: asks for a file name, the letter's id made a file name by default.
    pub(crate) fn open_save(&mut self) {
        let Some(id) = self.current.and_then(|c| self.corpus.as_ref()?.letters.get(c)).map(|l| l.id.clone()) else {
            return;
        };
        let input = format!("{}.txt", file_name_of(&id));
        self.prompt.ask(PromptKind::Save, input, None);
    }

    /// Enter at the save prompt: writes a new file, never over an existing one.
    pub(crate) fn save_submitted(&mut self, name: &str) {
        let name = name.trim();
        let Some(text) = self.letter_text().filter(|_| !name.is_empty()) else { return };
        let shown = crate::text::sanitize::sanitize(name).into_owned();
        let written = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(name)
            .and_then(|mut f| f.write_all(text.as_bytes()).and_then(|_| f.flush()));
        self.status.say(match written {
            Ok(()) => format!("saved to {shown}"),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                format!("{shown} exists: not overwritten (choose another name)")
            }
            Err(e) => format!("cannot save to {shown}: {e}"),
        });
    }

    /// `|`: asks for a shell command.
    pub(crate) fn open_pipe(&mut self) {
        if self.current.is_some() {
            self.prompt.ask(PromptKind::Pipe, String::new(), None);
        }
    }

    /// Enter at the pipe prompt: hands the command and the letter to the event loop, which runs it with the
    /// terminal restored.
    pub(crate) fn pipe_submitted(&mut self, command: &str) {
        let command = command.trim();
        if let Some(text) = self.letter_text().filter(|_| !command.is_empty()) {
            self.prompt.pipe = Some((command.to_string(), text));
        }
    }

    /// The command waiting to be run with the letter, taken by the event loop.
    pub(crate) fn take_pipe(&mut self) -> Option<(String, String)> {
        self.prompt.pipe.take()
    }
}

/// A letter id as a file name: letters, digits, `-`, `_` and `.` kept, anything else a `-`.
fn file_name_of(id: &str) -> String {
    let name: String =
        id.chars().map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '-' }).collect();
    let name = name.trim_start_matches('.');
    if name.is_empty() { "letter".to_string() } else { name.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_become_safe_file_names() {
        assert_eq!(file_name_of("frus-1945-stalin-roosevelt/1"), "frus-1945-stalin-roosevelt-1");
        assert_eq!(file_name_of("../../etc/passwd"), "-..-etc-passwd");
        assert_eq!(file_name_of(".."), "letter");
    }
}
