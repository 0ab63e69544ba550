//! One letter laid out once: `letters show --width N` and the reading pane at N columns break every line of the
//! letter alike (the same rows from the presentation layer, the same wrapper).

mod cli_support;
use cli_support::letters;

/// The rows of the reading pane of a narrow screen (`width` + 4 columns: borders and margins), letter `down`
/// rows below the first in the list, from the rule under the header to the end of the letter.
fn pane_rows(width: usize, down: usize) -> Vec<String> {
    let size = format!("{}x400", width + 4);
    let keys = format!("{}<Tab>", "j".repeat(down));
    let run = letters(&["render", "--size", &size, "--keys", &keys]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let rows: Vec<String> = run
        .stdout
        .lines()
        .filter_map(|l| l.strip_prefix("│ "))
        .map(|l| l.trim_end_matches('│').trim_end().to_string())
        .collect();
    let rule = rows.iter().position(|r| *r == "─".repeat(width)).expect("the rule under the header");
    let mut body = rows[rule + 1..].to_vec();
    while body.last().is_some_and(String::is_empty) {
        body.pop();
    }
    body
}

/// The lines of `letters show ID --width N` after the rule under its header, up to the source line if any.
fn show_rows(id: &str, width: usize) -> Vec<String> {
    let run = letters(&["show", id, "--width", &width.to_string()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    let rule = lines.iter().position(|r| *r == "─".repeat(width)).expect("the rule under the header");
    let mut body: Vec<String> = lines[rule + 1..].iter().map(|l| l.to_string()).collect();
    if let Some(source) = body.iter().position(|l| l.starts_with("Source: ")) {
        body.truncate(source.saturating_sub(1));
    }
    body
}

#[test]
fn show_and_the_reading_pane_break_every_line_alike() {
    for width in [40, 60, 73] {
        let show = show_rows("moscow-1957-stalin-churchill-1941/1", width);
        let pane = pane_rows(width, 1);
        assert!(show.len() > 20, "{show:?}");
        assert_eq!(show, pane, "at {width} columns");
    }
    let show = show_rows("moscow-1957-stalin-churchill-1941/1", 60);
    assert!(show.iter().any(|l| l == "Kishinev-Lvov-Brest-Bialystok-Kaunas and Vyborg, but along"), "{show:?}");
}

#[test]
fn markers_page_rules_and_notes_are_the_same_rows_too() {
    let show = show_rows("frus-1945-stalin-roosevelt/1", 60);
    let pane = pane_rows(60, 0);
    assert_eq!(show, pane);
    assert!(show.iter().any(|l| l.starts_with("── page 740 ─")), "{show:?}");
    assert!(show.iter().any(|l| l.starts_with("⁷⁵ Copy of telegram")), "{show:?}");
}
