//! What a seasoned terminal user expects of the reader: incremental search marks nothing read, q closes what is
//! open, one "no match" message, Top/Bot in the title, the next and previous letter from any pane, the next unread
//! letter, U, counts, half pages and single lines, the : go-to prompt, Space and b across letters.

mod tui_support;

use letters::reader::screen::Screen;
use tui_support::*;

/// The list row shown in the status line (` 2/4`).
fn row_of(s: &str) -> String {
    status(s).split_whitespace().next().unwrap_or_default().to_string()
}

/// The reading pane's title: the letter's id and where the view is.
fn reader_title(s: &str) -> String {
    let first = s.lines().next().unwrap_or_default();
    let start = first.find("┐┌").map_or(0, |i| i + "┐┌".len());
    first[start..].trim_matches(|c: char| c == '─' || c == '┐' || c == '┌' || c == ' ').to_string()
}

/// Letters of `n` short paragraphs each, `k` of them.
fn long_letters(k: usize, n: usize) -> letters::model::Corpus {
    let letters = (0..k)
        .map(|i| {
            let paras: Vec<String> = (0..n).map(|p| format!("Letter {i} paragraph {p} says little.")).collect();
            let paras: Vec<&str> = paras.iter().map(String::as_str).collect();
            letter(&format!("Sender{i}"), "Recipient", Some((1940, 1, 1 + i as u8)), &paras)
        })
        .collect();
    corpus_of(letters, &[])
}

#[test]
fn an_incremental_search_marks_no_letter_read() {
    let start = bundled_screen(120, 40, "");
    assert!(status(&start).contains("4 unread"), "{}", status(&start));
    let cancelled = bundled_screen(120, 40, "/Finland<Esc>");
    assert!(status(&cancelled).contains("4 unread"), "passing letters while typing: {}", status(&cancelled));
    let typed = bundled_screen(120, 40, "/Finla");
    assert!(status(&typed).contains("/Finla▏"), "still typing: {}", status(&typed));
    let confirmed = bundled_screen(120, 40, "/Finland<Enter>");
    assert!(status(&confirmed).contains("3 unread"), "the letter stopped on is read: {}", status(&confirmed));
}

#[test]
fn q_closes_an_overlay_and_quits_with_nothing_open_ctrl_c_always_quits() {
    let mut app = app_on(bundled());
    let start = more(&mut app, 120, 40, "");
    let closed = more(&mut app, 120, 40, "?q");
    assert!(!app.should_quit(), "q in the help closes it");
    assert_eq!(closed, start);
    more(&mut app, 120, 40, "'q");
    assert!(!app.should_quit(), "q in the bookmarks closes them");
    more(&mut app, 120, 40, "y");
    assert!(app.overlay.is_some(), "the year menu is open");
    more(&mut app, 120, 40, "q");
    assert!(app.overlay.is_none() && !app.should_quit(), "q closes the menu");
    more(&mut app, 120, 40, "?<C-c>");
    assert!(app.should_quit(), "Ctrl-C quits even over the help");
    let mut app = app_on(bundled());
    more(&mut app, 120, 40, "q");
    assert!(app.should_quit(), "q with nothing open quits");
}

#[test]
fn a_search_without_matches_says_no_match_once() {
    let typing = bundled_screen(120, 40, "/zzqq");
    assert!(status(&typing).contains("/zzqq▏ no match"), "{}", status(&typing));
    let s = bundled_screen(120, 40, "/zzqq<Enter>");
    assert!(status(&s).contains("no match for “zzqq”"), "{}", status(&s));
    let n = bundled_screen(120, 40, "/zzqq<Enter>n");
    assert!(status(&n).contains("no match for “zzqq”") && !status(&n).contains("no search"), "{}", status(&n));
    assert!(!status(&n).contains("0/0"), "{}", status(&n));
}

#[test]
fn the_reading_pane_title_says_top_bot_or_a_percentage() {
    assert!(
        reader_title(&bundled_screen(120, 40, "")).ends_with("Top"),
        "{}",
        reader_title(&bundled_screen(120, 40, ""))
    );
    let end = bundled_screen(120, 40, "<Tab>G");
    assert!(reader_title(&end).ends_with("Bot"), "{}", reader_title(&end));
    let mid = bundled_screen(120, 20, "<Tab>jjjj");
    assert!(reader_title(&mid).ends_with('%'), "{}", reader_title(&mid));
    let short = screen_of(long_letters(2, 2), 120, 40, "");
    assert!(reader_title(&short).ends_with("all"), "{}", reader_title(&short));
}

#[test]
fn j_and_k_capitals_step_through_the_list_from_any_pane() {
    let mut app = app_on(bundled());
    let s = more(&mut app, 120, 40, "<Tab>J");
    assert_eq!(row_of(&s), "2/4");
    assert_eq!(app.focus, letters::reader::state::Pane::Reader, "the focus stays in the reading pane");
    let s = more(&mut app, 120, 40, "<Tab>JJ");
    assert_eq!(row_of(&s), "4/4");
    assert_eq!(app.focus, letters::reader::state::Pane::Chain);
    let s = more(&mut app, 120, 40, "J");
    assert!(status(&s).contains("last letter of the list"), "{}", status(&s));
    let s = more(&mut app, 120, 40, "K");
    assert_eq!(row_of(&s), "3/4");
}

#[test]
fn the_next_unread_key_skips_read_letters_and_u_marks_unread_again() {
    let mut app = app_on(bundled());
    let s = more(&mut app, 120, 40, "<Tab>");
    assert!(status(&s).contains("3 unread"), "{}", status(&s));
    let s = more(&mut app, 120, 40, "JK");
    assert!(status(&s).contains("2 unread"), "{}", status(&s));
    let s = more(&mut app, 120, 40, ".");
    assert_eq!(row_of(&s), "3/4", "letters 1 and 2 are read: the next unread is 3");
    assert!(status(&s).contains("1 unread"), "{}", status(&s));
    let s = more(&mut app, 120, 40, "U");
    assert!(status(&s).contains("2 unread") && status(&s).contains("marked unread"), "{}", status(&s));
    let s = more(&mut app, 120, 40, "j");
    assert!(status(&s).contains("2 unread"), "scrolling does not mark it read again: {}", status(&s));
    let s = more(&mut app, 120, 40, "K.");
    assert_eq!(row_of(&s), "3/4", "the letter marked unread is the next unread");
    let s = more(&mut app, 120, 40, "..");
    assert!(status(&s).contains("no unread letter"), "{}", status(&s));
}

#[test]
fn counts_move_by_rows_and_go_to_a_row_or_line() {
    assert_eq!(row_of(&bundled_screen(120, 40, "3j")), "4/4");
    assert_eq!(row_of(&bundled_screen(120, 40, "G2G")), "2/4", "2G: row 2 of the list");
    assert_eq!(row_of(&bundled_screen(120, 40, "2J")), "3/4");
    let counted = bundled_screen(120, 20, "<Tab>12G");
    let stepped = bundled_screen(120, 20, "<Tab>jjjjjjjjjjj");
    assert_eq!(counted, stepped, "12G in the reading pane: line 12 at the top");
    assert_ne!(counted, bundled_screen(120, 20, "<Tab>"));
}

#[test]
fn half_pages_and_single_lines() {
    let half = bundled_screen(120, 20, "<Tab><C-d>");
    let rows_down = bundled_screen(120, 20, "<Tab>jjjjjjjj");
    assert_eq!(half, rows_down, "a half page of a 16-row pane is 8 rows");
    assert_eq!(bundled_screen(120, 20, "<Tab><C-d><C-u>"), bundled_screen(120, 20, "<Tab>"));
    assert_eq!(bundled_screen(120, 20, "<Tab><C-e><C-e>"), bundled_screen(120, 20, "<Tab>jj"));
    assert_eq!(bundled_screen(120, 20, "<Tab>jj<C-y>"), bundled_screen(120, 20, "<Tab>j"));
}

#[test]
fn the_go_to_prompt_opens_a_letter_by_id() {
    let last = bundled_screen(120, 40, "G<Tab>");
    let title = reader_title(&last);
    let id = title.split_whitespace().next().expect("an id in the title");
    let typing = bundled_screen(120, 40, ":");
    assert!(status(&typing).starts_with(":▏"), "{}", status(&typing));
    let s = bundled_screen(120, 40, &format!(":{id}<Enter>"));
    assert_eq!(row_of(&s), "4/4", "{}", status(&s));
    assert!(reader_title(&s).starts_with(id));
    let s = bundled_screen(120, 40, ":no such thing<Enter>");
    assert!(status(&s).contains("no letter matches “no such thing”"), "{}", status(&s));
    assert_eq!(row_of(&s), "1/4");
}

#[test]
fn space_at_the_end_of_a_letter_goes_on_to_the_next_and_b_back() {
    let corpus = || long_letters(3, 30);
    let mut app = app_on(corpus());
    let s = more(&mut app, 80, 24, "<Tab><Space>");
    assert_eq!(row_of(&s), "1/3", "the first page stays in the letter");
    let s = more(&mut app, 80, 24, "G<Space>");
    assert_eq!(row_of(&s), "2/3", "Space at the end: the next letter");
    assert!(s.contains("Letter 1 paragraph 0"), "at its top:\n{s}");
    let s = more(&mut app, 80, 24, "b");
    assert_eq!(row_of(&s), "1/3", "b at the top: the previous letter");
    assert!(s.contains("Letter 0 paragraph 29") && s.contains("  Bot ─"), "at its end:\n{s}");
}

#[test]
fn the_footnote_jumped_to_is_highlighted_until_the_next_key() {
    let keys = "/gave consideration<Enter><Esc>f<Enter>";
    let mut app = app_on(bundled());
    let buf = buffer_of(&mut app, 120, 24, keys);
    let text = letters::reader::headless::buffer_text(&buf);
    let (y, line) = text.lines().enumerate().find(|(_, l)| l.contains("Copy of telegram")).expect("the note in view");
    let x = line[..line.find("Copy").expect("note text")].chars().count() as u16;
    let lit = buf.cell((x, y as u16)).expect("cell").bg;
    assert_eq!(lit, ratatui::style::Color::Magenta, "the note is highlighted");
    let other = text.lines().position(|l| l.contains("Reference is to section I")).expect("the other note");
    let x2 = text
        .lines()
        .nth(other)
        .and_then(|l| l.find("Reference"))
        .map(|i| text.lines().nth(other).map_or(0, |l| l[..i].chars().count()))
        .expect("x") as u16;
    assert_ne!(buf.cell((x2, other as u16)).expect("cell").bg, ratatui::style::Color::Magenta, "only that note");
    let buf = buffer_of(&mut app, 120, 24, "<C-e>");
    let text = letters::reader::headless::buffer_text(&buf);
    let y = text.lines().position(|l| l.contains("Copy of telegram")).expect("the note in view");
    assert_ne!(buf.cell((x, y as u16)).expect("cell").bg, ratatui::style::Color::Magenta, "the next key ends it");
}

#[test]
fn a_link_scrolled_out_of_view_is_deselected() {
    let keys = "/gave consideration<Enter><Esc>f";
    let selected = bundled_screen(120, 24, keys);
    assert!(status(&selected).contains("footnote"), "a marker is selected: {}", status(&selected));
    let s = bundled_screen(120, 24, &format!("{keys}G<Enter>"));
    assert!(status(&s).contains("no link selected"), "Enter after G acts on no hidden link: {}", status(&s));
    let s = bundled_screen(120, 24, &format!("{keys}Gg"));
    assert!(!status(&s).contains("footnote"), "{}", status(&s));
}

#[test]
fn the_list_sorts_by_date_file_or_correspondent() {
    let corpus = || {
        let mut a = letter("Zed", "Amy", Some((1941, 1, 1)), &["first"]);
        a.file = "b.txt".into();
        let mut b = letter("Amy", "Zed", Some((1942, 1, 1)), &["second"]);
        b.file = "a.txt".into();
        corpus_of(vec![a, b], &[])
    };
    let list_rows =
        |s: &str| s.lines().skip(1).take(2).map(|l| l.chars().take(46).collect::<String>()).collect::<Vec<_>>();
    let by_date = list_rows(&screen_of(corpus(), 120, 20, ""));
    assert!(by_date[0].contains("Zed → Amy") && by_date[1].contains("Amy → Zed"), "{by_date:?}");
    let s = screen_of(corpus(), 120, 20, "o");
    assert!(status(&s).contains("sorted by file"), "{}", status(&s));
    let by_file = list_rows(&s);
    assert!(by_file[0].contains("Amy → Zed") && by_file[1].contains("Zed → Amy"), "a.txt first: {by_file:?}");
    let s = screen_of(corpus(), 120, 20, "oo");
    assert!(status(&s).contains("sorted by correspondent"), "{}", status(&s));
    assert!(list_rows(&s)[0].contains("Amy → Zed"), "Amy sends first");
    assert!(status(&screen_of(corpus(), 120, 20, "ooo")).contains("sorted by date"));
    let s = screen_of(corpus(), 120, 20, "o/second<Enter>");
    assert!(status(&s).contains("1/1") && status(&s).contains("1/2"), "search follows the order: {}", status(&s));
}

#[test]
fn the_year_menu_has_an_undated_entry() {
    let menu = bundled_screen(120, 20, "y");
    assert!(menu.contains("undated"), "{menu}");
    let s = bundled_screen(120, 20, "yG<Enter>");
    assert!(status(&s).contains("filter: undated") && status(&s).contains("2 letters"), "{}", status(&s));
    let rows: Vec<&str> = s.lines().skip(1).take(3).collect();
    assert!(rows[0].contains("undated") && rows[1].contains("undated") && !rows[2].contains("19"), "{s}");
    let s = bundled_screen(120, 20, "yG<Enter><Esc>");
    assert!(status(&s).contains("filter cleared"), "{}", status(&s));
}

#[test]
fn the_text_is_no_wider_than_the_max_width_and_centred() {
    use letters::keys::map::KeyMap;
    use letters::reader::app::{App, AppConfig};
    let app_with = |max_width: u16| {
        let mut config = AppConfig { keymap: KeyMap::default(), ..AppConfig::default() };
        config.layout.max_width = max_width;
        let mut app = App::new(config);
        app.set_corpus(bundled());
        app
    };
    let para = "and have found that";
    let s = more(&mut app_with(80), 200, 30, "<Tab>");
    let line = s.lines().find(|l| l.contains(para)).expect("the first paragraph");
    let row = line[line.find("││").expect("pane border") + "││".len()..].trim_end_matches(['│', ' ']);
    let text = row.trim_start();
    let indent = row.chars().count() - text.chars().count();
    assert!(text.chars().count() <= 80, "{text}");
    assert!(text.chars().count() > 70, "the text fills the 80 columns: {text}");
    assert!(indent > 20, "centred in the 137-column pane: {indent} columns before it");
    let wide = more(&mut app_with(0), 200, 30, "<Tab>");
    let line = wide.lines().find(|l| l.contains(para)).expect("the first paragraph");
    let row = line[line.find("││").expect("pane border") + "││".len()..].trim_end_matches(['│', ' ']);
    assert!(row.trim_start().chars().count() > 100, "0: no limit: {row}");
}

#[test]
fn s_saves_the_letter_as_show_prints_it_and_never_overwrites() {
    let dir = tempfile::tempdir().expect("tempdir");
    let prompt = bundled_screen(120, 40, "G<Tab>s");
    let title = reader_title(&bundled_screen(120, 40, "G<Tab>"));
    let id = title.split_whitespace().next().expect("id").to_string();
    let default = format!("{}.txt", id.replace('/', "-"));
    assert!(
        status(&prompt).starts_with(&format!("save to: {default}▏")),
        "the id is the default name: {}",
        status(&prompt)
    );
    let path = dir.path().join("saved.txt");
    let keys = format!("G<Tab>s<C-u>{}<Enter>", path.display());
    let s = bundled_screen(120, 40, &keys);
    assert!(status(&s).contains("saved to"), "{}", status(&s));
    let saved = std::fs::read_to_string(&path).expect("the file is written");
    let shown =
        std::process::Command::new(env!("CARGO_BIN_EXE_letters")).args(["show", &id]).output().expect("show runs");
    assert_eq!(saved, String::from_utf8_lossy(&shown.stdout), "the file holds what letters show prints");
    std::fs::write(&path, "mine").expect("write");
    let s = bundled_screen(120, 40, &keys);
    assert!(status(&s).contains("exists: not overwritten"), "{}", status(&s));
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "mine", "an existing file is left alone");
}

#[test]
fn the_diagnostics_overlay_lists_what_check_reports_and_enter_opens_the_letter() {
    let s = bundled_screen(120, 40, "!");
    assert!(s.contains("letters check · Enter opens the letter"), "{s}");
    assert!(s.contains(":39") && s.contains("undated letter (Stalin → Churchill)"), "{s}");
    assert!(s.contains("footnote marker [*] has no footnote text"), "{s}");
    let opened = bundled_screen(120, 40, "!G<Enter>");
    assert!(!opened.contains("letters check ·"), "the overlay closes");
    assert_eq!(row_of(&opened), "4/4", "the undated letter from Stalin to Churchill");
    let mut app = app_on(bundled());
    more(&mut app, 120, 40, "!q");
    assert!(app.overlay.is_none() && !app.should_quit(), "q closes it");
}

#[test]
fn the_list_snippet_gets_a_third_of_the_row_and_skips_label_lines() {
    let mut l = letter(
        "Vyacheslav Mikhailovich Molotov",
        "Sir Nevile Meyrick Henderson",
        Some((1941, 1, 1)),
        &["top secret", "[Translation]", "Esteemed Mr. Ambassador, I have the honour to acknowledge your note."],
    );
    l.heading = "Molotov to Henderson".into();
    let s = screen_of(corpus_of(vec![l], &[]), 120, 20, "");
    let row = s.lines().nth(1).expect("the first row");
    let list_row: String = row.chars().take(48).collect();
    let snippet = list_row.split("  ").last().expect("a snippet").trim_matches(['│', ' ']);
    assert!(snippet.starts_with("Esteemed Mr."), "the first words of the body: {list_row}");
    assert!(snippet.chars().count() >= 44 / 3, "a third of the 44-column row: {snippet:?} in {list_row}");
    assert!(!list_row.contains("top secret"), "{list_row}");
}

#[test]
fn thread_pane_dates_are_padded_to_line_up() {
    let a = letter("Stalin", "Churchill", Some((1941, 8, 30)), &["First."]);
    let b = letter("Churchill", "Stalin", Some((1941, 9, 1)), &["Second."]);
    let c = letter("Stalin", "Churchill", Some((1941, 9, 3)), &["Third."]);
    let corpus = corpus_of(
        vec![a, b, c],
        &[(1, 0, letters::model::ReplyBasis::Explicit), (2, 1, letters::model::ReplyBasis::Explicit)],
    );
    let s = screen_of(corpus, 120, 30, "");
    let chain: Vec<&str> = s.lines().filter(|l| l.contains("1941 ") && l.contains("●") && !l.contains("•")).collect();
    let col = |l: &str, what: &str| l.find(what).map(|i| l[..i].chars().count());
    let first = chain.iter().find_map(|l| col(l, "30 Aug 1941"));
    let second = chain.iter().find_map(|l| col(l, "1 Sep 1941"));
    assert_eq!(second.zip(first).map(|(s, f)| s - f), Some(3), "padded under a deeper indent:\n{s}");
}

#[test]
fn a_backward_search_starts_before_and_n_goes_back() {
    let s = bundled_screen(120, 40, "<C-r>Finland");
    assert!(
        status(&s).starts_with("?Finland▏ 5/5"),
        "from the first letter back round to the last match: {}",
        status(&s)
    );
    let s = bundled_screen(120, 40, "<C-r>Finland<Enter>n");
    assert!(status(&s).contains("?Finland 4/5"), "n goes back: {}", status(&s));
    let s = bundled_screen(120, 40, "<C-r>Finland<Enter>nN");
    assert!(status(&s).contains("?Finland 5/5"), "N goes on: {}", status(&s));
    let s = bundled_screen(120, 40, "<C-r>Finland<Enter>/Finland<Enter>n");
    assert!(
        status(&s).contains("/Finland 4/5"),
        "/ searches forwards again (3/5 is the first in this letter): {}",
        status(&s)
    );
}

#[test]
fn up_and_down_at_the_search_prompt_bring_back_searches_kept_with_the_state() {
    let (_dir, mut store, mut app) = fresh_reader();
    more(&mut app, 120, 40, "/Finland<Enter>/Hyde<Enter>");
    let s = more(&mut app, 120, 40, "/<Up>");
    assert!(status(&s).starts_with("/Hyde▏ 1/1"), "the latest first, and it runs: {}", status(&s));
    let s = more(&mut app, 120, 40, "<Up>");
    assert!(status(&s).starts_with("/Finland▏"), "{}", status(&s));
    let s = more(&mut app, 120, 40, "<Down>");
    assert!(status(&s).starts_with("/Hyde▏"), "{}", status(&s));
    let s = more(&mut app, 120, 40, "<Down>");
    assert!(status(&s).starts_with("/▏"), "past the latest: an empty line: {}", status(&s));
    more(&mut app, 120, 40, "<Esc>");
    let mut again = reopen(&mut app, &mut store);
    let s = more(&mut again, 120, 40, "/<Up>");
    assert!(status(&s).starts_with("/Hyde▏"), "kept with the state: {}", status(&s));
}

#[test]
fn small_screens_keep_the_meaning_of_menus_and_help() {
    let menu = bundled_screen(30, 12, "c");
    assert!(menu.contains("…Chur") && menu.contains("…Roos"), "what differs is kept:\n{menu}");
    assert!(!menu.contains("Stali…"), "{menu}");
    let help = bundled_screen(40, 20, "?");
    assert!(help.contains("close the overlay,") && help.contains("prompt or filter"), "descriptions wrap:\n{help}");
    let scrolled = bundled_screen(40, 20, "?G");
    assert!(
        scrolled.contains("in the thread:") && scrolled.contains("corpus"),
        "the last line is reached:\n{scrolled}"
    );
}

#[test]
fn lt_and_gt_change_the_list_width_which_the_state_keeps() {
    let list_w = |s: &str| {
        s.lines().next().and_then(|l| l.find("┐┌")).map(|i| s.lines().next().map_or(0, |l| l[..i].chars().count()))
    };
    let (_dir, mut store, mut app) = fresh_reader();
    let before = list_w(&more(&mut app, 120, 40, "")).expect("three panes");
    let s = more(&mut app, 120, 40, ">>");
    let wider = list_w(&s).expect("three panes");
    assert!(wider > before, "{before} -> {wider}");
    assert!(status(&s).contains("list and thread: 50% of the screen"), "{}", status(&s));
    assert!(s.lines().nth(1).is_some_and(|r| r.contains("Stalin → Roosevelt  I gave consideration")), "{s}");
    let mut again = reopen(&mut app, &mut store);
    assert_eq!(list_w(&more(&mut again, 120, 40, "")), Some(wider), "kept with the state");
    let narrower = list_w(&more(&mut again, 120, 40, "<lt><lt><lt>")).expect("three panes");
    assert!(narrower < before, "{narrower} < {before}");
}

#[test]
fn every_notice_is_listed_wrapped_above_the_status_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("config.toml");
    std::fs::write(&path, "[keys]\nnext_link = \"<NoSuchKey>\"\n[layout]\npanes = \"two\"\n").expect("write");
    let loaded = letters::config::load_file(&path, true);
    let mut app = letters::reader::app_for(&loaded, Default::default());
    app.set_corpus(bundled());
    let s = more(&mut app, 60, 24, "");
    assert!(s.contains("2 problems · Esc dismisses the first"), "{s}");
    assert!(s.contains("unknown key") && s.contains("\"<NoSuchKey>\" for next_link"), "wrapped, not cut:\n{s}");
    assert!(
        s.contains("panes cannot be") && s.contains("\"auto\", \"three\" or \"one\""),
        "the second is shown too:\n{s}"
    );
    let s = more(&mut app, 60, 24, "<Esc>");
    assert!(s.contains("1 problem · Esc") && !s.contains("NoSuchKey"), "{s}");
    let s = more(&mut app, 60, 24, "<Esc>");
    assert!(!s.contains("problem"), "{s}");
}
