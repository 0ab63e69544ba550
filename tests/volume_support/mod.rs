//! A FRUS-style volume written for memory and speed measurements: one TEI file of `div type="document"`s, each
//! with a head naming the parties and a footnote, a source note, a dateline, paragraphs with notes, page breaks
//! and emphasis. Words are drawn from a small list by a fixed pseudo-random sequence, so every run writes the
//! same file. Not committed as data: written where it is needed.
#![allow(dead_code)]

use std::fmt::Write;

const WORDS: [&str; 24] = [
    "the",
    "Secretary",
    "of",
    "State",
    "memorandum",
    "zones",
    "occupation",
    "Embassy",
    "telegram",
    "Government",
    "conference",
    "British",
    "Soviet",
    "proposal",
    "question",
    "agreement",
    "military",
    "Department",
    "note",
    "President",
    "discussion",
    "reply",
    "instructions",
    "situation",
];

/// A volume of about `bytes` bytes whose documents' paragraphs hold about `words_per_doc` words in all.
pub fn frus_volume(bytes: usize, words_per_doc: usize) -> String {
    let mut out = String::with_capacity(bytes + 4096);
    out.push_str(concat!(
        r#"<?xml version="1.0" encoding="UTF-8"?>"#,
        "\n",
        r#"<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0" xml:id="vol">"#,
        "\n<teiHeader><fileDesc><titleStmt><title>A volume written for measurements</title></titleStmt>",
        "</fileDesc></teiHeader>\n<text><body>\n<div type=\"chapter\">\n"
    ));
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut word = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        WORDS[(seed % WORDS.len() as u64) as usize]
    };
    let mut n = 0;
    while out.len() < bytes {
        n += 1;
        let day = n % 28 + 1;
        let _ = write!(
            out,
            r#"<div type="document" n="{n}" xml:id="d{n}" frus:doc-dateTime-min="1944-09-{day:02}T00:00:00-04:00" frus:doc-dateTime-max="1944-09-{day:02}T23:59:59-04:00">"#
        );
        let _ = write!(
            out,
            "\n<head>No. {n}<lb/><persName type=\"from\">The Secretary of State</persName> to \
             <persName type=\"to\">the Ambassador in the Soviet Union</persName><note n=\"1\" xml:id=\"d{n}fn1\">\
             Sent by {}.</note></head>\n<note type=\"source\">Department files, 740.0011/{n}.</note>\n\
             <opener><dateline><placeName>Washington</placeName>, <date when=\"1944-09-{day:02}\">September \
             {day}, 1944</date>.</dateline></opener>\n",
            word()
        );
        let mut left = words_per_doc;
        let mut para = 0;
        while left > 0 {
            para += 1;
            let len = left.min(60);
            out.push_str("<p>");
            for i in 0..len {
                if i > 0 {
                    out.push(' ');
                }
                match i % 23 {
                    7 => {
                        let _ = write!(out, "<hi rend=\"italic\">{}</hi>", word());
                    }
                    19 if para % 2 == 0 => {
                        let _ = write!(out, "{}<note n=\"{}\">Not printed; see {}.</note>", word(), para, word());
                    }
                    _ => out.push_str(word()),
                }
            }
            out.push_str(".</p>\n");
            if para % 3 == 0 {
                let _ = writeln!(out, "<pb n=\"{}\" xml:id=\"pg_{n}_{para}\"/>", n * 2 + para);
            }
            left -= len;
        }
        out.push_str("<closer><signed><persName>Cordell Hull</persName></signed></closer>\n</div>\n");
    }
    out.push_str("</div>\n</body></text>\n</TEI>\n");
    out
}
