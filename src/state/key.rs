//! The name of a corpus's state file, computed from the paths given (never from the letters: it costs nothing at
//! start). The same paths, however written, give the same file; other paths give another.

use crate::model::Input;
use std::path::{Path, PathBuf};

/// FNV-1a, 64 bits: a simple hash that is the same on every run and every build (std's hasher is randomised).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes.iter().fold(OFFSET, |h, &b| (h ^ u64::from(b)).wrapping_mul(PRIME))
}

/// A path made absolute and canonical when it exists (symlinks and `..` resolved), else absolute as written.
fn canonical(path: &Path) -> PathBuf {
    path.canonicalize().or_else(|_| std::path::absolute(path)).unwrap_or_else(|_| path.to_path_buf())
}

/// The state file's name for an input: `bundled.json`, or `<name>-<hash>.json` where the name is the first path's
/// last component (for people looking in the folder) and the hash covers all the canonical paths, sorted.
pub fn state_file_name(input: &Input) -> String {
    let paths = match input {
        Input::Bundled => return "bundled.json".to_string(),
        Input::Paths(paths) => paths,
    };
    let mut canon: Vec<PathBuf> = paths.iter().map(|p| canonical(p)).collect();
    canon.sort();
    canon.dedup();
    let mut bytes = Vec::new();
    for p in &canon {
        bytes.extend_from_slice(p.as_os_str().as_encoded_bytes());
        bytes.push(0);
    }
    let slug: String = canon
        .first()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy())
        .unwrap_or_default()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' { c } else { '_' })
        .take(40)
        .collect();
    let slug = slug.trim_start_matches('.');
    let slug = if slug.is_empty() { "corpus" } else { slug };
    format!("{slug}-{:016x}.json", fnv1a64(&bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_matches_published_vectors() {
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn same_paths_however_written_share_a_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let a = dir.path().join("1942");
        let b = dir.path().join("1943");
        std::fs::create_dir_all(&a).expect("mkdir");
        std::fs::create_dir_all(&b).expect("mkdir");
        let dotted = dir.path().join("1943").join("..").join("1942");
        let one = state_file_name(&Input::Paths(vec![a.clone(), b.clone()]));
        let two = state_file_name(&Input::Paths(vec![b.clone(), dotted]));
        assert_eq!(one, two);
        assert!(one.starts_with("1942-") && one.ends_with(".json"), "{one}");
        assert_ne!(one, state_file_name(&Input::Paths(vec![a])));
        assert_eq!(state_file_name(&Input::Bundled), "bundled.json");
    }
}
