//! The lines of a digitized archive's item pages (an emigrant-letters database, a university's digital collection):
//! the fields of an item's metadata block (`Document ID: 77120`, `Repository: ...`, `Call number: D12/3`,
//! `Document Type: Letter`, `Keywords: ...`) and the site's furniture around the items (`Permalink: ...`,
//! `Download PDF`, `Search results: 6 documents`, breadcrumbs, a `Related documents` list), and what the parser
//! keeps of them while it reads a page (what it passes over, the page's dates in figures).

use super::lines::strip_prefix_ci;
use super::words::QuickTrim;
use crate::model::Date;

/// What the parser passes over until the next item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Skip {
    /// An item that is no letter, read before its title (which it also takes).
    Untitled,
    /// An item that is no letter, its title read.
    Titled,
    /// A list of related items' titles.
    Related,
}

/// A date in figures whose order (day or month first) the page has not shown yet (`05/06/1853`).
#[derive(Debug, Clone)]
pub(super) struct Unsure {
    pub(super) first: u8,
    pub(super) second: u8,
    pub(super) year: i32,
    pub(super) printed: String,
}

/// The page's dates in figures: whether they are printed day first (learnt from one with a part above 12, or from a
/// letter's own date line), the current letter's unsure date, and the letters left undated by one.
#[derive(Debug, Default)]
pub(super) struct Figures {
    pub(super) day_first: Option<bool>,
    pub(super) current: Option<Unsure>,
    pub(super) left: Vec<(usize, Unsure)>,
}

impl Unsure {
    /// The date read in the page's order.
    pub(super) fn date(&self, day_first: bool) -> Option<Date> {
        let (day, month) = if day_first { (self.first, self.second) } else { (self.second, self.first) };
        Date::new(self.year, month, day)
    }
}

/// What a field of an item's metadata block says of the item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The item's number in the database (`Document ID: 77120`): a new item begins.
    Id,
    /// Where the document is kept (`Archive:`, `Repository:`, `Reference:`, `Call number:`): the letter's source.
    Source,
    /// The kind of document (`Document Type: Letter`): true when it is a letter.
    Kind(bool),
    /// A catalogue's description of the item (`Keywords:`, `Extent: 2 pp.`, `Language:`): no text of the letter.
    Aside,
}

/// The labels of the fields, lowered, with what each says.
const LABELS: [(&str, Field); 41] = [
    ("id", Field::Id),
    ("doc id", Field::Id),
    ("record no", Field::Id),
    ("record number", Field::Id),
    ("document id", Field::Id),
    ("document no", Field::Id),
    ("document number", Field::Id),
    ("item id", Field::Id),
    ("item no", Field::Id),
    ("item number", Field::Id),
    ("record id", Field::Id),
    ("identifier", Field::Id),
    ("archive", Field::Source),
    ("repository", Field::Source),
    ("source", Field::Source),
    ("reference", Field::Source),
    ("reference code", Field::Source),
    ("call number", Field::Source),
    ("call no", Field::Source),
    ("shelfmark", Field::Source),
    ("holding institution", Field::Source),
    ("archival reference", Field::Source),
    ("catalogue reference", Field::Source),
    ("accession number", Field::Source),
    ("original held at", Field::Source),
    ("held at", Field::Source),
    ("document type", Field::Kind(true)),
    ("type", Field::Kind(true)),
    ("item type", Field::Kind(true)),
    ("genre", Field::Kind(true)),
    ("keywords", Field::Aside),
    ("subjects", Field::Aside),
    ("extent", Field::Aside),
    ("language", Field::Aside),
    ("rights", Field::Aside),
    ("physical description", Field::Aside),
    ("format", Field::Aside),
    ("transcribed by", Field::Aside),
    ("date digitized", Field::Aside),
    ("image", Field::Aside),
    ("images", Field::Aside),
];

/// The labels of an item's last field, over the text itself (`Transcription:` alone on its line), lowered.
const TEXT_LABELS: [&str; 4] = ["transcription", "transcript", "full text", "text"];

/// The longest label, with its colon: a field's colon comes within these bytes.
const LABEL_ROOM: usize = 21;

/// `Call number: D1234/5/6`: a field of an item's metadata block, its label as printed and its value (not empty).
/// A kind's value tells whether the item is a letter. Only a line whose colon comes within the first bytes is read.
pub fn field(text: &str) -> Option<(Field, &str, &str)> {
    let b = text.as_bytes();
    let colon = memchr::memchr(b':', &b[..b.len().min(LABEL_ROOM)])?;
    let label = text[..colon].quick_trim_end();
    let value = text[colon + 1..].quick_trim();
    // `Transcription:` alone: the text follows, no value.
    if value.is_empty() && TEXT_LABELS.iter().any(|l| label.eq_ignore_ascii_case(l)) {
        return Some((Field::Aside, label, value));
    }
    if value.is_empty() || value.len() > 300 {
        return None;
    }
    let (_, field) = LABELS.iter().find(|(l, _)| label.eq_ignore_ascii_case(l))?;
    let field = match field {
        Field::Kind(_) => Field::Kind(letter_kind(value)),
        // A number, perhaps with letters (`40211`, `MS-2231`): no sentence.
        Field::Id if value.len() > 24 || value.contains(' ') => return None,
        f => *f,
    };
    Some((field, label, value))
}

/// Whether a kind of document names a letter (`Letter`, `Correspondence`, `Postcard`, `Letter (copy)`), or gives
/// a documentary edition's siglum for a letter's copy (`ALS`, `LS`, `TLS`, `Dft`, `RC`, `LbC`), as printed.
fn letter_kind(value: &str) -> bool {
    const SIGLA: [&str; 14] =
        ["ALS", "LS", "AL", "TLS", "TL", "ANS", "AN", "ADfS", "ADf", "Dft", "RC", "LbC", "FC", "Tr"];
    const KINDS: [&str; 9] =
        ["letter", "correspondence", "postcard", "post card", "card", "note", "telegram", "epistle", "memorandum"];
    value.split([';', ',', '(', '/']).any(|part| {
        let part = part.quick_trim().trim_end_matches('.');
        let single = part.strip_suffix('s').unwrap_or(part);
        KINDS.iter().any(|k| part.eq_ignore_ascii_case(k) || single.eq_ignore_ascii_case(k))
            || strip_prefix_ci(part, "letter ").is_some()
            || SIGLA.contains(&part.split(' ').next().unwrap_or_default())
    })
}

/// `14/06/1852`, `14.06.1852`, `14-06-1852`: a date in figures alone, its first two numbers (day and month in
/// one order or the other) and its year.
pub fn numeric_date(value: &str) -> Option<(u8, u8, i32)> {
    let t = value.trim_end_matches('.');
    if !(8..=10).contains(&t.len()) || !t.as_bytes()[0].is_ascii_digit() {
        return None;
    }
    let sep = t.bytes().find(|b| !b.is_ascii_digit())?;
    if !matches!(sep, b'/' | b'.' | b'-') {
        return None;
    }
    let mut parts = t.split(char::from(sep));
    let (a, b, y) = (parts.next()?, parts.next()?, parts.next()?);
    let small = |x: &str| (1..=2).contains(&x.len()).then(|| x.parse::<u8>().ok()).flatten();
    let (a, b) = (small(a)?, small(b)?);
    let year = (y.len() == 4).then(|| y.parse::<i32>().ok()).flatten()?;
    (parts.next().is_none() && a >= 1 && b >= 1 && a.max(b) <= 31 && a.min(b) <= 12).then_some((a, b, year))
}

/// `n.d.`, `undated`, `no date`, `s.d.`: a catalogue's word for a letter without a date.
pub fn no_date(value: &str) -> bool {
    let t = value.trim_matches(['[', ']', ' ']);
    ["n.d.", "n.d", "nd", "undated", "no date", "s.d.", "unknown", "not dated", "date unknown"]
        .iter()
        .any(|w| t.eq_ignore_ascii_case(w))
}

/// `c. 1852`, `ca. 1852`, `circa 1852`, `[1852?]`, `1852?`, `[1852]`: a year the catalogue gives for a letter it
/// cannot date more closely.
pub fn about_year(value: &str) -> Option<i32> {
    let t = value.trim_matches(['[', ']', ' ']);
    let t = ["circa ", "ca. ", "ca ", "c. ", "c.", "c "]
        .iter()
        .find_map(|p| strip_prefix_ci(t, p))
        .unwrap_or(t)
        .trim_end_matches(['?', ']', ' ']);
    let t = t.trim_start_matches('[');
    (t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse().ok()).flatten()
}

/// What a site prints around its items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Site {
    /// A line of the site's own (`Permalink: ...`, `Download PDF`, `Cite this document: ...`, `Search results: 6
    /// documents`, a breadcrumb `Collection > Correspondence > Kerr family`).
    Furniture,
    /// `Related documents`: a list of other items' titles follows.
    Related,
}

/// The site's lines around an item, from `text` (trimmed) and its first byte lowered (`lead`); `colon` tells
/// whether a colon comes within the first bytes. Only a short line or one with such a colon is read, and only the
/// labels opening with its first letter are tried.
pub fn site_line(text: &str, lead: Option<u8>, colon: bool) -> Option<Site> {
    if !(colon || text.len() <= 40) || text.len() > 300 {
        return None;
    }
    let prefixes: &[&str] = match lead {
        Some(b'c') => &["cite this"],
        Some(b'h') => &["how to cite"],
        Some(b'p') => &["permalink", "permanent link", "persistent link"],
        Some(b'd') => &["download pdf", "download image", "download transcript"],
        Some(b's') => &["stable url", "search results", "showing results"],
        Some(b'v') => &["view full record", "view original"],
        Some(b'e') => &["export citation"],
        Some(b'r' | b'o') => &[],
        _ => return None,
    };
    let bare = text.trim_end_matches(':');
    if bare.len() <= 40 && matches!(lead, Some(b'r' | b's' | b'o')) && related_label(bare) {
        return Some(Site::Related);
    }
    let listed =
        prefixes.iter().any(|p| strip_prefix_ci(text, p).is_some_and(|rest| !rest.starts_with(char::is_alphabetic)));
    // `Download`, `Print`, `Share` alone.
    let alone = || bare.len() <= 10 && ["download", "print", "share"].iter().any(|w| bare.eq_ignore_ascii_case(w));
    (listed || alone()).then_some(Site::Furniture)
}

/// `Related documents`, `Related items`, `See also`: the label of a list of other items.
fn related_label(bare: &str) -> bool {
    const LISTS: [&str; 8] = [
        "related documents",
        "related items",
        "related letters",
        "related records",
        "related material",
        "related materials",
        "see also",
        "other documents in this collection",
    ];
    LISTS.iter().any(|l| bare.eq_ignore_ascii_case(l))
}

/// A breadcrumb: three or more short parts joined by ` > ` or ` › ` (`Collection > Correspondence > Kerr family`,
/// `Biblioteca › Autori › Baldi`), no stop at its end.
pub fn breadcrumb(text: &str) -> bool {
    if text.len() > 160 || text.ends_with(['.', ',', ';']) {
        return false;
    }
    // `>`, or `›` (E2 80 BA): the first of either byte is looked for in one pass.
    let b = text.as_bytes();
    let joint = match memchr::memchr2(b'>', 0xe2, b) {
        Some(at) if b[at] == b'>' => " > ",
        Some(at)
            if memchr::memmem::find(&b[at..], "›".as_bytes()).is_some() && memchr::memchr(b'>', &b[at..]).is_none() =>
        {
            " › "
        }
        Some(at) if memchr::memchr(b'>', &b[at..]).is_some() => " > ",
        _ => return false,
    };
    let parts: Vec<&str> = text.split(joint).collect();
    parts.len() >= 3 && parts.iter().all(|p| !p.is_empty() && p.len() <= 60 && p.starts_with(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_of_an_item_block() {
        assert_eq!(field("Document ID: 77120").map(|f| f.0), Some(Field::Id));
        assert_eq!(field("Call number: D1234/5/6").map(|f| (f.0, f.2)), Some((Field::Source, "D1234/5/6")));
        assert_eq!(field("Document Type: Letter").map(|f| f.0), Some(Field::Kind(true)));
        assert_eq!(field("Type: Correspondence").map(|f| f.0), Some(Field::Kind(true)));
        assert_eq!(field("Document Type: Photograph").map(|f| f.0), Some(Field::Kind(false)));
        assert_eq!(field("Document Type: ALS").map(|f| f.0), Some(Field::Kind(true)), "a letter's siglum");
        assert_eq!(field("Transcription:").map(|f| f.0), Some(Field::Aside), "the text's label alone");
        assert_eq!(field("Image:           [View page images (6)]").map(|f| f.0), Some(Field::Aside));
        assert_eq!(field("Note:"), None);
        assert_eq!(field("Document Type: Dft (draft)").map(|f| f.0), Some(Field::Kind(true)));
        assert_eq!(field("Document Type: Als").map(|f| f.0), Some(Field::Kind(false)), "sigla as printed");
        assert_eq!(field("Type: Ledger").map(|f| f.0), Some(Field::Kind(false)));
        assert_eq!(field("Extent: 2 pp.").map(|f| f.0), Some(Field::Aside));
        assert_eq!(field("Dear Sir: I write"), None);
        assert_eq!(field("Document ID: see the note below"), None);
    }

    #[test]
    fn catalogue_dates() {
        assert_eq!(numeric_date("14/06/1852"), Some((14, 6, 1852)));
        assert_eq!(numeric_date("05.06.1853"), Some((5, 6, 1853)));
        assert_eq!(numeric_date("1852-06-14"), None);
        assert_eq!(numeric_date("14/16/1852"), None);
        assert!(no_date("n.d.") && no_date("[undated]"));
        assert_eq!(about_year("c. 1852"), Some(1852));
        assert_eq!(about_year("[1852?]"), Some(1852));
        assert_eq!(about_year("1845-1851"), None);
    }

    #[test]
    fn furniture_of_a_site() {
        assert_eq!(site_line("Permalink: https://x.example/1", Some(b'p'), true), Some(Site::Furniture));
        assert_eq!(site_line("Download PDF", Some(b'd'), false), Some(Site::Furniture));
        assert_eq!(site_line("Related documents", Some(b'r'), false), Some(Site::Related));
        assert_eq!(site_line("Search results: 6 documents (sorted by date)", Some(b's'), true), Some(Site::Furniture));
        assert_eq!(site_line("Permanently yours", Some(b'p'), false), None);
        assert!(breadcrumb("Collection > Correspondence > Kerr family"));
        assert!(!breadcrumb("a > b"));
    }
}
