//! The reader lists a letter printed in two editions once (marked), names its other printing, and `e` switches to
//! it; the reading pane says what a reply link rests on.

mod cli_support;
use cli_support::letters;

fn render(keys: &str) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/pages/editions");
    let run = letters(&["render", dir, "--size", "100x12", "--keys", keys]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
}

#[test]
fn one_letter_in_two_editions_is_listed_once_and_e_switches_edition() {
    let first = render("");
    assert!(first.starts_with("┌ Letters 1/2 "), "three printings, two letters listed:\n{first}");
    assert!(first.contains("⧉ I lon"), "the letter is marked:\n{first}");
    assert!(first.contains("┌ familiar-letters/1 "), "{first}");
    assert!(first.contains("Also printed as: founders/1"), "{first}");
    let switched = render("e");
    assert!(switched.contains("┌ founders/1 "), "e opens the other printing:\n{switched}");
    assert!(switched.contains("Also printed as: familiar-letters/1"), "{switched}");
    let back = render("ee");
    assert!(back.contains("┌ familiar-letters/1 "), "and e again comes back:\n{back}");
}

#[test]
fn the_reading_pane_says_what_a_reply_link_rests_on() {
    let reply = render("jH");
    assert!(reply.contains("│ Reply: reply to Adams, 31 Mar 1776: ‘Your letter of      │"), "{reply}");
    assert!(reply.contains("│        March 31’ "), "{reply}");
    let low = render("j");
    assert!(low.contains("│ Reply: reply to Adams, 31 Mar 1776: ‘Your letter of…     │"), "cut on a low pane:\n{low}");
}
