//! Keys as data: for each context, which keys do what, with the words the help overlay
//! and the hint bar show. Handlers turn a key into an `Action` here and match on that;
//! the hint bar, the help overlay and the README's key table come from the same tables
//! (a test keeps the README in step).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::i18n::Tr;

/// Everything a key can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Open the help overlay.
    Help,
    /// Close the help overlay.
    CloseHelp,
    /// Open or close the history.
    History,
    /// Quit luxpay.
    Quit,
    /// Stop luxpay for now, as Ctrl+Z does in a shell; `fg` brings it back.
    Suspend,
    /// Go to the next field.
    NextField,
    /// Go to the previous field.
    PrevField,
    /// Create the payment link.
    Submit,
    /// A key for the focused text field itself (line editing).
    EditField,
    /// The method or the currency before the one chosen (on those lines; in a text
    /// field the key edits the text).
    PrevChoice,
    /// The method or the currency after the one chosen.
    NextChoice,
    /// Go back, or stop waiting.
    Back,
    /// Copy the link.
    Copy,
    /// Give the code the whole screen.
    Present,
    /// Start the next sale.
    NewPayment,
    /// Make a fresh link for an expired one.
    FreshLink,
    /// Check the status (or reload) now.
    Recheck,
    /// Back to the form.
    Edit,
    /// Answer a question yes.
    Yes,
    /// Answer a question no.
    No,
    /// Show the next history view.
    NextView,
    /// Show the history view before this one (from the first, the last: the Shop view).
    PrevView,
    /// Select the row above.
    Up,
    /// Select the row below.
    Down,
    /// A page up.
    PageUp,
    /// A page down.
    PageDown,
    /// The first row.
    First,
    /// The last row.
    Last,
    /// Show the selected payment's code.
    Show,
    /// Type a filter.
    Filter,
    /// The server's next page.
    NextPage,
    /// The server's previous page.
    PrevPage,
    /// Type a date range.
    Dates,
    /// The day before.
    PrevDay,
    /// The day after.
    NextDay,
    /// Export the view as CSV.
    Export,
    /// Apply what was typed.
    Apply,
    /// Move between the two date fields.
    SwitchField,
    /// Add a catalogue item to the cart (its function key).
    AddItem,
    /// Open the catalogue picker.
    Catalogue,
    /// One more of the selected cart line.
    More,
    /// One fewer of the selected cart line.
    Fewer,
    /// Empty the cart.
    EmptyCart,
    /// Pick a tip preset (its number).
    TipPreset,
    /// No tip.
    NoTip,
    /// Type a tip of one's own.
    CustomTip,
    /// Print a slip (or a receipt, once paid).
    Print,
    /// Choose cash for this sale.
    Cash,
    /// Void the payment (a pending link).
    Void,
    /// Refund the payment (a paid one).
    Refund,
    /// Open the shift with its float.
    OpenShift,
    /// Put cash into the drawer.
    CashIn,
    /// Take cash out of the drawer.
    CashOut,
    /// Close the shift on a Z.
    CloseShift,
    /// Dismiss what is shown.
    Dismiss,
    /// Lock the till: the PIN screen until someone types theirs.
    Lock,
}

/// A key as pressed: a plain key (Shift allowed), or Ctrl with a letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A key without Ctrl.
    Plain(KeyCode),
    /// Ctrl and a letter.
    Ctrl(char),
}

impl Key {
    fn matches(self, event: KeyEvent) -> bool {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        match self {
            Key::Plain(code) => !ctrl && event.code == code,
            Key::Ctrl(c) => ctrl && event.code == KeyCode::Char(c),
        }
    }

    /// The key as the help overlay and the README write it: `Ctrl+P`, `Shift+Tab`, `↑`.
    pub fn name(self) -> String {
        match self {
            Key::Ctrl(c) => format!("Ctrl+{}", c.to_ascii_uppercase()),
            Key::Plain(code) => code_name(code),
        }
    }

    /// The key as the hint bar writes it, where every column counts: `^P`.
    pub fn short_name(self) -> String {
        match self {
            Key::Ctrl(c) => format!("^{}", c.to_ascii_uppercase()),
            Key::Plain(code) => code_name(code),
        }
    }
}

fn code_name(code: KeyCode) -> String {
    match code {
        KeyCode::Char(' ') => "Space".into(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::BackTab => "Shift+Tab".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        other => other.to_string(),
    }
}

/// Some keys, one action, and its words: `help` for the overlay and the README, `hint`
/// for the hint bar, both as message ids of the catalogue (`locales/*/ui.ftl`), so the
/// overlay and the bar speak the cashier's language.
#[derive(Debug)]
pub struct Binding {
    /// The keys, the first shown in hints.
    pub keys: &'static [Key],
    /// What they do.
    pub action: Action,
    /// The message id of the words for the help overlay and the README (`keys-…`).
    pub help: &'static str,
    /// The message id of the words for the hint bar (`hint-…`).
    pub hint: &'static str,
}

/// Where a table applies, as the help overlay and the README name it.
#[derive(Debug)]
pub struct Context {
    /// The context's name in the README (English, as the README's key table has it).
    pub name: &'static str,
    /// The message id of its name in the help overlay (`keys-in-…`).
    pub title: &'static str,
    /// Its keys.
    pub bindings: &'static [Binding],
    /// Whether the help overlay lists it (the rest show their keys on screen as they work).
    pub in_help: bool,
}

mod tables;

pub use tables::{
    BOOKS, CART, CONFIRM, CONTEXTS, DATES, FILTER, FORM, GLOBAL, HELP, HISTORY, PAYMENT, PICKER,
    PRESENT, SHOWN, TIP, TIP_CUSTOM,
};

/// How many lines the help overlay's key list has at most (a bound for scrolling).
pub fn help_lines() -> u16 {
    CONTEXTS
        .iter()
        .filter(|c| c.in_help)
        .map(|c| c.bindings.len() + 1)
        .sum::<usize>() as u16
}

/// The action a key asks for in this table, if any.
pub fn action(table: &[Binding], event: KeyEvent) -> Option<Action> {
    table
        .iter()
        .find(|b| b.keys.iter().any(|k| k.matches(event)))
        .map(|b| b.action)
}

/// One entry of the hint bar: a key and what it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    /// The key, as short as it can be written.
    pub key: String,
    /// What it does, in the cashier's language.
    pub label: String,
}

/// The hint for `actions` of a table: the first key of each, and the first one's words.
/// Several actions share one hint when they go together (`↑ ↓ select`).
pub fn hint(tr: &Tr, table: &[Binding], actions: &[Action]) -> Option<Hint> {
    let bindings: Vec<&Binding> = actions
        .iter()
        .filter_map(|a| table.iter().find(|b| b.action == *a))
        .collect();
    let first = bindings.first()?;
    let key = bindings
        .iter()
        .filter_map(|b| b.keys.first().map(|k| k.short_name()))
        .collect::<Vec<_>>()
        .join(" ");
    Some(Hint {
        key,
        label: tr.msg(first.hint, &[]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Action as A;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn keys_match_with_shift_but_not_with_ctrl() {
        let none = KeyModifiers::NONE;
        assert_eq!(
            action(CONFIRM, press(KeyCode::Char('Y'), KeyModifiers::SHIFT)),
            Some(A::Yes)
        );
        assert_eq!(
            action(GLOBAL, press(KeyCode::Char('p'), KeyModifiers::CONTROL)),
            Some(A::History)
        );
        assert_eq!(action(GLOBAL, press(KeyCode::Char('p'), none)), None);
        assert_eq!(
            action(PAYMENT, press(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            None
        );
        assert_eq!(
            action(HISTORY, press(KeyCode::Char('j'), none)),
            Some(A::Down)
        );
    }

    #[test]
    fn no_key_is_bound_twice_in_one_table() {
        for context in CONTEXTS {
            let mut seen = Vec::new();
            for key in context.bindings.iter().flat_map(|b| b.keys) {
                assert!(!seen.contains(key), "{}: {key:?} twice", context.name);
                seen.push(*key);
            }
        }
    }

    #[test]
    fn hints_join_the_first_keys() {
        let tr = Tr::plain();
        let h = hint(&tr, HISTORY, &[A::Up, A::Down]).unwrap();
        assert_eq!((h.key.as_str(), h.label.as_str()), ("↑ ↓", "select"));
        assert_eq!(hint(&tr, GLOBAL, &[A::History]).unwrap().key, "^P");
        assert_eq!(hint(&tr, FORM, &[A::Copy]), None);
        let de = hint(&Tr::of(crate::i18n::Lang::De), HISTORY, &[A::Up, A::Down]).unwrap();
        assert_eq!(de.key, "↑ ↓");
        assert_ne!(de.label, "select", "the hint speaks German");
    }

    /// The tables name their words by message id: every id is in every language (the
    /// catalogue tests check the others against English), and none shows as its id.
    #[test]
    fn every_word_of_the_tables_is_in_the_catalogue() {
        for lang in crate::i18n::Lang::ALL {
            let tr = Tr::of(lang);
            for context in CONTEXTS {
                let mut ids = vec![context.title];
                ids.extend(context.bindings.iter().flat_map(|b| [b.help, b.hint]));
                for id in ids {
                    let words = tr.msg(id, &[]);
                    assert!(!words.is_empty() && words != id, "{lang:?}: {id}");
                }
            }
        }
    }
}
