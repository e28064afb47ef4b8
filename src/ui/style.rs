//! Styles for everything but the QR code, honouring NO_COLOR.
//!
//! With NO_COLOR, colours are dropped and emphasis is kept (bold, underline, reverse),
//! so every state stays distinguishable. The QR code is the one exception: it is black
//! on white whatever the setting, because a code in the terminal's own colours comes
//! out inverted on dark themes and many phones cannot read it.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy)]
pub struct Palette {
    colour: bool,
}

impl Palette {
    pub fn new(no_color: bool) -> Palette {
        Palette { colour: !no_color }
    }

    fn pick(&self, colour: Style, plain: Style) -> Style {
        if self.colour { colour } else { plain }
    }

    pub fn title(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Black).bg(Color::Cyan).bold(),
            Style::new().reversed().bold(),
        )
    }

    pub fn demo(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Black).bg(Color::Yellow).bold(),
            Style::new().reversed().bold(),
        )
    }

    pub fn label(&self) -> Style {
        Style::new().bold()
    }

    pub fn muted(&self) -> Style {
        self.pick(
            Style::new().fg(Color::DarkGray),
            Style::new().add_modifier(Modifier::DIM),
        )
    }

    pub fn input(&self) -> Style {
        Style::new().underlined()
    }

    pub fn focused_input(&self) -> Style {
        self.pick(
            Style::new().underlined().fg(Color::Cyan),
            Style::new().underlined().bold(),
        )
    }

    pub fn focus_marker(&self) -> Style {
        self.pick(Style::new().fg(Color::Cyan).bold(), Style::new().bold())
    }

    pub fn error(&self) -> Style {
        self.pick(Style::new().fg(Color::Red).bold(), Style::new().bold())
    }

    pub fn success(&self) -> Style {
        self.pick(Style::new().fg(Color::Green).bold(), Style::new().bold())
    }

    pub fn selected(&self) -> Style {
        Style::new().reversed()
    }

    /// Keys in hints and help: bold, without colour, so the hint bar (rewritten as
    /// the context changes) costs fewer bytes over SSH.
    pub fn key(&self) -> Style {
        Style::new().bold()
    }

    /// Borders never change with focus: repainting a whole border to show focus
    /// costs hundreds of bytes over SSH. The focused pane's title says it instead.
    pub fn border(&self) -> Style {
        self.muted()
    }

    /// A pane's title: reversed when the pane has the keyboard.
    pub fn pane_title(&self, focused: bool) -> Style {
        if focused {
            Style::new().reversed().bold()
        } else {
            Style::new().bold()
        }
    }
}
