//! Editing keys of the one-line prompts (search, bookmark note), mapped onto `tui-input`'s requests: typing,
//! Backspace and Delete, the arrows (by word with Ctrl), Home and End (and Ctrl-A, Ctrl-E), Ctrl-W, Ctrl-U, Ctrl-K, Alt-B and Alt-F (a word back and on), Alt-D.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tui_input::InputRequest;

/// The edit a key asks of a prompt's text, if it is an editing key.
pub(crate) fn request(key: KeyEvent) -> Option<InputRequest> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    Some(match key.code {
        KeyCode::Backspace if ctrl || alt => InputRequest::DeletePrevWord,
        KeyCode::Backspace => InputRequest::DeletePrevChar,
        KeyCode::Delete => InputRequest::DeleteNextChar,
        KeyCode::Left if ctrl || alt => InputRequest::GoToPrevWord,
        KeyCode::Left => InputRequest::GoToPrevChar,
        KeyCode::Right if ctrl || alt => InputRequest::GoToNextWord,
        KeyCode::Right => InputRequest::GoToNextChar,
        KeyCode::Home => InputRequest::GoToStart,
        KeyCode::End => InputRequest::GoToEnd,
        KeyCode::Char('b') if alt => InputRequest::GoToPrevWord,
        KeyCode::Char('f') if alt => InputRequest::GoToNextWord,
        KeyCode::Char('d') if alt => InputRequest::DeleteNextWord,
        KeyCode::Char('a') if ctrl => InputRequest::GoToStart,
        KeyCode::Char('e') if ctrl => InputRequest::GoToEnd,
        KeyCode::Char('w') if ctrl => InputRequest::DeletePrevWord,
        KeyCode::Char('u') if ctrl => InputRequest::DeleteFromStart,
        KeyCode::Char('k') if ctrl => InputRequest::DeleteTillEnd,
        KeyCode::Char(c) if !ctrl && !alt => InputRequest::InsertChar(c),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use tui_input::Input;

    fn typed(keys: &[KeyEvent]) -> (String, usize) {
        let mut input = Input::default();
        for &k in keys {
            if let Some(r) = request(k) {
                input.handle(r);
            }
        }
        (input.value().to_string(), input.cursor())
    }

    fn k(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn typing_moving_and_deleting() {
        let word = |s: &str| s.chars().map(|c| k(KeyCode::Char(c))).collect::<Vec<_>>();
        let mut keys = word("Finlnd");
        keys.extend([k(KeyCode::Left), k(KeyCode::Left)]);
        keys.extend(word("a"));
        assert_eq!(typed(&keys), ("Finland".into(), 5));
        keys.extend([k(KeyCode::End), k(KeyCode::Backspace), k(KeyCode::Home), k(KeyCode::Delete)]);
        assert_eq!(typed(&keys), ("inlan".into(), 0));
        let mut keys = word("two words");
        keys.push(KeyEvent::new(KeyCode::Char('w'), KeyModifiers::CONTROL));
        assert_eq!(typed(&keys).0, "two ");
        assert_eq!(request(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)), None);
        let alt = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT);
        let mut keys = word("one two three");
        keys.extend([alt('b'), alt('b')]);
        keys.extend(word("X"));
        assert_eq!(typed(&keys), ("one Xtwo three".into(), 5), "Alt-b goes a word back");
        keys.extend([alt('f'), alt('d')]);
        assert_eq!(typed(&keys).0, "one Xtwo ", "Alt-f a word on, Alt-d deletes the next word");
    }
}
