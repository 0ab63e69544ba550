//! `letters thread`: the reply tree that holds a letter, drawn with tree lines. Explicit replies hang on `─▶`,
//! inferred ones on `┄▶`; references to other letters (also to letters not in the corpus) follow a `⇢`; the
//! letter asked for is marked `◀`. A legend ends the output.

use super::out;
use crate::model::{Corpus, Input, Letter, LetterIx, RefTarget, ReplyBasis};
use crate::text::sanitize::sanitize;
use std::io::Write;
use std::process::ExitCode;

/// Deeper levels are drawn at this indent, so a very long chain stays linear in size.
const MAX_INDENT_LEVELS: usize = 32;

/// The legend printed under every tree.
pub const LEGEND: &str = "─▶ explicit reply   ┄▶ inferred reply   ⇢ reference to a letter   ◀ this letter";

pub fn run(input: &Input, id: &str) -> anyhow::Result<ExitCode> {
    let corpus = super::load(input)?;
    let ix = super::find_letter(&corpus, id)?;
    let text = render(&corpus, ix);
    let mut stdout = out::stdout();
    let written = stdout.write_all(text.as_bytes());
    out::finish(written, stdout, ExitCode::SUCCESS)
}

/// The tree of the thread holding letter `ix`, a blank line and the legend.
pub fn render(corpus: &Corpus, ix: LetterIx) -> String {
    let l = &corpus.letters[ix];
    let (id, roots, members): (&str, Vec<LetterIx>, Vec<LetterIx>) = match corpus.threads.get(l.thread) {
        Some(t) if t.letters.contains(&ix) => (&t.id, t.roots.clone(), t.letters.clone()),
        // Not linked into threads: the letter alone.
        _ => (&l.id, vec![ix], vec![ix]),
    };
    let count = members.len();
    let mut out = format!("Thread {} · {count} {}\n", sanitize(id), if count == 1 { "letter" } else { "letters" });
    let mut drawn = vec![false; corpus.letters.len()];
    // Roots first, then any member no root reaches (a defensive measure: links should form a tree).
    let starts: Vec<LetterIx> = roots.iter().chain(members.iter()).copied().collect();
    for start in starts {
        if start < drawn.len() && !drawn[start] {
            draw_tree(&mut out, corpus, start, ix, &members, &mut drawn);
        }
    }
    out.push('\n');
    out.push_str(LEGEND);
    out.push('\n');
    out
}

/// One entry of the drawing stack: a letter, the text before its connector, its connector, and the prefix its
/// own children and reference lines start with.
struct Node {
    ix: LetterIx,
    lead: String,
    connector: &'static str,
    cont: String,
    depth: usize,
}

/// Draws the subtree under `root` depth-first, without recursion.
fn draw_tree(
    out: &mut String,
    corpus: &Corpus,
    root: LetterIx,
    marked: LetterIx,
    members: &[LetterIx],
    drawn: &mut [bool],
) {
    let mut stack = vec![Node { ix: root, lead: String::new(), connector: "", cont: String::new(), depth: 0 }];
    while let Some(node) = stack.pop() {
        if drawn[node.ix] {
            continue;
        }
        drawn[node.ix] = true;
        let l = &corpus.letters[node.ix];
        out.push_str(&node.lead);
        out.push_str(node.connector);
        out.push_str(&label(l));
        if node.ix == marked {
            out.push_str("  ◀");
        }
        out.push('\n');
        let children: Vec<LetterIx> = corpus
            .replies
            .get(node.ix)
            .map(|r| r.iter().copied().filter(|c| members.contains(c) && !drawn[*c]).collect())
            .unwrap_or_default();
        let bar = if children.is_empty() { "  " } else { "│ " };
        for r in &l.references {
            if r.letter.is_some() && r.letter == l.replies_to {
                continue;
            }
            out.push_str(&node.cont);
            out.push_str(bar);
            out.push_str("⇢ ");
            out.push_str(&reference(corpus, l, r));
            out.push('\n');
        }
        let deeper = node.depth < MAX_INDENT_LEVELS;
        for (k, &c) in children.iter().enumerate().rev() {
            let last = k + 1 == children.len();
            let child = &corpus.letters[c];
            let inferred = child.reply_basis == Some(ReplyBasis::Inferred);
            let connector = match (last, inferred) {
                (false, false) => "├─▶ ",
                (false, true) => "├┄▶ ",
                (true, false) => "└─▶ ",
                (true, true) => "└┄▶ ",
            };
            let mut cont = node.cont.clone();
            if deeper {
                cont.push_str(if last { "    " } else { "│   " });
            }
            stack.push(Node { ix: c, lead: node.cont.clone(), connector, cont, depth: node.depth + 1 });
        }
    }
}

/// A node: id, date (or `undated`), sender → recipient, the first words of the body.
fn label(l: &Letter) -> String {
    let date = l.date.map_or_else(|| "undated".to_string(), |d| d.to_string());
    format!("{}  {date}  {} → {}  “{}”", sanitize(&l.id), l.sender, l.recipient, l.first_words(32))
}

/// A reference line: whose letter, its date, and where it is (`— not in this corpus`).
fn reference(corpus: &Corpus, l: &Letter, r: &crate::model::Reference) -> String {
    let whose = match r.target {
        RefTarget::Addressee => &l.recipient,
        RefTarget::Own => &l.sender,
    };
    let when = r.date.map_or_else(|| format!("“{}”", r.text), |d| d.short());
    match r.letter.and_then(|t| corpus.letters.get(t)) {
        Some(t) => format!("{whose}, {when} — {}", sanitize(&t.id)),
        None => format!("{whose}, {when} — not in this corpus"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, Reference, Thread};

    fn letter(id: &str, s: &str, r: &str, date: Option<(i32, u8, u8)>, body: &str) -> Letter {
        let mut l = Letter::new("f.txt", 1, String::new(), s.into(), r.into());
        l.id = id.into();
        l.date = date.and_then(|(y, m, d)| Date::new(y, m, d));
        l.paragraphs = vec![body.into()];
        l
    }

    #[test]
    fn a_tree_with_both_kinds_of_links_and_a_missing_letter() {
        let a = letter("f/1", "Stalin", "Churchill", Some((1941, 7, 18)), "Allow me to thank you.");
        let mut b = letter("f/2", "Churchill", "Stalin", Some((1941, 11, 22)), "Many thanks.");
        b.replies_to = Some(0);
        b.reply_basis = Some(ReplyBasis::Inferred);
        b.references = vec![Reference {
            text: "my telegram of September 5th".into(),
            date: Date::new(1941, 9, 5),
            target: RefTarget::Own,
            paragraph: 0,
            start: 0,
            end: 1,
            letter: None,
        }];
        let mut c = letter("f/3", "Stalin", "Churchill", None, "Thank you.");
        c.replies_to = Some(1);
        c.reply_basis = Some(ReplyBasis::Inferred);
        let mut d = letter("f/4", "Stalin", "Churchill", Some((1941, 7, 20)), "Your message of July 18.");
        d.replies_to = Some(0);
        d.reply_basis = Some(ReplyBasis::Explicit);
        let corpus = Corpus {
            letters: vec![a, b, c, d],
            threads: vec![Thread { id: "f/1".into(), roots: vec![0], letters: vec![0, 3, 1, 2] }],
            replies: vec![vec![3, 1], vec![2], vec![], vec![]],
            ..Corpus::default()
        };
        let want = "\
Thread f/1 · 4 letters
f/1  1941-07-18  Stalin → Churchill  “Allow me to thank you.”
├─▶ f/4  1941-07-20  Stalin → Churchill  “Your message of July 18.”
└┄▶ f/2  1941-11-22  Churchill → Stalin  “Many thanks.”  ◀
    │ ⇢ Churchill, 5 Sep 1941 — not in this corpus
    └┄▶ f/3  undated  Stalin → Churchill  “Thank you.”
";
        assert_eq!(render(&corpus, 1), format!("{want}\n{LEGEND}\n"));
    }

    #[test]
    fn an_unlinked_letter_is_a_thread_of_one() {
        let corpus = Corpus {
            letters: vec![letter("f/1", "Stalin", "Roosevelt", None, "I gave consideration.")],
            ..Corpus::default()
        };
        assert!(
            render(&corpus, 0)
                .starts_with("Thread f/1 · 1 letter\nf/1  undated  Stalin → Roosevelt  “I gave consideration.”  ◀\n")
        );
    }

    #[test]
    fn a_very_long_chain_is_drawn_without_recursion_and_with_bounded_indent() {
        let n: usize = 5000;
        let mut letters = Vec::new();
        for i in 0..n {
            let mut l = letter(&format!("f/{i}"), "A", "B", None, "x");
            l.replies_to = i.checked_sub(1);
            l.reply_basis = l.replies_to.map(|_| ReplyBasis::Explicit);
            letters.push(l);
        }
        let replies = (0..n).map(|i| if i + 1 < n { vec![i + 1] } else { vec![] }).collect();
        let corpus = Corpus {
            letters,
            threads: vec![Thread { id: "f/0".into(), roots: vec![0], letters: (0..n).collect() }],
            replies,
            ..Corpus::default()
        };
        let text = render(&corpus, n - 1);
        assert_eq!(text.lines().filter(|l| l.contains("“x”")).count(), n);
        assert!(text.lines().all(|l| l.chars().count() < 4 * MAX_INDENT_LEVELS + 80));
    }
}
