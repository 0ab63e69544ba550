//! Reading `config.toml` into a [`Config`], entry by entry: a bad entry is reported with its line and left at its
//! default, the rest applies. The file is parsed with spans (`toml::de::DeTable`) so every problem has a line.

use super::layout::Panes;
use super::theme::{ThemeSlot, parse_color};
use super::{Config, ConfigProblem};
use crate::keys::action::Action;
use crate::keys::map::{key_name, parse_key, parse_keys};
use crossterm::event::KeyEvent;
use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;
use toml::Spanned;
use toml::de::{DeString, DeTable, DeValue};

/// One `key = value` of a table, with spans.
type Entry<'a, 'i> = (&'a Spanned<DeString<'i>>, &'a Spanned<DeValue<'i>>);

/// Collects problems with their lines.
struct Problems<'t> {
    /// Where each line after the first starts (the offsets just after each `\n`), to find a line in log time.
    line_starts: Vec<usize>,
    file: &'t Path,
    list: Vec<ConfigProblem>,
}

impl<'t> Problems<'t> {
    fn new(text: &str, file: &'t Path) -> Self {
        let line_starts = memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1).collect();
        Problems { line_starts, file, list: Vec::new() }
    }

    fn add(&mut self, span: Range<usize>, message: String) {
        let line = self.line_starts.partition_point(|&start| start <= span.start) + 1;
        self.list.push(ConfigProblem { file: self.file.to_path_buf(), line, message });
    }
}

/// The 1-based line holding byte `offset`.
pub fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count() + 1
}

/// A table's entries in the order they stand in the file (the parsed map is sorted by name).
fn in_file_order<'a, 'i>(table: &'a DeTable<'i>) -> Vec<Entry<'a, 'i>> {
    let mut entries: Vec<Entry<'a, 'i>> = table.iter().collect();
    entries.sort_by_key(|(k, _)| k.span().start);
    entries
}

/// Parses the text of a config file named `file` (the name is only used in messages).
pub fn parse_str(text: &str, file: &Path) -> (Config, Vec<ConfigProblem>) {
    let mut config = Config::default();
    let mut problems = Problems::new(text, file);
    let root = match DeTable::parse(text) {
        Ok(root) => root,
        Err(e) => {
            let message = format!("TOML syntax error: {}", e.message().trim());
            problems.add(e.span().unwrap_or(0..0), message);
            return (config, problems.list);
        }
    };
    for (name, value) in in_file_order(root.get_ref()) {
        let section = name.get_ref().as_ref();
        let Some(table) = value.get_ref().as_table() else {
            problems.add(name.span(), format!("{section} must be a table: write [{section}] on a line of its own"));
            continue;
        };
        match section {
            "keys" => read_keys(table, &mut config, &mut problems),
            "theme" => read_theme(table, &mut config, &mut problems),
            "layout" => read_layout(table, &mut config, &mut problems),
            "reader" => read_reader(table, &mut config, &mut problems),
            other => problems.add(
                name.span(),
                format!("unknown section [{other}] (expected [keys], [theme], [layout] or [reader])"),
            ),
        }
    }
    if !config.keymap.has_quit_key() {
        // First: of all problems it is the one the user must see (the reader shows the first on its status line).
        problems.add(quit_span(text), NO_QUIT_KEY.to_string());
        problems.list.rotate_right(1);
    }
    (config, problems.list)
}

/// The problem reported when the config leaves no key to quit but Ctrl-C.
pub const NO_QUIT_KEY: &str = "no key is left to quit: Ctrl-C still quits (bind one with quit = [\"q\"] in [keys])";

/// Where `quit` is bound in the text (the start of the file if it cannot be found).
fn quit_span(text: &str) -> Range<usize> {
    let at = text.lines().scan(0, |off, l| {
        let start = *off;
        *off += l.len() + 1;
        Some((start, l))
    });
    let found = at.filter(|(_, l)| l.trim_start().starts_with("quit")).map(|(s, _)| s).last().unwrap_or(0);
    found..found
}

/// `[keys]`: `action = ["f", "<C-n>"]` (or a single string). An entry with a bad key keeps the action's defaults.
fn read_keys(table: &DeTable<'_>, config: &mut Config, problems: &mut Problems<'_>) {
    let mut bound_by: HashMap<KeyEvent, Action> = HashMap::new();
    for (name, value) in in_file_order(table) {
        let name_str: &str = name.get_ref().as_ref();
        let Some(action) = Action::from_name(name_str) else {
            problems
                .add(name.span(), format!("unknown action {name_str:?} (`letters config --print-default` lists them)"));
            continue;
        };
        let items: Vec<&Spanned<DeValue<'_>>> = match value.get_ref() {
            DeValue::String(_) => vec![value],
            DeValue::Array(items) => items.iter().collect(),
            _ => {
                let msg = format!("keys for {name_str} must be a list of key names, like [\"f\", \"<C-n>\"]");
                problems.add(value.span(), msg);
                continue;
            }
        };
        let mut keys = Vec::new();
        let mut ok = true;
        for item in items {
            match item.get_ref().as_str().map(parse_key) {
                Some(Ok(key)) => keys.push(key),
                Some(Err(e)) => {
                    let spec = item.get_ref().as_str().unwrap_or_default();
                    let message = match parse_keys(spec) {
                        Ok(seq) if seq.len() > 1 => format!(
                            "{spec:?} is {} keys, and a binding is one key: write [{}] for {name_str}",
                            seq.len(),
                            seq.iter().map(|k| format!("{:?}", key_name(*k))).collect::<Vec<_>>().join(", ")
                        ),
                        _ => format!("{e} for {name_str}"),
                    };
                    problems.add(item.span(), message);
                    ok = false;
                }
                None => {
                    problems.add(item.span(), format!("keys for {name_str} must be strings, like \"f\" or \"<C-n>\""));
                    ok = false;
                }
            }
        }
        if !ok {
            continue;
        }
        for key in &keys {
            if let Some(other) = bound_by.insert(*key, action).filter(|&other| other != action) {
                let msg = format!(
                    "key {:?} is bound to both {} and {name_str}; {name_str} gets it",
                    key_name(*key),
                    other.name()
                );
                problems.add(name.span(), msg);
            }
        }
        config.keymap.bind(action, keys);
    }
}

/// `[theme]`: `slot = "colour"`.
fn read_theme(table: &DeTable<'_>, config: &mut Config, problems: &mut Problems<'_>) {
    for (name, value) in in_file_order(table) {
        let name_str: &str = name.get_ref().as_ref();
        let Some(slot) = ThemeSlot::from_name(name_str) else {
            let slots: Vec<&str> = ThemeSlot::ALL.iter().map(|s| s.name()).collect();
            problems.add(name.span(), format!("unknown colour {name_str:?} (the colours are {})", slots.join(", ")));
            continue;
        };
        match value.get_ref().as_str().map(parse_color) {
            Some(Ok(color)) => config.theme.set(slot, color),
            Some(Err(e)) => problems.add(value.span(), format!("{e} for {name_str}")),
            None => problems
                .add(value.span(), format!("{name_str} must be a colour in quotes, like \"cyan\" or \"#1e90ff\"")),
        }
    }
}

/// `[reader]`: `max_width = 80` (columns of the letter's text at most; 0 for the pane's width).
fn read_reader(table: &DeTable<'_>, config: &mut Config, problems: &mut Problems<'_>) {
    for (name, value) in in_file_order(table) {
        match name.get_ref().as_ref() {
            "max_width" => {
                let n = value.get_ref().as_integer().and_then(|i| u16::from_str_radix(i.as_str(), i.radix()).ok());
                match n.filter(|n| *n == 0 || (20..=1000).contains(n)) {
                    Some(n) => config.layout.max_width = n,
                    None => problems
                        .add(value.span(), "max_width must be a number of columns, 20 to 1000 (0: no limit)".into()),
                }
            }
            other => problems.add(name.span(), format!("unknown reader setting {other:?} (expected max_width)")),
        }
    }
}

/// `[layout]`: `panes = "auto" | "three" | "one"`, `three_pane_min_width = 100`.
fn read_layout(table: &DeTable<'_>, config: &mut Config, problems: &mut Problems<'_>) {
    for (name, value) in in_file_order(table) {
        match name.get_ref().as_ref() {
            "panes" => match value.get_ref().as_str().map(|s| (s, Panes::from_name(s))) {
                Some((_, Some(panes))) => config.layout.panes = panes,
                other => {
                    let what = other.map(|(s, _)| format!("{s:?}")).unwrap_or_else(|| "this".to_string());
                    problems.add(value.span(), format!("panes cannot be {what}: write \"auto\", \"three\" or \"one\""));
                }
            },
            "list_width" => {
                let n = value.get_ref().as_integer().and_then(|i| u16::from_str_radix(i.as_str(), i.radix()).ok());
                match n.filter(|n| (20..=70).contains(n)) {
                    Some(n) => config.layout.list_percent = n,
                    None => {
                        problems.add(value.span(), "list_width must be a percentage of the screen, 20 to 70".into())
                    }
                }
            }
            "three_pane_min_width" => {
                let n = value.get_ref().as_integer().and_then(|i| u16::from_str_radix(i.as_str(), i.radix()).ok());
                match n.filter(|n| (1..=1000).contains(n)) {
                    Some(n) => config.layout.three_pane_min_width = n,
                    None => {
                        problems.add(value.span(), "three_pane_min_width must be a number of columns, 1 to 1000".into())
                    }
                }
            }
            other => problems.add(
                name.span(),
                format!("unknown layout setting {other:?} (expected panes, three_pane_min_width or list_width)"),
            ),
        }
    }
}
