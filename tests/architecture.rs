//! The house's one rule, checked on the source: a module imports only modules on a lower floor (ARCHITECTURE.md).
//! Reads every `crate::NAME` path in `src/` and fails naming the file and line that points up or sideways.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// The floors, bottom up. A module may use modules of strictly lower floors only.
const FLOORS: &[(&str, u8)] = &[
    ("model", 0),
    ("text", 0),
    ("keys", 0),
    ("formats", 1),
    ("state", 1),
    ("loader", 2),
    ("presentation", 3),
    ("config", 3),
    ("reader", 4),
    ("cli", 5),
];

fn floor(module: &str) -> Option<u8> {
    FLOORS.iter().find(|(m, _)| *m == module).map(|(_, f)| *f)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir).expect("src is readable").filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Every top-level module named after `crate::` in `text`, with its 1-based line.
fn crate_paths(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            let after = &rest[at + "crate::".len()..];
            let name: String = after.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            if !name.is_empty() {
                out.push((i + 1, name));
            }
            rest = after;
        }
    }
    out
}

fn violations(src: &Path) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let mut bad = Vec::new();
    for file in files {
        let rel = file.strip_prefix(src).expect("under src").to_string_lossy().replace('\\', "/");
        let own = rel.split(['/', '.']).next().unwrap_or("").to_string();
        let Some(own_floor) = floor(&own) else {
            assert!(matches!(own.as_str(), "lib" | "main"), "{rel}: module `{own}` has no floor in FLOORS");
            continue;
        };
        let text = fs::read_to_string(&file).expect("source is UTF-8");
        for (line, used) in crate_paths(&text) {
            if used == own {
                continue;
            }
            match floor(&used) {
                Some(f) if f < own_floor => {}
                Some(_) => bad.push(format!("{rel}:{line}: `{own}` uses `{used}`, which is not on a lower floor")),
                None => bad.push(format!("{rel}:{line}: `{used}` has no floor in FLOORS")),
            }
        }
    }
    bad
}

#[test]
fn imports_point_down_the_floors() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let bad = violations(&src);
    assert!(bad.is_empty(), "imports against the floor table:\n{}", bad.join("\n"));
}

#[test]
fn every_floor_is_a_folder_of_src() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut seen = BTreeMap::new();
    for (m, f) in FLOORS {
        seen.insert(*m, src.join(m).is_dir());
        assert!(*f <= 5);
    }
    let missing: Vec<_> = seen.iter().filter(|(_, is)| !**is).map(|(m, _)| *m).collect();
    assert!(missing.is_empty(), "floors without a folder: {missing:?}");
}

#[test]
fn the_checker_catches_an_upward_import() {
    let dir = tempfile::tempdir().expect("temp dir");
    let model = dir.path().join("model");
    fs::create_dir(&model).expect("model dir");
    fs::write(model.join("letter.rs"), "use crate::reader::App; // up\nuse crate::model::Date;\n").expect("write");
    let bad = violations(dir.path());
    assert_eq!(bad, vec!["model/letter.rs:1: `model` uses `reader`, which is not on a lower floor".to_string()]);
}
