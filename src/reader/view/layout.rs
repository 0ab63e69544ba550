//! Where the panes go: three panes side by side from 100 columns up; below, one pane at a time under a tab line.
//! The status line takes the last row. Every size down to 1×1 gives valid, non-overlapping areas.

use crate::config::LayoutSpec;
use crate::reader::state::Pane;
use ratatui::layout::Rect;

/// Outer areas of what is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Panes {
    pub(crate) tabs: Option<Rect>,
    pub(crate) list: Option<Rect>,
    pub(crate) reader: Option<Rect>,
    pub(crate) chain: Option<Rect>,
    pub(crate) status: Option<Rect>,
}

/// The narrowest screen that can hold three panes at all, whatever the config asks.
pub(crate) const THREE_FIT: u16 = 60;

/// Lays out the screen as the config's `[layout]` asks. In the narrow layout only `focus` is shown.
pub(crate) fn panes_for(area: Rect, focus: Pane, spec: &LayoutSpec) -> Panes {
    let mut p = Panes::default();
    if area.width == 0 || area.height == 0 {
        return p;
    }
    p.status = Some(Rect::new(area.x, area.bottom() - 1, area.width, 1));
    let main = Rect::new(area.x, area.y, area.width, area.height - 1);
    if main.height == 0 {
        return p;
    }
    if spec.three_panes_at(area.width) && area.width >= THREE_FIT {
        let pct = spec.list_percent.clamp(MIN_LIST_PERCENT, MAX_LIST_PERCENT);
        // 36 to 64 columns at the default 40 %, the bounds scaled with the share; the letter keeps 20 columns.
        let (lo, hi) = (36 * pct / 40, (64 * pct / 40).min(area.width.saturating_sub(20)).max(20));
        let left_w = (area.width * pct / 100).clamp(lo.min(hi), hi);
        let chain_h = if main.height >= 8 { main.height * 2 / 5 } else { 0 };
        let list_h = main.height - chain_h;
        p.list = Some(Rect::new(main.x, main.y, left_w, list_h));
        if chain_h > 0 {
            p.chain = Some(Rect::new(main.x, main.y + list_h, left_w, chain_h));
        }
        p.reader = Some(Rect::new(main.x + left_w, main.y, main.width - left_w, main.height));
    } else {
        let body = if main.height >= 2 {
            p.tabs = Some(Rect::new(main.x, main.y, main.width, 1));
            Rect::new(main.x, main.y + 1, main.width, main.height - 1)
        } else {
            p.tabs = Some(Rect::new(main.x, main.y, main.width, 0));
            main
        };
        match focus {
            Pane::List => p.list = Some(body),
            Pane::Reader => p.reader = Some(body),
            Pane::Chain => p.chain = Some(body),
        }
    }
    p
}

/// The narrowest and widest share of the screen the list can be given.
pub(crate) const MIN_LIST_PERCENT: u16 = 20;
pub(crate) const MAX_LIST_PERCENT: u16 = 70;

/// Whether a pane of this size gets a border.
pub(crate) fn bordered(r: Rect) -> bool {
    r.width >= 3 && r.height >= 3
}

/// The area a pane draws into on a `screen`: inside its border when it has one.
pub(crate) fn body_of(area: Rect, screen: Rect) -> Rect {
    let area = area.intersection(screen);
    if bordered(area) { inner(area) } else { area }
}

/// The area inside a pane's border.
pub(crate) fn inner(r: Rect) -> Rect {
    if bordered(r) { Rect::new(r.x + 1, r.y + 1, r.width - 2, r.height - 2) } else { r }
}

/// The reading pane's text area: inside the border, with a margin of one cell when there is room.
pub(crate) fn text_area(outer: Rect) -> Rect {
    let r = inner(outer);
    if r.width >= 20 { Rect::new(r.x + 1, r.y, r.width - 2, r.height) } else { r }
}

/// The letter's text in the reading pane: the text area, no wider than `max_width` columns, centred.
pub(crate) fn reader_text(outer: Rect, max_width: u16) -> Rect {
    let r = text_area(outer);
    if max_width == 0 || r.width <= max_width {
        return r;
    }
    Rect::new(r.x + (r.width - max_width) / 2, r.y, max_width, r.height)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lays out the screen with the default layout (three panes from 100 columns up).
    fn panes(area: Rect, focus: Pane) -> Panes {
        panes_for(area, focus, &LayoutSpec::default())
    }

    impl Panes {
        /// Whether all three panes are shown at once.
        fn wide(&self) -> bool {
            self.tabs.is_none()
        }
    }

    fn no_overlap(p: &Panes, area: Rect) {
        let all: Vec<Rect> = [p.tabs, p.list, p.reader, p.chain, p.status].into_iter().flatten().collect();
        for (i, a) in all.iter().enumerate() {
            assert!(area.contains(a.as_position()) || a.area() == 0, "{a:?} outside {area:?}");
            assert!(a.right() <= area.right() && a.bottom() <= area.bottom(), "{a:?} outside {area:?}");
            for b in &all[i + 1..] {
                assert!(a.intersection(*b).area() == 0, "{a:?} overlaps {b:?}");
            }
        }
    }

    #[test]
    fn every_size_is_laid_out_without_overlap() {
        for (w, h) in
            [(1, 1), (2, 2), (10, 5), (40, 10), (79, 24), (99, 30), (100, 30), (120, 40), (300, 100), (150, 3)]
        {
            let area = Rect::new(0, 0, w, h);
            for focus in Pane::ALL {
                no_overlap(&panes(area, focus), area);
            }
        }
    }

    #[test]
    fn three_panes_from_100_columns() {
        let p = panes(Rect::new(0, 0, 100, 30), Pane::List);
        assert!(p.wide() && p.list.is_some() && p.reader.is_some() && p.chain.is_some());
        let p = panes(Rect::new(0, 0, 99, 30), Pane::Chain);
        assert!(!p.wide() && p.list.is_none() && p.reader.is_none() && p.chain.is_some());
    }

    #[test]
    fn the_config_chooses_the_layout() {
        use crate::config::Panes as Choice;
        let area = Rect::new(0, 0, 80, 24);
        let three = LayoutSpec { panes: Choice::Three, ..LayoutSpec::default() };
        assert!(panes_for(area, Pane::List, &three).wide());
        assert!(!panes_for(Rect::new(0, 0, 40, 24), Pane::List, &three).wide(), "too narrow for three at all");
        let one = LayoutSpec { panes: Choice::One, ..LayoutSpec::default() };
        assert!(!panes_for(Rect::new(0, 0, 200, 50), Pane::List, &one).wide());
        let auto = LayoutSpec { panes: Choice::Auto, three_pane_min_width: 80, ..LayoutSpec::default() };
        assert!(panes_for(area, Pane::List, &auto).wide());
        for w in [1, 10, 59, 60, 61, 80, 99] {
            for spec in [three, one, auto] {
                let a = Rect::new(0, 0, w, 20);
                no_overlap(&panes_for(a, Pane::Reader, &spec), a);
            }
        }
    }
}
