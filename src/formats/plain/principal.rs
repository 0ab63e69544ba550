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
    match signer.filter(|_| signed >= 2 || from_others > 0) {
        Some(s) => Some(Person { name: s.name.to_string(), printed: s.printed.to_string(), office: false }),
        None if signer.is_none() => addressed_in_full(letters),
        None => None,
    }
}

/// `134. — À MADAME DE GRIGNAN` among `135. — DE BUSSY-RABUTIN À MADAME DE SÉVIGNÉ`: on a page whose letters are
/// headed by their addressee alone but for those from others, each naming both parties, the one person all of those
/// are addressed to is the principal, when none of the first kind is addressed to her (the page then prints her
/// letters and the letters to her).
fn addressed_in_full(letters: &[Letter]) -> Option<Person> {
    let mut principal: Option<&crate::model::Person> = None;
    let (mut to_others, mut to_principal) = (Vec::new(), 0);
    for l in letters {
        match (heading_side(&l.sender), heading_side(&l.recipient)) {
            (false, true) if l.sender.is_empty() => to_others.extend(l.recipient.0.iter()),
            (true, true) => {
                let [r] = &*l.recipient.0 else { return None };
                if principal.is_some_and(|p| !crate::model::same_name(&p.name, &r.name)) {
                    return None;
                }
                principal = Some(r);
                to_principal += 1;
            }
            _ => {}
        }
    }
    let p = principal?;
    let apart = !to_others.is_empty() && to_others.iter().all(|o| !crate::model::same_name(&o.name, &p.name));
    (apart && to_principal > 0).then(|| Person {
        name: p.name.to_string(),
        printed: p.printed.to_string(),
        office: false,
    })
}
