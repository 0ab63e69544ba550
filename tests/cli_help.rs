//! `letters --help` as a newcomer meets it in an 80-column terminal: no line overflows, no paragraph is broken
//! by hand into a ragged line, every command is listed.

mod cli_support;
use cli_support::letters;

fn width(line: &str) -> usize {
    line.chars().count()
}

#[test]
fn help_fits_80_columns_and_wraps_its_paragraphs_evenly() {
    let run = letters(&["--help"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    let long: Vec<&&str> = lines.iter().filter(|l| width(l) > 80).collect();
    assert!(long.is_empty(), "lines over 80 columns: {long:#?}");
    // The prose paragraph under the title wraps as one: each of its lines but the last fills most of the row.
    let start = lines.iter().position(|l| l.starts_with("With no command")).expect("the paragraph about PATH");
    let para: Vec<&&str> = lines[start..].iter().take_while(|l| !l.is_empty()).collect();
    assert!(para.len() >= 2, "{para:?}");
    for l in &para[..para.len() - 1] {
        assert!(width(l) >= 60, "ragged line in the help's first paragraph: {l:?}");
    }
    for command in ["list", "show", "thread", "check", "export", "render", "bookmarks", "config", "completions"] {
        assert!(lines.iter().any(|l| l.trim_start().starts_with(command)), "{command} missing from --help");
    }
}

#[test]
fn every_command_help_fits_80_columns() {
    for command in ["list", "show", "thread", "check", "export", "render", "bookmarks", "config", "completions"] {
        let run = letters(&[command, "--help"]);
        assert_eq!(run.code, 0, "{command}: {}", run.stderr);
        let long: Vec<&str> = run.stdout.lines().filter(|l| width(l) > 80).collect();
        assert!(long.is_empty(), "{command} --help has lines over 80 columns: {long:#?}");
        // A line of prose followed by more of the same paragraph fills most of the row (no break made by hand).
        let lines: Vec<&str> = run.stdout.lines().collect();
        let prose = |l: &str| !l.is_empty() && !l.starts_with(' ');
        for pair in lines.windows(2).filter(|p| prose(p[0]) && prose(p[1])) {
            assert!(width(pair[0]) >= 60, "{command} --help: a ragged line {:?} before {:?}", pair[0], pair[1]);
        }
    }
}

#[test]
fn help_piped_or_in_a_wide_terminal_still_wraps_at_80_columns() {
    for columns in [None, Some("200")] {
        for command in [None, Some("render"), Some("check")] {
            let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_letters"));
            cmd.args(command.into_iter().chain(["--help"])).env_remove("COLUMNS");
            if let Some(c) = columns {
                cmd.env("COLUMNS", c);
            }
            let out = cmd.output().expect("letters runs");
            let text = String::from_utf8(out.stdout).expect("UTF-8 help");
            assert!(text.lines().count() > 5, "{text}");
            let long: Vec<&str> = text.lines().filter(|l| width(l) > 80).collect();
            assert!(long.is_empty(), "{command:?} --help with COLUMNS={columns:?}: {long:#?}");
        }
    }
}
