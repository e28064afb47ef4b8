//! The catalogue at the counter: an item's function key adds one to the cart, Ctrl+K
//! picks from the whole catalogue, and on the amount line `+`, `-` and `n` work the
//! cart. The cart itself lives in the form (`Form::cart`): it is what was "typed".

use crossterm::event::{KeyCode, KeyEvent};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use super::keymap::{self, Action};
use super::{App, NoticeKind};
use crate::catalogue::{CatalogueItem, LoweredNames};
use crate::msg::Effect;
use crate::payment::Field;

/// The catalogue picker: type to narrow the list, Enter adds one, Esc closes.
#[derive(Debug, Clone, Default)]
pub struct Picker {
    /// The words typed.
    pub filter: Input,
    /// The highlighted item among those that match.
    pub selected: usize,
    /// The catalogue's names in lower case, made when the picker opens: each key press
    /// then searches them as they are (10,000 items stay quick).
    pub names: LoweredNames,
}

impl App {
    /// A form key for the catalogue or the cart, if it is one: the key's effects, or
    /// `None` for a key the form itself handles.
    pub(super) fn on_cart_key(&mut self, key: KeyEvent) -> Option<Vec<Effect>> {
        match keymap::action(keymap::FORM, key) {
            Some(Action::AddItem) => {
                let KeyCode::F(n) = key.code else {
                    return None;
                };
                match self.config.selling.catalogue.on_key(n).cloned() {
                    Some(item) => self.add_to_cart(&item),
                    None => {
                        let said = t!(self.config.tr, "app-no-catalogue-key", key = n);
                        self.notify(NoticeKind::Error, said);
                    }
                }
                return Some(vec![]);
            }
            Some(Action::Catalogue) => {
                if self.config.selling.catalogue.items.is_empty() {
                    let said = t!(self.config.tr, "app-catalogue-empty");
                    self.notify(NoticeKind::Error, said);
                } else {
                    self.picker = Some(Picker {
                        names: self.config.selling.catalogue.lowered_names(),
                        ..Picker::default()
                    });
                }
                return Some(vec![]);
            }
            _ => {}
        }
        if !self.form.from_cart() || self.form.focus != Field::Amount {
            return None;
        }
        let cart = &mut self.form.cart;
        match keymap::action(keymap::CART, key) {
            Some(Action::More) => cart.change(1),
            Some(Action::Fewer) => cart.change(-1),
            Some(Action::Up) => cart.select(-1),
            Some(Action::Down) => cart.select(1),
            Some(Action::EmptyCart) => cart.clear(),
            // The amount is the cart's: typing into it would mislead.
            _ if matches!(key.code, KeyCode::Char(_) | KeyCode::Backspace) => {}
            _ => return None,
        }
        Some(vec![])
    }

    fn add_to_cart(&mut self, item: &CatalogueItem) {
        match self.form.add_item(item) {
            Ok(()) => self.notice = None,
            Err(e) => {
                let said = e.text(&self.config.tr);
                self.notify(NoticeKind::Error, said);
            }
        }
    }

    /// The catalogue's items the picker's words match.
    pub fn picked_items(&self) -> Vec<&CatalogueItem> {
        match &self.picker {
            Some(picker) => self
                .config
                .selling
                .catalogue
                .matching_names(&picker.names, picker.filter.value()),
            None => Vec::new(),
        }
    }

    pub(super) fn on_picker_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let action = keymap::action(keymap::PICKER, key);
        // Only Down needs the matches counted: a typed letter does not search the whole
        // catalogue twice (here and in the view).
        let count = match action {
            Some(Action::Down) => self.picked_items().len(),
            _ => 0,
        };
        let Some(picker) = self.picker.as_mut() else {
            return vec![];
        };
        match action {
            Some(Action::Back) => self.picker = None,
            Some(Action::Up) => picker.selected = picker.selected.saturating_sub(1),
            Some(Action::Down) => {
                picker.selected = (picker.selected + 1).min(count.saturating_sub(1));
            }
            Some(Action::AddItem) => {
                let at = picker.selected;
                if let Some(item) = self.picked_items().get(at).map(|i| (*i).clone()) {
                    self.add_to_cart(&item);
                }
            }
            _ => {
                picker
                    .filter
                    .handle_event(&crossterm::event::Event::Key(key));
                picker.selected = 0;
            }
        }
        vec![]
    }
}
