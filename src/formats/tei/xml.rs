//! The XML layer under the TEI reader: quick-xml events as element names, attributes and text, with 1-based
//! lines for diagnostics. No DTD is read and no entity is expanded beyond the five predefined ones and
//! character references; an unknown entity stays in the text as written. Control characters from character
//! references are made visible.

use crate::text::sanitize::visible;
use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;
use std::borrow::Cow;
use std::collections::HashMap;

/// A start tag: its local name (prefix dropped) and its raw attributes.
pub struct Tag<'a> {
    pub name: &'a str,
    start: BytesStart<'a>,
}

impl Tag<'_> {
    /// The value of the attribute with this local name (`type`, `when`; `id` finds `xml:id`), entities resolved.
    pub fn attr(&self, local: &str) -> Option<String> {
        if self.start.attributes_raw().is_empty() {
            return None;
        }
        self.start.attributes().with_checks(false).flatten().find_map(|a| {
            let key = a.key.local_name();
            if key.as_ref() != local.as_bytes() {
                return None;
            }
            Some(attr_value(&text_of(&a.value)))
        })
    }

    /// Every attribute whose local name `keep` accepts, in one pass: (local name, value).
    pub fn attrs_where(&self, keep: impl Fn(&str) -> bool) -> Vec<(String, String)> {
        if self.start.attributes_raw().is_empty() {
            return Vec::new();
        }
        self.start
            .attributes()
            .with_checks(false)
            .flatten()
            .filter_map(|a| {
                let key = a.key.local_name();
                let key = std::str::from_utf8(key.as_ref()).ok()?;
                keep(key).then(|| (key.to_string(), attr_value(&text_of(&a.value))))
            })
            .collect()
    }
}

/// An attribute's value as XML normalises it: entities resolved, each tab and line end a space (so a value
/// broken over lines, or a quote left open, never puts a line end where one line is drawn).
fn attr_value(raw: &str) -> String {
    let mut v = unescape(raw);
    if v.contains(['\t', '\n', '\r']) {
        v = v.replace(['\t', '\n', '\r'], " ");
    }
    v
}

/// Bytes of the file (valid UTF-8, since the file's text is a `str`) as text.
fn text_of(b: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(b) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => String::from_utf8_lossy(b),
    }
}

/// One step through the document.
pub enum Ev<'a> {
    Start(Tag<'a>),
    /// An empty element `<lb/>`: a start with its end.
    Empty(Tag<'a>),
    End(&'a str),
    Text(Cow<'a, str>),
    Eof,
    /// The XML is broken here: reading stops. The message names the problem.
    Broken(String),
}

/// A reader over one file's text that counts lines as it goes.
pub struct Xml<'a> {
    reader: Reader<&'a [u8]>,
    text: &'a str,
    counted: usize,
    line: usize,
    /// Elements open, for the depth and for names in messages.
    pub depth: usize,
    /// Entity references that are neither predefined nor characters, left as written: (line, name).
    pub unknown_entities: Vec<(usize, String)>,
    /// Entities the file's own DTD subset declares, by name.
    declared: HashMap<String, String>,
}

impl<'a> Xml<'a> {
    pub fn new(text: &'a str) -> Xml<'a> {
        let mut reader = Reader::from_str(text);
        let config = reader.config_mut();
        config.check_end_names = true;
        config.allow_unmatched_ends = false;
        config.check_comments = false;
        config.expand_empty_elements = false;
        Xml { reader, text, counted: 0, line: 1, depth: 0, unknown_entities: Vec::new(), declared: HashMap::new() }
    }

    /// The 1-based line where the reader stands. Lines are counted forward only, so a whole file costs one pass.
    pub fn line(&mut self) -> usize {
        let pos = (self.reader.buffer_position() as usize).min(self.text.len());
        if pos > self.counted {
            self.line += memchr::memchr_iter(b'\n', &self.text.as_bytes()[self.counted..pos]).count();
            self.counted = pos;
        }
        self.line
    }

    /// Bytes borrowed from the file's text, as that text: found by their place in it, so they need no second
    /// UTF-8 check.
    fn slice(&self, b: &'a [u8]) -> Cow<'a, str> {
        match self.within(b) {
            Some(s) => Cow::Borrowed(s),
            None => text_of(b),
        }
    }

    /// The part of the file's text these bytes are, when they are part of it.
    fn within(&self, b: &[u8]) -> Option<&'a str> {
        let text: &'a str = self.text;
        let start = (b.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
        let s = text.get(start..start.checked_add(b.len())?)?;
        (s.as_ptr() == b.as_ptr()).then_some(s)
    }

    /// An element's local name, as part of the file's text (`?` for a name that is not).
    fn name(&self, b: &[u8]) -> &'a str {
        self.within(b).unwrap_or("?")
    }

    /// The next event that matters: comments, processing instructions, declarations and DTDs are passed over.
    pub fn next(&mut self) -> Ev<'a> {
        loop {
            let ev = match self.reader.read_event() {
                Ok(ev) => ev,
                Err(e) => return Ev::Broken(e.to_string()),
            };
            return match ev {
                Event::Start(s) => {
                    self.depth += 1;
                    Ev::Start(Tag { name: self.name(s.local_name().as_ref()), start: s })
                }
                Event::Empty(s) => Ev::Empty(Tag { name: self.name(s.local_name().as_ref()), start: s }),
                Event::End(e) => {
                    self.depth = self.depth.saturating_sub(1);
                    Ev::End(self.name(e.local_name().as_ref()))
                }
                Event::Text(t) => match t.into_inner() {
                    Cow::Borrowed(b) => Ev::Text(self.slice(b)),
                    Cow::Owned(b) => Ev::Text(Cow::Owned(text_of(&b).into_owned())),
                },
                Event::CData(t) => Ev::Text(Cow::Owned(String::from_utf8_lossy(&t.into_inner()).into_owned())),
                Event::GeneralRef(r) => {
                    let name = String::from_utf8_lossy(&r).into_owned();
                    // The file's own declaration first (`&dash;` may be the file's, not HTML's).
                    let (text, declared) = match self.declared.get(&name) {
                        Some(v) => (v.clone(), true),
                        None => (entity(&name), false),
                    };
                    if !declared && text.starts_with('&') && name != "amp" && self.unknown_entities.len() < 100 {
                        let line = self.line();
                        self.unknown_entities.push((line, name));
                    }
                    Ev::Text(Cow::Owned(text))
                }
                Event::Eof => Ev::Eof,
                Event::DocType(d) => {
                    let declared = super::entities::declared(&text_of(&d));
                    // A value's own references are resolved once, as it is declared: never expanded again.
                    self.declared = declared.into_iter().map(|(k, v)| (k, unescape(&v))).collect();
                    continue;
                }
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) => continue,
            };
        }
    }

    /// Skips to the end of the element `tag` just started, without reading what is inside. `false` when the
    /// file ends or breaks first.
    pub fn skip(&mut self, tag: &Tag<'_>) -> bool {
        self.depth = self.depth.saturating_sub(1);
        self.reader.read_to_end(tag.start.name()).is_ok()
    }
}

/// The text an entity reference stands for: a predefined entity, a character reference or an HTML name
/// (`&nbsp;`, `&mdash;`); any other stays as written.
fn entity(name: &str) -> String {
    let c = match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => name.strip_prefix('#').and_then(|n| {
            let code = match n.strip_prefix('x').or_else(|| n.strip_prefix('X')) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => n.parse().ok(),
            };
            code.map(|c| char::from_u32(c).map_or('\u{fffd}', visible))
        }),
    };
    match c {
        Some(c) => String::from(c),
        None => super::entities::html(name).map_or_else(|| format!("&{name};"), str::to_string),
    }
}

/// Resolves entity references in an attribute value the same way.
pub fn unescape(raw: &str) -> String {
    if !raw.contains('&') {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        match after.find(';').filter(|&e| e <= 32) {
            Some(e) => {
                out.push_str(&entity(&after[..e]));
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether these first bytes of a file open a TEI document: its root element is `TEI` or `teiCorpus` (or `TEI.2`,
/// as the older P4 editions have it), with or without a namespace prefix, after any declaration, comments,
/// processing instructions or DTD.
pub fn is_tei(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let text = match std::str::from_utf8(head) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or(""),
    };
    if !text.trim_start().starts_with('<') {
        return false;
    }
    let mut reader = Reader::from_str(text);
    loop {
        match reader.read_event() {
            Ok(Event::Start(s)) | Ok(Event::Empty(s)) => {
                let name = s.local_name();
                return matches!(name.as_ref(), b"TEI" | b"teiCorpus" | b"TEI.2");
            }
            Ok(Event::Text(t)) if t.iter().all(u8::is_ascii_whitespace) => {}
            Ok(Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_)) => {}
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots_with_and_without_namespace_or_prefix() {
        assert!(is_tei(b"<?xml version=\"1.0\"?>\n<!-- c --><TEI xmlns=\"http://www.tei-c.org/ns/1.0\">"));
        assert!(is_tei(b"\xef\xbb\xbf<tei:TEI xmlns:tei=\"http://www.tei-c.org/ns/1.0\"><tei:teiHeader>"));
        assert!(is_tei(b"<teiCorpus><TEI>"));
        assert!(is_tei(b"<?xml version=\"1.0\"?>\n<!DOCTYPE TEI.2 SYSTEM \"tei2.dtd\">\n<TEI.2>"));
        assert!(!is_tei(b"<html><body>"));
        assert!(!is_tei(b"Dear Sir, <TEI>"));
    }

    #[test]
    fn predefined_entities_character_references_and_html_names() {
        assert_eq!(unescape("a &amp; b &#233; &#x1b; &nbsp; &nosuch; &"), "a & b é \u{241b} \u{a0} &nosuch; &");
    }
}
