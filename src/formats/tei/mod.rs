//! TEI XML letter editions. A file with a `correspDesc` is one letter; a `teiCorpus` holds many TEI files; a
//! FRUS-style volume holds many documents (`div type="document"`); a CMIF file (many `correspDesc`s, no text)
//! gives letters without text; a file holding only a `listPerson` is a registry of people, not letters.
//! Files are recognised by their root element, with or without namespace or prefix. Reading is streamed
//! (quick-xml); broken XML gives what was read before the break and a diagnostic with its line.

mod dates;
mod entities;
mod header;
mod letter;
mod persons;
mod pointers;
mod text;
mod tree;
mod unit;
mod xml;

use super::{Format, Note, Parsed};
use crate::model::{Letter, Severity};
use header::Header;
use letter::Context;
use persons::{Registry, read_list};
use std::path::Path;
use xml::{Ev, Xml};

pub use persons::surname;
pub use xml::is_tei;

/// The TEI format: `.xml` and `.tei` files by name, any file whose root is `TEI` or `teiCorpus` (or P4's `TEI.2`)
/// by content.
pub struct Tei;

impl Format for Tei {
    fn name(&self) -> &'static str {
        "TEI"
    }

    fn accepts(&self, path: &Path) -> bool {
        path.extension().is_some_and(|e| e.eq_ignore_ascii_case("xml") || e.eq_ignore_ascii_case("tei"))
    }

    fn sniff(&self, head: &[u8]) -> bool {
        is_tei(head)
    }

    fn parse(&self, file: &str, text: &str) -> Parsed {
        let mut out = Parsed::default();
        if !is_tei(text.as_bytes()) {
            out.notes.push(warn(1, "not a TEI file (its root element is not TEI or teiCorpus): skipped".into()));
            return out;
        }
        let mut xml = Xml::new(text);
        let mut registry = Registry::new();
        let mut docs: Vec<Doc> = Vec::new();
        let mut open: Option<Doc> = None;
        let mut expected_documents = Some(documents_in(text));
        let note_ids = pointers::note_ids(text);
        loop {
            match xml.next() {
                Ev::Start(tag) => {
                    let line = xml.line();
                    match tag.name {
                        // `TEI.2`: the root of the older P4 editions.
                        "TEI" | "TEI.2" => {
                            docs.extend(open.take());
                            open = Some(Doc { id: tag.attr("id"), line, ..Doc::default() });
                        }
                        "teiHeader" => {
                            let (node, err) = tree::read(&mut xml, &tag);
                            let mut found = Vec::new();
                            node.descendants("listPerson", &mut found);
                            found.iter().for_each(|l| read_list(l, &mut registry));
                            if let Some(d) = &mut open {
                                d.header = Some(Header::read(&node));
                            }
                            if let Some(e) = err {
                                out.notes.push(broken(xml.line(), &e));
                                break;
                            }
                        }
                        "text" => {
                            let header = open.as_ref().and_then(|d| d.header.as_ref());
                            let people = header.is_none_or(Header::needs_registry);
                            // A letter its header describes holds no documents of its own; an anthology's header
                            // describes each of its letters.
                            let documents = header.is_none_or(|h| h.corresp.len() != 1);
                            let letter_ids: Vec<String> = header
                                .filter(|h| h.corresp.len() > 1)
                                .map(|h| h.corresp.iter().filter_map(|c| c.id.clone()).collect())
                                .unwrap_or_default();
                            let options =
                                text::Options { people, documents, note_ids: &note_ids, letter_ids: &letter_ids };
                            let line = open.as_ref().map_or(0, |d| d.line);
                            let author = header.and_then(|h| h.author.as_deref());
                            // Room for every document at once: a vector grown by doubling would hold two
                            // copies of tens of thousands of letters while it moves them.
                            let mut documents = Vec::with_capacity(expected_documents.take().unwrap_or(0));
                            let notes = &mut out.notes;
                            let mut on_doc = |u: text::Unit| {
                                let cx = Context { file, registry: &registry, line, author };
                                documents.push(match header.and_then(|h| described(h, &u)) {
                                    Some(c) => letter::from_described(&cx, c, u, notes),
                                    None => letter::from_document(&cx, u),
                                });
                            };
                            let read = text::read(&mut xml, options, &mut on_doc);
                            registry.extend(read.registry);
                            if let Some(d) = &mut open {
                                d.set_text(read.units, documents);
                            }
                            if let Some((line, e)) = read.broken {
                                out.notes.push(broken(line, &e));
                                break;
                            }
                        }
                        "listPerson" | "standOff" => {
                            let (node, err) = tree::read(&mut xml, &tag);
                            read_list(&node, &mut registry);
                            if let Some(e) = err {
                                out.notes.push(broken(xml.line(), &e));
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                Ev::End("TEI" | "TEI.2") => docs.extend(open.take()),
                Ev::Eof => break,
                Ev::Broken(e) => {
                    out.notes.push(broken(xml.line(), &e));
                    break;
                }
                _ => {}
            }
        }
        docs.extend(open.take());
        for (line, name) in xml.unknown_entities.iter().take(10) {
            out.notes.push(warn(
                *line,
                format!("unknown entity &{name}; (neither declared in the file nor an HTML name): kept as written"),
            ));
        }
        let single = docs.len() == 1;
        for d in docs {
            letters_of(file, d, single, &registry, &mut out);
        }
        if out.letters.is_empty() && !registry.is_empty() {
            out.registry = registry.into_iter().map(|(k, p)| (k, p.name)).collect();
            out.registry.sort();
        }
        out
    }
}

/// The `correspDesc` of an anthology's header that describes a division of its text.
fn described<'h>(h: &'h Header, u: &text::Unit) -> Option<&'h header::Corresp> {
    let id = u.doc.as_ref()?.described_by.as_deref()?;
    h.corresp.iter().find(|c| c.id.as_deref() == Some(id))
}

/// How many documents a volume may hold: the `type="document"` attributes in it (a cheap over-estimate).
fn documents_in(text: &str) -> usize {
    let count = |pat: &str| memchr::memmem::find_iter(text.as_bytes(), pat).count();
    count("=\"document\"") + count("='document'")
}

/// One `TEI` element as read.
#[derive(Default)]
struct Doc {
    id: Option<String>,
    line: usize,
    header: Option<Header>,
    units: Vec<text::Unit>,
    /// The documents of a FRUS-style volume, made letters as each ended.
    documents: Vec<Letter>,
}

impl Doc {
    /// What a `text` holds; a second, blank `text` after the letter's (a leftover of the edition's tools) takes
    /// nothing away from it.
    fn set_text(&mut self, units: Vec<text::Unit>, documents: Vec<Letter>) {
        let blank = units.iter().all(text::Unit::is_blank) && documents.is_empty();
        if blank && self.units.iter().any(|u| !u.is_blank()) {
            return;
        }
        self.units = units;
        self.documents = documents;
    }
}

fn or_unknown(s: &str) -> &str {
    if s.is_empty() { "unknown" } else { s }
}

fn warn(line: usize, message: String) -> Note {
    Note { line, severity: Severity::Warning, message }
}

fn broken(line: usize, problem: &str) -> Note {
    Note { line, severity: Severity::Error, message: format!("broken XML, read up to here: {problem}") }
}

/// The letters of one `TEI` element.
fn letters_of(file: &str, d: Doc, single: bool, registry: &Registry, out: &mut Parsed) {
    let header = d.header.unwrap_or_default();
    let cx = Context { file, registry, line: d.line, author: header.author.as_deref() };
    let mut units = d.units.into_iter();
    let whole = units.next();
    let mut documents = d.documents;
    documents.extend(units.map(|u| letter::from_document(&cx, u)));
    let stem = Path::new(file).file_stem().map(|s| s.to_string_lossy().into_owned());
    let own_ids = |l: &mut Letter, with_stem: bool| {
        let ids = &mut l.extra_mut().ids;
        ids.extend(d.id.clone());
        if with_stem {
            ids.extend(stem.clone());
        }
        ids.dedup();
        ids.shrink_to_fit();
    };
    if let [one] = documents.as_mut_slice()
        && header.corresp.is_empty()
    {
        // The one letter division of a file: the header's title names it.
        letter::named_by_title(one, &header);
    }
    if !documents.is_empty() {
        documents.iter_mut().for_each(|l| own_ids(l, false));
        // Moved, not copied, when they are the file's first letters.
        if out.letters.is_empty() {
            out.letters = documents;
        } else {
            out.letters.append(&mut documents);
        }
        return;
    }
    match header.corresp.len() {
        0 => {
            if let Some(c) = letter::undescribed(&header, whole.as_ref()) {
                let mut l = letter::from_corresp(&cx, &header, &c, whole, &mut out.notes);
                own_ids(&mut l, single);
                out.letters.push(l);
            }
        }
        1 => {
            let mut l = letter::from_corresp(&cx, &header, &header.corresp[0], whole, &mut out.notes);
            own_ids(&mut l, single);
            out.letters.push(l);
        }
        _ => {
            // CMIF: the file's title names the list, not a letter.
            let list = Header { title: String::new(), ..header.clone() };
            for c in &header.corresp {
                let mut l = letter::from_corresp(&cx, &list, c, None, &mut out.notes);
                let (from, to) = (l.sender.to_string(), l.recipient.to_string());
                l.heading = format!("{} to {}", or_unknown(&from), or_unknown(&to));
                out.letters.push(l);
            }
        }
    }
}
