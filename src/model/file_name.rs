//! A file's name as letters and diagnostics carry it: shared, so that the thousands of letters and warnings of
//! one file hold one copy of it.

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// A file's name, cheap to clone. Reads as a `&str`.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileName(Arc<str>);

impl FileName {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether both name one file: the letters of one file share their name, so mostly one pointer is compared.
    pub fn same(&self, other: &FileName) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self.0 == other.0
    }
}

impl Deref for FileName {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for FileName {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for FileName {
    fn from(s: &str) -> FileName {
        FileName(s.into())
    }
}

impl From<String> for FileName {
    fn from(s: String) -> FileName {
        FileName(s.into())
    }
}

impl PartialEq<str> for FileName {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for FileName {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<FileName> for &str {
    fn eq(&self, other: &FileName) -> bool {
        **self == *other.0
    }
}

impl fmt::Display for FileName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for FileName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

/// A year the file's name carries (`frus_1943_d617.txt`, `letters-1790.txt`): four digits between non-digits,
/// from 1000 to 2099.
pub fn year_in_name(file: &str) -> Option<i32> {
    let name = file.rsplit('/').next().unwrap_or(file);
    let b = name.as_bytes();
    (0..b.len().saturating_sub(3)).find_map(|i| {
        let run = &b[i..i + 4];
        let bounded = (i == 0 || !b[i - 1].is_ascii_digit()) && b.get(i + 4).is_none_or(|c| !c.is_ascii_digit());
        let y: i32 = std::str::from_utf8(run).ok()?.parse().ok()?;
        (bounded && run.iter().all(u8::is_ascii_digit) && (1000..2100).contains(&y)).then_some(y)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_name_reads_as_text() {
        let a = FileName::from("letters/a.txt");
        let b = a.clone();
        assert!(Arc::ptr_eq(&a.0, &b.0), "a clone shares the text");
        assert_eq!(
            (a.as_str(), &*b, format!("{a}|{a:?}")),
            ("letters/a.txt", "letters/a.txt", r#"letters/a.txt|"letters/a.txt""#.into())
        );
        assert_eq!(a, "letters/a.txt");
        assert_eq!("letters/a.txt", a);
        assert!(a.ends_with(".txt"));
        let (x, y) = (FileName::from("a"), FileName::from(String::from("b")));
        assert!(x < y);
    }
}
