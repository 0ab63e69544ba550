//! Memory on hostile shapes: `letters check` on a few megabytes of blank lines, headings, glued markers and one
//! long line, and `letters render` of a long line in a narrow pane, peak at most at three times the input plus
//! 30 MB; and the load of a corpus of short ordinary letters at most at seven times its size. Measured from
//! outside, as the peak resident set of the child process reported by `/usr/bin/time -v`; skipped, saying so,
//! where that tool is missing.

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

/// Letters of ordinary shape, each its own: a heading, paragraphs with a footnote marker, a date line, a footnote.
fn ordinary_letters(from: usize, count: usize) -> String {
    (from..from + count)
        .map(|i| {
            let (day, year) = (1 + i % 28, 1900 + i % 90);
            format!(
                "No. {i}\n\nPERSONAL AND SECRET MESSAGE FROM PREMIER STALIN TO PRIME MINISTER CHURCHILL\n\n\
                 I have received your message of March {day}, {year}, number {i}.*\n\n\
                 The convoys of the {i}th series will sail as arranged, and the question of the route is settled. \
                 We shall keep you informed of the operation and of everything the staffs agree on in the days to \
                 come.\n\n2. The delegation will arrive in London in the next week and will call on you at once.\n\n\
                 April {day}, {year}.\n\n* Not printed ({i}).\n\n"
            )
        })
        .collect()
}

#[test]
fn a_corpus_of_short_ordinary_letters_costs_at_most_seven_times_its_size() {
    // 100 files of about 200 KB, 43,000 letters of about 500 bytes each. Issue 8's bar (2.5x) is met by
    // nothing this short yet: beside its text a letter still costs about 2 KB (its record, people, reference,
    // thread and diagnostic), against 3.5 KB before (8.3x): about 5.5-5.7x now. The bound holds that ground,
    // with room for the allocator's timing (a child slowed by parallel tests once peaked above 6x).
    let dir = tempfile::tempdir().expect("temp dir");
    let mut size = 0;
    for f in 0..100 {
        let body = ordinary_letters(f * 435, 435);
        size += body.len();
        std::fs::write(dir.path().join(format!("part{f:03}.txt")), body).expect("written");
    }
    let Some(peak) = peak_rss(&["check"], dir.path()) else {
        println!("SKIPPED memory of ordinary letters: {TIME} -v is not available here");
        return;
    };
    assert!(peak <= 7 * size, "{} MB of letters: peak RSS {} MB, limit {} MB", size / MB, peak / MB, 7 * size / MB);
}
