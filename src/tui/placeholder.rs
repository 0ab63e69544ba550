//! A stand-in [`Screen`] for the terminal runtime until the real app is wired in: a list of letter headings over
//! the selected letter's text, and a status line. `j`/`k` (or the arrows, or the wheel) move, `q` or Ctrl-C quit.

use super::screen::Screen;
use crate::corpus::Corpus;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{List, ListState, Paragraph, Wrap};

/// The stand-in screen.
#[derive(Debug, Default)]
pub struct Placeholder {
    corpus: Option<Corpus>,
    progress: (u64, u64),
    /// Position in reading order.
    selected: usize,
    quit: bool,
}

impl Placeholder {
    /// An empty screen, waiting for its corpus.
    pub fn new() -> Placeholder {
        Placeholder::default()
    }

    /// Letter indexes in reading order (file order when the corpus has no reading order).
    fn order(&self) -> Vec<usize> {
        match &self.corpus {
            Some(c) if c.reading_order.len() == c.letters.len() => c.reading_order.clone(),
            Some(c) => (0..c.letters.len()).collect(),
            None => Vec::new(),
        }
    }

    fn count(&self) -> usize {
        self.corpus.as_ref().map_or(0, |c| c.letters.len())
    }

    fn step(&mut self, down: bool) {
        let n = self.count();
        self.selected =
            if down { (self.selected + 1).min(n.saturating_sub(1)) } else { self.selected.saturating_sub(1) };
    }

    fn status(&self) -> String {
        let n = self.count();
        let position = if n == 0 { 0 } else { self.selected + 1 };
        let loading = match (&self.corpus, self.progress) {
            (None, (done, total)) if total > 0 => format!("  loading {}%", done.saturating_mul(100) / total),
            (None, _) => "  loading".to_string(),
            _ => String::new(),
        };
        format!("{position}/{n}{loading}  j/k move  q quit")
    }
}

impl Screen for Placeholder {
    fn set_progress(&mut self, done: u64, total: u64) {
        self.progress = (done, total);
    }

    fn set_corpus(&mut self, corpus: Corpus) {
        self.corpus = Some(corpus);
        self.selected = 0;
    }

    fn handle_key(&mut self, key: KeyEvent) {
        match key.code {
            KeyCode::Char('q') => self.quit = true,
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => self.quit = true,
            KeyCode::Char('j') | KeyCode::Down => self.step(true),
            KeyCode::Char('k') | KeyCode::Up => self.step(false),
            _ => {}
        }
    }

    fn handle_mouse(&mut self, event: MouseEvent) {
        match event.kind {
            MouseEventKind::ScrollDown => self.step(true),
            MouseEventKind::ScrollUp => self.step(false),
            _ => {}
        }
    }

    fn draw(&mut self, frame: &mut Frame) {
        let [list_area, text_area, status_area] =
            Layout::vertical([Constraint::Percentage(40), Constraint::Fill(1), Constraint::Length(1)])
                .areas(frame.area());
        let order = self.order();
        if let Some(corpus) = &self.corpus {
            let rows = order.iter().map(|&ix| Line::from(corpus.letters[ix].heading.as_str()));
            let list = List::new(rows).highlight_style(Style::new().add_modifier(Modifier::REVERSED));
            let mut state = ListState::default().with_selected(Some(self.selected));
            frame.render_stateful_widget(list, list_area, &mut state);
            if let Some(letter) = order.get(self.selected).map(|&ix| &corpus.letters[ix]) {
                let lines: Vec<Line> = std::iter::once(letter.heading.as_str())
                    .chain(letter.paragraphs.iter().map(String::as_str))
                    .map(Line::from)
                    .collect();
                frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), text_area);
            }
        }
        frame.render_widget(Line::from(self.status()), status_area);
    }

    fn should_quit(&self) -> bool {
        self.quit
    }
}
