//! The config file: rebinding keys, colours, layout, and every kind of mistake reported with its file and line.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use letters::config::{self, Config, ConfigProblem, Panes, ThemeSlot, parse_str};
use letters::keys::action::Action;
use letters::keys::map::{KeyMap, parse_key};
use ratatui::style::Color;
use std::path::Path;

fn parse(text: &str) -> (Config, Vec<ConfigProblem>) {
    parse_str(text, Path::new("/cfg/letters/config.toml"))
}

fn key(spec: &str) -> KeyEvent {
    parse_key(spec).expect("a valid key")
}

fn problem_lines(problems: &[ConfigProblem]) -> Vec<String> {
    problems.iter().map(ToString::to_string).collect()
}

#[test]
fn rebinding_produces_the_expected_key_map() {
    let (config, problems) =
        parse("[keys]\nnext_link = [\"f\", \"<C-n>\"]\nhelp = \"H\"\nsearch = [\"<C-s>\", \"s\"]\nbookmark = []\n");
    assert!(problems.is_empty(), "{problems:?}");
    let map = &config.keymap;
    assert_eq!(map.action(KeyEvent::new(KeyCode::Char('n'), KeyModifiers::CONTROL)), Some(Action::NextLink));
    assert_eq!(map.action(key("f")), Some(Action::NextLink));
    assert_eq!(map.action(key("H")), Some(Action::Help));
    assert_eq!(map.action(key("?")), None, "help's old key is free");
    assert_eq!(map.keys(Action::Search), [key("<C-s>"), key("s")]);
    assert_eq!(map.action(key("/")), None);
    assert!(map.keys(Action::Bookmark).is_empty(), "an empty list unbinds");
    assert_eq!(map.action(key("m")), None);
    assert_eq!(map.describe_keys(Action::NextLink), "f, <C-n>", "as the help overlay shows it");
    // Everything not mentioned keeps its defaults.
    let defaults = KeyMap::default();
    for action in [Action::Quit, Action::Down, Action::Back, Action::FilterYear] {
        assert_eq!(map.keys(action), defaults.keys(action), "{action:?}");
    }
}

#[test]
fn a_key_taken_by_another_action_moves_to_it() {
    let (config, problems) = parse("[keys]\nhelp = [\"f\"]\n");
    assert!(problems.is_empty(), "taking a default key is allowed: {problems:?}");
    assert_eq!(config.keymap.action(key("f")), Some(Action::Help));
    assert!(config.keymap.keys(Action::NextLink).is_empty());
}

#[test]
fn the_same_key_given_twice_in_the_file_is_reported_and_the_later_action_gets_it() {
    let (config, problems) = parse("[keys]\nhelp = [\"x\"]\n\nquit = [\"x\"]\n");
    assert_eq!(
        problem_lines(&problems),
        [r#"/cfg/letters/config.toml:4: key "x" is bound to both help and quit; quit gets it"#]
    );
    assert_eq!(config.keymap.action(key("x")), Some(Action::Quit));
}

#[test]
fn the_acceptance_bad_file_reports_each_problem_with_its_line_and_keeps_the_rest() {
    let text = "[keys]\nquit = [\"q\"]\nnext_link = [\"<NoSuchKey>\"]\n[theme]\naccent = \"notacolour\"\n";
    let (config, problems) = parse(text);
    let lines = problem_lines(&problems);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(lines[0], r#"/cfg/letters/config.toml:3: unknown key name "<NoSuchKey>" for next_link"#);
    assert!(lines[1].starts_with(r#"/cfg/letters/config.toml:5: bad colour "notacolour""#), "{}", lines[1]);
    assert!(lines[1].ends_with("for accent"), "{}", lines[1]);
    // What was bad keeps its default; the rest applies.
    assert_eq!(config.keymap.keys(Action::NextLink), [key("f")]);
    assert_eq!(config.theme.color(ThemeSlot::Accent), Color::Cyan);
    assert_eq!(config.keymap.keys(Action::Quit), [key("q")], "quit lost <C-c> as the file asked");
}

#[test]
fn an_unknown_action_is_reported_on_its_line() {
    let (config, problems) = parse("# my keys\n[keys]\n\nnext_lnk = [\"x\"]\nhelp = [\"H\"]\n");
    let lines = problem_lines(&problems);
    assert_eq!(lines.len(), 1);
    assert!(lines[0].starts_with(r#"/cfg/letters/config.toml:4: unknown action "next_lnk""#), "{}", lines[0]);
    assert_eq!(config.keymap.action(key("H")), Some(Action::Help), "the rest applies");
    assert_eq!(config.keymap.action(key("x")), None);
}

#[test]
fn a_bad_key_in_a_list_keeps_that_actions_defaults() {
    let (config, problems) = parse("[keys]\nback = [\n  \"<C-b>\",\n  \"<C-\",\n]\n");
    let lines = problem_lines(&problems);
    assert_eq!(lines.len(), 1);
    assert!(lines[0].starts_with("/cfg/letters/config.toml:4: unclosed key name"), "{}", lines[0]);
    assert!(lines[0].ends_with("for back"), "{}", lines[0]);
    assert_eq!(config.keymap.keys(Action::Back), KeyMap::default().keys(Action::Back));
}

#[test]
fn a_sequence_of_keys_in_one_string_is_explained() {
    let (_, problems) = parse("[keys]\ntop = [\"gg\"]\n");
    assert_eq!(
        problem_lines(&problems),
        [r#"/cfg/letters/config.toml:2: "gg" is 2 keys, and a binding is one key: write ["g", "g"] for top"#]
    );
}

#[test]
fn keys_of_the_wrong_type_are_reported() {
    let (_, problems) = parse("[keys]\nquit = 3\nhelp = [\"?\", 4]\n");
    let lines = problem_lines(&problems);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].starts_with("/cfg/letters/config.toml:2: keys for quit must be a list"), "{}", lines[0]);
    assert!(lines[1].starts_with("/cfg/letters/config.toml:3: keys for help must be strings"), "{}", lines[1]);
}

#[test]
fn a_toml_syntax_error_is_reported_with_its_line_and_everything_stays_default() {
    let (config, problems) = parse("[keys]\nhelp = [\"H\"]\n\n[theme\naccent = \"red\"\n");
    let lines = problem_lines(&problems);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("/cfg/letters/config.toml:4: TOML syntax error"), "{}", lines[0]);
    assert_eq!(config.keymap.action(key("?")), Some(Action::Help));
    assert_eq!(config.theme.color(ThemeSlot::Accent), Color::Cyan);

    let (_, problems) = parse("[keys]\nhelp = [\"H\"\n");
    assert!(problems[0].to_string().starts_with("/cfg/letters/config.toml:2: TOML syntax error"), "{problems:?}");
    let (_, problems) = parse("[keys]\nhelp = [\"?\"]\nhelp = [\"H\"]\n");
    assert!(problems[0].to_string().starts_with("/cfg/letters/config.toml:3: TOML syntax error"), "{problems:?}");
}

#[test]
fn colours_by_name_and_hex_apply_and_bad_ones_are_reported() {
    let (config, problems) = parse(
        "[theme]\naccent = \"#1e90ff\"\nmarker = \"light_magenta\"\nlink = \"#12345\"\nsparkle = \"red\"\ndim = 7\n",
    );
    let lines = problem_lines(&problems);
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(lines[0].starts_with(r##"/cfg/letters/config.toml:4: bad colour "#12345""##), "{}", lines[0]);
    assert!(lines[1].starts_with(r#"/cfg/letters/config.toml:5: unknown colour "sparkle""#), "{}", lines[1]);
    assert!(lines[2].starts_with("/cfg/letters/config.toml:6: dim must be a colour in quotes"), "{}", lines[2]);
    assert_eq!(config.theme.color(ThemeSlot::Accent), Color::Rgb(0x1e, 0x90, 0xff));
    assert_eq!(config.theme.color(ThemeSlot::Marker), Color::LightMagenta);
    assert_eq!(config.theme.color(ThemeSlot::Link), ThemeSlot::Link.default_color());
    assert!(config.theme.is_set(ThemeSlot::Accent) && !config.theme.is_set(ThemeSlot::Link));
}

#[test]
fn layout_and_unknown_sections() {
    let (config, problems) =
        parse("keys = 3\n[layout]\npanes = \"one\"\nthree_pane_min_width = 140\n[colors]\nx = 1\n");
    let lines = problem_lines(&problems);
    assert_eq!(config.layout.panes, Panes::One);
    assert_eq!(config.layout.three_pane_min_width, 140);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].starts_with("/cfg/letters/config.toml:1: keys must be a table"), "{}", lines[0]);
    assert!(lines[1].starts_with("/cfg/letters/config.toml:5: unknown section [colors]"), "{}", lines[1]);

    let (config, problems) = parse("[layout]\npanes = \"two\"\nthree_pane_min_width = -3\nwide = true\n");
    let lines = problem_lines(&problems);
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(lines[0].starts_with(r#"/cfg/letters/config.toml:2: panes cannot be "two""#), "{}", lines[0]);
    assert!(lines[1].starts_with("/cfg/letters/config.toml:3: three_pane_min_width must be"), "{}", lines[1]);
    assert!(lines[2].starts_with(r#"/cfg/letters/config.toml:4: unknown layout setting "wide""#), "{}", lines[2]);
    assert_eq!(config.layout, config::LayoutSpec::default());
    assert!(config.layout.three_panes_at(100) && !config.layout.three_panes_at(99));
}

#[test]
fn the_default_file_reads_back_as_the_defaults() {
    let text = config::default_file();
    let (config, problems) = parse(&text);
    assert!(problems.is_empty(), "{problems:?}");
    let defaults = KeyMap::default();
    for action in Action::all() {
        assert_eq!(config.keymap.keys(action), defaults.keys(action), "{action:?}");
        assert!(text.contains(&format!("\n{} = [", action.name())), "{} is listed", action.name());
    }
    for slot in ThemeSlot::ALL {
        assert_eq!(config.theme.color(slot), slot.default_color(), "{slot:?}");
    }
    assert_eq!(config.layout, config::LayoutSpec::default());
    let table: toml::Table = toml::from_str(&text).expect("valid TOML");
    assert_eq!(table["keys"].as_table().map(|t| t.len()), Some(Action::COUNT));
}

#[test]
fn loading_files_from_disk() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("nope.toml");
    let loaded = config::load(Some(&missing));
    assert_eq!(loaded.problems.len(), 1);
    let msg = loaded.message().expect("a message");
    assert!(msg.contains("nope.toml: cannot read"), "{msg}");

    let quiet = config::load_file(&missing, false);
    assert!(quiet.problems.is_empty() && quiet.path.is_none(), "a missing default file is no problem");

    let file = dir.path().join("bad.toml");
    std::fs::write(&file, "[keys]\nquit = [\"q\"]\nnext_link = [\"<NoSuchKey>\"]\n[theme]\naccent = \"notacolour\"\n")
        .expect("write");
    let loaded = config::load(Some(&file));
    assert_eq!(loaded.path.as_deref(), Some(file.as_path()));
    let msg = loaded.message().expect("a message");
    assert!(msg.starts_with(&format!("config: {}:3: unknown key name", file.display())), "{msg}");
    assert!(msg.ends_with("(and 1 more: `letters config` lists them)"), "{msg}");
}

#[test]
fn the_reader_max_width_is_read_and_checked() {
    let (config, problems) = parse("[reader]\nmax_width = 60\n");
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(config.layout.max_width, 60);
    assert_eq!(parse("").0.layout.max_width, 80, "80 columns by default");
    let (config, problems) = parse("[reader]\nmax_width = 5\nwidth = 3\n");
    assert_eq!(config.layout.max_width, 80, "a bad value keeps the default");
    let lines = problem_lines(&problems);
    assert_eq!(lines.len(), 2, "both problems are listed: {lines:?}");
    assert!(lines[0].contains("config.toml:2:") && lines[0].contains("max_width must be"), "{lines:?}");
    assert!(lines[1].contains("unknown reader setting \"width\""), "{lines:?}");
}

#[test]
fn the_list_width_is_read_and_checked() {
    let (config, problems) = parse("[layout]\nlist_width = 55\n");
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(config.layout.list_percent, 55);
    assert_eq!(parse("").0.layout.list_percent, 40);
    let (config, problems) = parse("[layout]\nlist_width = 90\n");
    assert_eq!(config.layout.list_percent, 40);
    assert!(problem_lines(&problems)[0].contains("list_width must be a percentage"), "{problems:?}");
}
