//! The seat an office speaks for. Official correspondence names the same correspondent two ways: a department's
//! telegram goes out under its secretary's name and the answer is addressed to the department; a mission is
//! written to as `the Embassy in the Soviet Union` and answers as `The Chargé in the Soviet Union (Beam)`. An
//! office read as an institution or as the head of one gets the seat both share: the kind of body and where or
//! what it is for (`in the Soviet Union`, `of State`).
//!
//! Only the grammar of office titles decides this: a head noun from the small vocabulary of diplomatic and
//! departmental offices, then `in`, `at`, `of` or `for` and the seat. No names of people or places are known.

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
    let (at, link) = [" in ", " at ", " of ", " for "]
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

/// The body a head noun belongs to; `Minister` heads a legation `in` a country but a ministry `of` a domain.
fn body_of(head: &str, link: &str) -> Option<Body> {
    let lower = head.to_lowercase();
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    if words.first().is_some_and(|w| matches!(*w, "acting" | "vice" | "people's")) {
        words.remove(0);
    }
    let placed = matches!(link, "in" | "at");
    let body = match words.as_slice() {
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

    #[test]
    fn a_minister_in_a_country_is_not_a_ministry() {
        assert_eq!(of("Minister in Austria"), Some((Body::Mission, "Austria")));
        assert_ne!(of("Minister in Austria"), of("Ministry in Austria"));
    }
}
