//! A letter made from what the header and the text say: its people (the title deciding when the labels of
//! the names contradict it), date, place, paragraphs, notes and pages, ids and edition link.

use super::dates::{DateSpec, Dated, dated, span_of, text_span};
use super::header::{Corresp, Header, Party};
use super::persons::{
    Registry, TitleParties, display_name, key_id, names, surname, target_ids, title_first_word, title_parties,
};
use super::unit::Unit;
use crate::formats::Note;
use crate::model::Severity;
use crate::model::{DateKind, Letter, People, Person, PersonBasis, Role};

/// What goes into every letter of one file.
pub struct Context<'a> {
    pub file: &'a str,
    pub registry: &'a Registry,
    /// Line of the element the letter comes from.
    pub line: usize,
    /// The one author the file's header names: the writer of its letters whose headings name only the addressee.
    pub author: Option<&'a str>,
}

/// A letter with its text from a header's `correspDesc` and a text unit (`None` for CMIF: no text).
pub fn from_corresp(cx: &Context<'_>, h: &Header, c: &Corresp, unit: Option<Unit>, notes: &mut Vec<Note>) -> Letter {
    let (sender, recipient, keys) = people(cx, c, &h.title, notes);
    let mut l = Letter::new(cx.file, cx.line, h.title.clone(), sender, recipient);
    l.extra_mut().person_keys = keys.into();
    let mut d = c.date.as_ref().map(DateSpec::resolve).unwrap_or_default();
    if d.date.is_none() {
        d = unit.as_ref().and_then(|u| u.dateline).unwrap_or_default();
    }
    if d.date.is_none() {
        d = text_span(&h.title).map(|(r, hedged)| dated(Some(r), hedged)).unwrap_or_default();
    }
    set_date(&mut l, d);
    l.source = h.source.clone();
    let x = l.extra_mut();
    x.place = c.place.clone().or_else(|| unit.as_ref().and_then(|u| u.place.clone()));
    x.edition_previous = c.previous.as_deref().map(|t| t.split(' ').flat_map(target_ids).collect::<Vec<_>>().join(" "));
    x.text_at = c.text_at.clone();
    x.ids.extend(h.id.clone());
    if let Some(u) = unit {
        fill(&mut l, u);
    } else if x.text_at.is_none() {
        x.text_at = Some("not given".into());
    }
    l
}

/// A letter of an anthology: the division of the text its own `correspDesc` describes; its heading is the
/// division's, else who wrote to whom.
pub fn from_described(cx: &Context<'_>, c: &Corresp, mut u: Unit, notes: &mut Vec<Note>) -> Letter {
    let doc = u.doc.take().unwrap_or_default();
    let mut l = from_corresp(cx, &Header::default(), c, Some(u), notes);
    if l.heading.is_empty() {
        let or_unknown = |s: String| if s.is_empty() { "unknown".to_string() } else { s };
        l.heading = format!("{} to {}", or_unknown(l.sender.to_string()), or_unknown(l.recipient.to_string()));
    }
    let x = l.extra_mut();
    x.ids.extend(doc.id);
    x.ids.extend(c.id.clone());
    l
}

/// The one letter division of a file whose header has no `correspDesc`: a division without a heading is headed
/// by the file's title, and the people its heading leaves unnamed are those the title names.
pub fn named_by_title(l: &mut Letter, h: &Header) {
    if l.document || h.title.is_empty() {
        return;
    }
    if l.heading.is_empty() {
        l.heading = h.title.clone();
    }
    if l.date.is_none()
        && let Some((r, hedged)) = text_span(&h.title)
    {
        set_date(l, dated(Some(r), hedged));
    }
    let Some(tp) = title_parties(&h.title) else { return };
    let person = |n: &str| Person::new(display_name(n, None), n.trim().to_string(), PersonBasis::Markup);
    if l.sender.is_empty()
        && let Some(s) = tp.sender.as_deref().or(h.author.as_deref())
    {
        l.sender = People(vec![person(s)].into());
    }
    if l.recipient.is_empty() {
        l.recipient = People(vec![person(&tp.recipient)].into());
    }
}

/// What a header without a `correspDesc` says of the one letter its file holds: a letter when the source's
/// description names an addressee, the title says who wrote to whom (`Letter from A to B`), or the title names a
/// party and the text is shaped as a letter (an opener, salutation, closer or signature); else none (a dictionary,
/// a treatise). The writer is the title's, else the file's one author; the addressee the source's, else the
/// title's.
pub fn undescribed(h: &Header, unit: Option<&Unit>) -> Option<Corresp> {
    let unit = unit.filter(|u| !u.paragraphs.is_empty())?;
    let tp = title_parties(&h.title);
    let shaped = unit.roles.iter().any(|r| matches!(r, Role::Opener | Role::Salute | Role::Closer | Role::Signed));
    // A title naming a work and its author (`A: Erinnerungen an B`) names no letter.
    let tp = tp.filter(|t| !t.recipient.contains(':') && !t.sender.as_ref().is_some_and(|s| s.contains([':', '['])));
    let said = tp.as_ref().is_some_and(|t| t.explicit && t.sender.is_some());
    if !(h.addressee.is_some() || said || tp.is_some() && shaped) {
        return None;
    }
    let (writer, addressee) = match tp {
        Some(t) => (t.sender.or_else(|| h.author.clone()), h.addressee.clone().or(Some(t.recipient))),
        None => (h.author.clone(), h.addressee.clone()),
    };
    let party = |name: String| Party { name, key: None, body: false };
    Some(Corresp {
        senders: writer.into_iter().map(party).collect(),
        recipients: addressee.into_iter().map(party).collect(),
        ..Corresp::default()
    })
}

/// A document of a FRUS-style volume: a letter when it names a sender or recipient, else a document.
pub fn from_document(cx: &Context<'_>, mut u: Unit) -> Letter {
    let doc = u.doc.take().unwrap_or_default();
    let join = |v: &[String]| {
        People(v.iter().map(|n| Person::new(display_name(n, None), n.clone(), PersonBasis::Markup)).collect())
    };
    let heading = if u.heading.is_empty() {
        doc.n.clone().map(|n| format!("No. {n}")).unwrap_or_default()
    } else {
        u.heading.clone()
    };
    let (from, to) = if doc.letter && doc.from.is_empty() && doc.to.is_empty() {
        heading_parties(cx, &heading)
    } else {
        (doc.from.clone(), doc.to.clone())
    };
    let mut l = Letter::new(cx.file, cx.line, heading, join(&from), join(&to));
    l.document = !doc.letter && from.is_empty() && to.is_empty();
    l.number = doc.n.as_deref().map(Into::into);
    let span = |v: &Option<String>| v.as_deref().and_then(span_of);
    let range = match (span(&doc.date_min), span(&doc.date_max)) {
        (Some(a), Some(b)) => Some(crate::model::DateRange::new(a.start, b.end)),
        (a, b) => a.or(b),
    };
    let d = match (range, u.dateline) {
        (Some(r), _) => dated(Some(r), false),
        (None, Some(d)) => d,
        // A letter's heading may date it (`An Goethe, Weimar, 3. März 1802`).
        (None, None) if doc.letter => {
            text_span(&l.heading).map(|(r, hedged)| dated(Some(r), hedged)).unwrap_or_default()
        }
        (None, None) => Dated::default(),
    };
    set_date(&mut l, d);
    l.source = u.source.clone();
    let x = l.extra_mut();
    x.place = u.place.clone();
    x.ids.extend(doc.id);
    fill(&mut l, u);
    l
}

/// The writer and addressee a letter's heading names (`An Luise Almer`, `Almer an seine Schwester`): a heading
/// naming only the addressee was written by the file's one author.
fn heading_parties(cx: &Context<'_>, heading: &str) -> (Vec<String>, Vec<String>) {
    let Some(tp) = title_parties(heading) else { return (Vec::new(), Vec::new()) };
    let sender = tp.sender.or_else(|| cx.author.map(str::to_string));
    (sender.into_iter().collect(), vec![tp.recipient])
}

fn set_date(l: &mut Letter, d: Dated) {
    l.date = d.date;
    let x = l.extra_mut();
    x.date_range = d.range;
    x.date_uncertain = d.uncertain && d.date.is_some();
    l.date_kind = d.date.map(|_| DateKind::Written);
}

fn fill(l: &mut Letter, u: Unit) {
    if l.heading.is_empty() {
        l.heading = u.heading;
    }
    l.paragraphs = u.paragraphs;
    u.lines.into_iter().for_each(|n| l.push_paragraph_line(n));
    l.pages = u.pages.into();
    l.footnote_refs = u.refs.into();
    l.footnotes = u.notes.into();
    let x = l.extra_mut();
    x.roles = u.roles.into();
    x.footnote_kinds = u.kinds.into();
    x.letter_refs = u.letter_refs.into();
    x.readings = u.readings.into();
    x.styles = u.styles.into();
    x.line_breaks = u.line_breaks.into();
}

/// A person as shown (`name`) and as the markup printed the name.
type Named = (String, String);

/// Sender and recipient, and the keys of people only an outside registry can name.
fn people(cx: &Context<'_>, c: &Corresp, title: &str, notes: &mut Vec<Note>) -> (People, People, Vec<(bool, String)>) {
    let mut keys = Vec::new();
    let mut side = |parties: &[Party], recipient: bool| -> Vec<Named> {
        parties
            .iter()
            .filter_map(|p| {
                let person = p.key.as_deref().and_then(|k| cx.registry.get(key_id(k)));
                let name = display_name(&p.name, person);
                if name.is_empty() {
                    if let Some(k) = &p.key {
                        keys.push((recipient, key_id(k).to_string()));
                    }
                    return None;
                }
                let printed = if p.name.trim().is_empty() { name.clone() } else { p.name.trim().to_string() };
                Some((name, printed))
            })
            .collect()
    };
    let mut s = side(&c.senders, false);
    let mut r = side(&c.recipients, true);
    if let Some(tp) = title_parties(title) {
        // A sent action naming only a body (the post office of the postmark) while the title names as the writer
        // someone the markup names nowhere: the title's writer wrote it. (A body named as the sender with the
        // writer among the addressees is a pair of swapped labels, which the title mends below.)
        let bodies_only = !c.senders.is_empty() && c.senders.iter().all(|p| p.body);
        let unnamed = |w: &&str| !s.iter().chain(r.iter()).any(|(n, _)| names(n, &surname(w)));
        if let Some(writer) = tp.sender.as_deref().filter(|w| bodies_only && unnamed(w)) {
            s = vec![(display_name(writer, None), writer.trim().to_string())];
            keys.retain(|k| k.0);
        }
        title_decides(tp, title, (&mut s, &mut r), &mut keys, notes, cx.line);
    }
    let to_people =
        |v: Vec<Named>| People(v.into_iter().map(|(n, p)| Person::new(n, p, PersonBasis::Markup)).collect());
    (to_people(s), to_people(r), keys)
}

/// What the title says about the parties (`A an B, ...`): it corrects swapped labels and names a person the
/// markup calls otherwise.
fn title_decides(
    tp: TitleParties,
    title: &str,
    (s, r): (&mut Vec<Named>, &mut Vec<Named>),
    keys: &mut [(bool, String)],
    notes: &mut Vec<Note>,
    line: usize,
) {
    let in_side = |v: &[Named], s: &str| v.iter().any(|(n, _)| names(n, s));
    // `Cunier an Alfred Escher`: a first word the markup names as a party is the title's sender.
    let first =
        title_first_word(title).filter(|w| tp.sender.is_none() && (in_side(s, &surname(w)) || in_side(r, &surname(w))));
    let tp = match first {
        Some(w) => TitleParties { sender: Some(w.to_string()), explicit: false, ..tp },
        None => tp,
    };
    let (ta, tb) = (tp.sender, tp.recipient);
    let (sa, sb) = (ta.as_deref().map(surname).unwrap_or_default(), surname(&tb));
    // Both of the title's people on one side and neither on the other: the title names one person whose name
    // only read as two (`Brief an Johann Wolfgang von Goethe`), and decides nothing; a title naming the kind of
    // document before its writer (`Brief Fischer Verlag an Karl Kraus`) names two.
    let only_in = |a: &[Named], b: &[Named]| {
        ta.is_some() && sa != sb && [&sa, &sb].iter().all(|x| in_side(a, x) && !in_side(b, x))
    };
    if !tp.described && (only_in(s, r) || only_in(r, s)) {
        return;
    }
    // Each of the title's people fits the other side better: by the full name where both sides share a
    // surname (`Alfred Escher an Arnold Escher von der Linth`), else by the surname.
    let ta_full = ta.as_deref().unwrap_or_default();
    if fit(r, ta_full, &sa) > fit(s, ta_full, &sa) && fit(s, &tb, &sb) > fit(r, &tb, &sb) {
        std::mem::swap(s, r);
        keys.iter_mut().for_each(|k| k.0 = !k.0);
        notes.push(Note {
            line,
            severity: Severity::Warning,
            message: "sender and addressee labels contradict the title; the title wins".into(),
        });
    }
    // A side whose party the markup points at by a key but does not name: someone is there, the title names
    // them.
    let pointed = |recipient: bool| keys.iter().any(|k| k.0 == recipient);
    // Both sides pointed at and named by neither: the title's two people are the two the keys point at.
    let both_pointed = s.is_empty() && r.is_empty() && ta.is_some() && pointed(false) && pointed(true);
    let corroborated = tp.explicit || in_side(s, &sa) || in_side(r, &sb) || both_pointed;
    if let Some(ta) = ta {
        let trust = Trust { corroborated, explicit: tp.explicit, pointed: pointed(false) };
        alias(s, &ta, &sa, trust);
    }
    alias(r, &tb, &sb, Trust { corroborated, explicit: tp.explicit, pointed: pointed(true) });
}

/// How far a title's name for a side may be trusted.
#[derive(Clone, Copy)]
struct Trust {
    /// The title's other person is the markup's, or the title says who wrote to whom in so many words.
    corroborated: bool,
    explicit: bool,
    /// The markup points at a party of this side by a key without naming it.
    pointed: bool,
}

/// How well a side holds a title's person: 2 by the full name, 1 by the surname, 0 not at all.
fn fit(side: &[Named], full: &str, surname: &str) -> u8 {
    let full = full.split_whitespace().collect::<Vec<_>>();
    let same = |n: &str| {
        !full.is_empty() && n.split_whitespace().map(str::to_lowercase).eq(full.iter().map(|w| w.to_lowercase()))
    };
    side.iter().map(|(n, _)| if same(n) { 2 } else { u8::from(names(n, surname)) }).max().unwrap_or(0)
}

/// The title's name for a side: the side's name when it has none (said in so many words) or when the markup gives
/// the address as written (`Herrn | Dr. Leo Wimer, | Advokat`, its lines marked); added in brackets when the
/// title calls the person something the name does not contain (`Sir Robert Chalmers (the Under-Secretary)`).
fn alias(side: &mut Vec<Named>, title_name: &str, title_surname: &str, trust: Trust) {
    let Trust { corroborated, explicit, pointed } = trust;
    let shown = display_name(title_name, None);
    if side.is_empty() {
        // The title names the side the markup leaves empty: said in so many words, or its other person is the
        // markup's (and the name reads as one, unless the markup points at someone there without a name).
        if (explicit || corroborated && (pointed || name_shaped(&shown))) && keys_free(&shown) {
            side.push((shown, title_name.trim().to_string()));
        }
    } else if let [(n, printed)] = side.as_mut_slice()
        && explicit
        && printed.contains('|')
        && keys_free(&shown)
        && ![" an ", " to "].iter().any(|w| shown.contains(w))
    {
        // The address as written stays the printed form; the title, saying who wrote to whom, names the party.
        *n = shown;
    } else if corroborated
        && side.len() == 1
        && !side.iter().any(|(n, _)| names(n, title_surname))
        // The editor's brackets round the whole name (`[Edith Silbermann]`: supplied, not written) add nothing.
        && !side.iter().any(|(n, _)| names(n, &surname(title_name.trim().trim_matches(['[', ']']))))
        && let Some((n, _)) = side.last_mut()
    {
        // `Der Tag (Hugo Bettauer)` for the markup's `Bettauer`: the person is named, the body they wrote for is
        // what the title adds.
        let body = shown
            .split_once('(')
            .filter(|(out, inner)| !out.trim().is_empty() && names(n, &surname(inner.trim_end_matches(')'))))
            .map_or(shown.as_str(), |(out, _)| out.trim());
        n.push_str(&format!(" ({})", body.replace(',', " –")));
    }
}

/// Whether a title's words read as a name: each capitalised, or a particle (`Stella Musulin`, `Carl Maria von
/// Weber`; not `Counterfoil addressed`).
fn name_shaped(s: &str) -> bool {
    const PARTICLES: [&str; 12] = ["of", "the", "von", "van", "de", "der", "du", "la", "le", "and", "und", "zu"];
    s.split_whitespace().all(|w| w.starts_with(char::is_uppercase) || PARTICLES.contains(&w))
}

fn keys_free(s: &str) -> bool {
    !s.is_empty() && s.len() < 200
}
