//! What a TEI header says about a letter: its title, its `correspDesc` (who sent it to whom, when and where,
//! and its place in the correspondence), and the header's own id.

use super::dates::DateSpec;
use super::persons::needs_registry;
use super::tree::Node;

/// A person or body named in a `correspAction`.
#[derive(Debug, Clone, Default)]
pub struct Party {
    pub name: String,
    /// `@ref` or `@key`, as written (`#pmb10815`).
    pub key: Option<String>,
    /// Named as a body (`orgName`, `rs type="org"`), not a person.
    pub body: bool,
}

/// One `correspDesc`: a letter's metadata.
#[derive(Debug, Clone, Default)]
pub struct Corresp {
    pub senders: Vec<Party>,
    pub recipients: Vec<Party>,
    /// Whether the `sent`/`received` labels were taken from `@type="sender"`/`"addressee"` on the names.
    pub labelled: bool,
    pub date: Option<DateSpec>,
    pub place: Option<String>,
    /// The previous letter of the same correspondence, as the edition names it.
    pub previous: Option<String>,
    /// `@ref` or `@source` of the `correspDesc`: where the letter's text is (CMIF).
    pub text_at: Option<String>,
    /// The `correspDesc`'s own id, by which a division of an anthology's text names it (`div decls="#letter1"`).
    pub id: Option<String>,
}

/// The parts of a `teiHeader` a letter needs.
#[derive(Debug, Clone, Default)]
pub struct Header {
    pub id: Option<String>,
    pub title: String,
    pub corresp: Vec<Corresp>,
    /// `note type="source"` or the repository line, when given.
    pub source: Option<String>,
    /// The one author the file names (`titleStmt`, else the source's description): the writer of letters whose
    /// headings name only the addressee.
    pub author: Option<String>,
    /// Without a `correspDesc`: the addressee the source's description names (an `addressee` or `recipient`
    /// element of the edition's own vocabulary).
    pub addressee: Option<String>,
}

impl Header {
    pub fn read(h: &Node) -> Header {
        let mut cds = Vec::new();
        h.descendants("correspDesc", &mut cds);
        let mut corresp: Vec<Corresp> = cds.into_iter().map(corresp).collect();
        // Among several, one that names nobody and no date is no letter (a broken or empty element).
        if corresp.len() > 1 {
            let empty = |c: &Corresp| c.senders.is_empty() && c.recipients.is_empty() && c.date.is_none();
            let first = corresp[0].clone();
            corresp.retain(|c| !empty(c));
            if corresp.is_empty() {
                corresp.push(first);
            }
        }
        let addressee = if corresp.is_empty() { named_in_source(h, &["addressee", "recipient"]) } else { None };
        Header {
            id: h.attr("id").map(str::to_string),
            title: main_title(h),
            corresp,
            source: source(h),
            author: author(h),
            addressee,
        }
    }
}

impl Header {
    /// Whether a registry of people is needed to name the people of this header: it has no `correspDesc`
    /// (a registry file), or names someone only by a key, or in a form only a registry can turn.
    pub fn needs_registry(&self) -> bool {
        self.corresp.is_empty()
            || self.corresp.iter().flat_map(|c| c.senders.iter().chain(&c.recipients)).any(|p| needs_registry(&p.name))
    }
}

/// The title naming the letter: `level="a"` or `type="main"` first, a series or subtitle last.
fn main_title(h: &Node) -> String {
    let Some(ts) = h.find("titleStmt") else { return String::new() };
    let titles: Vec<&Node> = ts.all("title").collect();
    let main = titles.iter().find(|t| t.attr("level") == Some("a") || t.attr("type") == Some("main"));
    let plain = titles.iter().find(|t| {
        !matches!(t.attr("level"), Some("s" | "m" | "j")) && !matches!(t.attr("type"), Some("sub" | "iso-date"))
    });
    main.or(plain).or(titles.first()).map(|t| title_text(t)).unwrap_or_default()
}

/// A title's text, its lines (`lb`) as parts separated by commas (`Weber an Brandt in Prag<lb/>Dresden, 11. Juni
/// 1817`).
fn title_text(t: &Node) -> String {
    let mut out = String::new();
    for line in t.lines() {
        if !out.is_empty() {
            out.push_str(if out.ends_with([',', ';', ':', '.']) { " " } else { ", " });
        }
        out.push_str(&line);
    }
    out
}

/// The one author the title statement names, else the one the source's description names.
fn author(h: &Node) -> Option<String> {
    if let Some(ts) = h.find("titleStmt") {
        let names: Vec<String> = ts.all("author").map(party_name).filter(|t| !t.is_empty()).collect();
        if !names.is_empty() {
            return (names.len() == 1).then(|| names[0].clone());
        }
    }
    named_in_source(h, &["author"])
}

/// The one name the source's description gives in elements of these names (several different ones: none).
fn named_in_source(h: &Node, names: &[&str]) -> Option<String> {
    let sd = h.find("sourceDesc")?;
    let mut found = Vec::new();
    names.iter().for_each(|n| sd.descendants(n, &mut found));
    let mut texts: Vec<String> = found.into_iter().map(party_name).filter(|t| !t.is_empty()).collect();
    texts.dedup();
    (texts.len() == 1).then(|| texts.remove(0))
}

fn source(h: &Node) -> Option<String> {
    let ms = h.find("msIdentifier")?;
    let parts: Vec<String> = ms.elements().map(Node::text).filter(|t| !t.is_empty()).collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// Whether an element of a `correspAction` names a party: a person's or body's name, or a reference string
/// (`rs`) to a person or body.
fn is_party(n: &Node) -> bool {
    match n.name.as_str() {
        "persName" | "orgName" | "name" => true,
        "rs" => n.attr("type").is_none_or(|t| matches!(t, "person" | "org" | "organisation" | "organization")),
        _ => false,
    }
}

/// Whether a party is named as a body (`orgName`, `rs type="org"`).
fn is_body(n: &Node) -> bool {
    n.name == "orgName" || n.name == "rs" && n.attr("type").is_some_and(|t| t.starts_with("org"))
}

/// Whether a `correspAction` is a step of the letter's way after it was sent: redirected or forwarded by
/// someone between the writer and the addressee (its people are not the letter's parties).
fn on_the_way(action: &Node) -> bool {
    action.attr("subtype").is_some_and(|s| {
        let s = s.to_lowercase();
        s.contains("redirect") || s.contains("forward")
    })
}

/// What a `correspAction` is by its type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Sent,
    Received,
    /// No type, or an empty one.
    Untyped,
    /// A type of neither side (`forwarded`, `redirected`...).
    Other,
}

/// The types TEI gives, in any case, and the names of the parties some editions give the actions instead.
fn kind(action: &Node) -> Kind {
    let kind = action.attr("type").unwrap_or("").trim().to_lowercase();
    match kind.as_str() {
        "sent" | "sending" | "sender" | "author" | "from" => Kind::Sent,
        "received" | "receiving" | "addressee" | "recipient" | "receiver" | "to" => Kind::Received,
        "" => Kind::Untyped,
        _ => Kind::Other,
    }
}

fn corresp(cd: &Node) -> Corresp {
    let mut c = Corresp {
        text_at: cd.attr("ref").or(cd.attr("source")).map(str::to_string),
        id: cd.attr("id").map(str::to_string),
        ..Corresp::default()
    };
    let kinds: Vec<Kind> = cd.all("correspAction").map(kind).collect();
    // An action without a type beside only sent (or only received) ones is the other side's.
    let untyped = match (kinds.contains(&Kind::Sent), kinds.contains(&Kind::Received)) {
        (true, false) => Kind::Received,
        (false, true) => Kind::Sent,
        _ => Kind::Untyped,
    };
    for (action, k) in cd.all("correspAction").zip(kinds) {
        let k = if k == Kind::Untyped { untyped } else { k };
        let (sent, received) = (k == Kind::Sent, k == Kind::Received);
        if (!sent && !received) || on_the_way(action) {
            continue;
        }
        for p in action.elements().filter(|n| is_party(n)) {
            let key = p.attr("ref").or(p.attr("key")).map(str::to_string);
            let party = Party { name: party_name(p), key, body: is_body(p) };
            let to_recipient = match p.attr("type") {
                Some("addressee" | "recipient" | "receiver") => {
                    c.labelled = true;
                    true
                }
                Some("sender" | "author") => {
                    c.labelled = true;
                    false
                }
                _ => !sent,
            };
            if to_recipient { c.recipients.push(party) } else { c.senders.push(party) }
        }
        // The first sent action that says when or where dates or places the letter; a place may be named as a
        // settlement.
        if sent && c.date.is_none() {
            c.date = action.first("date").map(DateSpec::of);
        }
        if sent && c.place.is_none() {
            let place = action.first("placeName").or_else(|| action.first("settlement"));
            c.place = place.map(Node::text).filter(|t| !t.is_empty());
        }
    }
    if cd.first("correspAction").is_none() {
        draft_elements(cd, &mut c);
    }
    c.previous = previous_link(cd);
    c
}

/// The draft of `correspDesc` some editions still write: `sender`, `addressee`, `placeSender` and `dateSender`
/// straight inside it, without `correspAction`.
fn draft_elements(cd: &Node, c: &mut Corresp) {
    for e in cd.elements() {
        let to = match e.name.as_str() {
            "sender" => &mut c.senders,
            "addressee" | "recipient" => &mut c.recipients,
            "dateSender" => {
                c.date = e.first("date").map(DateSpec::of).or_else(|| Some(DateSpec::of(e)));
                continue;
            }
            "placeSender" => {
                c.place = Some(e.first("placeName").map_or_else(|| e.text(), Node::text)).filter(|t| !t.is_empty());
                continue;
            }
            _ => continue,
        };
        let named: Vec<&Node> = e.elements().filter(|n| is_party(n)).collect();
        if named.is_empty() {
            let name = e.text();
            if !name.is_empty() {
                to.push(Party { name, key: e.attr("ref").or(e.attr("key")).map(str::to_string), body: false });
            }
        }
        for p in named {
            let key = p.attr("ref").or(p.attr("key")).map(str::to_string);
            to.push(Party { name: party_name(p), key, body: is_body(p) });
        }
    }
}

/// A name as written; one made of parts (`forename`, `surname`...) is its parts with spaces between, written
/// together or not.
fn party_name(p: &Node) -> String {
    const PARTS: [&str; 6] = ["forename", "surname", "nameLink", "roleName", "addName", "genName"];
    if !p.elements().any(|e| PARTS.contains(&e.name.as_str())) {
        return p.text();
    }
    let mut out = String::new();
    for c in &p.children {
        let t = match c {
            super::tree::Child::Node(n) if n.name == "note" => continue,
            super::tree::Child::Node(n) => n.text(),
            super::tree::Child::Text(t) => t.clone(),
        };
        if !t.trim().is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            super::tree::push_collapsed(&mut out, t.trim());
        }
    }
    out
}

/// The previous letters of the same correspondence among `correspContext/ref`s (or `ptr`s), their targets
/// separated by spaces (a joint letter continues one correspondence per writer): the letter answered, said in so
/// many words (`replyTo`), wins over one the edition scopes to the correspondence (`previous-in-corresp`,
/// `withinCorrespondence`/`previous_letter`), which wins over a bare `previous`; a link scoped to the whole
/// collection is not one.
fn previous_link(cd: &Node) -> Option<String> {
    let ctx = cd.first("correspContext")?;
    let mut links = Vec::new();
    ctx.descendants("ref", &mut links);
    ctx.descendants("ptr", &mut links);
    let (mut best_rank, mut targets) = (0, String::new());
    for r in links {
        let Some(rank) = link_rank(r.attr("type").unwrap_or(""), r.attr("subtype").unwrap_or("")) else { continue };
        let Some(target) = r.attr("target").and_then(|t| t.split_whitespace().next()) else { continue };
        if rank > best_rank {
            (best_rank, targets) = (rank, String::new());
        }
        if rank == best_rank && !targets.split(' ').any(|t| t == target) {
            if !targets.is_empty() {
                targets.push(' ');
            }
            targets.push_str(target);
        }
    }
    (!targets.is_empty()).then_some(targets)
}

/// How surely a link of this type and subtype names the letter this one follows: 3 the letter it answers, 2 the
/// previous of the correspondence, 1 a previous letter; none for any other link.
fn link_rank(kind: &str, subtype: &str) -> Option<u8> {
    let squeezed = |s: &str| s.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_lowercase();
    let (kind, subtype) = (squeezed(kind), squeezed(subtype));
    let answered = ["replyto", "inreplyto", "isreplyto", "answerto", "isanswerto", "answers", "antwortauf"];
    if answered.contains(&kind.as_str()) || answered.contains(&subtype.as_str()) {
        return Some(3);
    }
    let both = format!("{kind} {subtype}");
    if !both.contains("prev") || both.contains("collection") {
        return None;
    }
    Some(if both.contains("corresp") { 2 } else { 1 })
}
