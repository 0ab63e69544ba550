//! `list`, `show`, `thread`, `check` and `export` on the bundled seed letters, as a user sees them.

mod cli_support;
use cli_support::letters;

const M: &str = "moscow-1957-stalin-churchill-1941";

#[test]
fn list_prints_one_aligned_line_per_letter_in_reading_order() {
    let run = letters(&["list"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "\
frus-1945-stalin-roosevelt/1         undated     Stalin → Roosevelt  The Chairman of the Council of Peopled Commissars of the Soviet Union (Stalin) to President Roosevelt
moscow-1957-stalin-churchill-1941/1  1941-07-18  Stalin → Churchill  Personal Message from Stalin to Mr Churchill
moscow-1957-stalin-churchill-1941/2  1941-11-22  Churchill → Stalin  W. CHURCHILL TO J. V. STALIN
moscow-1957-stalin-churchill-1941/3  undated     Stalin → Churchill  MESSAGE FROM PREMIER STALIN TO PRIME MINISTER CHURCHILL
"
    );
}

#[test]
fn check_reports_the_model_level_diagnostics_sorted_with_a_summary() {
    let run = letters(&["check"]);
    assert_eq!(run.code, 0, "warnings only: exit 0");
    assert_eq!(
        run.stdout,
        "\
frus-1945-stalin-roosevelt.txt:1: warning: undated letter (Stalin → Roosevelt)
frus-1945-stalin-roosevelt.txt:4: warning: reference to a letter not in this corpus: Roosevelt, 24 Mar 1945 (“the letter of March 25 [24], 1945”)
moscow-1957-stalin-churchill-1941.txt:23: warning: footnote marker [*] has no footnote text
moscow-1957-stalin-churchill-1941.txt:27: warning: reference to a letter not in this corpus: Churchill, 5 Sep 1941 (“my telegram of September 5th”)
moscow-1957-stalin-churchill-1941.txt:33: warning: footnote marker [*] has no footnote text
moscow-1957-stalin-churchill-1941.txt:39: warning: undated letter (Stalin → Churchill)
checked 2 files, 4 letters: 6 warnings, 0 errors
"
    );
}

#[test]
fn show_wraps_to_the_width_with_markers_page_rule_and_footnotes() {
    let run = letters(&["show", "frus-1945-stalin-roosevelt/1", "--width", "72"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = &run.stdout;
    assert!(out.lines().all(|l| l.chars().count() <= 72), "{out}");
    assert!(out.starts_with(
        "\
frus-1945-stalin-roosevelt/1
The Chairman of the Council of Peopled Commissars of the Soviet Union
(Stalin) to President Roosevelt⁷⁵
From: Stalin   To: Roosevelt
Date: undated
────────────────────────────────────────────────────────────────────────
I gave consideration to the question you raised before me in the letter
of March 25 [24], 1945,"
    ));
    assert!(out.contains(
        "\
West, South and East, announced at the Crimea Conference⁷⁶
── page 740 ────────────────────────────────────────────────────────────
is to bind the troops of the enemy"
    ));
    assert!(out.ends_with(
        "\
── Notes ───────────────────────────────────────────────────────────────
⁷⁵ Copy of telegram obtained from the Franklin D. Roosevelt Library,
   Hyde Park, N.Y.

⁷⁶ Reference is to section I of the Report of the Crimea Conference,
   February 12, 1945, Conferences at Malta and Yalta, p. 969.
"
    ));
    assert!(!out.contains("[Page 740]"));
}

#[test]
fn show_says_which_markers_have_no_text_and_where_the_letter_stands() {
    let run = letters(&["show", &format!("{M}/2"), "--width", "60"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with(&format!(
        "{M}/2\nW. CHURCHILL TO J. V. STALIN[*]\nFrom: Churchill   To: Stalin\nDate: 22 Nov 1941 (received)\n"
    )));
    // The header is the reading pane's: the source under the date, then the letter answered, the words the link
    // rests on and the replies.
    assert!(run.stdout.contains(&format!(
        "In reply to: {M}/1 (inferred)\nReply: reply to Stalin, 18 Jul 1941: ‘Many thanks for your\n       \
         message just received.’\nReplies: {M}/3\n{}\nMany thanks for your message just received.",
        "─".repeat(60)
    )));
    assert!(run.stdout.contains("consultation with you[*]"));
    assert!(
        run.stdout.ends_with(
            "[*] (no text for this footnote in the source)\n\n[*] (no text for this footnote in the source)\n"
        )
    );
    assert!(run.stdout.lines().all(|l| l.chars().count() <= 60));
}

#[test]
fn show_defaults_to_80_columns_off_a_terminal_and_finds_ids_by_suffix() {
    let run = letters(&["show", "stalin-roosevelt/1"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.lines().map(|l| l.chars().count()).max(), Some(80));
    let run = letters(&["show", "nope/9"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("no letter with id \"nope/9\""), "{}", run.stderr);
}

#[test]
fn thread_draws_the_tree_with_inferred_links_and_marks_the_letter() {
    let run = letters(&["thread", &format!("{M}/2")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        format!(
            "\
Thread {M}/1 · 3 letters
{M}/1  1941-07-18  Stalin → Churchill  “Allow me to thank you for your t…”
└┄▶ {M}/2  1941-11-22  Churchill → Stalin  “Many thanks for your message jus…”  ◀
│ ⇢ Churchill, 5 Sep 1941 — not in this corpus
└┄▶ {M}/3  undated  Stalin → Churchill  “Thank you for your message.”

─▶ explicit reply   ┄▶ inferred reply   ⇢ reference to a letter   ◀ this letter
"
        )
    );
}

#[test]
fn thread_shows_a_lone_letter_and_its_reference_out_of_the_corpus() {
    let run = letters(&["thread", "frus-1945-stalin-roosevelt/1"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with(
        "\
Thread frus-1945-stalin-roosevelt/1 · 1 letter
◌ Roosevelt, 24 Mar 1945, not in this corpus
└─▶ frus-1945-stalin-roosevelt/1  undated  Stalin → Roosevelt  “I gave consideration to the ques…”  ◀
"
    ));
}

#[test]
fn export_is_version_1_json_with_exactly_the_documented_fields() {
    let run = letters(&["export", "--schema", "1"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(doc["version"], 1);
    let keys = |v: &serde_json::Value| -> Vec<String> {
        let mut k: Vec<String> = v.as_object().expect("object").keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(keys(&doc), ["letters", "version", "warnings"]);
    let letters = doc["letters"].as_array().expect("letters");
    assert_eq!(letters.len(), 4);
    let mut want = vec![
        "classification",
        "date",
        "date_kind",
        "file",
        "footnote_refs",
        "footnotes",
        "heading",
        "id",
        "number",
        "ordinal",
        "pages",
        "paragraphs",
        "recipient",
        "references",
        "replies_to",
        "reply_basis",
        "sender",
        "source",
        "thread",
    ];
    want.sort();
    for l in letters {
        assert_eq!(keys(l), want);
    }
    let frus = &letters[0];
    assert_eq!(frus["id"], "frus-1945-stalin-roosevelt/1");
    assert_eq!(frus["file"], "frus-1945-stalin-roosevelt.txt");
    assert_eq!(frus["date"], serde_json::Value::Null);
    assert_eq!(frus["pages"], serde_json::json!([{"page": "740", "paragraph": 5, "offset": 130}]));
    assert_eq!(
        frus["footnote_refs"],
        serde_json::json!([
            {"marker": "75", "paragraph": -1, "offset": 101, "footnote": 0},
            {"marker": "76", "paragraph": 5, "offset": 129, "footnote": 1}
        ])
    );
    assert_eq!(keys(&frus["footnotes"][0]), ["label", "text"]);
    assert_eq!(
        frus["references"],
        serde_json::json!([{"text": "the letter of March 25 [24], 1945", "date": "1945-03-24", "letter": null}])
    );
    assert_eq!(frus["thread"], "frus-1945-stalin-roosevelt/1");
    let c = &letters[2];
    assert_eq!((c["date"].as_str(), c["date_kind"].as_str()), (Some("1941-11-22"), Some("received")));
    assert_eq!((c["replies_to"].as_str(), c["reply_basis"].as_str()), (Some(&*format!("{M}/1")), Some("inferred")));
    assert_eq!(c["thread"], format!("{M}/1"));
    let w = doc["warnings"].as_array().expect("warnings");
    assert_eq!(w.len(), 6);
    assert_eq!(keys(&w[0]), ["file", "line", "message"]);
}

#[test]
fn export_is_version_2_by_default_with_people_lists_date_sources_and_evidence() {
    let run = letters(&["export"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(doc["version"], 2);
    let letters = doc["letters"].as_array().expect("letters");
    let b = &letters[1];
    assert_eq!(b["sender"], serde_json::json!([{"name": "Stalin", "printed": "Stalin", "basis": "heading"}]));
    assert_eq!(
        b["recipient"],
        serde_json::json!([{"name": "Churchill", "printed": "Mr Churchill", "basis": "heading"}])
    );
    assert_eq!(b["date_range"], serde_json::json!(["1941-07-18", "1941-07-18"]));
    assert_eq!(b["date_source"], "closing date line \"July 18, 1941\"");
    assert_eq!(b["editions"], serde_json::json!([]));
    let c = &letters[2];
    assert_eq!(c["reply_evidence"], "‘Many thanks for your message just received.’");
    assert_eq!(c["references"][0]["whose"], "own");
    assert_eq!(c["date_source"], "received line");
    let bad = letters_schema("3");
    assert_eq!(bad.code, 1, "an unknown schema is refused: {}", bad.stderr);
    assert!(bad.stderr.contains("--schema wants 1 or 2"), "{}", bad.stderr);
}

fn letters_schema(v: &str) -> cli_support::Run {
    letters(&["export", "--schema", v])
}

#[test]
fn show_prints_a_letter_without_notes_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let page = "To Henry Wyatt\n\nIslington, 6 April 1829.\n\nMy dear Wyatt,\n\nThe ode is finished.\n\nYours,\nThomas Arden.\n";
    std::fs::write(dir.path().join("arden.txt"), page).expect("page written");
    let run = cli_support::letters_in(Some(dir.path()), &["show", "arden/1", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.matches("The ode is finished.").count(), 1, "{}", run.stdout);
    assert_eq!(run.stdout.matches("To Henry Wyatt").count(), 1, "{}", run.stdout);
    assert!(run.stdout.ends_with("Thomas Arden.\n"), "{}", run.stdout);
}

#[test]
fn export_gives_a_month_or_a_year_as_the_date_when_only_that_is_known() {
    let dir = tempfile::tempdir().expect("temp dir");
    let page = "Letter 812\nMartha Greaves to Dalton\n[late November 1846]\n\nDear Dalton\n\nThe paper is sent.\n\nM. GREAVES\n\n\
                Letter 813\nDalton to Martha Greaves\n1847\n\nDear Madam\n\nI have your paper.\n\nJ. DALTON\n";
    std::fs::write(dir.path().join("greaves.txt"), page).expect("page written");
    let run = cli_support::letters_in(Some(dir.path()), &["export", "."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let letters = doc["letters"].as_array().expect("letters");
    assert_eq!(letters.len(), 2, "{}", run.stdout);
    // The month is known, its days bound the date: ISO 8601's reduced form, and the range.
    assert_eq!(letters[0]["date"], "1846-11");
    assert_eq!(letters[0]["date_range"], serde_json::json!(["1846-11-21", "1846-11-30"]));
    assert_eq!(letters[1]["date"], "1847");
    // Version 1 keeps its dates whole or null, as before.
    let v1 = cli_support::letters_in(Some(dir.path()), &["export", "--schema", "1", "."]);
    let doc: serde_json::Value = serde_json::from_str(&v1.stdout).expect("JSON");
    assert_eq!(doc["letters"][0]["date"], serde_json::Value::Null);
}
