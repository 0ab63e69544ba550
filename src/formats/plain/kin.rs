//! Family named by its bond alone in one writer's letters (`[To her mother.]`, `To my Brother`, `Dear Father,`,
//! `From his Father`): an editor records the relative by surname. The page's own name for that relative (`her
//! father, Hugh Merrow` in the introduction or a footnote, a heading `To her father, Sir Hugh Merrow`) when it
//! gives exactly one; else the writer's surname, marked as inferred. Only for the kin who bear the family's name by
//! default (parents, brothers, sons, a wife; a sister or a daughter, who may have married out of it, only by the
//! page's name for her): a husband, aunt, uncle or cousin keeps the bond as printed. The printed form (`her
//! father`) stays.

use super::page_names::{Page, leading_name};
use crate::model::{Letter, People, Person, PersonBasis, same_name};

/// Kin who bear the family's name by default.
const FAMILY_NAME_KIN: &[&str] = &[
    "father",
    "mother",
    "brother",
    "sister",
    "son",
    "daughter",
    "parents",
    "papa",
    "mamma",
    "mama",
    // `An den Bruder.`, `An die Mutter.`: a German edition's.
    "vater",
    "mutter",
    "bruder",
    "schwester",
    "sohn",
    "tochter",
    "eltern",
    // A wife bore her husband's name (a husband need not bear the name a woman writer's letters are printed
    // under: her own family's, perhaps).
    "wife",
    "frau",
    "gattin",
    "gemahlin",
];

/// Kin who most often leave the family's name when they marry: named only by the page's own name for them.
const MARRY_OUT: &[&str] = &["sister", "daughter", "schwester", "tochter"];

/// Words that tie a bond to someone (`her father`, `Quarles's father`).
const POSSESSIVES: &[&str] = &[
    "his", "her", "my", "their", "our",
    // German articles and possessives, in the cases a heading or greeting puts them (`An den Bruder`, `Meine
    // liebe Schwester` is a greeting's).
    "den", "die", "dem", "der", "seinen", "seine", "ihren", "ihre", "meinen", "meine", "mein", "sein", "ihr",
];

/// Whether `word` names a relative who bears the family's name (see [`FAMILY_NAME_KIN`]), in any case.
pub(super) fn is_bond(word: &str) -> bool {
    FAMILY_NAME_KIN.iter().any(|k| word.eq_ignore_ascii_case(k))
}

/// The bond a party is named by alone, in lowercase: its name a word of [`FAMILY_NAME_KIN`], printed as that word
/// (`Father`) or after a possessive (`her father`, `my Brother`, `HIS SISTER`), perhaps with a given name after
/// it (`seinen Sohn Theodor`): the family's name is the relative's all the same.
fn bond(p: &Person) -> Option<&'static str> {
    let k = FAMILY_NAME_KIN.iter().find(|k| p.name.eq_ignore_ascii_case(k))?;
    let printed = p.printed.trim().trim_end_matches(['.', ',', ':', ';', '!']);
    let mut words = printed.split_whitespace().rev().peekable();
    // One given name after the bond, after a possessive.
    let given = words.next_if(|w| !w.eq_ignore_ascii_case(k) && w.starts_with(char::is_uppercase)).is_some();
    let last_is_bond = words.next().is_some_and(|w| w.eq_ignore_ascii_case(k));
    let before = words.next();
    let possessed = before.is_some_and(|w| POSSESSIVES.iter().any(|x| w.eq_ignore_ascii_case(x)));
    let ok = last_is_bond && words.next().is_none() && (possessed || !given && before.is_none_or(greeting));
    ok.then_some(*k)
}

/// `dearest` of `My dearest Mother`.
fn greeting(w: &str) -> bool {
    ["dear", "dearest", "beloved", "honoured", "honored"].iter().any(|g| w.eq_ignore_ascii_case(g))
}

/// Resolves the bonds of one file's letters (see the module).
pub(super) fn resolve(letters: &mut [Letter], page: &Page) {
    let is_bond = |l: &Letter| [&l.sender, &l.recipient].iter().any(|s| matches!(&*s.0, [p] if bond(p).is_some()));
    if !letters.iter().any(is_bond) {
        return;
    }
    let Some(writer) = writer(letters, page) else { return };
    let mut named: Vec<(&'static str, Option<Option<String>>)> = Vec::new();
    let mut changes: Vec<(usize, bool, Person)> = Vec::new();
    for (ix, l) in letters.iter().enumerate() {
        for (recipient, side, other) in [(true, &l.recipient, &l.sender), (false, &l.sender, &l.recipient)] {
            let [p] = &*side.0 else { continue };
            let Some(k) = bond(p) else { continue };
            // The other side is the writer: a bond printed with a possessive under the book's title names the
            // writer's kin even when the letter names no other side.
            let possessive = p.printed.split_whitespace().nth(1).is_some() && !p.printed.contains(['!']);
            if !(other.has(&writer) || other.is_empty() && possessive && p.basis == PersonBasis::Heading) {
                continue;
            }
            let at = named.iter().position(|(n, _)| *n == k).unwrap_or_else(|| {
                named.push((k, named_on_page(letters, page, k)));
                named.len() - 1
            });
            let name = named[at].1.clone();
            let person = match name {
                Some(Some(surname)) => Person::new(surname, &*p.printed, p.basis),
                Some(None) => continue,
                None if MARRY_OUT.contains(&k) => continue,
                None => Person::new(&*writer, &*p.printed, PersonBasis::Inferred),
            };
            changes.push((ix, recipient, person));
        }
    }
    for (ix, recipient, person) in changes {
        let l = &mut letters[ix];
        *(if recipient { &mut l.recipient } else { &mut l.sender }) = People::one(person);
    }
}

/// The collection's writer: the title line's, else the one person who signs more than half the file's letters
/// whose writer is printed (two at least).
fn writer(letters: &[Letter], page: &Page) -> Option<String> {
    if let Some(w) = page.writer().filter(|w| !w.office) {
        return Some(w.name.clone());
    }
    let mut counts: Vec<(&str, usize)> = Vec::new();
    let mut known = 0;
    for l in letters {
        let [p] = &*l.sender.0 else { continue };
        if matches!(p.basis, PersonBasis::Collection | PersonBasis::Inferred) || bond(p).is_some() {
            continue;
        }
        known += 1;
        match counts.iter_mut().find(|(n, _)| same_name(n, &p.name)) {
            Some(c) => c.1 += 1,
            None => counts.push((&p.name, 1)),
        }
    }
    let (name, n) = counts.into_iter().max_by_key(|c| c.1)?;
    (n >= 2 && n * 2 > known).then(|| name.to_string())
}

/// The surname the page gives the writer's relative of this bond: `Some(Some(name))` when it names one (a heading
/// `To his Father, Gideon Pelling`, an introduction's or a footnote's `her father, Ambrose Quarles`), `Some(None)`
/// when it names two, `None` when it names none.
fn named_on_page(letters: &[Letter], page: &Page, k: &str) -> Option<Option<String>> {
    let mut found: Vec<String> = Vec::new();
    let mut add = |name: String| {
        if !found.iter().any(|f| same_name(f, &name)) {
            found.push(name);
        }
    };
    for l in letters {
        for p in l.sender.0.iter().chain(l.recipient.0.iter()) {
            if p.basis != PersonBasis::Inferred && bond(p).is_none() && !same_name(&p.name, k) {
                names_after_bond(&p.printed, k, &mut add);
            }
        }
        for f in &l.footnotes {
            names_after_bond(&f.text, k, &mut add);
        }
    }
    names_after_bond(page.intro(letters), k, &mut add);
    match found.len() {
        0 => None,
        1 => Some(found.pop()),
        _ => Some(None),
    }
}

/// Each name printed after a possessive and the bond in `text` (`her father, Hugh Merrow`, `Pelling's father
/// Gideon Pelling`, `his mother (Lady Anne Fenwick)`).
fn names_after_bond(text: &str, k: &str, add: &mut impl FnMut(String)) {
    if text.len() < k.len() {
        return;
    }
    let b = text.as_bytes();
    for at in memchr::memmem::find_iter(&text.to_ascii_lowercase().into_bytes(), k.as_bytes()) {
        let end = at + k.len();
        if at == 0 || b[at - 1] != b' ' || !matches!(b.get(end), Some(b',' | b' ')) {
            continue;
        }
        let before = text[..at - 1].rsplit(' ').next().unwrap_or("");
        let owner = POSSESSIVES.iter().any(|x| before.eq_ignore_ascii_case(x))
            || before.ends_with("'s")
            || before.ends_with("’s");
        let rest = text[end..].trim_start_matches([',', ' ', '(']);
        if let Some(name) = owner.then(|| leading_name(rest)).flatten() {
            add(name);
        }
    }
}
