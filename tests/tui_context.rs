//! Context around where the reader is: every list keeps two rows round its cursor (scrolloff), walking a thread
//! forward shows the replies of the current letter; `:` finds a letter by number and by the nearest date on the
//! real pages.

mod cli_support;
mod tui_support;

use letters::model::ReplyBasis;
use std::path::Path;
use tui_support::*;

/// `Kappa07` and so on: names no other name starts with.
fn name(i: usize) -> String {
    format!("Kappa{i:02}")
}

/// The left column of a three-pane screen (the list above, the thread below).
fn left_column(screen: &str) -> Vec<String> {
    let width = screen
        .lines()
        .next()
        .and_then(|l| l.find("┐┌"))
        .map_or(0, |i| screen.lines().next().map_or(0, |l| l[..i].chars().count() + 1));
    screen.lines().map(|l| l.chars().take(width).collect()).collect()
}

/// The rows of the thread pane: the left column below its title.
fn thread_rows(screen: &str) -> Vec<String> {
    left_column(screen).into_iter().skip_while(|l| !l.contains("┌ Thread")).skip(1).collect()
}

#[test]
fn the_list_keeps_two_rows_of_context_round_its_cursor() {
    let letters = (0..30).map(|i| letter(&name(i), "Recipient", Some((1940, 1, 1 + i as u8)), &["Text."])).collect();
    let mut app = app_on(corpus_of(letters, &[]));
    let list_rows = |s: &str| -> Vec<String> {
        let col = left_column(s);
        col.into_iter().skip(1).take_while(|l| !l.starts_with('└')).collect()
    };
    for row in 1..30_usize {
        let s = more(&mut app, 120, 24, "j");
        assert!(status(&s).starts_with(&format!(" {}/30", row + 1)), "{}", status(&s));
        let shown = list_rows(&s);
        for near in row.saturating_sub(2)..(row + 3).min(30) {
            assert!(shown.iter().any(|l| l.contains(&name(near))), "row {near} beside the cursor on {row}:\n{s}");
        }
    }
    for row in (0..29_usize).rev() {
        let s = more(&mut app, 120, 24, "k");
        let shown = list_rows(&s);
        for near in row.saturating_sub(2)..(row + 3).min(30) {
            assert!(
                shown.iter().any(|l| l.contains(&name(near))),
                "row {near} beside the cursor on {row}, going up:\n{s}"
            );
        }
    }
}

#[test]
fn walking_a_thread_forward_shows_the_replies_below_the_current_letter() {
    let n = 16;
    let letters =
        (0..n).map(|i| letter(&name(i), &name(i + 100), Some((1941, 3, 1 + i as u8)), &["A reply."])).collect();
    let links: Vec<_> = (1..n).map(|i| (i, i - 1, ReplyBasis::Explicit)).collect();
    let mut app = app_on(corpus_of(letters, &links));
    let mut s = more(&mut app, 120, 30, "");
    let height = thread_rows(&s).iter().take_while(|l| !l.starts_with('└')).count();
    assert!(height < n, "the thread is longer than its pane ({height} rows):\n{s}");
    for i in 1..n {
        s = more(&mut app, 120, 30, "]");
        let rows = thread_rows(&s);
        for near in i.saturating_sub(2)..(i + 3).min(n) {
            assert!(rows.iter().any(|l| l.contains(&name(near))), "letter {near} beside the current {i}:\n{s}");
        }
    }
}

fn real_pages() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/realpages/corpus").to_string_lossy().into_owned()
}

/// The id in the reading pane's title of `letters render` on the real pages after `keys`.
fn opened(keys: &str) -> String {
    let run = cli_support::letters(&["render", &real_pages(), "--size", "100x30", "--keys", keys]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let first = run.stdout.lines().next().unwrap_or_default().to_string();
    let title = first.split("┐┌ ").nth(1).unwrap_or_default();
    title.split_whitespace().next().unwrap_or_default().to_string()
}

#[test]
fn go_to_finds_a_letter_by_its_number_and_by_the_nearest_date() {
    assert_eq!(opened(":No. 93<Enter>"), "thebase_1942-12-06_churchill/1", "the letter numbered 93");
    assert_eq!(opened(":93<Enter>"), "thebase_1942-12-06_churchill/1", "the number alone");
    assert_eq!(opened(":1942-12-05<Enter>"), "thebase_1942-12-06_churchill/1", "no letter that day: the nearest");
    assert_eq!(opened(":1943-01<Enter>"), "rd_corrv1_1943_churchill/1", "the first letter of a month");
}
