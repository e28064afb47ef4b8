//! The catalogue a counter sells from (`[[catalogue]]` in the config file, and in the
//! file `catalogue_file` names), and the cart a sale is built in: quick keys add an
//! item, the amount is the cart's total and the product text is made from it. Luxfin
//! knows only an amount and a product; the items are luxpay's, kept in the ledger with
//! the sale.

use std::collections::HashMap;

use rust_decimal::Decimal;

use crate::i18n::Tr;
use crate::money::{self, Currency};
use crate::payment::Item;

/// Function keys luxpay uses itself (F1 help, F2 history): not for items.
pub const RESERVED_KEYS: [u8; 2] = [1, 2];

/// One thing the counter sells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueItem {
    /// Its name, unique (case aside).
    pub name: String,
    /// Its price for one.
    pub price: Decimal,
    /// Its currency (the till's default unless the item names one).
    pub currency: Currency,
    /// Its function key (3 for F3), if it has one.
    pub key: Option<u8>,
}

/// The items of the config file and the catalogue file, checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalogue {
    /// In the order the files list them, the config file's first.
    pub items: Vec<CatalogueItem>,
}

/// A catalogue's names in lower case, in its order: made once (when the picker opens),
/// so a key press searches 10,000 names without lowering every one of them again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoweredNames(Vec<String>);

/// An item as the config file writes it, before checking.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileItem {
    /// Its name.
    pub name: String,
    /// Its price, as text ("4.50") or a number.
    pub price: toml::Value,
    /// Its currency, when not the till's default.
    pub currency: Option<Currency>,
    /// Its key, "F3" to "F12".
    pub key: Option<String>,
}

impl Catalogue {
    /// Checks the config file's items: a bad price or key, or a name or key used twice,
    /// is an error naming the item. `max` is the largest amount a sale may have.
    pub fn from_file(
        items: &[FileItem],
        default_currency: Currency,
        max: Decimal,
    ) -> Result<Catalogue, String> {
        let mut checked: Vec<CatalogueItem> = Vec::with_capacity(items.len());
        let mut index = Index::default();
        for (i, item) in items.iter().enumerate() {
            let what = match item.name.trim() {
                "" => format!("catalogue item {}", i + 1),
                name => format!("catalogue item {name:?}"),
            };
            let item =
                check_item(item, default_currency, max).map_err(|e| format!("{what}: {e}"))?;
            match index
                .clash(&item)
                .map(|(clash, at)| (clash, &checked[at].name))
            {
                Some((Clash::Name, other)) => {
                    return Err(format!("{what}: the name is used twice (also {other:?})"));
                }
                Some((Clash::Key(n), other)) => {
                    return Err(format!("{what}: key F{n} is taken by {other:?}"));
                }
                None => index.add(&item, checked.len()),
            }
            checked.push(item);
        }
        Ok(Catalogue { items: checked })
    }

    /// This catalogue (from `here`) with `more`'s items (from `there`) after its own: one
    /// catalogue. An item in both, by name or by key, is an error naming both places.
    pub fn join(self, here: &str, more: Catalogue, there: &str) -> Result<Catalogue, String> {
        let mut index = Index::default();
        for (at, item) in self.items.iter().enumerate() {
            index.add(item, at);
        }
        for item in &more.items {
            match index
                .clash(item)
                .map(|(clash, at)| (clash, &self.items[at].name))
            {
                Some((Clash::Name, mine)) => {
                    return Err(format!(
                        "catalogue item {mine:?} is in {here} and in {there} (as {:?}): \
                         keep it in one",
                        item.name
                    ));
                }
                Some((Clash::Key(n), mine)) => {
                    return Err(format!(
                        "key F{n} is taken twice: by {mine:?} in {here} and by {:?} in {there}",
                        item.name
                    ));
                }
                None => {}
            }
        }
        let mut items = self.items;
        items.extend(more.items);
        Ok(Catalogue { items })
    }

    /// The item on function key `n`.
    pub fn on_key(&self, n: u8) -> Option<&CatalogueItem> {
        self.items.iter().find(|i| i.key == Some(n))
    }

    /// The item of this name, case aside.
    pub fn named(&self, name: &str) -> Option<&CatalogueItem> {
        self.items
            .iter()
            .find(|i| i.name.eq_ignore_ascii_case(name.trim()))
    }

    /// The items whose name holds `words` (each of them, case aside), in order.
    pub fn matching(&self, words: &str) -> Vec<&CatalogueItem> {
        self.matching_names(&self.lowered_names(), words)
    }

    /// Its names in lower case, for `matching_names`.
    pub fn lowered_names(&self) -> LoweredNames {
        LoweredNames(self.items.iter().map(|i| i.name.to_lowercase()).collect())
    }

    /// `matching`, with this catalogue's names lowered beforehand (`lowered_names`).
    pub fn matching_names<'a>(
        &'a self,
        names: &LoweredNames,
        words: &str,
    ) -> Vec<&'a CatalogueItem> {
        if names.0.len() != self.items.len() {
            // Names lowered for another catalogue, or none (a default picker): lower
            // this one's now rather than miss items.
            return self.matching_names(&self.lowered_names(), words);
        }
        let words: Vec<String> = words.split_whitespace().map(str::to_lowercase).collect();
        self.items
            .iter()
            .zip(&names.0)
            .filter(|(_, name)| words.iter().all(|w| name.contains(w.as_str())))
            .map(|(item, _)| item)
            .collect()
    }

    /// The cart `--item NAME[*QTY]` arguments make; an unknown item, a bad quantity or
    /// items of several currencies are an error naming it, in `tr`'s language.
    pub fn cart_of(&self, args: &[String], tr: &Tr) -> Result<Cart, String> {
        let mut cart = Cart::default();
        for arg in args {
            let (name, quantity) = match arg.rsplit_once('*') {
                Some((name, qty)) => {
                    let qty: u32 = qty
                        .trim()
                        .parse()
                        .ok()
                        .filter(|q| (1..=999).contains(q))
                        .ok_or_else(|| t!(tr, "cart-item-quantity", item = format!("{arg:?}")))?;
                    (name, qty)
                }
                None => (arg.as_str(), 1),
            };
            let item = self.named(name).ok_or_else(|| {
                let names: Vec<&str> = self.items.iter().map(|i| i.name.as_str()).collect();
                let item = format!("{name:?}");
                if names.is_empty() {
                    t!(tr, "cart-catalogue-empty", item = item)
                } else {
                    t!(
                        tr,
                        "cart-item-unknown",
                        item = item,
                        names = names.join(", ")
                    )
                }
            })?;
            for _ in 0..quantity {
                cart.add(item).map_err(|e| {
                    t!(
                        tr,
                        "cart-item-refused",
                        item = format!("{arg:?}"),
                        error = e.text(tr)
                    )
                })?;
            }
        }
        Ok(cart)
    }
}

/// An item refused by a cart in another currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MixedCurrency {
    /// The item's name.
    pub item: String,
    /// The item's currency.
    pub sold_in: Currency,
    /// The cart's.
    pub cart: Currency,
}

impl MixedCurrency {
    /// Why, and what to do, in `tr`'s language.
    pub fn text(&self, tr: &Tr) -> String {
        t!(
            tr,
            "cart-mixed-currency",
            item = self.item.as_str(),
            sold_in = self.sold_in.to_string(),
            cart = self.cart.to_string()
        )
    }
}

/// In English, as the log says it.
impl std::fmt::Display for MixedCurrency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(&Tr::plain()))
    }
}

/// One item as written, checked (its name trimmed); the error does not name the item.
fn check_item(
    item: &FileItem,
    default_currency: Currency,
    max: Decimal,
) -> Result<CatalogueItem, String> {
    let name = item.name.trim();
    if name.is_empty() || !crate::sanitize::is_clean(name) || name.chars().count() > 60 {
        return Err("give it a name of 1 to 60 printable characters".into());
    }
    let price_text = match &item.price {
        toml::Value::String(s) => s.clone(),
        toml::Value::Integer(n) => n.to_string(),
        toml::Value::Float(f) => f.to_string(),
        _ => return Err("price must be an amount, such as \"4.50\"".into()),
    };
    let price =
        money::parse_amount(&price_text, max).map_err(|e| format!("price {price_text:?}: {e}"))?;
    let key = item.key.as_deref().map(parse_key).transpose()?;
    Ok(CatalogueItem {
        name: name.to_string(),
        price,
        currency: item.currency.unwrap_or(default_currency),
        key,
    })
}

/// Where a catalogue's names (case aside) and keys are: finding an item used twice
/// among 10,000 must not compare each with all the others.
#[derive(Default)]
struct Index {
    names: HashMap<String, usize>,
    keys: HashMap<u8, usize>,
}

/// What an item shares with one already there.
enum Clash {
    Name,
    Key(u8),
}

impl Index {
    /// The clash of `item` with an item already in, and where that item is.
    fn clash(&self, item: &CatalogueItem) -> Option<(Clash, usize)> {
        let by_name = self.names.get(&item.name.to_ascii_lowercase());
        let by_key = item.key.and_then(|n| Some((n, *self.keys.get(&n)?)));
        match (by_name, by_key) {
            (Some(&at), _) => Some((Clash::Name, at)),
            (None, Some((n, at))) => Some((Clash::Key(n), at)),
            (None, None) => None,
        }
    }

    fn add(&mut self, item: &CatalogueItem, at: usize) {
        self.names.insert(item.name.to_ascii_lowercase(), at);
        if let Some(n) = item.key {
            self.keys.insert(n, at);
        }
    }
}

/// "F5" → 5, for F3 to F12.
fn parse_key(text: &str) -> Result<u8, String> {
    let n = text
        .trim()
        .strip_prefix(['F', 'f'])
        .and_then(|n| n.parse::<u8>().ok())
        .filter(|n| (1..=12).contains(n))
        .ok_or_else(|| format!("key {text:?} is not a function key: use F3 to F12"))?;
    if RESERVED_KEYS.contains(&n) {
        return Err(format!(
            "key F{n} is luxpay's own (F1 help, F2 history): use F3 to F12"
        ));
    }
    Ok(n)
}

/// The items of a sale being built, one line per item.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cart {
    /// Its lines, in the order first added.
    pub lines: Vec<Item>,
    /// The currency of every line.
    pub currency: Option<Currency>,
    /// The selected line, which `+` and `-` change.
    pub selected: usize,
}

/// A cart takes no more of one item than this.
pub const MAX_QUANTITY: u32 = 999;

impl Cart {
    /// Whether nothing is in it.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Adds one of `item` (a line of its own the first time), and selects its line.
    /// An item in another currency than the cart's is refused.
    pub fn add(&mut self, item: &CatalogueItem) -> Result<(), MixedCurrency> {
        if let Some(currency) = self.currency.filter(|c| *c != item.currency) {
            return Err(MixedCurrency {
                item: item.name.clone(),
                sold_in: item.currency,
                cart: currency,
            });
        }
        self.currency = Some(item.currency);
        match self.lines.iter().position(|l| l.name == item.name) {
            Some(at) => {
                let line = &mut self.lines[at];
                line.quantity = (line.quantity + 1).min(MAX_QUANTITY);
                self.selected = at;
            }
            None => {
                self.lines.push(Item {
                    name: item.name.clone(),
                    unit_price: item.price,
                    quantity: 1,
                });
                self.selected = self.lines.len() - 1;
            }
        }
        Ok(())
    }

    /// Changes the selected line's quantity by `step`; at zero the line goes.
    pub fn change(&mut self, step: i64) {
        let Some(line) = self.lines.get_mut(self.selected) else {
            return;
        };
        let quantity = (i64::from(line.quantity) + step).clamp(0, i64::from(MAX_QUANTITY));
        line.quantity = quantity as u32;
        if quantity == 0 {
            self.lines.remove(self.selected);
            self.selected = self.selected.min(self.lines.len().saturating_sub(1));
        }
        if self.lines.is_empty() {
            self.currency = None;
        }
    }

    /// Selects the line `step` away (no wrapping).
    pub fn select(&mut self, step: isize) {
        let last = self.lines.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(step).min(last);
    }

    /// What the cart comes to.
    pub fn total(&self) -> Decimal {
        self.lines.iter().map(Item::total).sum()
    }

    /// Empties it.
    pub fn clear(&mut self) {
        *self = Cart::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, price: &str, key: Option<&str>) -> FileItem {
        FileItem {
            name: name.into(),
            price: toml::Value::String(price.into()),
            currency: None,
            key: key.map(str::to_string),
        }
    }

    fn max() -> Decimal {
        money::DEFAULT_MAX_AMOUNT
    }

    fn shop() -> Catalogue {
        Catalogue::from_file(
            &[
                file("Flat white", "4.50", Some("F5")),
                file("Croissant", "3.20", Some("F6")),
                file("Tea", "2", None),
            ],
            Currency::Eur,
            max(),
        )
        .unwrap()
    }

    #[test]
    fn items_are_checked_and_named_in_errors() {
        for (items, error) in [
            (vec![file("Tea", "2", Some("F1"))], "F1 is luxpay's own"),
            (vec![file("Tea", "2", Some("F13"))], "not a function key"),
            (
                vec![file("Tea", "2,001", None)],
                "catalogue item \"Tea\": price",
            ),
            (vec![file("Tea", "0", None)], "more than zero"),
            (
                vec![file("Tea", "2", None), file("tea", "3", None)],
                "used twice",
            ),
            (
                vec![file("Tea", "2", Some("F3")), file("Cake", "3", Some("f3"))],
                "\"Cake\": key F3 is taken by \"Tea\"",
            ),
            (vec![file(" ", "2", None)], "catalogue item 1"),
        ] {
            let err = Catalogue::from_file(&items, Currency::Usd, max()).unwrap_err();
            assert!(err.contains(error), "{err}");
        }
    }

    #[test]
    fn a_cart_adds_counts_and_totals() {
        let shop = shop();
        let mut cart = Cart::default();
        cart.add(shop.on_key(5).unwrap()).unwrap();
        cart.add(shop.on_key(6).unwrap()).unwrap();
        cart.add(shop.named("flat WHITE").unwrap()).unwrap();
        assert_eq!(
            crate::payment::product_of(&cart.lines),
            "2× Flat white, Croissant"
        );
        assert_eq!(money::format_amount(cart.total()), "12.20");
        assert_eq!(cart.selected, 0, "the line just added is selected");
        cart.select(1);
        cart.change(-1);
        assert_eq!(cart.lines.len(), 1, "at zero the line goes");
        assert_eq!(money::format_amount(cart.total()), "9.00");
        cart.change(-2);
        assert!(cart.is_empty() && cart.currency.is_none());
    }

    #[test]
    fn one_currency_per_cart() {
        let mut items = vec![file("Tea", "2", None), file("Scarf", "30", None)];
        items[1].currency = Some(Currency::Gbp);
        let shop = Catalogue::from_file(&items, Currency::Eur, max()).unwrap();
        let mut cart = Cart::default();
        cart.add(shop.named("tea").unwrap()).unwrap();
        let err = cart
            .add(shop.named("scarf").unwrap())
            .unwrap_err()
            .to_string();
        assert!(err.contains("GBP") && err.contains("EUR"), "{err}");
        assert_eq!(
            err,
            "Scarf is sold in GBP, the cart is in EUR: make a sale of its own"
        );
    }

    #[test]
    fn item_arguments_with_quantities() {
        let shop = shop();
        let cart = shop
            .cart_of(&["flat white*2".into(), "Croissant".into()], &Tr::plain())
            .unwrap();
        assert_eq!(money::format_amount(cart.total()), "12.20");
        let err = shop.cart_of(&["Scone".into()], &Tr::plain()).unwrap_err();
        assert!(
            err.contains("\"Scone\" is not in the catalogue: Flat white"),
            "{err}"
        );
        let err = shop.cart_of(&["Tea*0".into()], &Tr::plain()).unwrap_err();
        assert!(err.contains("1 to 999"), "{err}");
    }

    #[test]
    fn words_find_items() {
        let shop = shop();
        let names: Vec<&str> = shop
            .matching("WHI")
            .iter()
            .map(|i| i.name.as_str())
            .collect();
        assert_eq!(names, ["Flat white"]);
        assert_eq!(shop.matching("").len(), 3);
        let lowered = shop.lowered_names();
        assert_eq!(shop.matching_names(&lowered, "CROISS").len(), 1);
        // Names lowered for no catalogue (a default picker) miss nothing.
        let stale = LoweredNames::default();
        assert_eq!(shop.matching_names(&stale, "tea").len(), 1);
    }
}
