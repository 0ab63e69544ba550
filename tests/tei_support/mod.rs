//! Loading the written TEI families (tests/tei/families/<family>/) and reading what a letter records, for the TEI
//! family tests.
#![allow(dead_code)]

use letters::loader;
use letters::model::{Corpus, Input, Letter};
use std::path::PathBuf;

/// The letters of one family's files.
pub fn family(name: &str) -> Corpus {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/tei/families").join(name);
    loader::load(&Input::Paths(vec![dir])).expect("test files load")
}

/// The letter of the file `<stem>.xml`.
pub fn by_file<'a>(c: &'a Corpus, stem: &str) -> &'a Letter {
    let name = format!("{stem}.xml");
    c.letters.iter().find(|l| l.file.rsplit('/').next() == Some(name.as_str())).expect("a letter of this file")
}

pub fn people(l: &Letter) -> (String, String) {
    (l.sender.to_string(), l.recipient.to_string())
}

pub fn date(l: &Letter) -> Option<String> {
    l.date.map(|d| d.to_string())
}
