//! The command line: argument definitions (clap) and the dispatch to one module per command.

mod args;
mod bookmarks;
mod check;
mod config_cmd;
mod corpus_arg;
mod export;
mod list;
mod out;
mod render;
mod show;
mod thread;

use crate::loader::LoadError;
use crate::model::Input;
pub(crate) use crate::reader::ReaderOpts;
pub(crate) use args::{EXIT_USAGE, FilterOpts};
use clap::{CommandFactory, Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

const ABOUT: &str = "A terminal reader for historical correspondence.

With no command, opens the reader on the letters at PATH (files, or folders read recursively) or, when no path is given, on the bundled letters.";

const EXAMPLES: &str = "Examples:
  letters                      read the bundled letters
  letters ~/letters/1942/      read every .txt file under a folder
  letters list --year 1942     one line per letter of 1942
  letters show frus-1945-stalin-roosevelt/1
  letters check ~/letters/     diagnostics, one per line";

#[derive(Debug, Parser)]
#[command(
    name = "letters",
    version,
    about = ABOUT,
    after_help = EXAMPLES,
    args_conflicts_with_subcommands = true,
    max_term_width = 80
)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Option<Command>,
    /// Letter files or folders (default: the bundled letters).
    pub(crate) paths: Vec<PathBuf>,
    #[command(flatten)]
    pub(crate) reader: ReaderOpts,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Print one line per letter: id, date, sender → recipient, heading.
    #[command(
        after_help = "Examples:\n  letters list\n  letters list ~/letters --between Stalin,Churchill --year 1942\n  letters list --unread"
    )]
    List {
        paths: Vec<PathBuf>,
        #[command(flatten)]
        filter: FilterOpts,
    },
    /// Print one letter as wrapped plain text, with its footnotes at the end.
    #[command(
        after_help = "Examples:\n  letters show moscow-1957-stalin-churchill-1941/2\n  letters show moscow-1957-stalin-churchill-1941/2 --width 60"
    )]
    Show {
        /// The letter's id, as `letters list` prints it.
        id: String,
        paths: Vec<PathBuf>,
        /// Wrap to this many columns (default: the terminal's width, or 80).
        #[arg(long, value_name = "N")]
        width: Option<usize>,
    },
    /// Print the reply tree that holds a letter.
    #[command(after_help = "Examples:\n  letters thread moscow-1957-stalin-churchill-1941/1")]
    Thread {
        /// The letter's id, as `letters list` prints it.
        id: String,
        paths: Vec<PathBuf>,
    },
    /// Print diagnostics as FILE:LINE: warning|error: message, then a summary. Exit 1 when there are errors.
    #[command(after_help = "Examples:\n  letters check\n  letters check ~/letters/ | grep error")]
    Check { paths: Vec<PathBuf> },
    /// Print the whole model as JSON.
    #[command(
        after_help = "Examples:\n  letters export > letters.json\n  letters export ~/letters | jq '.letters[].heading'\n  letters export --schema 1 > letters-v1.json"
    )]
    Export {
        paths: Vec<PathBuf>,
        /// The JSON shape: 2 (people as lists, date sources, editions, reply evidence) or 1 (as before).
        #[arg(long, default_value_t = 2, value_name = "VERSION")]
        schema: u32,
    },
    /// Run the reader on a virtual screen, type KEYS, and print the final screen as text.
    #[command(
        after_help = "KEYS: plain characters stand for themselves; <Enter> <Esc> <Tab> <S-Tab> <BS> <Up> <Down> <PgDn> \
                      <PgUp> <Home> <End> <C-o> <C-f> <C-c> <lt> name the others.

Examples:
  letters render --size 120x40 --keys 'jj<Enter>'
  letters render ~/letters --size 80x24 --keys '/Finland<Enter>n'"
    )]
    Render {
        paths: Vec<PathBuf>,
        /// Screen size, COLUMNSxROWS.
        #[arg(long, default_value = "120x40", value_name = "WxH")]
        size: String,
        /// Keys to type before printing the screen.
        #[arg(long, default_value = "", value_name = "KEYS", allow_hyphen_values = true)]
        keys: String,
    },
    /// Print the bookmarks kept for a corpus.
    #[command(after_help = "Examples:\n  letters bookmarks\n  letters bookmarks --json")]
    Bookmarks {
        paths: Vec<PathBuf>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Show the configuration.
    #[command(after_help = "Examples:\n  letters config --print-default > ~/.config/letters/config.toml")]
    Config {
        /// Print a complete, commented default config file.
        #[arg(long)]
        print_default: bool,
    },
    /// Print shell completions.
    #[command(
        after_help = "Examples:\n  letters completions bash > ~/.local/share/bash-completion/completions/letters"
    )]
    Completions { shell: clap_complete::Shell },
}

/// Runs the command line and turns every error into a message and an exit code: no panic, no backtrace.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to stdout, errors to stderr; both sanitized (an argument may hold escapes).
            let text = e.render().to_string();
            if e.use_stderr() {
                crate::text::sanitize::write_stderr(&text);
                return ExitCode::from(EXIT_USAGE);
            }
            return match out::print_all(text.as_bytes(), ExitCode::SUCCESS) {
                Ok(code) => code,
                Err(e) => {
                    crate::text::say!("{e:#}");
                    ExitCode::FAILURE
                }
            };
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            let code = match e.downcast_ref::<LoadError>() {
                Some(LoadError::Missing(_)) => EXIT_USAGE,
                _ => 1,
            };
            crate::text::say!("{e:#}");
            ExitCode::from(code)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let reader = cli.reader;
    match cli.command {
        None => crate::reader::run(input(&cli.paths), &reader),
        Some(Command::List { paths, filter }) => list::run(&input(&paths), &filter, &reader),
        Some(Command::Show { id, paths, width }) => show::run(&input(&paths), &id, width),
        Some(Command::Thread { id, paths }) => thread::run(&input(&paths), &id),
        Some(Command::Check { paths }) => check::run(&input(&paths)),
        Some(Command::Export { paths, schema }) => export::run(&input(&paths), schema),
        Some(Command::Render { paths, size, keys }) => render::run(input(&paths), &size, &keys, &reader),
        Some(Command::Bookmarks { paths, json }) => bookmarks::run(&input(&paths), json, &reader),
        Some(Command::Config { print_default }) => config_cmd::run(print_default, &reader),
        Some(Command::Completions { shell }) => {
            // Written whole into memory first: clap_complete panics when its writer fails.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "letters", &mut script);
            out::print_all(&script, ExitCode::SUCCESS)
        }
    }
}

/// The bundled letters when no path is given.
pub(crate) fn input(paths: &[PathBuf]) -> Input {
    if paths.is_empty() { Input::Bundled } else { Input::Paths(paths.to_vec()) }
}
