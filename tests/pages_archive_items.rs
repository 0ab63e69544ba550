//! Digitized archives' item pages (tests/pages/<style>/): each letter under a block of metadata fields (ID, title,
//! author, recipient, date, archive, reference, type, keywords), items parted by rules, the site's furniture around
//! them. The fields are the letter's metadata, never its end; an item of another kind is no letter; a related
//! documents list names letters and opens none.

mod pages_support;
use pages_support::*;

#[test]
fn an_emigrant_letters_database_keeps_each_body_under_its_metadata_block() {
    let c = pages("emigrant_items");
    assert_eq!(c.letters.len(), 4, "the photograph and the related list are no letters: {:#?}", summary(&c));
    let sail = by_start(&c, "Dear Mother");
    assert_eq!(people(sail), pair("Garvey", "Garvey"));
    assert_eq!(sail.number.as_deref(), Some("40210"), "`Document ID: 40210`");
    assert_eq!(
        date(sail).as_deref(),
        Some("1857-03-04"),
        "`04/03/1857` read day first, as the page's `23/05/1857` shows"
    );
    assert!(sail.paragraphs.iter().any(|p| p.contains("dirty [torn] but")), "{:?}", sail.paragraphs);
    assert!(markers(sail).is_empty(), "`[torn]` is no footnote marker");
    let mill = by_start(&c, "Dear Brother");
    assert_eq!(people(mill), pair("Garvey", "Garvey"));
    assert_eq!(mill.recipient.0[0].printed.as_ref(), "Garvey, Owen");
    assert_eq!((date(mill).as_deref(), mill.place()), (Some("1857-05-23"), Some("Worcester")));
    assert_eq!(mill.source.as_deref(), Some("Archive: County Museum of Emigration; Reference: T2291/4/1"));
    assert_eq!(mill.paragraphs.len(), 4, "{:?}", mill.paragraphs);
    assert!(!mill.paragraphs.iter().any(|p| p.contains("Keywords") || p.contains("Permalink")));
    assert!(mill.paragraphs[1].contains("thank God [sic] and"));
    assert!(markers(mill).is_empty(), "`[sic]`, `[illegible]` are no footnote markers");
    assert_eq!(mill.pages.len(), 1, "`[page 2]` is a page break");
    assert_eq!((mill.pages[0].page.as_str(), mill.pages[0].paragraph), ("2", 2));
    let answer = by_start(&c, "Dear Sister");
    assert_eq!(date(answer).as_deref(), Some("1857-08-09"), "`09/08/1857` on a page printing day first");
    assert_eq!(answer.source.as_deref(), Some("Repository: County Museum of Emigration; Call number: T2291/4/2"));
    assert_eq!(cited(answer), ["1857-05-23"], "`your kind letter dated 23rd May`");
    assert_eq!(answer.replies_to, c.find("search_results/2"));
    let joint = by_start(&c, "We are both well");
    assert_eq!(people(joint), pair("Hanlon, Fahy", "Hanlon"), "two `Author:` lines: a joint letter");
    assert_eq!(date(joint), None, "`[1858?]` gives only the year");
    assert_eq!(joint.date_range().map(|r| r.label()).as_deref(), Some("1858"));
    assert_eq!(joint.source.as_deref(), Some("Source: T2291/5/1"));
}

#[test]
fn a_university_finding_aid_reads_creators_life_dates_iso_and_undated_items_and_skips_a_ledger() {
    let c = pages("university_items");
    assert_eq!(c.letters.len(), 4, "the ledger and the related items are no letters: {:#?}", summary(&c));
    assert!(!c.letters.iter().any(|l| l.heading.contains("Account book") || l.heading.contains("Photograph")));
    let canal = by_start(&c, "I have been three weeks");
    assert_eq!(people(canal), pair("Brannock", "Brannock"));
    assert_eq!(canal.sender.0[0].printed.as_ref(), "Brannock, Thomas", "the life dates are no name");
    assert_eq!((date(canal).as_deref(), canal.place()), (Some("1846-03-04"), Some("Cincinnati")));
    assert_eq!(
        canal.source.as_deref(),
        Some("Repository: Halvorsen University Library, Special Collections; Call number: MS 412/2/1")
    );
    assert_eq!(canal.pages.len(), 1);
    let mother = by_start(&c, "My dear Tom");
    assert_eq!(people(mother), pair("Brannock", "Brannock"), "`Creator:` before the title");
    assert_eq!(mother.heading, "Letter from Margaret Brannock to her son Thomas Brannock");
    assert_eq!(date(mother).as_deref(), Some("1846-05-06"));
    assert_eq!(cited(mother), ["1846-03-04"]);
    assert_eq!(mother.replies_to, c.find("finding_aid/1"));
    let timber = by_start(&c, "Dear James");
    assert_eq!(people(timber), pair("Brannock, Lusk", "Brannock"), "`Brannock, Thomas; Lusk, Peter`");
    assert_eq!(timber.number.as_deref(), Some("BFP-0207"), "the ID under the title");
    assert_eq!((date(timber), timber.date_range()), (None, None), "`n.d.`");
    assert!(markers(timber).is_empty(), "`[?]` is no footnote marker");
    let foreman = by_start(&c, "I am now a foreman");
    assert_eq!(
        (date(foreman).as_deref(), foreman.place()),
        (Some("1847-05-03"), Some("Toledo")),
        "`03/05/1847`, both numbers 12 or less: the letter's own date line decides"
    );
    assert_eq!(foreman.recipient.0[0].name.as_ref(), "Brannock", "`to his mother Margaret Brannock`");
}

#[test]
fn a_record_office_catalogue_keeps_sources_under_a_heading_and_reads_month_first_where_the_page_does() {
    let c = pages("record_office_items");
    assert_eq!(c.letters.len(), 3, "the map is no letter: {:#?}", summary(&c));
    let comstock = by_start(&c, "Dear Jenny");
    assert_eq!(people(comstock), pair("Treloar", "Treloar"), "`to his wife Jenny Treloar`: the name, not `wife`");
    assert_eq!(comstock.source.as_deref(), Some("Source: Treloar deposit, bundle 3; Reference: TRE/3/11"));
    assert_eq!((date(comstock).as_deref(), comstock.place()), (Some("1868-11-24"), Some("Virginia City")));
    assert_eq!(comstock.paragraphs.len(), 3, "the source under the heading ends nothing: {:?}", comstock.paragraphs);
    let jenny = by_start(&c, "My dear William");
    assert_eq!(date(jenny).as_deref(), Some("1869-01-02"), "`01/02/1869` on a page printing `11/24/1868`");
    assert_eq!(jenny.replies_to, c.find("catalogue/1"), "`Your letter dated 24th November`");
    let reese = by_start(&c, "We are moving on");
    assert_eq!(date(reese).as_deref(), Some("1869-03-10"));
    assert_eq!(people(reese), pair("Treloar", "Treloar"));
    assert!(!reese.paragraphs.iter().any(|p| p.contains("Cite this") || p.contains("Permalink")));
}

#[test]
fn a_related_documents_list_of_letter_titles_opens_no_letter() {
    for (style, titles) in [("emigrant_items", "Letter from Owen Garvey"), ("university_items", "Letter from James")] {
        let c = pages(style);
        assert!(!c.letters.iter().any(|l| l.heading.starts_with(titles)), "{style}: {:#?}", summary(&c));
        assert!(
            !c.letters.iter().any(|l| l.heading.starts_with("Photograph")),
            "{style}: a photograph's item is no letter"
        );
    }
}

/// A documentary edition's portal: each item's fields give the letter's kind by the edition's siglum (`ALS`, `LS`:
/// a letter, never "no letter"), a link to its images (`Image:`), then `Transcription:` alone over the text. Each
/// item is a letter with its text, and the second answers the first (`Your favour of the 5th`).
#[test]
fn an_items_siglum_says_it_is_a_letter_and_its_transcription_is_its_text() {
    let c = pages("portal_sigla");
    let got: Vec<_> = c.letters.iter().map(|l| (people(l), date(l).unwrap_or_default())).collect();
    assert_eq!(
        got,
        [
            (pair("Laurens", "Washington"), "1778-01-05".to_string()),
            (pair("Washington", "Laurens"), "1778-01-13".to_string()),
        ],
        "{:#?}",
        summary(&c)
    );
    let answer = &c.letters[1];
    assert!(answer.paragraphs.first().is_some_and(|p| p.contains("Your favour of the 5th")), "{:?}", answer.paragraphs);
    assert!(
        c.letters.iter().all(|l| l.paragraphs.iter().all(|p| !p.contains("Image:") && !p.contains("Transcription")))
    );
    assert_eq!(answer.replies_to, c.find(&c.letters[0].id));
}
