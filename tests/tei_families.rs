//! TEI letter editions encoded in the ways of other editions than the team's three slices (tests/tei/families/,
//! written for these tests, one folder per way of encoding): each asserts what a careful editor would record
//! of the letters: their people, dates, text, notes and the links between them.

mod tei_support;
use letters::model::Role;
use tei_support::{by_file, family as load, people};

#[test]
fn dates_in_the_iso_attributes_text_and_uncertain_forms() {
    let c = load("dates");
    assert_eq!(c.letters.len(), 5);
    let label = |stem: &str| by_file(&c, stem).date_label();
    // `notBefore-iso`/`notAfter-iso` and `from-iso`/`to-iso`: the spans they give.
    assert_eq!(label("d1").as_deref(), Some("between 1 March and 31 May 1795"));
    assert_eq!(by_file(&c, "d1").date.map(|d| d.to_string()).as_deref(), Some("1795-03-01"));
    assert_eq!(label("d2").as_deref(), Some("between 2 and 4 June 1795"));
    // An ISO date or a date in words as the element's only content.
    assert_eq!(by_file(&c, "d3").date.map(|d| d.to_string()).as_deref(), Some("1795-07-09"));
    assert_eq!(by_file(&c, "d4").date.map(|d| d.to_string()).as_deref(), Some("1795-08-09"));
    // `@cert` lower than high: the day, marked uncertain.
    let d5 = by_file(&c, "d5");
    assert_eq!((d5.date.map(|d| d.to_string()).as_deref(), d5.date_uncertain()), (Some("1795-09-10"), true));
    for l in &c.letters {
        assert_eq!(people(l), ("Jean Paul".to_string(), "Christian Otto".to_string()));
    }
}

#[test]
fn people_named_by_rs_by_name_parts_with_a_choice_or_a_note_inside() {
    let c = load("names");
    assert_eq!(c.letters.len(), 4);
    // Index form with a particle in lower case: the name as read.
    let i = by_file(&c, "index_form");
    assert_eq!(people(i), ("Vincent van Gogh".to_string(), "Anthon van Rappard".to_string()));
    // forename, nameLink, surname, roleName, genName: the name as its parts read.
    let h = by_file(&c, "hum_1805");
    assert_eq!(
        people(h),
        ("Alexander von Humboldt".to_string(), "König Friedrich Wilhelm III. von Preußen".to_string())
    );
    assert_eq!((h.date.map(|d| d.to_string()).as_deref(), h.place()), (Some("1805-05-01"), Some("Paris")));
    // Two people as reference strings (`rs type="person"`), a newspaper as the addressee.
    let r = by_file(&c, "rs_several");
    assert_eq!(people(r), ("Jane Wells, Thomas Wells".to_string(), "The Leeds Gazette".to_string()));
    // A note inside a name is no part of it; an abbreviated name reads as the edition expands it.
    let n = by_file(&c, "note_in_name");
    assert_eq!(people(n), ("Clara Schumann".to_string(), "Johannes Brahms".to_string()));
}

#[test]
fn a_letter_redirected_or_forwarded_is_from_its_writer_to_its_addressee_dated_when_written() {
    let c = load("ways");
    let f = by_file(&c, "forwarded");
    assert_eq!(people(f), ("Marie Lenz".to_string(), "Paul Roth".to_string()));
    assert_eq!((f.date.map(|d| d.to_string()).as_deref(), f.place()), (Some("1890-03-02"), Some("Kassel")));
    let r = by_file(&c, "redirected");
    assert_eq!(people(r), ("Edith Marsh".to_string(), "Hugh Bell".to_string()));
    assert_eq!((r.date.map(|d| d.to_string()).as_deref(), r.place()), (Some("1921-05-03"), Some("Ottawa")));
    // Actions typed by their party (`Sender`, `addressee`) rather than `sent` and `received`.
    let t = by_file(&c, "typed");
    assert_eq!(people(t), ("Olive Grant".to_string(), "Mills & Boon".to_string()));
    assert_eq!(t.date.map(|d| d.to_string()).as_deref(), Some("1902-11-20"));
}

#[test]
fn titles_naming_a_place_after_the_addressee_on_a_line_of_their_own_weber_style() {
    let c = load("wega");
    let a = by_file(&c, "A040001");
    let b = by_file(&c, "A040002");
    // The title's line break separates its parts; the addressee as the markup names them, with the title's
    // words for them.
    assert_eq!(a.heading, "Carl Maria von Weber an Caroline Brandt in Prag, Dresden, Mittwoch, 11. Juni 1817");
    assert_eq!(
        people(a),
        ("Carl Maria von Weber".to_string(), "Caroline Brandt (Caroline Brandt in Prag)".to_string())
    );
    assert_eq!(b.sender.to_string(), "Caroline Brandt");
    // Places as settlements, dates from the sent action.
    assert_eq!((a.place(), a.date.map(|d| d.to_string()).as_deref()), (Some("Dresden"), Some("1817-06-11")));
    assert_eq!((b.place(), b.date.map(|d| d.to_string()).as_deref()), (Some("Prag"), Some("1817-06-09")));
    // The letter answered, as the edition names it (`previousLetterToSender`, a prefixed target).
    assert_eq!(a.replies_to, c.find(&b.id));
    assert_eq!(&a.paragraphs[2], "Dein Brief vom 9t hat mich sehr erfreut. Ich komme bald nach Prag.");
    assert_eq!(a.footnotes.len(), 1);
    assert_eq!(a.pages.iter().map(|p| p.page.as_str()).collect::<Vec<_>>(), ["2"]);
}

#[test]
fn the_same_letters_with_every_element_in_a_prefixed_namespace() {
    let c = load("prefixed");
    let a = by_file(&c, "P001");
    let b = by_file(&c, "P002");
    assert_eq!(a.sender.to_string(), "Carl Maria von Weber");
    assert_eq!(a.roles().len(), a.paragraphs.len());
    assert_eq!(a.paragraphs.len(), 5);
    assert_eq!(a.replies_to, c.find(&b.id));
}

#[test]
fn a_title_naming_only_the_addressee_whose_name_holds_von_deutsches_textarchiv_style() {
    let c = load("dta");
    let l = &c.letters[0];
    // `Brief an Johann Wolfgang von Goethe` names one person, not Goethe as the writer.
    assert_eq!(people(l), ("Carl Friedrich Zelter".to_string(), "Johann Wolfgang von Goethe".to_string()));
    assert_eq!(l.date.map(|d| d.to_string()).as_deref(), Some("1805-05-03"));
    // Footnotes and an endnote where they stand; pages by their numbers.
    let notes: Vec<(&str, &str)> = l.footnotes.iter().map(|f| (f.label.as_str(), f.text.as_str())).collect();
    assert_eq!(
        notes,
        [("1", "Vom 26. April 1805."), ("2", "„Der Gott und die Bajadere“."), ("*", "Friedrich Wilhelm Riemer.")]
    );
    assert_eq!(l.footnote_refs[0].offset, "Ihren lieben Brief".len());
    assert_eq!(l.pages.iter().map(|p| p.page.as_str()).collect::<Vec<_>>(), ["1", "2"]);
    assert_eq!(l.paragraphs.last(), Some("N. S. Grüßen Sie Riemer."));
}

#[test]
fn links_to_the_previous_letter_by_ptr_by_reply_type_and_by_file_or_address() {
    let c = load("context");
    let ix = |stem: &str| c.find(&by_file(&c, stem).id);
    // `ptr type="previous"` naming a file: the answer to the letter before.
    assert_eq!(by_file(&c, "c2").replies_to, ix("c1"));
    // `ref type="replyTo"` naming a full address with a fragment.
    assert_eq!(by_file(&c, "c3").replies_to, ix("c2"));
    // `previous-in-corresp` by `#id`; the `next` link is no predecessor.
    assert_eq!(by_file(&c, "c4").replies_to, ix("c3"));
    assert_eq!(by_file(&c, "c1").replies_to, None);
    assert_eq!(c.threads[by_file(&c, "c4").thread].letters.len(), 4);
}

#[test]
fn numbered_divisions_are_divisions_with_their_roles_whitman_style() {
    let c = load("divisions");
    let l = &c.letters[0];
    assert_eq!(people(l), ("Walt Whitman".to_string(), "Louisa Van Velsor Whitman".to_string()));
    assert_eq!(
        l.paragraphs.iter().collect::<Vec<_>>(),
        [
            "Washington Jan. 15, 1867",
            "Dearest mother,",
            "Your letter came safely. I am well.",
            "The weather here is cold.",
            "Walt."
        ]
    );
    assert_eq!(l.roles(), [Role::Dateline, Role::Salute, Role::Body, Role::Body, Role::Signed]);
}

#[test]
fn a_critical_apparatus_shows_the_lemma_and_keeps_the_other_readings_for_search() {
    let c = load("apparatus");
    let l = &c.letters[0];
    assert_eq!(
        l.paragraphs.iter().collect::<Vec<_>>(),
        ["Gratiam et pacem. Literas tuas accepi heri vesperi.", "Vale. Tiguri."]
    );
    let readings: Vec<(usize, &str, &str)> = l
        .readings()
        .iter()
        .map(|r| (r.paragraph, &l.paragraphs[r.paragraph][r.start..r.end], r.text.as_str()))
        .collect();
    assert_eq!(readings, [(0, "accepi", "recepi"), (1, "Tiguri", "Turegi Zurich")]);
    assert_eq!(l.footnotes.len(), 1);
    assert_eq!(l.footnote_refs[0].marker, "a");
}

#[test]
fn notes_apart_from_the_text_stand_where_the_text_points_at_them_darwin_and_van_gogh_style() {
    let c = load("endnotes");
    // Darwin style: `ref target="#f1">1</ref>` and `ptr target="#f2"/>` in the text, the notes in a div after it.
    let d = by_file(&c, "DCP-LETT-1001");
    let p = "I hope you will excuse the freedom of my writing to you. I have been now ever since my return engaged in a very presumptuous work and I know no one individual who would not say a very foolish one.";
    assert_eq!(&d.paragraphs[2], p);
    let marks: Vec<(&str, isize, usize)> =
        d.footnote_refs.iter().map(|r| (r.marker.as_str(), r.paragraph, r.offset)).collect();
    let at = |s: &str| p.find(s).expect("words in the paragraph") + s.len();
    assert_eq!(marks, [("1", 2, at("writing to you.")), ("2", 2, at("presumptuous work"))]);
    assert_eq!(d.footnotes[1].text, "The species theory.");
    assert_eq!(d.paragraphs.len(), 4, "the notes' div adds no paragraph");
    // The edition's previous letter is the one answered.
    assert_eq!(d.replies_to, c.find(&by_file(&c, "DCP-LETT-1000").id));
    assert_eq!(people(d), ("C. R. Darwin".to_string(), "J. D. Hooker".to_string()));
    // Van Gogh style: anchors in the text, notes in the back naming them by `@target`.
    let v = by_file(&c, "let101");
    let p = &v.paragraphs[1];
    let marks: Vec<(&str, isize, usize)> =
        v.footnote_refs.iter().map(|r| (r.marker.as_str(), r.paragraph, r.offset)).collect();
    assert_eq!(
        marks,
        [
            ("1", 1, "Thanks for the drawing".len()),
            ("2", 1, "Thanks for the drawing and for the book by Michelet.".len())
        ]
    );
    assert_eq!(p, "Thanks for the drawing and for the book by Michelet.");
    assert!(v.styles().is_empty(), "no words highlighted: the anchors are points");
}

#[test]
fn entities_a_file_declares_and_html_names_read_as_their_characters() {
    let c = load("entities");
    let l = &c.letters[0];
    assert_eq!(people(l), ("José Martí".to_string(), "Manuel Mercado".to_string()));
    assert_eq!(l.heading, "José Martí to Manuel Mercado, 13 November 1877");
    assert_eq!(&l.paragraphs[0], "Hermano mío\u{a0}— una carta & un abrazo.");
    assert_eq!(l.footnotes[0].text, "Copied by the editors.");
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}

#[test]
fn files_in_utf16_or_declared_latin1_read_as_their_text() {
    let c = load("encodings");
    assert_eq!(c.letters.len(), 2);
    for (stem, date) in [("storm_1878_utf16", "1878-03-27"), ("storm_1878_latin1", "1878-04-04")] {
        let l = by_file(&c, stem);
        assert_eq!(people(l), ("Theodor Storm".to_string(), "Gottfried Keller".to_string()));
        assert_eq!(l.date.map(|d| d.to_string()).as_deref(), Some(date));
        assert_eq!(&l.paragraphs[0], "Lieber Freund, Ihre Züricher Novellen haben mich sehr gefreut.");
    }
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}

#[test]
fn a_letter_its_header_describes_is_one_letter_even_in_a_document_division() {
    let c = load("described");
    assert_eq!(c.letters.len(), 1);
    let l = &c.letters[0];
    assert_eq!(people(l), ("Henry Knox".to_string(), "Anthony Wayne".to_string()));
    assert_eq!((l.date.map(|d| d.to_string()).as_deref(), l.place()), (Some("1794-03-14"), Some("War Office")));
    assert_eq!(l.heading, "Henry Knox to Anthony Wayne, 14 March 1794");
    assert_eq!(
        l.paragraphs.iter().collect::<Vec<_>>(),
        ["Knox to Wayne", "Sir, I have received your letter of the 10th ultimo.", "H. Knox"]
    );
    assert_eq!(l.footnotes.len(), 1);
    assert!(!l.document);
}

/// An archive's edition (Auden-Musulin style): the sent action names only the post office of the postmark, the
/// title describes the document before the writer (`Autograph Letter Signed Ruth Harrow to Konrad Weil
/// 1958-02-11`), and a reply's sent action is empty. The writer is the title's person, not the post office; the
/// description, the date in figures and what came with the letter (`with Typescript ...`) name no one.
#[test]
fn a_postmark_s_office_is_no_writer_and_an_archive_s_description_no_name() {
    let c = load("postmarked");
    assert_eq!(c.letters.len(), 2);
    assert_eq!(people(by_file(&c, "pm1")), ("Ruth Harrow".to_string(), "Konrad Weil".to_string()));
    assert_eq!(people(by_file(&c, "pm2")), ("Konrad Weil".to_string(), "Ruth Harrow".to_string()));
}
