//! A small owned tree of one element and its content, for the parts of a TEI file that are read as a whole
//! (the `teiHeader`, a `listPerson`). The text of a letter is streamed instead (see `text.rs`).

use super::xml::{Ev, Tag, Xml};

/// An element with its attributes and content.
#[derive(Debug, Default, Clone)]
pub struct Node {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Child>,
}

#[derive(Debug, Clone)]
pub enum Child {
    Node(Node),
    Text(String),
}

/// Attributes a TEI reader looks at; others are not kept.
const KEPT: [&str; 25] = [
    "id",
    "decls",
    "type",
    "subtype",
    "when",
    "notBefore",
    "notAfter",
    "from",
    "to",
    "cert",
    "evidence",
    "ref",
    "key",
    "target",
    "level",
    "n",
    "source",
    "corresp",
    "role",
    "when-iso",
    "notBefore-iso",
    "notAfter-iso",
    "from-iso",
    "to-iso",
    "sameAs",
];

impl Node {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// Child elements.
    pub fn elements(&self) -> impl Iterator<Item = &Node> {
        self.children.iter().filter_map(|c| match c {
            Child::Node(n) => Some(n),
            Child::Text(_) => None,
        })
    }

    /// Child elements with this name.
    pub fn all<'s>(&'s self, name: &'s str) -> impl Iterator<Item = &'s Node> {
        self.elements().filter(move |n| n.name == name)
    }

    pub fn first(&self, name: &str) -> Option<&Node> {
        self.elements().find(|n| n.name == name)
    }

    /// Every element with this name below this one, in document order.
    pub fn descendants<'s>(&'s self, name: &'s str, out: &mut Vec<&'s Node>) {
        for n in self.elements() {
            if n.name == name {
                out.push(n);
            }
            n.descendants(name, out);
        }
    }

    /// The first element with this name below this one.
    pub fn find(&self, name: &str) -> Option<&Node> {
        for n in self.elements() {
            if n.name == name {
                return Some(n);
            }
            if let Some(f) = n.find(name) {
                return Some(f);
            }
        }
        None
    }

    /// The text content, whitespace collapsed; notes inside are left out, a line break is a space, a `choice`
    /// gives one reading.
    pub fn text(&self) -> String {
        let mut out = String::new();
        self.collect_text(&mut out);
        out.trim_end().to_string()
    }

    /// The text content in lines, as `lb` elements directly inside break it; empty lines left out.
    pub fn lines(&self) -> Vec<String> {
        let mut lines = vec![String::new()];
        for c in &self.children {
            let Some(line) = lines.last_mut() else { break };
            match c {
                Child::Node(n) if n.name == "lb" => lines.push(String::new()),
                Child::Node(n) if n.name == "note" => {}
                Child::Node(n) => n.collect_text(line),
                Child::Text(t) => push_collapsed(line, t),
            }
        }
        lines.into_iter().map(|l| l.trim_end().to_string()).filter(|l| !l.is_empty()).collect()
    }

    fn collect_text(&self, out: &mut String) {
        match self.name.as_str() {
            "lb" => return push_collapsed(out, " "),
            // A choice in the header reads as the edition gives it: the expansion, regularisation or correction.
            "choice" => {
                let preferred = self.elements().find(|n| matches!(n.name.as_str(), "expan" | "reg" | "corr"));
                if let Some(n) = preferred.or_else(|| self.elements().next()) {
                    return n.collect_text(out);
                }
            }
            _ => {}
        }
        for c in &self.children {
            match c {
                Child::Text(t) => push_collapsed(out, t),
                Child::Node(n) if n.name == "note" => {}
                Child::Node(n) => n.collect_text(out),
            }
        }
    }
}

/// `text` with runs of whitespace made one space, trimmed.
pub fn collapse(text: &str) -> String {
    let mut out = String::new();
    push_collapsed(&mut out, text);
    out.trim_end().to_string()
}

/// XML's white space (a no-break space is not one).
const XML_SPACE: [char; 4] = [' ', '\t', '\n', '\r'];

/// Appends `text` with runs of white space made one space, no space at the start of `out`.
pub fn push_collapsed(out: &mut String, text: &str) {
    let words = text.split(XML_SPACE).filter(|w| !w.is_empty());
    let space_before = text.starts_with(XML_SPACE);
    let mut first = true;
    for w in words {
        if (!first || space_before) && !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
        out.push_str(w);
        first = false;
    }
    if text.ends_with(XML_SPACE) && !out.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
}

/// Parts of a header no letter needs (licences, revision histories, physical descriptions): passed over.
const UNREAD: [&str; 13] = [
    "publicationStmt",
    "encodingDesc",
    "revisionDesc",
    "physDesc",
    "history",
    "additional",
    "textClass",
    "langUsage",
    "editionStmt",
    "seriesStmt",
    "extent",
    "availability",
    "notesStmt",
];

/// How deep an element tree (and the text walker's frames) may go.
pub const MAX_DEPTH: usize = 200;

/// Reads the element whose start `tag` was just read, to its end. A broken file gives what was read and the
/// reason.
pub fn read(xml: &mut Xml<'_>, tag: &Tag<'_>) -> (Node, Option<String>) {
    let mut stack = vec![node_of(tag)];
    // Elements nested deeper than MAX_DEPTH are read as part of the one above them (their text kept), so that
    // no walk over the tree goes deeper than that.
    let mut flattened = 0usize;
    loop {
        match xml.next() {
            Ev::Start(_) if stack.len() >= MAX_DEPTH => flattened += 1,
            Ev::Start(t) if UNREAD.contains(&t.name) => {
                if !xml.skip(&t) {
                    return (close_all(stack), Some("the file ends inside an element".into()));
                }
            }
            Ev::End(_) if flattened > 0 => flattened -= 1,
            Ev::Start(t) => stack.push(node_of(&t)),
            Ev::Empty(t) => {
                let n = node_of(&t);
                if let Some(top) = stack.last_mut() {
                    top.children.push(Child::Node(n));
                }
            }
            Ev::Text(t) => {
                if let Some(top) = stack.last_mut() {
                    top.children.push(Child::Text(t.into_owned()));
                }
            }
            Ev::End(_) => {
                let done = stack.pop().unwrap_or_default();
                match stack.last_mut() {
                    Some(parent) => parent.children.push(Child::Node(done)),
                    None => return (done, None),
                }
            }
            Ev::Eof => return (close_all(stack), Some("the file ends inside an element".into())),
            Ev::Broken(e) => return (close_all(stack), Some(e)),
        }
    }
}

fn close_all(mut stack: Vec<Node>) -> Node {
    while stack.len() > 1 {
        let done = stack.pop().unwrap_or_default();
        if let Some(parent) = stack.last_mut() {
            parent.children.push(Child::Node(done));
        }
    }
    stack.pop().unwrap_or_default()
}

fn node_of(tag: &Tag<'_>) -> Node {
    let attrs = tag.attrs_where(|k| KEPT.contains(&k));
    Node { name: tag.name.to_string(), attrs, children: Vec::new() }
}
