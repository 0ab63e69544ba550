//! The links an edition's markup makes between its letters (TEI `correspContext/ref`): each letter's
//! "previous letter of this correspondence", resolved to a loaded letter by that letter's own ids. Written by
//! this letter's addressee to its writer, it is the letter this one answers; otherwise this letter continues
//! its thread.

use crate::formats::tei::surname;
use crate::model::{Answered, Letter, LetterIx, People};
use std::collections::HashMap;

/// What the edition says about a letter's predecessor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Previous {
    /// Written by this letter's addressee to its writer: this letter answers it.
    Answers(LetterIx),
    /// Another letter of the correspondence: this one follows it.
    Follows(LetterIx),
}

/// For each letter, its predecessor as the edition names it, when loaded (none at all when no letter names one):
/// by the markup's ids, or by the editor's statement in a plain text (`an answer to the preceding letter`).
pub fn previous(letters: &[Letter]) -> Vec<Option<Previous>> {
    // No index when no letter names its predecessor (a FRUS volume): tens of thousands of ids not copied.
    let by_ids = letters.iter().any(|l| l.edition_previous().is_some());
    if !by_ids && letters.iter().all(|l| l.editor_answers().is_none()) {
        return Vec::new();
    }
    let index = by_ids.then(|| Index::build(letters));
    letters
        .iter()
        .enumerate()
        .map(|(ix, l)| {
            let Some(index) = index.as_ref().filter(|_| l.edition_previous().is_some()) else {
                return stated(letters, ix).map(Previous::Answers);
            };
            // Of several (a joint letter's writers each continue their correspondence), the latest this letter
            // answers, else the first named.
            let found = l.edition_previous()?.split(' ').filter_map(|t| index.find(t, folder(&l.file), true));
            let found: Vec<LetterIx> = found.filter(|&p| p != ix).collect();
            let answered = found.iter().rev().copied().filter(|&p| answers(l, &letters[p]));
            match answered.max_by_key(|&p| letters[p].date) {
                Some(p) => Some(Previous::Answers(p)),
                None => found.first().map(|&p| Previous::Follows(p)),
            }
        })
        .collect()
}

/// How many letters back in its file the letter of the number an editor names is looked for.
const NUMBER_REACH: usize = 500;

/// The letter the editor says letter `ix` answers (the one printed just before it, or the one of a number printed
/// before it in the same file), when that letter was written by its addressee to its writer and not after it.
fn stated(letters: &[Letter], ix: LetterIx) -> Option<LetterIx> {
    let l = &letters[ix];
    let found = match &l.editor_answers()?.answered {
        Answered::Preceding => ix.checked_sub(1).filter(|&p| letters[p].file == l.file),
        // Looked for among the letters printed before it in its file, a bounded number back: the work stays
        // linear whatever the file.
        Answered::Number(n) => {
            let before = (ix.saturating_sub(NUMBER_REACH)..ix).rev().take_while(|&p| letters[p].file == l.file);
            let mut numbered = before.filter(|&p| letters[p].number.as_deref() == Some(n.as_str()));
            match (numbered.next(), numbered.next()) {
                (Some(p), None) => Some(p),
                _ => None,
            }
        }
    }?;
    let prev = &letters[found];
    let in_order = prev.date.zip(l.date).is_none_or(|(p, d)| p <= d);
    (in_order && answers(l, prev)).then_some(found)
}

/// For each letter, what each of its links to other letters (`letter_refs`) resolves to (none at all when no
/// letter has such links).
pub fn letter_refs(letters: &[Letter]) -> Vec<Vec<Option<LetterIx>>> {
    if letters.iter().all(|l| l.letter_refs().is_empty()) {
        return Vec::new();
    }
    let index = Index::build(letters);
    letters
        .iter()
        .map(|l| l.letter_refs().iter().map(|r| index.find(&r.target, folder(&l.file), !r.unsure)).collect())
        .collect()
}

/// Whether `prev` was written by `l`'s addressee (alone or with others: a reply may go to one writer of a joint
/// letter) to its writer.
fn answers(l: &Letter, prev: &Letter) -> bool {
    let surnames = |side: &People| side.names().map(surname).filter(|s| !s.is_empty()).collect::<Vec<_>>();
    let (by, to) = (surnames(&prev.sender), surnames(&prev.recipient));
    let (mine_to, mine_by) = (surnames(&l.recipient), surnames(&l.sender));
    !by.is_empty()
        && by.iter().any(|s| mine_to.contains(s))
        && (to.is_empty() || to.iter().any(|s| mine_by.contains(s)))
}

fn folder(file: &str) -> &str {
    file.rsplit_once('/').map_or("", |(d, _)| d)
}

/// The digits of an id (`K_2201` and `B2201` give `2201`), for editions that spell one letter's id two ways.
fn digits(id: &str) -> Option<&str> {
    let start = id.find(|c: char| c.is_ascii_digit())?;
    let d = &id[start..];
    (d.bytes().all(|b| b.is_ascii_digit()) && d.len() >= 3).then_some(d)
}

struct Index<'a> {
    by_id: HashMap<&'a str, Vec<LetterIx>>,
    by_digits: HashMap<(&'a str, &'a str), Vec<LetterIx>>,
    files: Vec<&'a str>,
}

impl<'a> Index<'a> {
    fn build(letters: &'a [Letter]) -> Index<'a> {
        let mut by_id: HashMap<&str, Vec<LetterIx>> = HashMap::new();
        let mut by_digits: HashMap<(&str, &str), Vec<LetterIx>> = HashMap::new();
        for (ix, l) in letters.iter().enumerate() {
            for id in l.ids() {
                by_id.entry(id.as_str()).or_default().push(ix);
                if let Some(d) = digits(id) {
                    let v = by_digits.entry((folder(&l.file), d)).or_default();
                    if v.last() != Some(&ix) {
                        v.push(ix);
                    }
                }
            }
        }
        Index { by_id, by_digits, files: letters.iter().map(|l| folder(&l.file)).collect() }
    }

    /// The one letter with this id, one in the same folder first; failing that, the one letter of the same
    /// folder whose id has the same digits under another prefix.
    fn find(&self, target: &str, folder: &str, by_digits: bool) -> Option<LetterIx> {
        if let Some(v) = self.by_id.get(target) {
            let near: Vec<LetterIx> = v.iter().copied().filter(|&ix| self.files[ix] == folder).collect();
            return match (near.as_slice(), v.as_slice()) {
                ([one], _) | ([], [one]) => Some(*one),
                _ => None,
            };
        }
        if !by_digits {
            return None;
        }
        match self.by_digits.get(&(folder, digits(target)?))?.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }
}
