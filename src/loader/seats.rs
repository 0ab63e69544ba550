//! The seat an office speaks for. Official correspondence names the same correspondent two ways: a department's
//! telegram goes out under its secretary's name and the answer is addressed to the department; a mission is
//! written to as `the Embassy in the Soviet Union` and answers as `The Chargé in the Soviet Union (Beam)`. An
//! office read as an institution or as the head of one gets the seat both share: the kind of body and where or
//! what it is for (`in the Soviet Union`, `of State`).
//!
//! Only the grammar of office titles decides this: a head noun from the small vocabulary of diplomatic and
//! departmental offices, then `in`, `at`, `of` or `for` and the seat. No names of people or places are known.

use crate::model::{Letter, LetterIx, People, Person};
use rustc_hash::FxHashMap;

/// The kinds of body an office belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Body {
    /// An embassy, legation, mission or delegation, and its ambassador, minister, envoy or chargé.
    Mission,
    /// A consulate and its consul.
    Consulate,
    /// A department, ministry or commissariat, and its secretary, minister or commissar.
    Department,
}

/// A seat: the body and what follows its link word, as printed (`the Soviet Union`, `State`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Seat<'a> {
    pub body: Body,
    pub of: &'a str,
}

/// The seat an office title names, if it is an institution or the head of one (`Embassy in the Soviet Union`,
/// `Acting Secretary of State`, `The Consul General at Shanghai`).
pub(crate) fn seat(office: &str) -> Option<Seat<'_>> {
    let office = office.trim();
    let office = office.strip_prefix("The ").or_else(|| office.strip_prefix("the ")).unwrap_or(office);
    // Most parties are people: their first word is no head noun, and nothing more is looked at.
    let first = office.split(' ').next().unwrap_or_default();
    if !HEADS.iter().any(|h| first.eq_ignore_ascii_case(h)) {
        return None;
    }
    let (at, link) = [" in ", " at ", " of ", " for ", " to "]
        .iter()
        .filter_map(|l| office.find(l).map(|at| (at, *l)))
        .min_by_key(|(at, _)| *at)?;
    let of = office[at + link.len()..].trim_end_matches(['.', ',']).trim();
    let place_like = of.starts_with(char::is_uppercase) || of.starts_with("the ");
    if !place_like || of.contains(['(', ')', ',']) {
        return None;
    }
    let body = body_of(&office[..at], link.trim())?;
    Some(Seat { body, of })
}

/// The first words of the offices [`body_of`] knows (`Chargé` also without its accent).
const HEADS: &[&str] = &[
    "embassy",
    "legation",
    "mission",
    "delegation",
    "ambassador",
    "envoy",
    "chargé",
    "charge",
    "minister",
    "consulate",
    "consul",
    "department",
    "ministry",
    "commissariat",
    "secretary",
    "commissar",
    "acting",
    "vice",
    "people's",
];

/// The body a head noun belongs to; `Minister` heads a legation `in` a country but a ministry `of` a domain.
fn body_of(head: &str, link: &str) -> Option<Body> {
    let lower = head.to_lowercase();
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    if words.first().is_some_and(|w| matches!(*w, "acting" | "vice" | "people's")) {
        words.remove(0);
    }
    let placed = matches!(link, "in" | "at");
    let body = match words.as_slice() {
        // `to` names where an envoy is sent (`Minister to France`) or whom a secretary serves (`Secretary to the
        // Government of India`, the department's head of office).
        ["minister" | "ambassador" | "envoy"] if link == "to" => Body::Mission,
        ["secretary"] if link == "to" => Body::Department,
        _ if link == "to" => return None,
        ["embassy" | "legation" | "mission" | "delegation" | "ambassador" | "envoy"] => Body::Mission,
        ["chargé" | "charge"] | ["chargé" | "charge", "d'affaires" | "d’affaires", ..] => Body::Mission,
        ["minister"] if placed => Body::Mission,
        ["consulate" | "consul"] | ["consulate" | "consul", "general"] => Body::Consulate,
        ["department" | "ministry" | "commissariat" | "secretary" | "commissar"] if !placed => Body::Department,
        ["minister"] => Body::Department,
        _ => return None,
    };
    Some(body)
}

/// The seat a party speaks for: its own name when that is an office (`the Embassy in the Soviet Union`), else
/// the office its holder is printed with, before the name in brackets (`The Chargé in the Soviet Union (Beam)`)
/// or after it (`H. M. Elliot, Esq., Secretary to the Government of India, Foreign Department`).
fn seat_of(p: &Person) -> Option<Seat<'_>> {
    seat(&p.name)
        .or_else(|| p.held_office().and_then(seat))
        .or_else(|| office_after_name(&p.printed))
        .or_else(|| german_seat(&p.printed))
}

/// The seat a German office names, with its holder after it or alone (`Botschafter in Rom Graf von Solms`,
/// `Staatssekretär des Auswärtigen Amtes Freiherr von Richthofen`, `Auswärtige Amt`, the article cut off): a
/// mission's head where it is, a ministry (an `Amt`) and its secretaries by the ministry's adjective without its
/// ending (`Auswärtig`: `das Auswärtige Amt` and `des Auswärtigen Amtes` are one office).
fn german_seat(office: &str) -> Option<Seat<'_>> {
    let office = ["Der ", "Die ", "Das ", "den ", "die ", "das ", "dem "]
        .iter()
        .find_map(|a| office.strip_prefix(a))
        .unwrap_or(office);
    let mut words = office.split(' ');
    let head = words.next()?;
    let head = GERMAN_HEADS.iter().find(|(h, _)| head == *h)?;
    let (link, of) = match head.1 {
        // `Auswärtige Amt`: the office is itself the ministry.
        None => (None, head.0),
        Some(_) => (words.next(), words.next()?),
    };
    let body = match (head.1, link) {
        (None, _) => return amt(office, of),
        (Some(Body::Department), Some("des" | "im")) => return amt(office, of),
        (Some(b), Some("in" | "im" | "am" | "bei" | "beim")) if b != Body::Department => b,
        _ => return None,
    };
    of.starts_with(char::is_uppercase).then_some(Seat { body, of })
}

/// `Auswärtigen Amtes`, `Auswärtige Amt`: the ministry's seat by its adjective's stem, when `adjective` (a word of
/// `office`) is followed by `Amt`.
fn amt<'a>(office: &'a str, adjective: &'a str) -> Option<Seat<'a>> {
    let at = office.find(adjective)?;
    let after = office[at + adjective.len()..].trim_start();
    let noun = after.split(' ').next()?;
    if !matches!(noun, "Amt" | "Amtes" | "Amts") || !adjective.starts_with(char::is_uppercase) {
        return None;
    }
    let stem = ["es", "en", "em", "er", "e"].iter().find_map(|e| adjective.strip_suffix(e)).unwrap_or(adjective);
    Some(Seat { body: Body::Department, of: stem })
}

/// German offices by their first word: a mission's or consulate's head (`in` and the place follow), a ministry's
/// secretary (`des` and the ministry follow), or an adjective that with `Amt` names the ministry itself.
const GERMAN_HEADS: [(&str, Option<Body>); 13] = [
    ("Botschafter", Some(Body::Mission)),
    ("Botschaft", Some(Body::Mission)),
    ("Gesandte", Some(Body::Mission)),
    ("Gesandten", Some(Body::Mission)),
    ("Gesandter", Some(Body::Mission)),
    ("Gesandtschaft", Some(Body::Mission)),
    ("Geschäftsträger", Some(Body::Mission)),
    ("Generalkonsul", Some(Body::Consulate)),
    ("Konsul", Some(Body::Consulate)),
    ("Staatssekretär", Some(Body::Department)),
    ("Unterstaatssekretär", Some(Body::Department)),
    ("Auswärtige", None),
    ("Auswärtiges", None),
];

/// The seat of an office printed after its holder's name and a comma: the first part after the name that is
/// one (an honorific such as `Esq.` is passed over; the department after it belongs to the office already).
fn office_after_name(printed: &str) -> Option<Seat<'_>> {
    let mut parts = printed.split(", ");
    parts.next()?;
    parts.find_map(seat)
}

/// A list of people by its room (one list shared by many letters is one key) and length.
pub(crate) fn list_key(people: &People) -> (usize, usize) {
    (std::sync::Arc::as_ptr(&people.0).cast::<Person>() as usize, people.0.len())
}

/// The sides of a list of people, and whether one of them is a seat.
type ListSides<'a> = (Vec<(Side<'a>, bool)>, bool);

/// One side of a letter for [`SeatIndex`]: a seat, or a name where the party has none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Side<'a> {
    Seat(Seat<'a>),
    Name(&'a str),
}

fn sides(people: &People) -> impl Iterator<Item = (Side<'_>, bool)> {
    people.0.iter().map(|p| seat_of(p).map_or((Side::Name(&p.name), false), |s| (Side::Seat(s), true)))
}

/// Dated letters by the seats (or names) of their two sides, for letters with a seat on at least one side: a
/// telegram citing `Deptel 412, January 9` finds the Secretary of State's telegram to the Embassy although it
/// is itself from the chargé to the Department. Only explicit citations look here: a seat speaks often, and
/// an undated thank-you is no ground to pick one of its messages.
#[derive(Default)]
pub(crate) struct SeatIndex<'a> {
    pairs: FxHashMap<(Side<'a>, Side<'a>), Vec<(i64, LetterIx)>>,
}

impl<'a> SeatIndex<'a> {
    pub(crate) fn build(letters: &'a [Letter]) -> SeatIndex<'a> {
        let mut index = SeatIndex::default();
        // The sides of each list of people, made once (letters share their lists), and whether one is a seat.
        let mut known: FxHashMap<(usize, usize), ListSides<'a>> = FxHashMap::default();
        for (ix, l) in letters.iter().enumerate() {
            let Some(d) = l.date else { continue };
            for people in [&l.sender, &l.recipient] {
                known.entry(list_key(people)).or_insert_with(|| {
                    let sides: Vec<(Side<'a>, bool)> = sides(people).collect();
                    let seated = sides.iter().any(|&(_, seat)| seat);
                    (sides, seated)
                });
            }
            let (senders, s_any) = &known[&list_key(&l.sender)];
            let (recipients, r_any) = &known[&list_key(&l.recipient)];
            if !s_any && !r_any {
                continue;
            }
            for &(s, s_seat) in senders {
                for &(r, r_seat) in recipients {
                    if s_seat || r_seat {
                        index.pairs.entry((s, r)).or_default().push((d.day_number(), ix));
                    }
                }
            }
        }
        for list in index.pairs.values_mut() {
            list.sort_unstable();
        }
        index
    }

    /// Letters from `from` to `to`, seats taken for offices, dated within `slack` days of `day`, closest first.
    pub(crate) fn near(&self, from: &'a People, to: &'a People, day: i64, slack: i64) -> Vec<LetterIx> {
        if self.pairs.is_empty() {
            return Vec::new();
        }
        let mut found: Vec<(i64, LetterIx)> = Vec::new();
        for (f, f_seat) in sides(from) {
            for (t, t_seat) in sides(to) {
                let Some(list) = (f_seat || t_seat).then(|| self.pairs.get(&(f, t))).flatten() else { continue };
                let lo = list.partition_point(|&(d, _)| d < day - slack);
                let close = list[lo..].iter().take_while(|&&(d, _)| d <= day + slack);
                found.extend(close.map(|&(d, ix)| ((d - day).abs(), ix)));
            }
        }
        found.sort_unstable();
        found.dedup_by_key(|&mut (_, ix)| ix);
        found.into_iter().map(|(_, ix)| ix).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(office: &str) -> Option<(Body, &str)> {
        seat(office).map(|s| (s.body, s.of))
    }

    #[test]
    fn a_mission_and_its_head_share_a_seat() {
        let embassy = of("the Embassy in the Soviet Union");
        assert_eq!(embassy, Some((Body::Mission, "the Soviet Union")));
        assert_eq!(of("Chargé in the Soviet Union"), embassy);
        assert_eq!(of("The Chargé d'Affaires ad interim in the Soviet Union"), embassy);
        assert_eq!(of("Ambassador in the Soviet Union"), embassy);
        assert_eq!(of("Minister in Austria"), of("Legation in Austria"));
        assert_eq!(of("Consul General at Shanghai"), Some((Body::Consulate, "Shanghai")));
        assert_eq!(of("Consulate General at Shanghai"), of("Consul General at Shanghai"));
        // Every head noun of the vocabulary passes the first-word gate ([`HEADS`]).
        for office in ["Mission in Japan", "Delegation in Japan", "Envoy in Japan", "Vice Consul at Kobe"] {
            assert!(of(office).is_some(), "{office}");
        }
    }

    #[test]
    fn a_department_and_its_secretary_share_a_seat() {
        assert_eq!(of("Department of State"), Some((Body::Department, "State")));
        assert_eq!(of("Secretary of State"), of("Department of State"));
        assert_eq!(of("Acting Secretary of State"), of("Department of State"));
        assert_eq!(of("People's Commissar for Foreign Affairs"), of("People's Commissariat for Foreign Affairs"));
        assert_eq!(of("Minister of Foreign Affairs"), of("Ministry of Foreign Affairs"));
    }

    #[test]
    fn an_office_after_its_holders_name_is_his_seat() {
        let elliot = person("Elliot", "H. M. Elliot, Esq., Secretary to the Government of India, Foreign Department");
        let office = person("Secretary to the Government of India", "the Secretary to the Government of India");
        assert_eq!(seat_of(&elliot), seat_of(&office));
        assert_eq!(seat_of(&elliot).map(|s| (s.body, s.of)), Some((Body::Department, "the Government of India")));
        assert_eq!(of("Minister to France"), Some((Body::Mission, "France")));
        // A place after the name, a rank, a post without a body: no seat.
        for printed in ["W. H. Sleeman, Esq., Resident at Lucknow", "J. Smith, Colonel", "A. Brown, Secretary"] {
            assert_eq!(seat_of(&person("X", printed)), None, "{printed}");
        }
        assert_eq!(of("Private Secretary to the President"), None);
        assert_eq!(of("Consul to Smyrna"), None);
    }

    #[test]
    fn other_offices_and_people_have_no_seat() {
        // A head of state, a governor, a person, a rank, a private secretary: no institution speaks through them.
        for office in [
            "President",
            "Governor of Virginia",
            "Duke of Wellington",
            "Lord Liverpool",
            "Secretary",
            "Second Secretary of Embassy in the Soviet Union",
            "Major-General, Commanding",
            "Secretary in the Soviet Union",
            "Embassy in",
        ] {
            assert_eq!(of(office), None, "{office}");
        }
    }

    fn person(name: &str, printed: &str) -> Person {
        Person::new(name, printed, crate::model::PersonBasis::Heading)
    }

    #[test]
    fn a_chargés_telegram_to_the_department_finds_the_secretarys_to_the_embassy() {
        let secretary = People(vec![person("Secretary of State", "The Secretary of State")].into());
        let embassy = People(vec![person("Embassy in the Soviet Union", "the Embassy in the Soviet Union")].into());
        let beam = People(vec![person("Beam", "The Chargé in the Soviet Union (Beam)")].into());
        let department = People(vec![person("Department of State", "the Department of State")].into());
        let mut sent = Letter::new("f", 1, String::new(), secretary.clone(), embassy);
        sent.date = crate::model::Date::parse_iso("1953-01-09");
        let mut other = Letter::new("f", 9, String::new(), secretary, People(vec![person("Bohlen", "Bohlen")].into()));
        other.date = sent.date;
        let letters = [sent, other];
        let index = SeatIndex::build(&letters);
        let day = letters[0].date.map(|d| d.day_number()).unwrap_or_default();
        assert_eq!(index.near(&department, &beam, day, 0), [0]);
        assert_eq!(index.near(&department, &beam, day + 3, 3), [0], "within the slack");
        assert_eq!(index.near(&department, &beam, day + 4, 3), Vec::<LetterIx>::new());
        assert_eq!(index.near(&beam, &department, day, 0), Vec::<LetterIx>::new(), "the other way round");
    }

    #[test]
    fn a_german_ministry_its_secretary_and_a_mission_share_their_seats() {
        let at = |printed: &str| seat_of(&person("X", printed)).map(|s| (s.body, s.of.to_string()));
        let ministry = Some((Body::Department, "Auswärtig".to_string()));
        assert_eq!(at("Auswärtige Amt"), ministry);
        assert_eq!(at("Staatssekretär des Auswärtigen Amtes Freiherr von Harlingen"), ministry);
        assert_eq!(at("Unterstaatssekretär im Auswärtigen Amt von Mühlberg"), ministry);
        assert_eq!(at("Botschafter in Lissabon Graf von Wendelstein"), Some((Body::Mission, "Lissabon".to_string())));
        assert_eq!(
            at("Botschafter in Lissabon Grafen von Wendelstein"),
            at("Botschafter in Lissabon Graf von Wendelstein")
        );
        assert_eq!(at("Gesandten im Haag von Kessenich"), Some((Body::Mission, "Haag".to_string())));
        for printed in
            ["Reichskanzler Fürst von Lauenthal", "Staatssekretär Freiherr von Harlingen", "Botschafter Graf Solms"]
        {
            assert_eq!(at(printed), None, "{printed}");
        }
    }

    #[test]
    fn a_minister_in_a_country_is_not_a_ministry() {
        assert_eq!(of("Minister in Austria"), Some((Body::Mission, "Austria")));
        assert_ne!(of("Minister in Austria"), of("Ministry in Austria"));
    }
}
