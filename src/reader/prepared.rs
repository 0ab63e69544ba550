//! What the update step leaves for drawing: the current letter laid out, its search highlights, the reply tree,
//! the selected link's hint.

use crate::model::LetterIx;
use crate::presentation::doc::Doc;
use crate::presentation::layout::Layout;
use crate::presentation::tree::Tree;
use std::rc::Rc;

/// A search match located in the current letter's blocks: block, display range, match index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Highlight {
    pub(crate) block: usize,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) index: usize,
}

/// What the update step prepared for the next frame.
#[derive(Debug, Clone, Default)]
pub(crate) struct Prepared {
    /// The current letter, laid out at the reading pane's width.
    pub(crate) reader: Option<(LetterIx, Rc<Doc>, Rc<Layout>)>,
    /// Search matches in the current letter.
    pub(crate) highlights: Rc<Vec<Highlight>>,
    /// The reply tree of the current letter's thread.
    pub(crate) tree: Option<Rc<Tree>>,
    /// What the selected link leads to, for the status line.
    pub(crate) link_hint: Option<String>,
}
