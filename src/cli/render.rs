//! `letters render`: the reader on a virtual screen (ratatui's TestBackend), driven by a key string, the final
//! screen printed as plain text: one line per row, trailing spaces trimmed.

use super::ReaderOpts;
use super::args::EXIT_USAGE;
use crate::keys::map::parse_keys;
use crate::loader;
use crate::model::Input;
use crate::reader::app_for;
use crate::reader::headless::render_screen;
use crate::reader::screen::Screen;
use crate::state::StateStore;
use ratatui::layout::Rect;
use std::process::ExitCode;

/// The largest screen side accepted.
const MAX_SIDE: u16 = 2000;

/// Parses `COLUMNSxROWS`.
pub(crate) fn parse_size(s: &str) -> Result<(u16, u16), String> {
    let bad = || format!("--size {s:?}: expected COLUMNSxROWS, e.g. 120x40");
    let (w, h) = s.trim().split_once(['x', 'X']).ok_or_else(bad)?;
    let w: u16 = w.trim().parse().map_err(|_| bad())?;
    let h: u16 = h.trim().parse().map_err(|_| bad())?;
    if w == 0 || h == 0 {
        return Err(format!("--size {s:?}: columns and rows must be at least 1"));
    }
    if w > MAX_SIDE || h > MAX_SIDE {
        return Err(format!("--size {s:?}: at most {MAX_SIDE} columns and {MAX_SIDE} rows"));
    }
    Ok((w, h))
}

/// `letters render`.
/// Starts from the remembered state (read only) and the config file, like the reader; prints the config's problems
/// and the state's message on stderr as well.
pub(crate) fn run(input: Input, size: &str, keys: &str, reader: &ReaderOpts) -> anyhow::Result<ExitCode> {
    let (w, h) = match parse_size(size) {
        Ok(s) => s,
        Err(e) => {
            crate::text::say!("{e}");
            return Ok(ExitCode::from(EXIT_USAGE));
        }
    };
    if let Err(e) = parse_keys(keys) {
        crate::text::say!("--keys: {e}");
        return Ok(ExitCode::from(EXIT_USAGE));
    }
    let config = crate::config::load(reader.config.as_deref());
    for p in &config.problems {
        crate::text::say!("{p}");
    }
    let loaded = StateStore::open_read_only(&input, reader.no_state).load();
    if let Some(m) = &loaded.message {
        crate::text::say!("{m}");
    }
    let corpus = loader::load(&input)?;
    let mut app = app_for(&config, loaded);
    app.geo.screen = Rect::new(0, 0, w, h);
    app.set_progress(corpus.bytes, corpus.bytes);
    app.set_corpus(corpus);
    let screen = render_screen(&mut app, w, h, keys)?;
    super::out::print_all(screen.as_bytes(), ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_parsed_with_clear_errors() {
        assert_eq!(parse_size("120x40"), Ok((120, 40)));
        assert_eq!(parse_size("1x1"), Ok((1, 1)));
        assert!(parse_size("120").expect_err("no x").contains("COLUMNSxROWS"));
        assert!(parse_size("0x10").expect_err("zero").contains("at least 1"));
        assert!(parse_size("axb").is_err());
        assert!(parse_size("99999x10").is_err());
    }
}
