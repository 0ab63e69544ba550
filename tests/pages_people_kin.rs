//! People a page names short, resolved as an editor would: kin named by their bond in one writer's letters, a
//! writer printed as initials, a given name or its short form in a salutation or signature.
//! A heading that names a party by a bond to a named person (`Schiller's Wife to Goethe`, kin_of_named/).

mod pages_support;
use pages_support::*;

fn recipient_basis(l: &letters::model::Letter) -> Vec<&str> {
    l.recipient.0.iter().map(|p| p.basis.as_str()).collect()
}

#[test]
fn kin_named_by_their_bond_bear_the_name_the_page_gives_them_or_the_writer_s() {
    let c = pages("kin_bonds");
    assert_eq!(c.letters.len(), 6, "{:#?}", summary(&c));
    // The memoir names her father in full: that name, on the heading's own ground.
    let father = by_start(&c, "The snow lies deep");
    assert_eq!(people(father), pair("Quarles", "Quarles"));
    assert_eq!(&*father.recipient.0[0].printed, "her father", "the bond stays the printed form");
    assert_eq!(recipient_basis(father), ["heading"]);
    assert_eq!(date(father).as_deref(), Some("1810-03-03"));
    // Her mother is named nowhere: the writer's surname, marked as inferred.
    let mother = by_start(&c, "The lilacs are out");
    assert_eq!(people(mother), pair("Quarles", "Quarles"));
    assert_eq!(recipient_basis(mother), ["inferred"]);
    assert_eq!(&*mother.recipient.0[0].printed, "her mother");
    // A letter from her father, under a heading of the bond alone, to the collection's writer.
    let from = by_start(&c, "Come home before the hay");
    assert_eq!(people(from), pair("Quarles", "Quarles"));
    assert_eq!(&*from.sender.0[0].printed, "her Father");
    assert_eq!(date(from).as_deref(), Some("1810-06-01"));
}

#[test]
fn kin_who_may_bear_another_name_keep_the_bond_as_printed() {
    let c = pages("kin_bonds");
    // A sister may have married out of the name, an aunt or a husband need not bear it: no surname is guessed.
    for (start, bond) in
        [("Bath is very full", "Sister"), ("I thank you for the shawl", "Aunt"), ("The children are well", "Husband")]
    {
        let l = by_start(&c, start);
        assert_eq!(people(l), pair("Quarles", bond), "{start}");
    }
    let c = pages("kin_bonds_unsigned");
    let cousin = by_start(&c, "The fair was a poor one");
    assert_eq!(people(cousin), pair("Orme", "Cousin"));
}

#[test]
fn a_bond_after_my_or_to_both_parents_takes_the_writer_s_surname() {
    let c = pages("kin_bonds_unsigned");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let brother = by_start(&c, "The mill wheel is mended");
    assert_eq!(people(brother), pair("Orme", "Orme"));
    assert_eq!((&*brother.recipient.0[0].printed, recipient_basis(brother)), ("my Brother", vec!["inferred"]));
    let parents = by_start(&c, "I shall be home for the fair");
    assert_eq!(people(parents), pair("Orme", "Orme"));
    assert_eq!(&*parents.recipient.0[0].printed, "his Parents");
}

#[test]
fn a_writer_printed_as_initials_is_the_one_person_the_page_names_with_them() {
    let c = pages("writer_initials");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let first = by_start(&c, "The lecture went well");
    assert_eq!(people(first), pair("Ambler", "Wend"));
    assert_eq!(&*first.sender.0[0].printed, "RTA", "the initials stay the printed form");
    let answer = by_start(&c, "Thank you for the account");
    assert_eq!(people(answer), pair("Wend", "Ambler"));
    assert_eq!(date(answer).as_deref(), Some("1868-01-12"));
    // `USA` under a close is no one's initials, whoever the page names.
    let usa = by_start(&c, "Another town tomorrow");
    assert!(!usa.sender.has("Ambler") && !usa.sender.has("Wend"), "{:#?}", summary(&c));
}

#[test]
fn initials_two_people_share_or_an_abbreviation_name_no_one() {
    let c = pages("writer_initials_twice");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    // Joseph Pike and Julia Prue are both `J. P.`: the initials stay as printed.
    let jp = by_start(&c, "The books arrived safely");
    assert_eq!(people(jp), pair("Jp", "Dell"));
    assert!(!jp.sender.has("Pike") && !jp.sender.has("Prue"));
    // `N.B.` under a close signs nothing.
    let nb = by_start(&c, "The second parcel has not come");
    assert!(nb.sender.is_empty(), "{:#?}", summary(&c));
}

#[test]
fn a_short_given_name_is_the_one_person_of_that_name_the_page_names_in_full() {
    let c = pages("short_given_names");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let fred = by_start(&c, "The doctor came again");
    assert_eq!(people(fred), pair("Hale", "Tarrant"));
    assert_eq!(&*fred.recipient.0[0].printed, "Fred");
    assert_eq!(date(fred).as_deref(), Some("1851-03-09"));
    // `Will` is William Osgood, named only in the editor's introduction.
    let will = by_start(&c, "The school is closed");
    assert_eq!(people(will), pair("Hale", "Osgood"));
    // A letter signed with the short form alone.
    let home = by_start(&c, "I am on my way home");
    assert_eq!(people(home), pair("Tarrant", "Hale"));
    assert_eq!(&*home.sender.0[0].printed, "Fred");
}

#[test]
fn a_short_given_name_two_people_share_names_no_one() {
    let c = pages("short_given_names_two");
    assert_eq!(c.letters.len(), 2, "{:#?}", summary(&c));
    let fred = by_start(&c, "Which of you has my music");
    assert_eq!(people(fred), pair("Lennox", "Fred"), "Frederick Shaw or Frederick Bell: no guess");
    let full = by_start(&c, "Mamma is at Brighton");
    assert_eq!(people(full), pair("Lennox", "Shaw"));
}

/// A heading that names a party by a bond to a named person (`(113) Schiller's Wife to Goethe`): the party bears
/// that person's family name, the bond kept as printed; the heading opens its letter.
#[test]
fn a_party_named_by_a_bond_to_a_named_person() {
    let c = pages("kin_of_named");
    let got = numbered_rows(&c);
    assert_eq!(
        got,
        [row("112", "Goethe", "Schiller", "1799-05-03"), row("113", "Schiller", "Goethe", "1799-05-05")],
        "{:#?}",
        summary(&c)
    );
    assert_eq!(&*c.letters[1].sender.0[0].printed, "Schiller's Wife");
}
