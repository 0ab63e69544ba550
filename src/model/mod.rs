//! The ground floor: the correspondence as an in-memory model (letters, people, dates, paragraphs, footnotes,
//! references, threads) and searching it. It imports nothing of the project.

pub mod date;
pub mod date_range;
mod file_name;
pub mod filter;
pub(crate) mod fit;
pub mod goto;
mod inline;
mod input;
mod julian;
mod letter;
mod letter_extra;
mod months;
pub mod numbering;
pub mod order;
mod paragraphs;
mod people;
pub mod weekdays;

pub use date::Date;
pub use file_name::{FileName, year_in_name};
pub use inline::{Emphasis, LineBreak, Styled, TextPart};
pub use input::Input;
pub use letter::*;
pub use letter_extra::{Answered, EditorAnswer, LetterExtra, LetterRef, Reading, Role};
pub use paragraphs::{FileText, Paragraphs};
pub use people::{KIN_WORDS, People, Person, PersonBasis, named_by_kin, same_name, shares_writers_name};
