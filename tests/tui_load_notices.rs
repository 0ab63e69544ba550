//! What the reader tells at once about a load that went wrong: files it could not read, and why a corpus has
//! no letters. Run through the real binary's `render`.

mod cli_support;

fn last_row(screen: &str) -> String {
    screen.lines().last().unwrap_or_default().to_string()
}

#[test]
fn an_empty_folder_says_why_there_are_no_letters() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().to_string_lossy().into_owned();
    let run = cli_support::letters(&["render", &path, "--size", "100x8", "--no-state"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(last_row(&run.stdout).contains("folder holds no letter files (*.txt, TEI XML)"), "{}", run.stdout);
}

#[test]
fn unreadable_files_are_counted_beside_the_letters_that_loaded() {
    let dir = tempfile::tempdir().expect("temp dir");
    let binary: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    std::fs::write(dir.path().join("a.txt"), binary).expect("written");
    std::fs::write(
        dir.path().join("b.txt"),
        "Personal Message from Stalin to Mr Churchill\n\nAllow me to thank you.\n",
    )
    .expect("written");
    let path = dir.path().to_string_lossy().into_owned();
    let run = cli_support::letters(&["render", &path, "--size", "120x8", "--no-state"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("Allow me to thank you"), "{}", run.stdout);
    assert!(last_row(&run.stdout).contains("1 file could not be read"), "{}", run.stdout);
}
