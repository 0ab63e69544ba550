//! `letters check` loads without reply links (`loader::load_for_check`): what it reports of the links, the letters
//! each reference cites and the other printings of each letter, is what the whole load finds.

use letters::loader::{load, load_for_check};
use letters::model::{Corpus, Input};
use std::path::PathBuf;

/// Each letter's id, the letters its references cite (by id, `-` for none) and its other printings (by id).
fn links(c: &Corpus) -> Vec<(String, Vec<String>, Vec<String>)> {
    let id = |ix: usize| c.letters[ix].id.clone();
    c.letters
        .iter()
        .map(|l| {
            let cited = l.references.iter().map(|r| r.letter.map_or_else(|| "-".to_string(), id)).collect();
            (l.id.clone(), cited, l.editions.iter().map(|&e| id(e)).collect())
        })
        .collect()
}

fn both(dir: PathBuf) -> (Corpus, Corpus) {
    let input = Input::Paths(vec![dir]);
    (load(&input).expect("the pages load"), load_for_check(&input).expect("the pages load for a check"))
}

#[test]
fn the_real_pages_cite_the_same_letters_either_way() {
    let (whole, check) = both(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/realpages/corpus"));
    let found = links(&whole);
    assert_eq!(links(&check), found);
    // The pages' replies cite letters of the corpus: the comparison is of links, not of empty lists.
    let cited = found.iter().flat_map(|(_, refs, _)| refs).filter(|r| *r != "-").count();
    assert!(cited >= 3, "only {cited} references resolved");
    // No thread is made for a check.
    assert!(check.threads.is_empty() && check.letters.iter().all(|l| l.replies_to.is_none()));
    assert!(!whole.threads.is_empty());
}

#[test]
fn a_letter_in_two_editions_is_found_either_way() {
    let (whole, check) = both(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/pages/editions"));
    let found = links(&whole);
    assert_eq!(links(&check), found);
    assert!(found.iter().any(|(_, _, editions)| !editions.is_empty()), "no letter has another printing");
}
