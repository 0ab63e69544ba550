//! A large corpus made from real letter files: copies of them with their years and month names shifted, so that
//! copies carry different dates, written into files of about 200 KB. Real pages are messier than synthetic
//! letters; this is the shape the load-speed figures are taken on.

use letters::model::date::MONTH_NAMES;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The month names the parser reads, January first.
const MONTHS: [&str; 12] = MONTH_NAMES;
const FILE_BYTES: usize = 200_000;

/// The `.txt` files under `dir`, sorted, read whole.
fn sources(dir: &Path, out: &mut Vec<Vec<u8>>) -> io::Result<()> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            sources(&p, out)?;
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(fs::read(&p)?);
        }
    }
    Ok(())
}

/// `text` with every `19NN` year moved `k` years on (within the century) and every month name `k / 100` months on.
fn shifted(text: &str, k: usize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let boundary = out.chars().next_back().is_none_or(|p| !p.is_alphanumeric());
        if boundary && let Some(y) = year_at(rest) {
            out.push_str(&format!("19{:02}", (y + k) % 100));
            rest = &rest[4..];
            continue;
        }
        if boundary && let Some(m) = MONTHS.iter().position(|m| starts_word(rest, m)) {
            out.push_str(MONTHS[(m + k / 100) % 12]);
            rest = &rest[MONTHS[m].len()..];
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

fn starts_word(s: &str, word: &str) -> bool {
    s.starts_with(word) && !s[word.len()..].chars().next().is_some_and(char::is_alphanumeric)
}

/// The two last digits of a `19NN` year starting `s` as a whole word.
fn year_at(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let whole = b.len() == 4 || !b.get(4).is_some_and(u8::is_ascii_alphanumeric);
    (b.len() >= 4 && &b[..2] == b"19" && b[2].is_ascii_digit() && b[3].is_ascii_digit() && whole)
        .then(|| usize::from(b[2] - b'0') * 10 + usize::from(b[3] - b'0'))
}

/// Writes about `bytes` of shifted copies of the files under `from` into `dir`; returns (bytes, files, copies).
pub fn generate(dir: &Path, from: &[PathBuf], bytes: u64) -> io::Result<(u64, usize, usize)> {
    let mut texts = Vec::new();
    for d in from {
        sources(d, &mut texts)?;
    }
    if texts.is_empty() {
        return Err(io::Error::new(io::ErrorKind::NotFound, "no .txt files to copy"));
    }
    let joined: String = texts.iter().map(|t| String::from_utf8_lossy(t)).collect::<Vec<_>>().join("\n\n");
    fs::create_dir_all(dir)?;
    let (mut written, mut files, mut copies, mut buf) = (0u64, 0usize, 0usize, String::new());
    while written < bytes {
        let copy = shifted(&joined, copies);
        copies += 1;
        written += copy.len() as u64 + 2;
        if !buf.is_empty() {
            buf.push_str("\n\n");
        }
        buf.push_str(&copy);
        if buf.len() >= FILE_BYTES || written >= bytes {
            fs::write(dir.join(format!("part{files:05}.txt")), &buf)?;
            files += 1;
            buf.clear();
        }
    }
    Ok((written, files, copies))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_and_months_move_whole_words_only() {
        assert_eq!(shifted("May 5, 1942; 19421; Mayday", 1), "May 5, 1943; 19421; Mayday");
        assert_eq!(shifted("July 1999", 101), "August 1900");
    }
}
