//! Notes placed apart from the words they comment (at the end of the text, in a `div` of notes) and pointed at
//! from the text (`ref target="#n1"`, `ptr target="#n1"`): the ids of the file's notes, found by one scan of
//! its bytes before it is read, so that a pointer is known for one the moment it is met.

use std::collections::HashSet;

/// How far into a `note` start tag its `xml:id` is looked for.
const TAG_REACH: usize = 4096;

/// The `xml:id` of every `note` start tag in the file, prefixed (`tei:note`) or not.
pub fn note_ids(text: &str) -> HashSet<String> {
    let bytes = text.as_bytes();
    let mut ids = HashSet::new();
    for at in memchr::memmem::find_iter(bytes, b"note") {
        let opens = at.checked_sub(1).and_then(|i| bytes.get(i)).is_some_and(|b| matches!(b, b'<' | b':'));
        let spaced = bytes.get(at + 4).is_some_and(|b| b.is_ascii_whitespace());
        if !(opens && spaced) {
            continue;
        }
        let tag = &bytes[at + 4..(at + 4 + TAG_REACH).min(bytes.len())];
        let tag = &tag[..memchr::memchr(b'>', tag).unwrap_or(tag.len())];
        if let Some(id) = id_in(tag) {
            ids.insert(id.to_string());
        }
    }
    ids
}

/// The value of `xml:id` in a start tag's attributes.
fn id_in(tag: &[u8]) -> Option<&str> {
    let at = memchr::memmem::find(tag, b"xml:id=")? + 7;
    let quote = *tag.get(at)?;
    if !matches!(quote, b'"' | b'\'') {
        return None;
    }
    let rest = tag.get(at + 1..)?;
    let end = memchr::memchr(quote, rest)?;
    std::str::from_utf8(&rest[..end]).ok().map(str::trim).filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_of_notes_only() {
        let text = r##"<p>x<ref target="#n1">1</ref></p><div><note xml:id="n1" n="1">a</note><tei:note
            type="f" xml:id='n2'>b</tei:note><notesStmt xml:id="s"/><note>c</note><anchor xml:id="a1"/></div>"##;
        let mut ids: Vec<String> = note_ids(text).into_iter().collect();
        ids.sort();
        assert_eq!(ids, ["n1", "n2"]);
    }
}
