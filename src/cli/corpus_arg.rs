//! The corpus a command works on, and a letter in it named by id.

use crate::loader;
use crate::model::Corpus;
use crate::model::Input;

/// Loads the corpus for a non-interactive command.
pub(crate) fn load(input: &Input) -> anyhow::Result<Corpus> {
    Ok(loader::load(input)?)
}

/// Loads the corpus for `letters check`: its editions and references, without reply links and threads.
pub(crate) fn load_for_check(input: &Input) -> anyhow::Result<Corpus> {
    Ok(loader::load_for_check(input)?)
}

/// Finds a letter by id: the exact id, else a unique prefix or suffix of one.
pub(crate) fn find_letter(corpus: &Corpus, id: &str) -> anyhow::Result<usize> {
    if let Some(ix) = corpus.find(id) {
        return Ok(ix);
    }
    let hits: Vec<usize> = (0..corpus.letters.len())
        .filter(|&i| corpus.letters[i].id.starts_with(id) || corpus.letters[i].id.ends_with(id))
        .collect();
    match hits.as_slice() {
        [one] => Ok(*one),
        [] => anyhow::bail!("no letter with id {id:?} (`letters list` prints the ids)"),
        many => {
            let names: Vec<&str> = many.iter().take(5).map(|&i| corpus.letters[i].id.as_str()).collect();
            anyhow::bail!("{id:?} matches {} letters: {}", many.len(), names.join(", "))
        }
    }
}
