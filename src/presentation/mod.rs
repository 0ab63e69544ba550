//! Presentation: a letter and a thread laid out once, for every way of showing them (reading pane, `show`,
//! `thread`, the chain pane, the JSON export).

pub(crate) mod doc;
pub(crate) mod export;
pub(crate) mod export_v2;
pub(crate) mod layout;
pub(crate) mod plain_letter;
pub(crate) mod tree;
