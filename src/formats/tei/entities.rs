//! Named entities beyond XML's five: those a file declares in its own DTD subset (`<!ENTITY mdash "&#8212;">`),
//! and HTML's names (`&nbsp;`, `&mdash;`, `&auml;`), which editions written against a DTD that is not read use
//! most. Declarations are capped in number and length, and a value is never expanded again, so a file cannot
//! make its entities grow.

use std::collections::HashMap;

/// At most this many declarations are kept, each value at most this long.
const MAX_DECLARED: usize = 2000;
const MAX_VALUE: usize = 4096;

/// The general entities a document type declaration's internal subset declares with a literal value: (name, value
/// as written). Parameter entities (`%`) and external ones (`SYSTEM`, `PUBLIC`) are left out.
pub fn declared(doctype: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut rest = doctype;
    while let Some(at) = rest.find("<!ENTITY") {
        rest = rest[at + "<!ENTITY".len()..].trim_start();
        if rest.starts_with('%') {
            continue;
        }
        let name_end = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
        let (name, after) = rest.split_at(name_end);
        let after = after.trim_start();
        let Some(quote) = after.chars().next().filter(|q| matches!(q, '"' | '\'')) else { continue };
        let Some(end) = after[1..].find(quote) else { break };
        let value = &after[1..1 + end];
        if !name.is_empty() && value.len() <= MAX_VALUE && out.len() < MAX_DECLARED {
            out.insert(name.to_string(), value.to_string());
        }
        rest = &after[1 + end..];
    }
    out
}

/// The text of an HTML named entity (`mdash` is `—`), none for a name HTML does not know.
pub fn html(name: &str) -> Option<&'static str> {
    quick_xml::escape::resolve_html5_entity(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_general_entities_only() {
        let d = declared(
            r#"TEI SYSTEM "tei.dtd" [ <!ENTITY mdash "&#8212;"> <!ENTITY % p "x"> <!ENTITY ed 'the editor'>
            <!ENTITY logo SYSTEM "logo.png" NDATA png> ]"#,
        );
        let mut got: Vec<(&str, &str)> = d.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        got.sort();
        assert_eq!(got, [("ed", "the editor"), ("mdash", "&#8212;")]);
        assert_eq!(html("auml"), Some("ä"));
        assert_eq!(html("nosuchname"), None);
    }
}
