//! The `[layout]` table: how many panes the reader shows.

/// Which layout the reader uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Panes {
    /// Three panes from [`LayoutSpec::three_pane_min_width`] columns up, one pane at a time below that.
    #[default]
    Auto,
    /// Always three panes side by side (one pane at a time still, when they cannot fit at all).
    Three,
    /// Always one pane at a time, with a tab line to switch.
    One,
}

impl Panes {
    /// Every value, as written in the config file.
    pub const ALL: [Panes; 3] = [Panes::Auto, Panes::Three, Panes::One];

    /// The name in the config file: `auto`, `three`, `one`.
    pub fn name(self) -> &'static str {
        match self {
            Panes::Auto => "auto",
            Panes::Three => "three",
            Panes::One => "one",
        }
    }

    /// The value with this name.
    pub fn from_name(name: &str) -> Option<Panes> {
        Panes::ALL.into_iter().find(|p| p.name() == name)
    }
}

/// The default layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayoutSpec {
    pub panes: Panes,
    /// With `panes = "auto"`, the narrowest terminal (in columns) that gets three panes.
    pub three_pane_min_width: u16,
    /// The widest the letter's text is set (`[reader] max_width`), centred in a wider reading pane.
    pub max_width: u16,
    /// The list's and the thread's share of a three-pane screen, in percent (`<` and `>` change it).
    pub list_percent: u16,
}

impl Default for LayoutSpec {
    fn default() -> Self {
        LayoutSpec { panes: Panes::Auto, three_pane_min_width: 100, max_width: 80, list_percent: 40 }
    }
}

impl LayoutSpec {
    /// Whether a terminal `width` columns wide shows three panes.
    pub fn three_panes_at(&self, width: u16) -> bool {
        match self.panes {
            Panes::Auto => width >= self.three_pane_min_width,
            Panes::Three => true,
            Panes::One => false,
        }
    }
}
