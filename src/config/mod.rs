//! The config file, `config.toml`: key bindings (`[keys]`), colours (`[theme]`) and the default layout
//! (`[layout]`). Found at `$XDG_CONFIG_HOME/letters/config.toml` (the platform's config directory), or given with
//! `--config PATH`.
//!
//! Loading never fails: every problem (TOML syntax, unknown action or key name, bad colour) becomes a
//! [`ConfigProblem`] naming the file and line, and what was bad keeps its default while the rest applies.

mod default_file;
mod layout;
mod parse;
mod theme;

pub use default_file::default_file;
pub use layout::{LayoutSpec, Panes};
pub use parse::{line_of, parse_str};
pub use theme::{ThemeSlot, ThemeSpec, color_name, parse_color};

use crate::keys::map::KeyMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// Everything the config file decides, with the built-in defaults where it says nothing (or something wrong).
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The key bindings: the defaults, rebound by `[keys]`.
    pub keymap: KeyMap,
    /// The colour of every theme slot.
    pub theme: ThemeSpec,
    /// The default layout.
    pub layout: LayoutSpec,
}

/// Something wrong in the config file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigProblem {
    pub file: PathBuf,
    /// 1-based line; 0 when the problem is the whole file (it cannot be read).
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ConfigProblem {
    /// `/home/me/.config/letters/config.toml:3: unknown key name "<NoSuchKey>" for next_link`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file.display(), self.message)
        } else {
            write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
        }
    }
}

/// The result of [`load`].
#[derive(Debug, Clone, Default)]
pub struct LoadedConfig {
    pub config: Config,
    /// The file read, if one was found.
    pub path: Option<PathBuf>,
    /// What was wrong in it, in file order.
    pub problems: Vec<ConfigProblem>,
}

impl LoadedConfig {
    /// One message for the status line (shown until dismissed), or `None` when all was well: the first problem,
    /// and how many more there are.
    pub fn message(&self) -> Option<String> {
        let first = self.problems.first()?;
        Some(match self.problems.len() {
            1 => format!("config: {first}"),
            n => format!("config: {first} (and {} more: `letters config` lists them)", n - 1),
        })
    }
}

/// The config file used when `--config` is not given: `config.toml` in the platform's config directory for
/// `letters` (`$XDG_CONFIG_HOME/letters/config.toml` on Linux). `None` when there is no home directory.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "letters").map(|d| d.config_dir().join("config.toml"))
}

/// Loads the config: from `explicit` (`--config PATH`) if given, else from [`default_path`]. A missing default file
/// means the defaults, silently; a missing `--config` file is a problem.
pub fn load(explicit: Option<&Path>) -> LoadedConfig {
    let (path, must_exist) = match explicit {
        Some(p) => (p.to_path_buf(), true),
        None => match default_path() {
            Some(p) => (p, false),
            None => return LoadedConfig::default(),
        },
    };
    load_file(&path, must_exist)
}

/// Loads one config file.
pub fn load_file(path: &Path, must_exist: bool) -> LoadedConfig {
    match crate::files::read_regular(path, crate::files::READ_CAP) {
        Ok(bytes) => {
            let text = String::from_utf8_lossy(&bytes);
            let (config, problems) = parse_str(&text, path);
            LoadedConfig { config, path: Some(path.to_path_buf()), problems }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !must_exist => LoadedConfig::default(),
        Err(e) => {
            let problem = ConfigProblem { file: path.to_path_buf(), line: 0, message: format!("cannot read: {e}") };
            LoadedConfig { config: Config::default(), path: None, problems: vec![problem] }
        }
    }
}
