//! Files in another encoding than UTF-8 that say which: UTF-16 by its byte-order mark, ISO-8859-1 (Latin-1) by an
//! XML declaration (`<?xml version="1.0" encoding="ISO-8859-1"?>`), as older TEI editions are written. Any other
//! file is decoded as UTF-8.

/// The text of bytes in UTF-16 with a byte-order mark, unpaired surrogates as U+FFFD; none for other bytes.
pub fn utf16(bytes: &[u8]) -> Option<String> {
    let little = match bytes.get(..2)? {
        [0xff, 0xfe] => true,
        [0xfe, 0xff] => false,
        _ => return None,
    };
    let units = bytes[2..].chunks_exact(2).map(|c| {
        let pair = [c[0], c[1]];
        if little { u16::from_le_bytes(pair) } else { u16::from_be_bytes(pair) }
    });
    Some(char::decode_utf16(units).map(|r| r.unwrap_or('\u{fffd}')).collect())
}

/// The text of bytes whose XML declaration names ISO-8859-1 (each byte its character); none for other bytes.
pub fn declared_latin1(bytes: &[u8]) -> Option<String> {
    let head = bytes.get(..bytes.len().min(256))?;
    if !head.starts_with(b"<?xml") {
        return None;
    }
    let end = memchr::memmem::find(head, b"?>")?;
    let decl = String::from_utf8_lossy(&head[..end]).to_ascii_lowercase();
    let latin1 = ["iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1"];
    let named = decl.split("encoding").nth(1).is_some_and(|v| latin1.iter().any(|e| v.contains(e)));
    named.then(|| bytes.iter().map(|&b| char::from(b)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_both_ways_and_latin1_by_its_declaration() {
        let le: Vec<u8> =
            [0xff, 0xfe].into_iter().chain("<TEI>Müller</TEI>".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> = [0xfe, 0xff].into_iter().chain("Müller".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(utf16(&le).as_deref(), Some("<TEI>Müller</TEI>"));
        assert_eq!(utf16(&be).as_deref(), Some("Müller"));
        assert_eq!(utf16(b"<TEI/>"), None);
        let latin = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><TEI>M\xfcller</TEI>";
        assert_eq!(
            declared_latin1(latin).as_deref(),
            Some("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><TEI>Müller</TEI>")
        );
        assert_eq!(declared_latin1(b"<?xml version=\"1.0\"?><TEI>M\xfcller</TEI>"), None);
    }
}
