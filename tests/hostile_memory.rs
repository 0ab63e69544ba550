//! Memory on hostile shapes: `letters check` on a few megabytes of blank lines, headings, glued markers and one
//! long line, and `letters render` of a long line in a narrow pane, peak at most at three times the input plus
//! 30 MB. Measured from outside, as the peak resident set of the child process reported by `/usr/bin/time -v`;
//! skipped, saying so, where that tool is missing.

use std::path::Path;
use std::process::Command;

const TIME: &str = "/usr/bin/time";
const HEAD: &str = "PERSONAL AND SECRET MESSAGE FROM PREMIER STALIN TO PRIME MINISTER CHURCHILL\n\n";
const MB: usize = 1 << 20;

/// Peak RSS in bytes of `letters ARGS FILE`, or `None` when `/usr/bin/time -v` cannot run here.
fn peak_rss(args: &[&str], file: &Path) -> Option<usize> {
    let out = Command::new(TIME).arg("-v").arg(env!("CARGO_BIN_EXE_letters")).args(args).arg(file).output().ok()?;
    let err = String::from_utf8_lossy(&out.stderr);
    let kb: usize =
        err.lines().find_map(|l| l.trim().strip_prefix("Maximum resident set size (kbytes):"))?.trim().parse().ok()?;
    assert!(out.status.code().is_some_and(|c| c <= 1), "check ends normally: {err}");
    Some(kb * 1024)
}

fn assert_bounded(shape: &str, body: String) {
    assert_bounded_run(shape, &["check"], body);
}

fn assert_bounded_run(shape: &str, args: &[&str], body: String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join(format!("{shape}.txt"));
    std::fs::write(&file, &body).expect("written");
    let Some(peak) = peak_rss(args, &file) else {
        println!("SKIPPED memory of {shape}: {TIME} -v is not available here");
        return;
    };
    let limit = 3 * body.len() + 30 * MB;
    assert!(peak <= limit, "{shape} ({} MB): peak RSS {} MB, limit {} MB", body.len() / MB, peak / MB, limit / MB);
}

#[test]
fn blank_lines_cost_memory_in_proportion() {
    assert_bounded("blank-lines", format!("{HEAD}{}", "\n".repeat(4 * MB)));
}

#[test]
fn headings_cost_memory_in_proportion() {
    let body: String = (0..60_000)
        .map(|i| format!("MESSAGE FROM PREMIER STALIN TO PRIME MINISTER CHURCHILL {i}\n\nYes.\n\n"))
        .collect();
    assert_bounded("headings", body);
}

#[test]
fn glued_markers_cost_memory_in_proportion() {
    assert_bounded("markers", format!("{HEAD}{}\n", "word1 ".repeat(700_000)));
}

#[test]
fn one_long_line_costs_memory_in_proportion() {
    assert_bounded(
        "long-line",
        format!("{HEAD}{}\n\nJuly 18, 1941\n", "endless words without a stop ".repeat(140_000)),
    );
}

#[test]
fn one_long_line_in_a_narrow_reading_pane_costs_memory_in_proportion() {
    // Hundreds of thousands of rows: the layout keeps only every 64th row's start.
    let body = format!("{HEAD}{}\n\nJuly 18, 1941\n", "endless words without a stop ".repeat(50_000));
    assert_bounded_run("narrow", &["render", "--no-state", "--size", "4x40", "--keys", "<Enter>G", "--"], body);
}

#[test]
fn show_of_one_long_line_at_a_narrow_width_costs_memory_in_proportion() {
    // `show` writes the rows as they are laid out, a chunk at a time, not the whole letter as rows first.
    let body = format!("{HEAD}{}\n\nJuly 18, 1941\n", "endless words without a stop ".repeat(140_000));
    assert_bounded_run("show-narrow", &["show", "show-narrow/1", "--width", "20"], body);
}
