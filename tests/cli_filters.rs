//! `letters list --between A,B --year Y` and the correspondent and year counts behind the reader's menus.

mod cli_support;
use cli_support::letters;
use letters::loader;
use letters::model::{Input, filter};

const LETTERS: &str = "\
Personal Message from Stalin to Mr Churchill

Allow me to thank you.

July 18, 1941

Received on January 5, 1942

Personal and Secret Message from Prime Minister Churchill to Premier Stalin

Your message of July 18 has reached me.

Sent on March 3, 1942

Personal and Secret Message from President Roosevelt and Prime Minister Churchill to Premier Stalin

We send you our joint greetings.

Received on April 2, 1943

Message from Premier J. V. Stalin to President F. D. Roosevelt

Thank you for your message.

MESSAGE FROM PREMIER STALIN TO PRIME MINISTER CHURCHILL

An undated note.
";

fn corpus_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("letters.txt"), LETTERS).expect("write");
    dir
}

fn ids(stdout: &str) -> Vec<&str> {
    stdout.lines().filter_map(|l| l.split_whitespace().next()).collect()
}

#[test]
fn between_takes_either_direction_any_case_and_joint_senders() {
    let dir = corpus_dir();
    let path = dir.path().to_str().expect("utf-8 path");
    let run = letters(&["list", path, "--between", "churchill,STALIN"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(ids(&run.stdout), ["letters/1", "letters/2", "letters/3", "letters/5"]);
    let run = letters(&["list", path, "--between", "Roosevelt,Stalin"]);
    assert_eq!(ids(&run.stdout), ["letters/3", "letters/4"]);
}

#[test]
fn year_and_between_combine() {
    let dir = corpus_dir();
    let path = dir.path().to_str().expect("utf-8 path");
    let run = letters(&["list", path, "--between", "Stalin,Churchill", "--year", "1942"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "\
letters/2  1942-01-05  Churchill → Stalin             Personal and Secret Message from Prime Minister Churchill to Premier Stalin
letters/3  1942-03-03  Roosevelt, Churchill → Stalin  Personal and Secret Message from President Roosevelt and Prime Minister Churchill to Premier Stalin
"
    );
    let run = letters(&["list", path, "--year", "1941"]);
    assert_eq!(ids(&run.stdout), ["letters/1"]);
}

#[test]
fn no_match_prints_nothing_and_says_so() {
    let dir = corpus_dir();
    let path = dir.path().to_str().expect("utf-8 path");
    let run = letters(&["list", path, "--between", "Stalin,Truman"]);
    assert_eq!((run.code, run.stdout.as_str()), (0, ""));
    assert!(run.stderr.contains("no letter matches Stalin ↔ Truman"), "{}", run.stderr);
    let run = letters(&["list", path, "--year", "1950"]);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("no letter matches 1950"), "{}", run.stderr);
}

#[test]
fn unread_leaves_out_the_letters_opened_in_the_reader() {
    let dir = corpus_dir();
    let state = tempfile::tempdir().expect("state dir");
    let input = Input::Paths(vec![dir.path().to_path_buf()]);
    let mut st = letters::state::ReadingState::default();
    st.mark_read("letters/2");
    st.mark_read("letters/4");
    letters::state::StateStore::in_dir(state.path(), &input).save(&st).expect("state saved");
    let run = cli_support::letters_with_state(state.path(), &["list", dir.path().to_str().expect("utf-8"), "--unread"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(ids(&run.stdout), ["letters/1", "letters/3", "letters/5"]);
    let run = cli_support::letters_with_state(
        state.path(),
        &["list", dir.path().to_str().expect("utf-8"), "--unread", "--no-state"],
    );
    assert_eq!(ids(&run.stdout).len(), 5, "--no-state: nothing is remembered");
    let run = letters(&["list", "--unread"]);
    assert_eq!(run.stdout.lines().count(), 4, "no state yet: every letter is unread");
}

#[test]
fn pairs_and_years_count_the_letters() {
    let dir = corpus_dir();
    let c = loader::load(&Input::Paths(vec![dir.path().to_path_buf()])).expect("loads");
    let pairs: Vec<(String, usize)> = filter::pairs(&c).into_iter().map(|(p, n)| (p.to_string(), n)).collect();
    assert_eq!(pairs, [("Stalin ↔ Churchill".to_string(), 4), ("Roosevelt ↔ Stalin".to_string(), 2)]);
    assert_eq!(filter::years(&c), [(1941, 1), (1942, 2), (1943, 1)]);
    let seeds = loader::load(&Input::Bundled).expect("seeds");
    let pairs: Vec<(String, usize)> = filter::pairs(&seeds).into_iter().map(|(p, n)| (p.to_string(), n)).collect();
    assert_eq!(pairs, [("Stalin ↔ Churchill".to_string(), 3), ("Stalin ↔ Roosevelt".to_string(), 1)]);
    assert_eq!(filter::years(&seeds), [(1941, 2)]);
}
