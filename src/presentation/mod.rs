//! Presentation: a letter and a thread laid out once, for every way of showing them (reading pane, `show`,
//! `thread`, the chain pane, the JSON export).

pub mod export;
pub mod export_v2;
