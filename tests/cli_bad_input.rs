//! Bad input on the command line: every case ends in a clear message and the right exit code, never a panic.

mod cli_support;
use cli_support::{FRUS, MOSCOW, assert_no_panic, letters, seed};
use std::io::Read;
use std::process::{Command, Stdio};

#[test]
fn a_missing_path_exits_2_and_names_it() {
    for cmd in ["list", "check", "export"] {
        let run = letters(&[cmd, "/no/such/dir-xyz"]);
        assert_eq!(run.code, 2, "{cmd}: {}", run.stderr);
        assert!(run.stderr.contains("/no/such/dir-xyz") && run.stderr.contains("no such file"), "{}", run.stderr);
        assert!(run.stdout.is_empty());
    }
    let run = letters(&["show", "x/1", "missing-file.txt"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("missing-file.txt"));
}

#[test]
fn a_folder_without_letters_is_reported_not_fatal() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("notes.md"), "not a letter file").expect("write");
    let path = dir.path().to_str().expect("utf-8 path");
    let run = letters(&["check", path]);
    assert_no_panic(&run);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains(&format!("{path}:0: warning: folder holds no letter files (*.txt, TEI XML)")),
        "{}",
        run.stdout
    );
    assert!(run.stdout.ends_with("checked 0 files, 0 letters: 1 warning, 0 errors\n"), "{}", run.stdout);
    let run = letters(&["list", path]);
    assert_eq!((run.code, run.stdout.as_str()), (0, ""));
}

/// A folder of good, binary, invalid UTF-8, empty, CRLF and BOM files, as the acceptance script builds it.
fn mixed_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let moscow = seed(MOSCOW);
    std::fs::write(d.join("a-good.txt"), &moscow).expect("write");
    std::fs::write(d.join("b-binary.txt"), (0..=255u8).cycle().take(10240).collect::<Vec<u8>>()).expect("write");
    let mut bad = moscow.clone();
    bad[500] = 0xff;
    bad[501] = 0xfe;
    std::fs::write(d.join("c-latin.txt"), &bad).expect("write");
    std::fs::write(d.join("d-empty.txt"), b"").expect("write");
    let crlf: Vec<u8> = moscow.iter().flat_map(|&b| if b == b'\n' { vec![b'\r', b'\n'] } else { vec![b] }).collect();
    std::fs::write(d.join("e-crlf.txt"), crlf).expect("write");
    let mut bom = b"\xef\xbb\xbf".to_vec();
    bom.extend(seed(FRUS));
    std::fs::write(d.join("f-bom.txt"), bom).expect("write");
    dir
}

#[test]
fn check_names_binary_invalid_and_empty_files_and_exits_1_on_errors() {
    let dir = mixed_folder();
    let run = letters(&["check", dir.path().to_str().expect("utf-8 path")]);
    assert_no_panic(&run);
    assert_eq!(run.code, 1, "a binary file is an error: {}", run.stdout);
    let bad_line = seed(MOSCOW)[..500].iter().filter(|&&b| b == b'\n').count() + 1;
    let out = &run.stdout;
    assert!(out.contains("b-binary.txt:0: error: binary file (NUL bytes): skipped"), "{out}");
    assert!(out.contains(&format!("c-latin.txt:{bad_line}: warning: bytes that are not UTF-8")), "{out}");
    assert!(out.contains("d-empty.txt:0: warning: empty file"), "{out}");
    assert!(out.ends_with("checked 6 files, 10 letters: 16 warnings, 1 error\n"), "{out}");
    // Sorted by file, then line.
    let keys: Vec<(String, usize)> = out
        .lines()
        .filter(|l| l.contains(": warning: ") || l.contains(": error: "))
        .map(|l| {
            let mut parts = l.splitn(3, ':');
            let file = parts.next().unwrap_or("").to_string();
            (file, parts.next().and_then(|n| n.parse().ok()).expect("a line number"))
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
}

#[test]
fn crlf_and_bom_copies_give_the_same_letters() {
    let dir = mixed_folder();
    // Version 1: the copies are one letter in several printings, which version 2 lists by id.
    let run = letters(&["export", "--schema", "1", dir.path().to_str().expect("utf-8 path")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let of = |file: &str| -> Vec<serde_json::Value> {
        doc["letters"]
            .as_array()
            .expect("letters")
            .iter()
            .filter(|l| l["file"] == file)
            .map(|l| {
                let mut l = l.clone();
                let o = l.as_object_mut().expect("object");
                for k in ["id", "file", "thread", "replies_to"] {
                    o.remove(k);
                }
                l
            })
            .collect()
    };
    assert_eq!(of("a-good.txt").len(), 3);
    assert_eq!(of("e-crlf.txt"), of("a-good.txt"));
    assert_eq!(of("c-latin.txt").len(), 3);
    assert!(of("b-binary.txt").is_empty() && of("d-empty.txt").is_empty());
    let bom = of("f-bom.txt");
    assert_eq!(bom.len(), 1);
    assert_eq!(bom[0]["sender"], "Stalin");
    let frus = letters(&["export", "--schema", "1"]);
    let frus: serde_json::Value = serde_json::from_str(&frus.stdout).expect("JSON");
    assert_eq!(bom[0]["heading"], frus["letters"][0]["heading"]);
    assert_eq!(bom[0]["paragraphs"], frus["letters"][0]["paragraphs"]);
}

#[test]
fn a_closed_pipe_ends_export_quietly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let moscow = seed(MOSCOW);
    for i in 0..60 {
        std::fs::write(dir.path().join(format!("copy{i:03}.txt")), &moscow).expect("write");
    }
    for cmd in ["export", "list", "check"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_letters"))
            .args([cmd, dir.path().to_str().expect("utf-8 path")])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("letters runs");
        let mut first = [0u8; 16];
        child.stdout.as_mut().expect("stdout").read_exact(&mut first).expect("some output");
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("letters ends");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{cmd}: {:?} {stderr}", out.status);
        assert!(stderr.is_empty(), "{cmd}: {stderr}");
    }
}

#[test]
fn bad_arguments_are_usage_errors() {
    let run = letters(&["list", "--between", "Stalin"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("two names separated by a comma"), "{}", run.stderr);
    let run = letters(&["list", "--year", "nineteen"]);
    assert_eq!(run.code, 2);
    let run = letters(&["show", "frus-1945-stalin-roosevelt/1", "--width", "-3"]);
    assert_eq!(run.code, 2);
}

#[test]
fn escape_sequences_in_file_names_and_text_never_reach_the_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let name = "evil\u{1b}]0;pwned\u{7}.txt";
    std::fs::write(
        dir.path().join(name),
        "Personal Message from Stalin to Mr Churchill\n\nText with \u{1b}[2J an escape.\n",
    )
    .expect("write");
    for cmd in [&["check"][..], &["list"], &["show", "1"], &["thread", "1"]] {
        let mut args = cmd.to_vec();
        args.push(dir.path().to_str().expect("utf-8 path"));
        let run = letters(&args);
        assert_no_panic(&run);
        assert!(!run.stdout.contains('\u{1b}') && !run.stdout.contains('\u{7}'), "{cmd:?}: {:?}", run.stdout);
        assert!(!run.stdout.is_empty(), "{cmd:?}: {}", run.stderr);
    }
}
