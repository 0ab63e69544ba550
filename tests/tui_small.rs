//! Small screens without cut-off meaning: header blocks (heading, From/To, Date, Source, Reply...) cut to one row
//! each, marked with an ellipsis, on a low reading pane, and `H` to see them in full; the help's descriptions in
//! their own column whatever the length of the keys bound in the config.

mod cli_support;
mod tui_support;

use std::path::{Path, PathBuf};
use tui_support::*;

/// The reading pane's rows (between its borders), trimmed.
fn pane_rows(screen: &str) -> Vec<String> {
    screen.lines().filter_map(|l| l.strip_prefix('│')).map(|l| l.trim_end_matches('│').trim().to_string()).collect()
}

/// The pane's rows above the rule under the header.
fn header_rows(screen: &str) -> Vec<String> {
    pane_rows(screen).into_iter().take_while(|r| !r.starts_with("────")).collect()
}

/// A letter whose heading and source are each longer than a row of a 60-column screen.
fn long_header() -> letters::model::Corpus {
    let mut l = letter("Stalin", "Churchill", Some((1941, 7, 18)), &["Allow me to thank you for the letter."]);
    l.heading = "Personal and Secret Message from Premier Stalin to the Prime Minister, Mr Winston Churchill".into();
    l.source = Some(format!("Collected Works, {}end of the source", "volume and page, ".repeat(6)));
    corpus_of(vec![l], &[])
}

#[test]
fn header_blocks_are_cut_to_a_row_on_a_low_pane_and_h_shows_them_in_full() {
    let low = screen_of(long_header(), 60, 20, "<Tab>");
    let head = header_rows(&low);
    assert_eq!(head.len(), 4, "heading, From/To, Date, Source: a row each at 60x20:\n{low}");
    assert!(head[0].starts_with("Personal and Secret Message") && head[0].ends_with('…'), "{head:?}");
    assert_eq!(head[1], "From: Stalin   To: Churchill", "a line that fits is not marked");
    assert!(head[3].starts_with("Source: Collected Works, volume and page") && head[3].ends_with('…'), "{head:?}");
    assert!(!low.contains("end of the source"), "{low}");
    assert!(pane_rows(&low)[5].starts_with("Allow me to thank you"), "the body follows at once:\n{low}");

    let full = screen_of(long_header(), 60, 20, "<Tab>H");
    assert!(full.contains("Winston Churchill") && full.contains("end of the source"), "H: in full:\n{full}");
    assert!(!full.contains('…'), "nothing is marked cut:\n{full}");
    assert!(header_rows(&full).len() > 6, "{full}");
    assert!(status(&full).contains("header lines in full"), "{}", status(&full));

    let tall = screen_of(long_header(), 60, 40, "<Tab>");
    assert!(tall.contains("end of the source") && !tall.contains('…'), "in full on a tall pane:\n{tall}");
    let cut = screen_of(long_header(), 60, 40, "<Tab>H");
    assert_eq!(header_rows(&cut).len(), 4, "H cuts them on a tall pane too:\n{cut}");
    assert!(status(&cut).contains("header lines cut to a row each"), "{}", status(&cut));
}

#[test]
fn a_match_in_the_cut_part_of_a_header_shows_that_line_in_full_while_it_is_the_match() {
    let mut app = app_on(long_header());
    let s = more(&mut app, 60, 20, "/end of the source<Enter>");
    let head = header_rows(&s);
    assert!(head.iter().any(|r| r.contains("end of the source")), "the match is shown:\n{s}");
    assert!(head[0].ends_with('…'), "the other header lines stay cut:\n{s}");
    let s = more(&mut app, 60, 20, "<Esc>");
    let head = header_rows(&s);
    assert!(head.iter().all(|r| !r.contains("end of the source")) && head[3].ends_with('…'), "cut again:\n{s}");
}

/// `letters render ARGS`: the screen printed.
fn render(args: &[&str]) -> String {
    let run = cli_support::letters(args);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    run.stdout
}

fn shared(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared").join(dir)
}

#[test]
fn the_frus_seed_at_60x20_gives_its_header_a_row_per_line() {
    let seeds = shared("seeds");
    let s = render(&["render", seeds.to_str().expect("path"), "--size", "60x20", "--keys", "<Tab>"]);
    let head = header_rows(&s);
    assert_eq!(head.len(), 3, "heading, From/To, Date:\n{s}");
    assert!(head[0].starts_with("The Chairman of the Council of Peopled") && head[0].ends_with('…'), "{head:?}");
    assert_eq!(head[1], "From: Stalin   To: Roosevelt");
    assert!(pane_rows(&s)[4].starts_with("I gave consideration to the question"), "{s}");
    let full = render(&["render", seeds.to_str().expect("path"), "--size", "60x20", "--keys", "<Tab>H"]);
    assert!(full.contains("Soviet Union (Stalin) to President Roosevelt⁷⁵"), "the heading and its marker:\n{full}");
}

#[test]
fn a_real_page_with_a_long_reply_line_at_60x20() {
    let corpus = shared("realpages/corpus");
    let dir = corpus.to_str().expect("path");
    let s = render(&["render", dir, "--size", "60x20", "--keys", ":frus_1943_d618/1<Enter>"]);
    let head = header_rows(&s);
    assert_eq!(head.len(), 7, "heading, caption, From/To, Date, Source, In reply to, Reply: a row each:\n{s}");
    assert!(head[1].starts_with("Personal and secret message from Premier I. V. Stalin"), "the caption: {head:?}");
    assert_eq!(head[4], "Source: Roosevelt Papers: Telegram");
    assert_eq!(head[5], "In reply to: frus_1943_d617/1 (explicit)");
    assert!(head[6].starts_with("Reply: reply to Roosevelt, Churchill") && head[6].ends_with('…'), "{head:?}");
    assert!(pane_rows(&s)[8].starts_with("I have received your message of September 10."), "{s}");
    let full = render(&["render", dir, "--size", "60x20", "--keys", ":frus_1943_d618/1<Enter>H"]);
    assert!(full.contains("before it in the series)"), "H shows the whole Reply line:\n{full}");
    let tall = render(&["render", dir, "--size", "60x30", "--keys", ":frus_1943_d618/1<Enter>"]);
    assert!(tall.contains("before it in the series)"), "in full when the pane is tall:\n{tall}");
}

/// The help overlay's rows (inside its box): (keys column, description column), split at the column where the
/// first description starts. Columns are counted in characters (the screens here have no wide ones).
fn help_columns(screen: &str) -> Vec<(String, String)> {
    let lines: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let find = |l: &[char], what: &str| {
        let w: Vec<char> = what.chars().collect();
        l.windows(w.len()).position(|x| x == w.as_slice())
    };
    let first = lines.iter().find(|l| find(l, "this help").is_some()).expect("the help is open");
    let left = find(first, "│ ?").expect("the help's left border") + 1;
    let desc_col = find(first, "this help").expect("description");
    let text = |l: &[char], a: usize, b: usize| l[a..b].iter().collect::<String>().trim().to_string();
    lines
        .iter()
        .filter(|l| l.len() > desc_col && l[left - 1] == '│')
        .map(|l| {
            let right = l[desc_col..].iter().position(|&c| c == '│').map_or(l.len(), |i| i + desc_col);
            (text(l, left, desc_col), text(l, desc_col, right))
        })
        .collect()
}

/// The entry of the help whose keys start with `first_key`: its keys and its description, each joined across
/// the rows they wrap to.
fn help_entry(rows: &[(String, String)], first_key: &str) -> (String, String) {
    let at = rows.iter().position(|(k, _)| k.starts_with(first_key)).expect("the entry is listed");
    let (mut keys, mut desc) = rows[at].clone();
    for (k, d) in &rows[at + 1..] {
        let more_keys = !k.is_empty() && keys.ends_with(',');
        let more_desc = k.is_empty() && !d.is_empty();
        if !more_keys && !more_desc {
            break;
        }
        if !k.is_empty() {
            keys = format!("{keys} {k}");
        }
        if !d.is_empty() {
            desc = format!("{desc} {d}");
        }
    }
    (keys, desc)
}

/// A config binding long key names.
fn long_keys_config(dir: &Path) -> PathBuf {
    let path = dir.join("config.toml");
    let keys = "[keys]\npage_down = [\"<C-A-S-PageDown>\", \"<Space>\", \"<PgDn>\"]\n\
                next_link = [\"<C-A-S-F12>\", \"<A-S-Right>\", \"<C-A-S-Home>\", \"f\"]\n";
    std::fs::write(&path, keys).expect("config written");
    path
}

#[test]
fn long_key_names_in_the_help_leave_every_description_whole_in_its_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = long_keys_config(dir.path());
    for size in ["60x40", "120x40"] {
        let s = render(&[
            "render",
            "--no-state",
            "--config",
            config.to_str().expect("path"),
            "--size",
            size,
            "--keys",
            "?",
        ]);
        let rows = help_columns(&s);
        let entry = |first: &str| help_entry(&rows, first);
        assert_eq!(entry("<C-A-S-PgDn>"), ("<C-A-S-PgDn>, <Space>, <PgDn>".into(), "page down".into()), "{size}:\n{s}");
        assert_eq!(
            entry("<C-A-S-F12>"),
            ("<C-A-S-F12>, <A-S-Right>, <C-A-S-Home>, f".into(), "next link (footnote marker or reference)".into()),
            "{size}:\n{s}"
        );
        let (_, close) = entry("<Esc>");
        assert_eq!(close, "close the overlay, prompt or filter", "{size}:\n{s}");
        assert!(rows.iter().all(|(k, _)| !k.contains("  ")), "keys stay in their column at {size}:\n{s}");
    }
}
