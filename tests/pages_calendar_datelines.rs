//! Datelines of two calendars and of the editor's margin (tests/pages/<style>/): letters written under the Julian
//! calendar, which the editions print in both styles (`Petersburg, 3/15 June 1869`, `Paris, 28 May/9 June 1869`,
//! `Moscow, 29 December 1869/10 January 1870`, `Kamenka, 19 April [1 May] 1869`, an envoy's `June 3/14, 1740` in
//! the American order), dated by the New Style, as the letters citing them are; and the medieval family letters'
//! margin dates (`A.D. 1471.` over `MARCH 8.`, or the year alone) dating the letter under them.

mod pages_support;
use letters::model::ReplyBasis;
use pages_support::*;

fn span(l: &letters::model::Letter) -> Option<String> {
    l.date_range().map(|r| r.label())
}

#[test]
fn a_russian_composers_dual_dates_are_read_as_the_new_style() {
    let c = pages("dual_dates");
    assert_eq!(c.letters.len(), 6, "a dual dateline under the heading shows the letter: {:#?}", summary(&c));
    let borodin = by_start(&c, "I have at last finished");
    assert_eq!(people(borodin), pair("Borodin", "Balakirev"));
    assert_eq!((date(borodin).as_deref(), borodin.place()), (Some("1869-06-15"), Some("Petersburg")), "`3/15 June`");
    let answer = by_start(&c, "Your letter of 3/15 June");
    assert_eq!(date(answer).as_deref(), Some("1869-06-21"));
    assert_eq!(cited(answer), ["1869-06-15"], "the letter cited by its two days is the New Style's");
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&borodin.id), Some(ReplyBasis::Explicit)));

    let kamenka = by_start(&c, "I am here with my sister");
    assert_eq!(
        (date(kamenka).as_deref(), kamenka.place()),
        (Some("1869-05-01"), Some("Kamenka")),
        "`19 April [1 May]`"
    );
    let thanks = by_start(&c, "Thank you for your letter of 19 April");
    assert_eq!((date(thanks).as_deref(), thanks.place()), (Some("1869-06-09"), Some("Petersburg")), "`28 May/9 June`");
    assert_eq!(cited(thanks), ["1869-05-01"]);
    assert_eq!((thanks.replies_to, thanks.reply_basis), (c.find(&kamenka.id), Some(ReplyBasis::Explicit)));

    let new_year = by_start(&c, "A happy new year");
    assert_eq!(date(new_year).as_deref(), Some("1870-01-10"), "`29 December 1869/10 January 1870`: the later year");
    assert_eq!(new_year.replies_to, None);
    let summer = by_start(&c, "The summer is hot");
    assert_eq!(
        date(summer).as_deref(),
        Some("1870-06-14"),
        "`June 3/14, 1870`: the American order, the New Style as printed"
    );
}

#[test]
fn an_envoys_dual_dates_in_the_american_order_before_1752() {
    let c = pages("dual_dates_envoys");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let first = by_start(&c, "The Empress returned");
    assert_eq!(people(first), pair("Finch", "Harrington"));
    assert_eq!((date(first).as_deref(), first.place()), (Some("1740-06-14"), Some("Petersburg")), "`June 3/14, 1740`");
    let answer = by_start(&c, "I have laid before the King");
    assert_eq!(cited(answer), ["1740-06-14"], "`your despatch of June 3/14`");
    assert_eq!((answer.replies_to, answer.reply_basis), (c.find(&first.id), Some(ReplyBasis::Explicit)));
    let third = by_start(&c, "I have received your Lordship's letter");
    assert_eq!(date(third).as_deref(), Some("1740-07-30"), "`July 19 [30], 1740`: the New Style in brackets");
    assert_eq!((third.replies_to, third.reply_basis), (c.find(&answer.id), Some(ReplyBasis::Explicit)));
    let holidays = by_start(&c, "The Court keeps the holidays");
    assert_eq!(date(holidays).as_deref(), Some("1741-01-07"), "`December 27, 1740/January 7, 1741`");
}

#[test]
fn a_margin_date_dates_the_letter_under_it_to_the_day_or_the_year() {
    let c = pages("margin_dates");
    assert_eq!(c.letters.len(), 3, "{:#?}", summary(&c));
    let son = by_start(&c, "To my right worshipful mother");
    assert_eq!(people(son), pair("Stonor", "Stonor"));
    assert_eq!(son.number.as_deref(), Some("12"));
    assert_eq!(date(son).as_deref(), Some("1471-03-08"), "`A.D. 1471.` over `MARCH 8.`");
    assert!(son.paragraphs.iter().all(|p| !p.contains("A.D.") && !p.contains("MARCH")), "{:?}", son.paragraphs);
    let mother = by_start(&c, "Son, I greet you well");
    assert_eq!(date(mother).as_deref(), Some("1471-03-20"), "the date is the letter's under it, not the one before");
    assert_eq!(date(son).as_deref(), Some("1471-03-08"));
    assert_eq!(cited(mother), ["1471-03-08"]);
    assert_eq!((mother.replies_to, mother.reply_basis), (c.find(&son.id), Some(ReplyBasis::Explicit)));
    let home = by_start(&c, "Right worshipful mother, I am come home");
    assert_eq!((home.date, span(home).as_deref()), (None, Some("1472")), "`A.D. 1472.` alone: the year only");
    assert!(home.paragraphs.iter().all(|p| !p.contains("A.D.")), "{:?}", home.paragraphs);
}

#[test]
fn margin_dates_cut_short_over_a_superscription_or_the_text() {
    let c = pages("margin_dates_paston");
    assert_eq!(c.letters.len(), 4, "{:#?}", summary(&c));
    let wife = by_start(&c, "To my right worshipful husband, John Paston, be this");
    assert_eq!(people(wife), pair("Paston", "Paston"));
    assert_eq!(date(wife).as_deref(), Some("1465-10-27"), "`A. D. 1465.` over `OCT. 27.`");
    let husband = by_start(&c, "I greet you well");
    assert_eq!(date(husband).as_deref(), Some("1465-11-03"), "straight into the text");
    assert_eq!((husband.replies_to, husband.reply_basis), (c.find(&wife.id), Some(ReplyBasis::Explicit)));
    let later = by_start(&c, "To my right worshipful husband, John Paston.");
    assert_eq!((later.date, span(later).as_deref()), (None, Some("1466")));
    let christmas = by_start(&c, "I shall be at Norwich");
    assert_eq!(date(christmas).as_deref(), Some("1466-12-01"), "a margin date over the heading is the next letter's");
    assert!(later.paragraphs.iter().all(|p| !p.contains("DEC.")), "{:?}", later.paragraphs);
}
