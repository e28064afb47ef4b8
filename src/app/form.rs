//! The payment form: four text fields and two choices, with per-field messages.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use crate::catalogue::{Cart, CatalogueItem};
use crate::i18n::Tr;
use crate::money::Currency;
use crate::payment::{self, Draft, Field, FieldError, Limits, Method};

/// The most characters a field takes: the product's limit, an email address's, a URL's,
/// and a generous amount.
pub fn max_chars(field: Field) -> usize {
    match field {
        Field::Amount => 32,
        Field::Customer => 254,
        Field::Product => payment::MAX_PRODUCT_CHARS,
        Field::RedirectUrl => payment::MAX_URL_CHARS,
        Field::Method | Field::Currency => 0,
    }
}

/// The form's state: what was typed, which field has focus, what is wrong where.
#[derive(Debug, Clone)]
pub struct Form {
    /// The amount as typed.
    pub amount: Input,
    /// The customer's email as typed.
    pub customer: Input,
    /// The product as typed.
    pub product: Input,
    /// The redirect URL as typed (optional).
    pub redirect_url: Input,
    /// How the customer pays.
    pub method: Method,
    /// The card currency (PayPal and Venmo take USD only).
    pub currency: Currency,
    /// The field with the cursor.
    pub focus: Field,
    /// Catalogue items added with their keys: with any, the amount is their total and
    /// the product text is made from them.
    pub cart: Cart,
    errors: Vec<FieldError>,
    /// The configured currency, which each new sale starts from.
    default_currency: Currency,
}

impl Form {
    /// An empty form starting with the configured method, currency and redirect URL.
    pub fn new(method: Method, currency: Currency, redirect_url: &str) -> Form {
        Form {
            amount: Input::default(),
            customer: Input::default(),
            product: Input::default(),
            redirect_url: Input::new(redirect_url.to_string()),
            method,
            currency: method.currency_from(currency),
            focus: Field::Amount,
            cart: Cart::default(),
            errors: Vec::new(),
            default_currency: currency,
        }
    }

    /// The fields in the order Tab visits them; Currency only for card payments.
    pub fn fields(&self) -> Vec<Field> {
        let mut fields = vec![
            Field::Amount,
            Field::Customer,
            Field::Product,
            Field::RedirectUrl,
            Field::Method,
        ];
        // Card and cash take any currency; PayPal and Venmo USD only.
        if matches!(self.method, Method::Card | Method::Cash) {
            fields.push(Field::Currency);
        }
        fields
    }

    /// The text input behind a field, if it is a text field.
    pub fn input(&self, field: Field) -> Option<&Input> {
        match field {
            Field::Amount => Some(&self.amount),
            Field::Customer => Some(&self.customer),
            Field::Product => Some(&self.product),
            Field::RedirectUrl => Some(&self.redirect_url),
            Field::Method | Field::Currency => None,
        }
    }

    fn input_mut(&mut self, field: Field) -> Option<&mut Input> {
        match field {
            Field::Amount => Some(&mut self.amount),
            Field::Customer => Some(&mut self.customer),
            Field::Product => Some(&mut self.product),
            Field::RedirectUrl => Some(&mut self.redirect_url),
            Field::Method | Field::Currency => None,
        }
    }

    /// What is typed now, ready for validation; with a cart, its total and its items
    /// stand for the amount and the product.
    pub fn draft(&self) -> Draft {
        let (amount, product, currency) = match self.cart.currency {
            Some(currency) if !self.cart.is_empty() => (
                crate::money::format_amount(self.cart.total()),
                payment::product_of(&self.cart.lines),
                currency,
            ),
            _ => (
                self.amount.value().to_string(),
                self.product.value().to_string(),
                self.currency,
            ),
        };
        Draft {
            amount,
            customer: self.customer.value().to_string(),
            product,
            redirect_url: self.redirect_url.value().to_string(),
            method: self.method,
            currency: Some(currency),
            walk_in: None,
            items: self.cart.lines.clone(),
        }
    }

    /// Whether the amount and product come from the cart (and are not typed).
    pub fn from_cart(&self) -> bool {
        !self.cart.is_empty()
    }

    /// Adds one of a catalogue item to the cart; the cart's currency becomes the sale's.
    pub fn add_item(
        &mut self,
        item: &CatalogueItem,
    ) -> Result<(), crate::catalogue::MixedCurrency> {
        self.cart.add(item)?;
        self.currency = item.currency;
        self.method = self.method.for_currency(item.currency);
        self.errors
            .retain(|e| !matches!(e.field, Field::Amount | Field::Product | Field::Currency));
        Ok(())
    }

    /// The message for a field, if it has one.
    pub fn error(&self, field: Field) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    /// Replaces every field's message at once (on submit).
    pub fn set_errors(&mut self, errors: Vec<FieldError>) {
        self.errors = errors;
    }

    /// Checks one field, as when the person leaves it. An empty field is not an error
    /// until submit: leaving it blank on the way to another is how people fill forms.
    pub fn check(&mut self, field: Field, limits: &Limits, tr: &Tr) {
        let field = if field == Field::Method {
            Field::Currency
        } else {
            field
        };
        self.errors.retain(|e| e.field != field);
        if self
            .input(field)
            .is_some_and(|i| i.value().trim().is_empty())
        {
            return;
        }
        let result = match field {
            Field::Amount => payment::check_amount(self.amount.value(), limits, tr).map(drop),
            Field::Customer => payment::check_customer(self.customer.value(), tr).map(drop),
            Field::Product => payment::check_product(self.product.value(), tr).map(drop),
            Field::RedirectUrl => {
                payment::check_redirect_url(self.redirect_url.value(), tr).map(drop)
            }
            Field::Method | Field::Currency => {
                payment::check_currency(self.method, Some(self.currency), tr).map(drop)
            }
        };
        if let Err(e) = result {
            self.errors.push(e);
        }
    }

    /// Moves focus by `step` fields (wrapping), checking the field left behind.
    pub fn move_focus(&mut self, step: isize, limits: &Limits, tr: &Tr) {
        self.check(self.focus, limits, tr);
        let fields = self.fields();
        let at = fields.iter().position(|f| *f == self.focus).unwrap_or(0) as isize;
        let next = (at + step).rem_euclid(fields.len() as isize) as usize;
        self.focus = fields[next];
    }

    /// Whether the focused line is a choice (method, currency) rather than text.
    pub fn on_choice(&self) -> bool {
        matches!(self.focus, Field::Method | Field::Currency)
    }

    /// Steps the focused choice (method, currency) by `step`.
    pub fn step_choice(&mut self, step: isize) {
        match self.focus {
            Field::Method => self.cycle_method(step),
            Field::Currency => self.cycle_currency(step),
            _ => {}
        }
    }

    /// Handles a key meant for the focused text field. Returns whether it was used.
    pub fn edit(&mut self, key: KeyEvent) -> bool {
        let field = self.focus;
        let Some(input) = self.input(field) else {
            // A choice (method, currency): its keys are actions (`step_choice`).
            return false;
        };
        // A full field takes no more characters (other keys still edit it), so a long
        // paste typed as keys costs the same for every key.
        let full = input.value().chars().count() >= max_chars(field);
        if full
            && matches!(key.code, KeyCode::Char(_))
            && !key.modifiers.contains(KeyModifiers::CONTROL)
        {
            return false;
        }
        self.input_mut(field)
            .is_some_and(|input| input.handle_event(&Event::Key(key)).is_some())
    }

    /// Inserts pasted text into the focused text field, on one line.
    pub fn paste(&mut self, text: &str) {
        let room = self.input(self.focus).map_or(0, |i| {
            max_chars(self.focus).saturating_sub(i.value().chars().count())
        });
        // Cleaning is linear in the paste; inserting stops where the field is full.
        let clean = crate::sanitize::line(text);
        let clean = clean.trim();
        if let Some(input) = self.input_mut(self.focus) {
            for c in clean.chars().take(room) {
                input.handle(tui_input::InputRequest::InsertChar(c));
            }
        }
    }

    /// Ctrl+T: this sale in cash, whatever the method line said.
    pub fn choose_cash(&mut self) {
        self.method = Method::Cash;
        self.errors.retain(|e| e.field != Field::Currency);
    }

    fn cycle_method(&mut self, step: isize) {
        let all = Method::CHOICES;
        let at = all.iter().position(|m| *m == self.method).unwrap_or(0) as isize;
        self.method = all[(at + step).rem_euclid(all.len() as isize) as usize];
        self.currency = self.method.currency_from(self.currency);
        self.errors.retain(|e| e.field != Field::Currency);
    }

    fn cycle_currency(&mut self, step: isize) {
        let all = Currency::CARD;
        let at = all.iter().position(|c| *c == self.currency).unwrap_or(0) as isize;
        self.currency = all[(at + step).rem_euclid(all.len() as isize) as usize];
    }

    /// Fills the form with a payment's details, as if typed.
    pub fn load(&mut self, payment: &crate::payment::NewPayment) {
        self.amount = Input::new(crate::money::format_amount(payment.amount));
        self.customer = Input::new(payment.customer.clone());
        self.product = Input::new(payment.product.clone());
        self.redirect_url = Input::new(
            payment
                .redirect_url
                .as_ref()
                .map(|u| u.to_string())
                .unwrap_or_default(),
        );
        self.method = payment.method;
        self.currency = payment.currency;
        self.cart = Cart {
            currency: (!payment.extras.items.is_empty()).then_some(payment.currency),
            lines: payment.extras.items.clone(),
            selected: 0,
        };
        if payment.extras.walk_in {
            // Left empty, it is a walk-in again, with a number of its own.
            self.customer = Input::default();
        }
        self.errors.clear();
        self.focus = Field::Amount;
    }

    /// Clears the form for the next sale, keeping the method and redirect URL; the
    /// currency goes back to the configured one (one customer's EUR is not the next's).
    pub fn clear_for_next(&mut self) {
        self.currency = self.method.currency_from(self.default_currency);
        self.amount = Input::default();
        self.customer = Input::default();
        self.product = Input::default();
        self.cart.clear();
        self.errors.clear();
        self.focus = Field::Amount;
    }
}
