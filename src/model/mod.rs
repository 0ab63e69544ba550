//! The ground floor: the correspondence as an in-memory model (letters, people, dates, paragraphs, footnotes,
//! references, threads) and searching it. It imports nothing of the project.

pub mod date;
pub mod date_range;
pub mod filter;
pub mod goto;
mod inline;
mod input;
mod letter;
pub mod numbering;
pub mod order;
mod people;

pub use date::Date;
pub use inline::{Emphasis, LineBreak, Styled, TextPart};
pub use input::Input;
pub use letter::*;
pub use people::{People, Person, PersonBasis, same_name};
