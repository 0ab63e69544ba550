//! `letters thread`: the reply tree that holds a letter, drawn from the same rows as the chain pane (presentation):
//! a chain stays in one column, branches indent up to a cap. Explicit replies hang on `─▶`, inferred ones on `┄▶`;
//! letters answered but not in the corpus are `◌` nodes; other references follow a `⇢`; the letter asked for is
//! marked `◀`. A legend ends the output.

use super::{corpus_arg, out};
use crate::model::{Corpus, Input, Letter, LetterIx, RefTarget, Reference};
use crate::presentation::doc::is_missing_reply_ref;
use crate::presentation::tree::{Node, Tree, TreeRow, indent_cap, missing_label};
use crate::text::sanitize::sanitize;
use std::io::Write;
use std::process::ExitCode;

/// `letters thread` draws the tree as the chain pane of an 80-column screen would.
const PANE_WIDTH: usize = 80;

/// The legend printed under every tree.
pub(crate) const LEGEND: &str = "─▶ explicit reply   ┄▶ inferred reply   ⇢ reference to a letter   ◀ this letter";

pub(crate) fn run(input: &Input, id: &str) -> anyhow::Result<ExitCode> {
    let corpus = corpus_arg::load(input)?;
    let ix = corpus_arg::find_letter(&corpus, id)?;
    let text = render(&corpus, ix);
    let mut stdout = out::stdout();
    let written = stdout.write_all(text.as_bytes());
    out::finish(written, stdout, ExitCode::SUCCESS)
}

/// The tree of the thread holding letter `ix` as the chain pane lays it out (a chain without branches stays in
/// one column, branches indent up to a cap), the references under each letter, a blank line and the legend.
pub(crate) fn render(corpus: &Corpus, ix: LetterIx) -> String {
    let l = &corpus.letters[ix];
    let tree = Tree::build(corpus, l.thread, indent_cap(PANE_WIDTH));
    let (id, count, rows) = match corpus.threads.get(l.thread) {
        Some(t) if tree.row_of(ix).is_some() => (&t.id, t.letters.len(), tree.rows),
        // Not linked into threads: the letter alone.
        _ => {
            let alone = TreeRow { prefix: String::new(), node: Node::Letter(ix), basis: None, cont: "  ".into() };
            (&l.id, 1, vec![alone])
        }
    };
    let mut out = format!("Thread {} · {count} {}\n", sanitize(id), if count == 1 { "letter" } else { "letters" });
    for row in &rows {
        out.push_str(&row.prefix);
        match &row.node {
            Node::Missing { sender, date } => {
                out.push_str("◌ ");
                out.push_str(&missing_label(sender, *date));
                out.push('\n');
            }
            Node::Letter(node) => {
                let Some(letter) = corpus.letters.get(*node) else { continue };
                if !row.prefix.is_empty() {
                    out.push_str("▶ ");
                }
                out.push_str(&label(letter));
                if *node == ix {
                    out.push_str("  ◀");
                }
                out.push('\n');
                for r in letter.references.iter().filter(|r| shown_as_reference(letter, r)) {
                    out.push_str(&row.cont);
                    out.push_str("⇢ ");
                    out.push_str(&reference(corpus, letter, r));
                    out.push('\n');
                }
            }
        }
    }
    out.push('\n');
    out.push_str(LEGEND);
    out.push('\n');
    out
}

/// Whether a reference gets a line of its own: not the link to the letter answered (the tree shows it), nor a
/// missing letter answered (the tree shows it as a node).
fn shown_as_reference(l: &Letter, r: &Reference) -> bool {
    let answered = r.letter.is_some() && r.letter == l.replies_to;
    !answered && !is_missing_reply_ref(r)
}

/// A node: id, date (or `undated`), sender → recipient, the first words of the body.
fn label(l: &Letter) -> String {
    let date = l.date.map_or_else(|| "undated".to_string(), |d| d.to_string());
    format!("{}  {date}  {} → {}  “{}”", sanitize(&l.id), l.sender, l.recipient, l.first_words(32))
}

/// A reference line: whose letter, its date, and where it is (`— not in this corpus`).
fn reference(corpus: &Corpus, l: &Letter, r: &Reference) -> String {
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
    use crate::model::{Date, ReplyBasis, Thread};

    fn letter(id: &str, s: &str, r: &str, date: Option<(i32, u8, u8)>, body: &str) -> Letter {
        let mut l = Letter::new("f.txt", 1, String::new(), s.into(), r.into());
        l.id = id.into();
        l.date = date.and_then(|(y, m, d)| Date::new(y, m, d));
        l.paragraphs = vec![body].into();
        l
    }

    #[test]
    fn a_tree_with_both_kinds_of_links_and_a_missing_letter() {
        let a = letter("f/1", "Stalin", "Churchill", Some((1941, 7, 18)), "Allow me to thank you.");
        let mut b = letter("f/2", "Churchill", "Stalin", Some((1941, 11, 22)), "Many thanks.");
        b.replies_to = Some(0);
        b.reply_basis = Some(ReplyBasis::Inferred);
        b.references = thin_vec::thin_vec![Reference {
            text: "my telegram of September 5th".into(),
            date: Date::new(1941, 9, 5),
            target: RefTarget::Own,
            paragraph: 0,
            start: 0,
            end: 1,
            letter: None,
            number: None,
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

    /// `n` letters, each answering the one before, in one thread.
    fn chain(n: usize) -> Corpus {
        let mut letters = Vec::new();
        for i in 0..n {
            let mut l = letter(&format!("f/{i}"), "A", "B", None, "x");
            l.replies_to = i.checked_sub(1);
            l.reply_basis = l.replies_to.map(|_| ReplyBasis::Explicit);
            letters.push(l);
        }
        let replies = (0..n).map(|i| if i + 1 < n { vec![i + 1] } else { vec![] }).collect();
        Corpus {
            letters,
            threads: vec![Thread { id: "f/0".into(), roots: vec![0], letters: (0..n).collect() }],
            replies,
            ..Corpus::default()
        }
    }

    #[test]
    fn a_very_long_chain_is_drawn_without_recursion_and_flat() {
        let n: usize = 5000;
        let text = render(&chain(n), n - 1);
        assert_eq!(text.lines().filter(|l| l.contains("“x”")).count(), n);
        assert!(text.lines().all(|l| l.chars().count() < 80), "no line grows with the chain");
    }

    #[test]
    fn a_chain_of_sixty_is_drawn_flat_as_the_chain_pane_draws_it() {
        let corpus = chain(60);
        let text = render(&corpus, 30);
        let rows: Vec<&str> = text.lines().filter(|l| l.contains("“x”")).collect();
        assert_eq!(rows.len(), 60);
        assert!(rows[0].starts_with("f/0  undated  A → B"), "{}", rows[0]);
        for (i, row) in rows.iter().enumerate().skip(1) {
            assert!(row.starts_with(&format!("└─▶ f/{i}  undated")), "reply {i} hangs in the first column: {row}");
        }
        assert!(rows[30].ends_with("◀"));
        // The chain pane's rows of the same thread: the same tree lines, row by row.
        let pane = Tree::build(&corpus, 0, indent_cap(36));
        let prefixes: Vec<String> = rows.iter().map(|r| r.split("▶ ").next().unwrap_or("").to_string()).collect();
        for (row, want) in pane.rows.iter().zip(&prefixes) {
            if row.prefix.is_empty() {
                assert!(want.starts_with("f/0"));
            } else {
                assert_eq!(&row.prefix, want);
            }
        }
        assert_eq!(pane.rows.len(), 60);
    }

    #[test]
    fn branches_indent_up_to_the_cap() {
        // Every letter gets two replies, the second of which branches again: a comb 30 deep.
        let depth = 30;
        let n = 2 * depth + 1;
        let mut letters: Vec<Letter> = (0..n).map(|i| letter(&format!("f/{i}"), "A", "B", None, "x")).collect();
        let mut replies = vec![Vec::new(); n];
        for d in 0..depth {
            for child in [2 * d + 1, 2 * d + 2] {
                letters[child].replies_to = Some(2 * d);
                letters[child].reply_basis = Some(ReplyBasis::Explicit);
                replies[2 * d].push(child);
            }
        }
        let corpus = Corpus {
            letters,
            threads: vec![Thread { id: "f/0".into(), roots: vec![0], letters: (0..n).collect() }],
            replies,
            ..Corpus::default()
        };
        let text = render(&corpus, 0);
        let indent = |l: &str| l.chars().take_while(|c| !c.is_alphanumeric()).count();
        let widest = text.lines().filter(|l| l.contains("“x”")).map(indent).max();
        assert_eq!(widest, Some(indent_cap(PANE_WIDTH) + 2), "indent capped like the chain pane's");
    }
}
