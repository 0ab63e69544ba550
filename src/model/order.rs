//! The orders the letter list can be sorted in.

use super::letter::{Corpus, LetterIx};

/// How the list is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    /// By date; an undated letter right after the letter before it in its file (the loader's reading order).
    #[default]
    Date,
    /// As the files hold them: by file name, then position in the file.
    File,
    /// By sender, then recipient (names compared case-insensitively), then date.
    Correspondent,
}

impl SortOrder {
    pub fn name(self) -> &'static str {
        match self {
            SortOrder::Date => "date",
            SortOrder::File => "file",
            SortOrder::Correspondent => "correspondent",
        }
    }

    /// The next order, for a key that cycles through them.
    pub fn next(self) -> SortOrder {
        match self {
            SortOrder::Date => SortOrder::File,
            SortOrder::File => SortOrder::Correspondent,
            SortOrder::Correspondent => SortOrder::Date,
        }
    }
}

/// The corpus's letters in `order`.
pub fn sorted(corpus: &Corpus, order: SortOrder) -> Vec<LetterIx> {
    let mut by_date: Vec<LetterIx> = if corpus.reading_order.len() == corpus.letters.len() {
        corpus.reading_order.clone()
    } else {
        (0..corpus.letters.len()).collect()
    };
    match order {
        SortOrder::Date => {}
        SortOrder::File => by_date.sort_by(|&a, &b| {
            let (x, y) = (&corpus.letters[a], &corpus.letters[b]);
            (x.file.as_str(), x.ordinal).cmp(&(y.file.as_str(), y.ordinal))
        }),
        SortOrder::Correspondent => {
            let key = |ix: LetterIx| {
                let l = &corpus.letters[ix];
                (l.sender.to_string().to_lowercase(), l.recipient.to_string().to_lowercase())
            };
            let keys: Vec<(String, String)> = (0..corpus.letters.len()).map(key).collect();
            by_date.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
        }
    }
    by_date
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, Letter};

    #[test]
    fn three_orders_of_the_same_letters() {
        let spec = [
            ("b.txt", 1, "Stalin", "Churchill", 1942),
            ("a.txt", 2, "Churchill", "Stalin", 1941),
            ("a.txt", 1, "stalin", "Attlee", 1945),
        ];
        let letters: Vec<Letter> = spec
            .iter()
            .map(|(f, o, s, r, y)| {
                let mut l = Letter::new(*f, 1, String::new(), (*s).into(), (*r).into());
                l.ordinal = *o;
                l.date = Date::new(*y, 1, 1);
                l
            })
            .collect();
        let c = Corpus { letters, reading_order: vec![1, 0, 2], ..Corpus::default() };
        assert_eq!(sorted(&c, SortOrder::Date), [1, 0, 2]);
        assert_eq!(sorted(&c, SortOrder::File), [2, 1, 0]);
        // Churchill first; then the two Stalin letters by recipient (Attlee before Churchill), case ignored.
        assert_eq!(sorted(&c, SortOrder::Correspondent), [1, 2, 0]);
        assert_eq!(SortOrder::Date.next().next().next(), SortOrder::Date);
    }
}
