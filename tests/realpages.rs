//! The real pages the team was given (../shared/realpages, read in place): what an editor reads on them.

use letters::loader::load;
use letters::model::{Corpus, Input, Letter, ReplyBasis};
use std::path::PathBuf;

fn real() -> Corpus {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/realpages/corpus");
    load(&Input::Paths(vec![dir])).expect("the real pages load")
}

fn letter<'a>(c: &'a Corpus, id: &str) -> &'a Letter {
    &c.letters[c.find(id).unwrap_or_else(|| panic!("no letter {id}"))]
}

fn date(l: &Letter) -> Option<String> {
    l.date.map(|d| d.to_string())
}

#[test]
fn every_letter_and_no_other() {
    let c = real();
    assert_eq!(c.letters.len(), 35);
    let per_file = |f: &str| c.letters.iter().filter(|l| l.file == f).count();
    assert_eq!(per_file("ciml_1944_war_telegrams.txt"), 4);
    assert_eq!(per_file("rd_v17_1942_war_telegrams.txt"), 5);
    assert_eq!(per_file("frus_1943CairoTehran_d114.txt"), 1, "the caption under the title is no second letter");
}

#[test]
fn people_from_headings_holders_captions_and_the_collection() {
    let c = real();
    let d546 = letter(&c, "frus_1942v03_d546/1");
    assert_eq!(format!("{} → {}", d546.sender, d546.recipient), "Molotov → Henderson");
    let d782 = letter(&c, "frus_1941v01_d782/1");
    assert_eq!(format!("{} → {}", d782.sender, d782.recipient), "Secretary of State → Steinhardt");
    let joint = letter(&c, "rd_corrv2_1941_roosevelt/2");
    assert_eq!(joint.sender.to_string(), "Roosevelt, Churchill");
    let thebase = letter(&c, "thebase_1942-12-06_churchill/1");
    assert_eq!(format!("{} → {}", thebase.sender, thebase.recipient), "Stalin → Churchill");
    assert_eq!(thebase.sender.0[0].basis.as_str(), "collection");
    assert_eq!(thebase.number.as_deref(), Some("93"));
    let d617 = letter(&c, "frus_1943_d617/1");
    assert_eq!(d617.caption(), Some("From the President and the Prime Minister to Marshal Stalin."));
    assert_eq!(d617.classification.as_deref(), Some("operational priority"));
    assert_eq!(d617.source.as_deref(), Some("Roosevelt Papers: Telegram"));
}

#[test]
fn dates_and_where_they_come_from() {
    let c = real();
    let d470 = letter(&c, "frus_1945v06_d470/1");
    assert_eq!((date(d470).as_deref(), d470.place()), (Some("1945-08-22"), Some("Moscow")));
    assert!(d470.date_source.as_deref().is_some_and(|s| s.contains("[Moscow,] August 22, 1945.")));
    let ciml = letter(&c, "ciml_1944_war_telegrams/4");
    assert_eq!(date(ciml).as_deref(), Some("1944-01-14"), "a bare date line before the heading");
    let iso = letter(&c, "thebase_1942-12-06_churchill/1");
    assert_eq!(date(iso).as_deref(), Some("1942-12-06"));
    // Only the file number dates this one: bounds, never the letter's date.
    let d43 = letter(&c, "frus_1945Berlinv01_d43/1");
    assert_eq!(d43.date, None);
    assert_eq!(d43.date_range().map(|r| r.start.to_string()).as_deref(), Some("1945-06-06"));
}

#[test]
fn footnote_markers_in_every_style() {
    let c = real();
    let markers = |id: &str| -> Vec<String> { letter(&c, id).footnote_refs.iter().map(|r| r.marker.clone()).collect() };
    assert_eq!(markers("frus_1943CairoTehran_d102/1"), ["1", "2", "3"]);
    assert_eq!(markers("frus_1945v06_d470/1"), ["33a"]);
    assert_eq!(markers("mia_1942_churchill/1"), ["*", "17"]);
    assert_eq!(markers("rd_corrv2_1941_roosevelt/2"), ["*", "2", "3"]);
    assert_eq!(markers("frus_1941v01_d782/1"), ["91", "92"]);
    let d43 = letter(&c, "frus_1945Berlinv01_d43/1");
    assert_eq!(d43.footnotes.len(), 4);
    assert!(d43.footnotes[3].text.contains("The correct date was in the message"), "a note of several paragraphs");
}

#[test]
fn reply_links_only_where_the_page_supports_them() {
    let c = real();
    let parent = |id: &str| letter(&c, id).replies_to.map(|p| c.letters[p].id.clone());
    assert_eq!(parent("rd_corrv1_1943_churchill/3").as_deref(), Some("rd_corrv1_1943_churchill/2"));
    assert_eq!(parent("frus_1943CairoTehran_d114/1").as_deref(), Some("frus_1943CairoTehran_d102/1"));
    assert_eq!(parent("mia_1942_churchill/3").as_deref(), Some("mia_1942_churchill/2"));
    assert_eq!(parent("ciml_1944_war_telegrams/1").as_deref(), Some("rd_corrv1_1944_churchill/1"));
    for none in [
        "frus_1943v01_d549/1",
        "rd_v17_1942_war_telegrams/3",
        "rd_v17_1942_war_telegrams/4",
        "ciml_1944_war_telegrams/4",
    ] {
        assert_eq!(parent(none), None, "{none}");
    }
    let mia = letter(&c, "mia_1942_churchill/2");
    assert_eq!(mia.reply_basis, Some(ReplyBasis::Inferred));
    assert_eq!(
        mia.reply_evidence.as_deref(),
        Some("‘Thank you for the message and your solicitude for the progress of Soviet-American relations.’")
    );
    let cited: Vec<String> = letter(&c, "thebase_1945-05-02_churchill/1")
        .references
        .iter()
        .filter_map(|r| r.date.map(|d| d.to_string()))
        .collect();
    assert_eq!(cited, ["1945-04-29", "1945-04-30"]);
}

#[test]
fn the_two_letters_printed_twice() {
    let c = real();
    let ids = |id: &str| -> Vec<String> { letter(&c, id).editions.iter().map(|&e| c.letters[e].id.clone()).collect() };
    assert_eq!(ids("ciml_1944_war_telegrams/1"), ["rd_corrv1_1944_churchill/2"]);
    assert_eq!(ids("rd_v17_1942_war_telegrams/1"), ["mia_1942_churchill/2"]);
    assert_eq!(c.letters.iter().filter(|l| !l.editions.is_empty()).count(), 4);
}

/// What `letters show ID --width 80` prints for a letter of the real pages.
fn show(id: &str) -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/realpages/corpus");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_letters"))
        .args(["show", "--width", "80", "--no-state", id])
        .arg(&dir)
        .output()
        .expect("letters runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The message's own first line under the editor's title is the letter's caption, out of the text: `show` prints
/// it under the heading, so nothing printed on the page is lost.
#[test]
fn show_prints_the_caption_under_the_heading() {
    let text = show("frus_1945Berlinv01_d20/1");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.get(1..3),
        Some(
            &[
                "President Truman to Marshal Stalin¹",
                "Personal and top secret from the President for Marshal Stalin, Number 267."
            ][..]
        ),
        "{text}"
    );
    assert_eq!(text.matches("Personal and top secret").count(), 1, "once, not in the text as well:\n{text}");
}

/// A covering note (Molotov passing a message on to the American Chargé) shows both: its own people, then the
/// people of the letter it passes on, in the header `show` and the reading pane share.
#[test]
fn show_says_which_letter_a_covering_note_passes_on() {
    let text = show("frus_1942v03_d546/1");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.get(3..5),
        Some(&["From: Molotov   To: Henderson", "Passes on: a letter from Stalin to Roosevelt"][..]),
        "{text}"
    );
}
