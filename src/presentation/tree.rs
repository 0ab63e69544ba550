//! The reply tree of a thread, as rows with tree lines. A stretch without branches stays in one column (each
//! reply hangs from the column of the stretch with `└─`); only a branch indents; indentation is capped.
//! Letters answered but missing from the corpus appear as greyed nodes.

use crate::model::{Corpus, Date, LetterIx, ReplyBasis};
use std::collections::{HashMap, HashSet};

/// A node of the tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Node {
    Letter(LetterIx),
    /// A letter the thread answers that is not in the corpus: its writer and date.
    Missing {
        sender: String,
        date: Option<Date>,
    },
}

/// One row: the tree lines before the node, and the node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TreeRow {
    /// Tree lines, one char per cell (`│`, `├─`, `└─`, `└┄`, spaces).
    pub(crate) prefix: String,
    pub(crate) node: Node,
    /// How the node is linked to the row it hangs from.
    pub(crate) basis: Option<ReplyBasis>,
    /// Tree lines for text shown under the node (its references), one char per cell.
    pub(crate) cont: String,
}

/// The rows of one thread's tree.
#[derive(Debug, Clone, Default)]
pub(crate) struct Tree {
    pub(crate) thread: usize,
    /// The indentation cap it was built with.
    pub(crate) cap: usize,
    pub(crate) rows: Vec<TreeRow>,
    row_of_letter: HashMap<LetterIx, usize>,
}

/// Geometry of a row before capping: vertical lines, connector, node column.
struct Geo {
    lines: Vec<usize>,
    connector: Option<(usize, bool, bool)>, // column, last child (└) or not (├), inferred (dashed)
    node_col: usize,
}

fn prefix(geo: &Geo, cap: usize) -> String {
    let col = geo.node_col.min(cap);
    let mut cells = vec![' '; col];
    for &l in &geo.lines {
        if let Some(c) = cells.get_mut(l.min(col.saturating_sub(2))) {
            *c = '│';
        }
    }
    if let Some((c, last, dashed)) = geo.connector {
        let c = c.min(col.saturating_sub(2));
        if let Some(x) = cells.get_mut(c) {
            *x = if last { '└' } else { '├' };
        }
        if let Some(x) = cells.get_mut(c + 1) {
            *x = if dashed { '┄' } else { '─' };
        }
    }
    cells.into_iter().collect()
}

/// The tree lines of the text under a row (its references): the lines below it, and one down to its replies.
fn cont(task: &Task, kids: usize, cap: usize) -> String {
    let col = task.geo.node_col;
    let mut lines = task.below.clone();
    let width = match kids {
        0 => col + 2,
        1 => {
            lines.push(task.stretch);
            col.max(task.stretch + 2)
        }
        _ => {
            lines.push(col);
            col + 2
        }
    };
    prefix(&Geo { lines, connector: None, node_col: width }, cap)
}

/// Pushes the replies of `task`'s letter on the stack, the first on top. An only reply continues the stretch in
/// its column; several replies branch from the letter's column.
fn push_replies(corpus: &Corpus, task: &Task, kids: &[LetterIx], stack: &mut Vec<Task>) {
    let basis_of = |k: LetterIx| corpus.letters.get(k).and_then(|l| l.reply_basis);
    let dashed = |k: LetterIx| basis_of(k) == Some(ReplyBasis::Inferred);
    let col = task.geo.node_col;
    if let [k] = kids {
        let k = *k;
        stack.push(Task {
            node: Node::Letter(k),
            basis: basis_of(k),
            geo: Geo {
                lines: task.below.clone(),
                connector: Some((task.stretch, true, dashed(k))),
                node_col: task.stretch + 2,
            },
            below: task.below.clone(),
            stretch: task.stretch,
        });
        return;
    }
    let n = kids.len();
    for (i, &k) in kids.iter().enumerate().rev() {
        let last = i + 1 == n;
        let mut below = task.below.clone();
        if !last {
            below.push(col);
        }
        stack.push(Task {
            node: Node::Letter(k),
            basis: basis_of(k),
            geo: Geo { lines: task.below.clone(), connector: Some((col, last, dashed(k))), node_col: col + 2 },
            below,
            stretch: col + 2,
        });
    }
}

impl Geo {
    /// A row at column `col` with no tree lines.
    fn at(col: usize) -> Geo {
        Geo { lines: vec![], connector: None, node_col: col }
    }
}

/// A pending node of the depth-first walk.
struct Task {
    node: Node,
    basis: Option<ReplyBasis>,
    geo: Geo,
    /// Vertical lines for the rows below this one, in its subtree.
    below: Vec<usize>,
    /// Column of the connector of this node's only reply (the stretch's column).
    stretch: usize,
}

/// The chain pane's indentation cap for a pane `width` cells wide: a third of it, 4 to 24 cells, even.
pub(crate) fn indent_cap(width: usize) -> usize {
    (width / 3).clamp(4, 24) & !1
}

impl Tree {
    /// Builds the tree of thread `thread`, indentation capped at `cap` cells.
    pub(crate) fn build(corpus: &Corpus, thread: usize, cap: usize) -> Tree {
        let mut tree = Tree { thread, cap, ..Tree::default() };
        let Some(t) = corpus.threads.get(thread) else {
            return tree;
        };
        let cap = cap.max(2);
        let mut seen: HashSet<LetterIx> = HashSet::new();
        for &root in t.roots.iter().chain(t.letters.iter()) {
            if !seen.contains(&root) && root < corpus.letters.len() {
                tree.walk(corpus, root, cap, &mut seen);
            }
        }
        tree
    }

    /// Adds the rows of the subtree under `root` (after the missing letters it answers), depth first, no recursion.
    fn walk(&mut self, corpus: &Corpus, root: LetterIx, cap: usize, seen: &mut HashSet<LetterIx>) {
        let missing = missing_parents(corpus, root);
        let mut root_task = Task { node: Node::Letter(root), basis: None, geo: Geo::at(0), below: vec![], stretch: 0 };
        if !missing.is_empty() {
            for m in missing {
                self.rows.push(TreeRow { prefix: String::new(), node: m, basis: None, cont: String::new() });
            }
            root_task.geo = Geo { lines: vec![], connector: Some((0, true, false)), node_col: 2 };
            root_task.basis = Some(ReplyBasis::Explicit);
        }
        let mut stack = vec![root_task];
        while let Some(task) = stack.pop() {
            let Node::Letter(ix) = task.node else {
                let prefix = prefix(&task.geo, cap);
                self.rows.push(TreeRow { prefix, node: task.node, basis: task.basis, cont: String::new() });
                continue;
            };
            if !seen.insert(ix) {
                continue;
            }
            let kids: Vec<LetterIx> = corpus
                .replies
                .get(ix)
                .map(|r| r.iter().copied().filter(|k| !seen.contains(k)).collect())
                .unwrap_or_default();
            self.row_of_letter.insert(ix, self.rows.len());
            self.rows.push(TreeRow {
                prefix: prefix(&task.geo, cap),
                node: Node::Letter(ix),
                basis: task.basis,
                cont: cont(&task, kids.len(), cap),
            });
            // Missing letters this (non-root) letter also answers: greyed rows under it, before its replies.
            let extra: Vec<Task> = if ix == root {
                vec![]
            } else {
                missing_parents(corpus, ix)
                    .into_iter()
                    .map(|m| Task {
                        node: m,
                        basis: None,
                        geo: Geo { lines: task.below.clone(), connector: None, node_col: task.geo.node_col + 2 },
                        below: vec![],
                        stretch: 0,
                    })
                    .collect()
            };
            push_replies(corpus, &task, &kids, &mut stack);
            stack.extend(extra.into_iter().rev());
        }
    }

    /// The row of a letter.
    pub(crate) fn row_of(&self, letter: LetterIx) -> Option<usize> {
        self.row_of_letter.get(&letter).copied()
    }
}

/// Letters that `ix` answers but that are not in the corpus ("your letter of March 24"), one per date.
pub(crate) fn missing_parents(corpus: &Corpus, ix: LetterIx) -> Vec<Node> {
    let Some(letter) = corpus.letters.get(ix) else {
        return vec![];
    };
    let mut out: Vec<Node> = Vec::new();
    for r in letter.references.iter().filter(|r| super::doc::is_missing_reply_ref(r)) {
        let node = Node::Missing { sender: letter.recipient.to_string(), date: r.date };
        if !out.contains(&node) {
            out.push(node);
        }
    }
    out
}

/// `Roosevelt, 24 Mar 1945, not in this corpus`.
pub(crate) fn missing_label(sender: &str, date: Option<Date>) -> String {
    match date {
        Some(d) => format!("{sender}, {}, not in this corpus", d.short()),
        None => format!("{sender}, undated, not in this corpus"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Letter, Thread};

    /// A comb: every letter has two replies, one of which branches again, `depth` times.
    fn comb(depth: usize) -> Corpus {
        let n = 2 * depth + 1;
        let mut letters: Vec<Letter> =
            (0..n).map(|_| Letter::new("t.txt", 1, "A to B".into(), "A".into(), "B".into())).collect();
        let mut replies = vec![Vec::new(); n];
        for d in 0..depth {
            let parent = 2 * d;
            for child in [2 * d + 1, 2 * d + 2] {
                letters[child].replies_to = Some(parent);
                letters[child].reply_basis = Some(ReplyBasis::Explicit);
                replies[parent].push(child);
            }
        }
        let threads = vec![Thread { id: "t".into(), roots: vec![0], letters: (0..n).collect() }];
        Corpus { letters, threads, replies, reading_order: (0..n).collect(), ..Corpus::default() }
    }

    #[test]
    fn indentation_is_capped() {
        let c = comb(30);
        let tree = Tree::build(&c, 0, 12);
        assert_eq!(tree.rows.len(), 61);
        assert!(tree.rows.iter().all(|r| r.prefix.chars().count() <= 12), "capped at 12 cells");
        assert!(tree.rows.iter().any(|r| r.prefix.chars().count() == 12));
        assert!(tree.rows.iter().skip(1).all(|r| r.prefix.contains('├') || r.prefix.contains('└')));
    }

    #[test]
    fn every_letter_of_the_thread_has_one_row() {
        let c = comb(5);
        let tree = Tree::build(&c, 0, 40);
        for ix in 0..c.letters.len() {
            assert!(tree.row_of(ix).is_some(), "letter {ix}");
        }
    }
}
