//! Hostile shapes cost work in proportion to their size: the plain-text parser's marker scanner counts the
//! characters it looks at again (`formats::plain::looked_back`), and growing an input tenfold must grow that count
//! about tenfold, never a hundredfold. No clocks: counters only. Also: what a hostile file keeps in memory is
//! bounded (markers per letter), and the config's diagnostics come with the right lines however many there are.

use letters::formats::Format;
use letters::formats::plain::{PlainText, looked_back};
use proptest::prelude::*;
use std::path::Path;

const HEAD: &str = "PERSONAL AND SECRET MESSAGE FROM PREMIER STALIN TO PRIME MINISTER CHURCHILL\n\n";

/// The work the scanner does on a letter whose body is `unit` repeated `n` times on one line.
fn work(unit: &str, n: usize) -> u64 {
    let text = format!("{HEAD}{}\n\nJuly 18, 1941\n", unit.repeat(n));
    let before = looked_back();
    let parsed = PlainText.parse("hostile.txt", &text);
    assert_eq!(parsed.letters.len(), 1, "one letter in {unit:?} x {n}");
    looked_back() - before
}

/// Work at 10x the size is at most about 10x (plus a little for the fixed head), never quadratic.
fn assert_linear(unit: &str) {
    let small = work(unit, 300);
    let large = work(unit, 3000);
    assert!(large <= 11 * small + 200, "{unit:?}: work {small} at 300 copies, {large} at 3000 (quadratic?)");
}

#[test]
fn glued_markers_cost_linear_work() {
    // The shape that took 11 s for 384 KB: every digit used to rescan the whole token.
    assert_linear("Conference76");
    assert!(work("Conference76", 3000) > 0, "the counter counts");
}

#[test]
fn codes_and_numbering_words_cost_linear_work() {
    for unit in ["a1b2", "word.12", "No.28", "x.1", "Overlord.”50", "abc1234", "é1", "Zz9z"] {
        assert_linear(unit);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn any_repeated_token_costs_linear_work(unit in "[a-zA-Z0-9.,*”)]{1,12}") {
        let small = work(&unit, 200);
        let large = work(&unit, 2000);
        prop_assert!(large <= 11 * small + 200, "{:?}: {} then {}", unit, small, large);
    }
}

#[test]
fn a_letter_keeps_a_bounded_number_of_markers() {
    let text = format!("{HEAD}{}\n\nJuly 18, 1941\n", "word1 ".repeat(20_000));
    let parsed = PlainText.parse("markers.txt", &text);
    let letter = &parsed.letters[0];
    assert_eq!(letter.footnote_refs.len(), 2000, "markers beyond the cap stay in the text");
    assert!(letter.paragraphs[0].ends_with("word1"), "the rest is text: {:?}", &letter.paragraphs[0][..40]);
    assert!(parsed.notes.iter().any(|n| n.message.contains("more than 2000 footnote markers")), "{:?}", parsed.notes);
}

#[test]
fn a_run_of_asterisks_is_text_not_a_marker() {
    let text = format!("{HEAD}It may be STALIN{}\n\nJanuary 5, 1942\n", "*".repeat(20_000));
    let parsed = PlainText.parse("stars.txt", &text);
    let letter = &parsed.letters[0];
    assert!(letter.footnote_refs.is_empty(), "{} markers", letter.footnote_refs.len());
    assert!(letter.paragraphs[0].ends_with("*****"));
}

#[test]
fn many_config_problems_each_have_their_line() {
    let n = 20_000;
    let text = format!("[keys]\n{}", (0..n).map(|i| format!("unknown_{i} = [\"x\"]\n")).collect::<String>());
    let (_, problems) = letters::config::parse_str(&text, Path::new("c.toml"));
    assert_eq!(problems.len(), n);
    assert_eq!(problems[0].line, 2);
    assert_eq!(problems[n - 1].line, n + 1);
    assert!(problems[n - 1].message.contains(&format!("unknown_{}", n - 1)));
}
