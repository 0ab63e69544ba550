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
    ("files", 0),
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

/// The module path of a source file (`reader/view/list.rs` -> `reader::view::list`, `cli/mod.rs` -> `cli`).
fn module_of(rel: &str) -> String {
    let rel = rel.trim_end_matches(".rs");
    let rel = rel.strip_suffix("/mod").unwrap_or(rel);
    if rel == "lib" || rel == "main" { String::new() } else { rel.replace('/', "::") }
}

/// The code of a file without comments, string literals and its test module (good enough for paths).
fn code_of(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        let code = line.split("//").next().unwrap_or("");
        let mut in_str = false;
        for c in code.chars() {
            if c == '"' {
                in_str = !in_str;
            } else if !in_str {
                out.push(c);
            }
        }
        out.push('\n');
    }
    out
}

/// Every `use` tree of `code` expanded into paths (`use a::{b, c::d}` gives `a::b`, `a::c::d`), with whether it
/// is a re-export (`pub use`).
fn use_paths(code: &str) -> Vec<(String, bool)> {
    fn expand(prefix: &str, tree: &str, out: &mut Vec<String>) {
        let tree = tree.trim();
        if let Some(open) = tree.find('{') {
            let head = tree[..open].trim().trim_end_matches("::");
            let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
            let mut depth = 0;
            let mut start = 0;
            let base = join(prefix, head);
            for (i, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        expand(&base, &inner[start..i], out);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            expand(&base, &inner[start..], out);
        } else if !tree.is_empty() {
            let path = tree.split(" as ").next().unwrap_or(tree).trim();
            out.push(join(prefix, path));
        }
    }
    fn join(a: &str, b: &str) -> String {
        if a.is_empty() {
            b.to_string()
        } else if b.is_empty() {
            a.to_string()
        } else {
            format!("{a}::{b}")
        }
    }
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let head = rest[..at].trim_end();
        let before = rest[..at].chars().last();
        rest = &rest[at + 4..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let public = head.ends_with("pub") || head.ends_with(')') && head.contains("pub(");
        let end = rest.find(';').unwrap_or(rest.len());
        let mut paths = Vec::new();
        expand("", &rest[..end], &mut paths);
        out.extend(paths.into_iter().map(|p| (p, public)));
        rest = &rest[end..];
    }
    out
}

/// Paths in the code outside `use` that start at `crate::`, `super::` or a child module of the file.
fn inline_paths(code: &str, children: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let bytes: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        let starts = i == 0 || !(bytes[i - 1].is_alphanumeric() || bytes[i - 1] == '_' || bytes[i - 1] == ':');
        if starts && (bytes[i].is_alphabetic() || bytes[i] == '_') {
            let mut j = i;
            while j < bytes.len() && (bytes[j].is_alphanumeric() || bytes[j] == '_' || bytes[j] == ':') {
                j += 1;
            }
            let path: String = bytes[i..j].iter().collect();
            let first = path.split("::").next().unwrap_or("");
            if path.contains("::") && (first == "crate" || first == "super" || children.iter().any(|c| c == first)) {
                out.push(path.trim_end_matches(':').to_string());
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// A path as module names from the crate root, read from a file of module `own` with child modules `children`;
/// `None` for a path outside the crate.
fn absolute(path: &str, own: &str, children: &[String]) -> Option<Vec<String>> {
    let mut parts: Vec<&str> = path.split("::").collect();
    let mut base: Vec<String> = own.split("::").filter(|s| !s.is_empty()).map(str::to_string).collect();
    match parts.first().copied() {
        Some("crate") => {
            parts.remove(0);
            base.clear();
        }
        Some("super") => {
            while parts.first() == Some(&"super") {
                parts.remove(0);
                base.pop();
            }
        }
        Some("self") => {
            parts.remove(0);
        }
        Some(first) if children.iter().any(|c| c == first) => {}
        _ => return None,
    }
    Some(base.into_iter().chain(parts.iter().filter(|p| **p != "self").map(|s| s.to_string())).collect())
}

/// The file-level import graph of `src`: for each file, the files it names. A name re-exported by a module
/// (`pub use letter::Letter` in `model/mod.rs`) counts as a use of the file that defines it, and the re-export
/// itself is no use.
fn file_graph(src: &Path) -> BTreeMap<String, Vec<String>> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let rels: Vec<String> =
        files.iter().map(|f| f.strip_prefix(src).expect("under src").to_string_lossy().replace('\\', "/")).collect();
    let modules: BTreeMap<String, String> = rels.iter().map(|r| (module_of(r), r.clone())).collect();
    let children_of = |own: &str| -> Vec<String> {
        modules
            .keys()
            .filter_map(|m| {
                let rest = if own.is_empty() { Some(m.as_str()) } else { m.strip_prefix(&format!("{own}::")) };
                rest.filter(|r| !r.is_empty() && !r.contains("::")).map(str::to_string)
            })
            .collect()
    };
    let codes: Vec<String> = files.iter().map(|f| code_of(&fs::read_to_string(f).expect("source is UTF-8"))).collect();
    // Re-exports: (module, name) -> the absolute path it stands for.
    let mut reexports: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for (rel, code) in rels.iter().zip(&codes) {
        let own = module_of(rel);
        let children = children_of(&own);
        for (path, public) in use_paths(code) {
            if let (true, Some(abs)) = (public, absolute(&path, &own, &children))
                && let Some(name) = abs.last().filter(|n| n.as_str() != "*")
            {
                reexports.insert((own.clone(), name.clone()), abs.clone());
            }
        }
    }
    let resolve = |mut full: Vec<String>| -> Option<&String> {
        for _ in 0..8 {
            let n = (1..=full.len()).rev().find(|n| modules.contains_key(&full[..*n].join("::")))?;
            let module = full[..n].join("::");
            match full.get(n).and_then(|name| reexports.get(&(module.clone(), name.clone()))) {
                Some(target) if *target != full[..=n] => {
                    full = target.iter().cloned().chain(full[n + 1..].iter().cloned()).collect();
                }
                _ => return modules.get(&module),
            }
        }
        None
    };
    let mut graph = BTreeMap::new();
    for (rel, code) in rels.iter().zip(&codes) {
        let own = module_of(rel);
        let children = children_of(&own);
        let no_use: String = {
            // Inline paths are looked for in the code outside `use` statements.
            let mut s = String::new();
            let mut rest = code.as_str();
            while let Some(at) = rest.find("use ") {
                s.push_str(&rest[..at]);
                let end = rest[at..].find(';').map(|e| at + e + 1).unwrap_or(rest.len());
                rest = &rest[end..];
            }
            s.push_str(rest);
            s
        };
        let uses = use_paths(code).into_iter().filter(|(_, public)| !public).map(|(p, _)| p);
        let mut used: Vec<String> = Vec::new();
        for path in uses.chain(inline_paths(&no_use, &children)) {
            let Some(full) = absolute(&path, &own, &children) else { continue };
            if let Some(t) = resolve(full)
                && t != rel
                && !used.contains(t)
            {
                used.push(t.clone());
            }
        }
        graph.insert(rel.clone(), used);
    }
    graph
}

/// The circles of the graph, each as the files around it (one per strongly connected group).
fn circles(graph: &BTreeMap<String, Vec<String>>) -> Vec<Vec<String>> {
    // Files that reach each other: for each file, the files it reaches, then groups of mutual reach.
    let reach = |from: &str| -> Vec<String> {
        let mut seen: Vec<String> = Vec::new();
        let mut stack = vec![from.to_string()];
        while let Some(f) = stack.pop() {
            for g in graph.get(&f).into_iter().flatten() {
                if !seen.contains(g) {
                    seen.push(g.clone());
                    stack.push(g.clone());
                }
            }
        }
        seen
    };
    let reaches: BTreeMap<&String, Vec<String>> = graph.keys().map(|k| (k, reach(k))).collect();
    let mut out: Vec<Vec<String>> = Vec::new();
    for (f, r) in &reaches {
        if !r.contains(f) || out.iter().any(|c| c.contains(f)) {
            continue;
        }
        let group: Vec<String> =
            reaches.iter().filter(|(g, gr)| r.contains(g) && gr.contains(f)).map(|(g, _)| (*g).clone()).collect();
        out.push(group);
    }
    out
}

#[test]
fn no_circle_between_files() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = file_graph(&src);
    let found = circles(&graph);
    let mut text = Vec::new();
    for group in &found {
        text.push(format!("circle of {}:", group.len()));
        for f in group {
            let inside: Vec<&str> = graph[f].iter().filter(|g| group.contains(g)).map(String::as_str).collect();
            text.push(format!("  {f} uses {}", inside.join(", ")));
        }
    }
    assert!(found.is_empty(), "files that import each other, directly or round a circle:\n{}", text.join("\n"));
}

#[test]
fn the_file_checker_catches_a_circle() {
    let dir = tempfile::tempdir().expect("temp dir");
    let reader = dir.path().join("reader");
    fs::create_dir_all(reader.join("view")).expect("dirs");
    fs::write(reader.join("mod.rs"), "pub mod app;\npub mod view;\n").expect("write");
    fs::write(reader.join("app.rs"), "use super::view::draw;\npub struct App;\n").expect("write");
    fs::write(reader.join("view/mod.rs"), "use crate::reader::app::App;\npub fn draw(_: &App) {}\n").expect("write");
    fs::write(reader.join("state.rs"), "use super::{app::App, view};\n").expect("write");
    let found = circles(&file_graph(dir.path()));
    assert_eq!(found, vec![vec!["reader/app.rs".to_string(), "reader/view/mod.rs".to_string()]]);
}
