//! Plain-text letter files as the editions print them (FRUS documents, the 1957 Moscow collection and their kin).

use super::{Format, Parsed};
use std::path::Path;

/// The plain-text format: files ending in `.txt`.
pub struct PlainText;

impl Format for PlainText {
    fn name(&self) -> &'static str {
        "plain text"
    }

    fn accepts(&self, path: &Path) -> bool {
        path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt"))
    }

    fn parse(&self, _file: &str, _text: &str) -> Parsed {
        Parsed::default()
    }
}
