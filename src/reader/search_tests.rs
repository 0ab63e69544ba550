//! `n` and `N` past the end of a search that keeps only some of its matches: `N` from the first match goes to
//! the true last one, and the counter says the count is partial.

use super::app::{App, AppConfig};
use super::screen::Screen;
use super::search::Search;
use crate::keys::action::Action;
use crate::model::{Corpus, Letter};

fn corpus() -> Corpus {
    let letters: Vec<Letter> = (0..5)
        .map(|i| {
            let mut l = Letter::new("t.txt", i, format!("Letter {i}"), "A".into(), "B".into());
            l.paragraphs = vec![format!("needle {i} and needle {i} again")].into();
            l
        })
        .collect();
    Corpus { reading_order: (0..letters.len()).collect(), letters, ..Corpus::default() }
}

fn app_with_capped_search(cap: usize) -> App {
    let mut app = App::new(AppConfig::default());
    app.set_corpus(corpus());
    let corpus = app.corpus.as_ref().expect("corpus");
    let mut s = Search::run_with(corpus, &app.list.rows, "needle", cap);
    s.current = Some(0);
    app.search = Some(s);
    app
}

#[test]
fn the_tail_of_a_search_holds_the_last_matches() {
    let c = corpus();
    let order: Vec<usize> = (0..5).collect();
    let s = Search::run_tail(&c, &order, "needle", 3);
    let letters: Vec<usize> = s.matches.iter().map(|m| m.letter).collect();
    assert_eq!(letters, [3, 4, 4], "the last three matches, in reading order");
    assert_eq!(s.current, Some(2));
    assert_eq!(s.counter(), "last of 3+");
}

#[test]
fn n_backwards_from_the_first_of_a_capped_search_goes_to_the_true_last_match() {
    let mut app = app_with_capped_search(4);
    assert_eq!(app.search.as_ref().map(|s| s.counter()).as_deref(), Some("1/4+ (counted so far)"));
    app.apply(Action::PrevMatch);
    assert_eq!(app.current, Some(4), "the last letter holds the last match, beyond the four kept");
    assert_eq!(app.search.as_ref().map(|s| s.counter()).as_deref(), Some("last of 4+"));
    let screen = super::headless::render_screen(&mut app, 120, 30, "").expect("drawn");
    let status = screen.lines().last().unwrap_or_default();
    assert!(status.contains("/needle last of 4+") && status.starts_with(" 5/5"), "what the user sees: {status}");
    app.apply(Action::PrevMatch);
    assert_eq!(app.search.as_ref().map(|s| s.counter()).as_deref(), Some("2 from the end of 4+"));
    app.apply(Action::NextMatch);
    app.apply(Action::NextMatch);
    assert_eq!(app.current, Some(0), "n from the last match wraps to the true first");
    assert_eq!(app.search.as_ref().map(|s| s.counter()).as_deref(), Some("1/4+ (counted so far)"));
    for _ in 0..3 {
        app.apply(Action::NextMatch);
    }
    assert_eq!(app.search.as_ref().map(|s| s.counter()).as_deref(), Some("4/4+ (counted so far)"));
    app.apply(Action::NextMatch);
    assert_eq!(app.search.as_ref().map(|s| s.counter()).as_deref(), Some("4/4+ (counted so far)"), "it stays");
    assert_eq!(app.status.message.as_deref(), Some("only the first 4 matches are kept: a longer query finds fewer"));
}
