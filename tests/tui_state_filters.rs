//! Filters of the letter list: correspondents (`c`), year (`y`), unread only (`u`); the status line names the
//! filter, Esc clears it, search runs within it, and letters outside it can still be opened.

mod tui_support;

use letters::reader::state::Pane;
use tui_support::{app_on, bundled, more, status};

/// The list rows of a 120-column screen (the left pane, above its bottom border).
fn list_rows(s: &str) -> Vec<&str> {
    s.lines().skip(1).take_while(|l| !l.starts_with('└')).filter(|l| l.contains('→') && l.starts_with('│')).collect()
}

#[test]
fn c_offers_the_pairs_with_counts_and_narrows_the_list() {
    let mut app = app_on(bundled());
    let menu = more(&mut app, 120, 30, "c");
    assert!(menu.contains("Correspondents"), "{menu}");
    let pair = menu.lines().find(|l| l.contains("Stalin ↔ Churchill")).unwrap_or_default();
    assert!(pair.contains("3 letters"), "{menu}");
    assert!(menu.lines().any(|l| l.contains("Stalin ↔ Roosevelt") && l.contains("1 letter")), "{menu}");
    let s = more(&mut app, 120, 30, "<Enter>");
    let rows: Vec<&str> = s.lines().skip(1).take(5).collect();
    assert!(s.contains("Letters 1/3 · filtered"), "{s}");
    assert!(rows[..3].iter().all(|r| r.contains("Chu")) && !rows[3].contains('→'), "{s}");
    assert!(status(&s).contains("filter: Stalin ↔ Churchill"), "{}", status(&s));
    let s = more(&mut app, 120, 30, "<Esc>");
    assert!(s.contains("Letters") && s.contains("/4 "), "Esc clears it: {s}");
    assert!(!status(&s).contains("filter:"), "{}", status(&s));
}

#[test]
fn y_offers_the_years_and_filters_by_one() {
    let mut app = app_on(bundled());
    let menu = more(&mut app, 120, 30, "y");
    assert!(menu.lines().any(|l| l.contains("1941") && l.contains("2 letters")), "{menu}");
    let s = more(&mut app, 120, 30, "<Enter>");
    let rows = list_rows(&s);
    assert_eq!(rows.len(), 2, "{s}");
    assert!(rows.iter().all(|r| r.contains("1941")), "{s}");
    assert!(status(&s).contains("filter: 1941"), "{}", status(&s));
    // Both filters at once: a pair and a year.
    let s = more(&mut app, 120, 30, "cj<Enter>");
    assert!(status(&s).contains("filter: Stalin ↔ Roosevelt, 1941"), "{}", status(&s));
    assert!(list_rows(&s).is_empty() && s.contains("no letters"), "{s}");
}

#[test]
fn u_shows_unread_letters_only() {
    let mut app = app_on(bundled());
    more(&mut app, 120, 30, "<Enter><S-Tab>j<Enter>");
    let s = more(&mut app, 120, 30, "<S-Tab>u");
    let rows = list_rows(&s);
    assert_eq!(rows.len(), 2, "{s}");
    assert!(rows.iter().all(|r| r.starts_with("│•")), "{s}");
    assert!(status(&s).contains("filter: unread") && status(&s).contains("2 unread"), "{}", status(&s));
    let s = more(&mut app, 120, 30, "u");
    assert_eq!(list_rows(&s).len(), 4, "u again shows all: {s}");
}

#[test]
fn search_runs_within_the_filter() {
    let mut app = app_on(bundled());
    let s = more(&mut app, 120, 30, "/Finland<Enter>");
    assert!(status(&s).contains("1/5"), "{}", status(&s));
    let s = more(&mut app, 120, 30, "<Esc><Esc>y<Enter>/Finland<Enter>");
    assert!(status(&s).contains("/Finland 1/2"), "only the 1941 letter's matches: {}", status(&s));
    let s = more(&mut app, 120, 30, "<Esc>/consideration<Enter>");
    assert!(s.contains("no match"), "the Roosevelt letter is filtered out: {}", status(&s));
}

#[test]
fn letters_outside_the_filter_can_still_be_opened() {
    let mut app = app_on(bundled());
    // The 1941 letters; R from the 22 November letter leads to the undated reply, outside the filter.
    more(&mut app, 120, 30, "y<Enter>j<Enter>");
    let s = more(&mut app, 120, 30, "R");
    assert!(s.contains("┌ moscow-1957-stalin-churchill-1941/3"), "{s}");
    assert!(status(&s).starts_with(" –/2") && status(&s).contains("filter: 1941"), "{}", status(&s));
    // Moving in the list again picks a listed letter; nothing breaks at the edges.
    let s = more(&mut app, 120, 30, "<S-Tab>kkkjjjG<Tab>]][[rR");
    assert!(s.contains("filter: 1941"), "{s}");
    assert_eq!(app.focus, Pane::Reader);
}

#[test]
fn an_empty_filtered_list_is_safe() {
    let mut app = app_on(bundled());
    more(&mut app, 120, 30, "<Enter><S-Tab>j<Enter><S-Tab>j<Enter><S-Tab>j<Enter><S-Tab>");
    let s = more(&mut app, 120, 30, "u");
    assert!(s.contains("no letter passes the filter"), "{s}");
    let s = more(&mut app, 120, 30, "jjkgG<Enter><Tab>jj<Tab>/a<Enter>nN");
    assert!(s.contains("no letters") || s.contains("filter"), "{s}");
    let s = more(&mut app, 80, 24, "<Esc><Esc><Esc>");
    assert!(!status(&s).contains("filter:"), "{s}");
}
