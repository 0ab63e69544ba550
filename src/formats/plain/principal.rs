//! The principal of a page of one person's papers that no title line names (`To John Jay` / `From John Brown
//! Cutting` in a writer's papers; `TO THE GOVERNOR OF SYRACUSE.` among an admiral's dispatches): the one person
//! who signs the letters whose headings name only their addressee. Such a page's headings leave that person out
//! on purpose, on both sides: the letters to others are by the principal, the letters from others to him. The
//! principal is taken only when every such signature names the same person, and only when two letters sign so or
//! the page also prints letters to the principal (`From ...`): one signature alone may be a pet name (`Your
//! Gnome`). Given to the unsigned letters, marked as from the collection.

use super::opening::{give_reader, give_writer};
use super::parties::Person;
use crate::model::{Letter, PersonBasis};

/// Gives the page's principal to its letters that lack that side, when the page shows one.
pub fn resolve(letters: &mut [Letter]) {
    let Some(principal) = principal(letters) else { return };
    for l in letters.iter_mut() {
        match (heading_side(&l.sender), heading_side(&l.recipient)) {
            (false, true) if l.sender.is_empty() => give_writer(l, &principal),
            (true, false) if l.recipient.is_empty() => give_reader(l, &principal),
            _ => {}
        }
    }
}

/// Whether the heading named this side of a letter (every person of it named there).
fn heading_side(side: &crate::model::People) -> bool {
    !side.is_empty() && side.0.iter().all(|p| p.basis == PersonBasis::Heading)
}

/// The one signer of the letters whose headings name only their addressee, when sure enough (see the module).
fn principal(letters: &[Letter]) -> Option<Person> {
    let (mut signer, mut signed): (Option<&crate::model::Person>, usize) = (None, 0);
    let mut from_others = 0;
    for l in letters {
        match (&*l.sender.0, heading_side(&l.recipient)) {
            ([s], true) if s.basis == PersonBasis::Signature => {
                if signer.is_some_and(|p| !crate::model::same_name(&p.name, &s.name)) {
                    return None;
                }
                signer = Some(s);
                signed += 1;
            }
            (_, false) if heading_side(&l.sender) && l.recipient.is_empty() => from_others += 1,
            _ => {}
        }
    }
    let s = signer.filter(|_| signed >= 2 || from_others > 0)?;
    Some(Person { name: s.name.to_string(), printed: s.printed.to_string(), office: false })
}
