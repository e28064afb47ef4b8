//! The key tables, one per context: which keys do what, and the words for it (message
//! ids of `locales/*/ui.ftl`: `keys-…` for the help overlay, `hint-…` for the hint bar).

use crossterm::event::KeyCode;

use super::{Action, Binding, Context, Key};

const fn key(code: KeyCode) -> Key {
    Key::Plain(code)
}

const fn ch(c: char) -> Key {
    Key::Plain(KeyCode::Char(c))
}

const fn bind(
    keys: &'static [Key],
    action: Action,
    help: &'static str,
    hint: &'static str,
) -> Binding {
    Binding {
        keys,
        action,
        help,
        hint,
    }
}

use Action as A;

/// Keys that work anywhere (outside dialogs).
pub const GLOBAL: &[Binding] = &[
    bind(
        &[key(KeyCode::F(1)), ch('?')],
        A::Help,
        "keys-help-not-in-fields",
        "hint-help",
    ),
    bind(
        &[Key::Ctrl('p'), key(KeyCode::F(2))],
        A::History,
        "keys-history-and-back",
        "hint-history",
    ),
    bind(
        &[Key::Ctrl('l')],
        A::Lock,
        "keys-lock-the-till-pin",
        "hint-lock",
    ),
    bind(&[Key::Ctrl('c')], A::Quit, "keys-quit", "hint-quit"),
    bind(
        &[Key::Ctrl('z')],
        A::Suspend,
        "keys-suspend-fg-resumes",
        "hint-suspend",
    ),
];

/// Keys while the help overlay is open.
pub const HELP: &[Binding] = &[
    bind(
        &[key(KeyCode::Esc), key(KeyCode::F(1)), ch('?'), ch('q')],
        A::CloseHelp,
        "keys-close-help",
        "hint-close-help",
    ),
    bind(
        &[key(KeyCode::Down), ch('j')],
        A::Down,
        "keys-scroll-where-it-does-not-fit",
        "hint-scroll",
    ),
    bind(
        &[key(KeyCode::Up), ch('k')],
        A::Up,
        "keys-scroll-where-it-does-not-fit",
        "hint-scroll",
    ),
    bind(
        &[key(KeyCode::PageDown)],
        A::PageDown,
        "keys-scroll-where-it-does-not-fit",
        "hint-scroll",
    ),
    bind(
        &[key(KeyCode::PageUp)],
        A::PageUp,
        "keys-scroll-where-it-does-not-fit",
        "hint-scroll",
    ),
];

/// Keys in the form; others edit the field.
pub const FORM: &[Binding] = &[
    bind(
        &[key(KeyCode::Tab), key(KeyCode::Down)],
        A::NextField,
        "keys-next-field",
        "hint-next-field",
    ),
    bind(
        &[key(KeyCode::BackTab), key(KeyCode::Up)],
        A::PrevField,
        "keys-previous-field",
        "hint-previous-field",
    ),
    bind(
        &[key(KeyCode::Enter)],
        A::Submit,
        "keys-create-the-link",
        "hint-create",
    ),
    bind(
        &[key(KeyCode::Left)],
        A::PrevChoice,
        "keys-method-currency",
        "hint-change",
    ),
    bind(
        &[key(KeyCode::Right), ch(' ')],
        A::NextChoice,
        "keys-method-currency",
        "hint-change",
    ),
    bind(
        &[
            key(KeyCode::Home),
            key(KeyCode::End),
            Key::Ctrl('w'),
            Key::Ctrl('u'),
        ],
        A::EditField,
        "keys-edit-the-field",
        "hint-edit",
    ),
    bind(
        &[key(KeyCode::Esc)],
        A::Back,
        "keys-stop-waiting-or-go-back",
        "hint-stop-waiting",
    ),
    bind(
        &[
            key(KeyCode::F(3)),
            key(KeyCode::F(4)),
            key(KeyCode::F(5)),
            key(KeyCode::F(6)),
            key(KeyCode::F(7)),
            key(KeyCode::F(8)),
            key(KeyCode::F(9)),
            key(KeyCode::F(10)),
            key(KeyCode::F(11)),
            key(KeyCode::F(12)),
        ],
        A::AddItem,
        "keys-add-a-catalogue-item",
        "hint-add-item",
    ),
    bind(
        &[Key::Ctrl('k')],
        A::Catalogue,
        "keys-catalogue-picker",
        "hint-catalogue",
    ),
    bind(
        &[Key::Ctrl('t')],
        A::Cash,
        "keys-cash-for-this-sale",
        "hint-cash",
    ),
];

/// Keys on the amount line when a cart stands for it; others as in the form.
pub const CART: &[Binding] = &[
    bind(
        &[ch('+')],
        A::More,
        "keys-one-more-of-the-line",
        "hint-more-or-fewer",
    ),
    bind(&[ch('-')], A::Fewer, "keys-one-fewer-0-out", "hint-fewer"),
    bind(
        &[key(KeyCode::PageUp)],
        A::Up,
        "keys-select-a-line-of-the-cart",
        "hint-line",
    ),
    bind(
        &[key(KeyCode::PageDown)],
        A::Down,
        "keys-select-a-line-of-the-cart",
        "hint-line",
    ),
    bind(
        &[ch('n')],
        A::EmptyCart,
        "keys-empty-the-cart",
        "hint-empty-cart",
    ),
];

/// Keys in the catalogue picker; others type its filter.
pub const PICKER: &[Binding] = &[
    bind(
        &[key(KeyCode::Enter)],
        A::AddItem,
        "keys-add-one",
        "hint-add-one",
    ),
    bind(&[key(KeyCode::Up)], A::Up, "keys-select", "hint-select"),
    bind(&[key(KeyCode::Down)], A::Down, "keys-select", "hint-select"),
    bind(&[key(KeyCode::Esc)], A::Back, "keys-close", "hint-close"),
];

/// Keys while the tip is asked for.
pub const TIP: &[Binding] = &[
    bind(
        &[
            ch('1'),
            ch('2'),
            ch('3'),
            ch('4'),
            ch('5'),
            ch('6'),
            ch('7'),
            ch('8'),
            ch('9'),
        ],
        A::TipPreset,
        "keys-that-preset",
        "hint-preset",
    ),
    bind(&[ch('0')], A::NoTip, "keys-no-tip", "hint-no-tip"),
    bind(
        &[ch('c')],
        A::CustomTip,
        "keys-another-amount-or-percent",
        "hint-custom",
    ),
    bind(
        &[key(KeyCode::Esc)],
        A::Back,
        "keys-back-send-nothing",
        "hint-back",
    ),
];

/// Keys while typing a tip of one's own; others type it.
pub const TIP_CUSTOM: &[Binding] = &[
    bind(
        &[key(KeyCode::Enter)],
        A::Apply,
        "keys-use-it",
        "hint-use-it",
    ),
    bind(
        &[key(KeyCode::Esc)],
        A::Back,
        "keys-back-to-the-presets",
        "hint-back",
    ),
];

/// Keys while a guard asks a question.
pub const CONFIRM: &[Binding] = &[
    bind(
        &[ch('y'), ch('Y')],
        A::Yes,
        "keys-create-the-link",
        "hint-create-the-link",
    ),
    bind(
        &[ch('n'), ch('N'), key(KeyCode::Esc)],
        A::No,
        "keys-go-back-send-nothing",
        "hint-go-back-send-nothing",
    ),
];

/// Keys in the payment pane.
pub const PAYMENT: &[Binding] = &[
    bind(&[ch('c')], A::Copy, "keys-copy-the-link", "hint-copy"),
    bind(
        &[ch('f')],
        A::Present,
        "keys-present-mode-on-or-off",
        "hint-present",
    ),
    bind(&[ch('n')], A::NewPayment, "keys-new-payment", "hint-new"),
    bind(
        &[ch('g')],
        A::FreshLink,
        "keys-new-link-if-expired",
        "hint-fresh-link",
    ),
    bind(
        &[ch('r')],
        A::Recheck,
        "keys-check-status-now",
        "hint-recheck",
    ),
    bind(
        &[ch('p')],
        A::Print,
        "keys-print-slip-or-receipt",
        "hint-print",
    ),
    bind(&[ch('x')], A::Void, "keys-void-a-pending-link", "hint-void"),
    bind(
        &[ch('m')],
        A::Refund,
        "keys-refund-money-back",
        "hint-refund",
    ),
    bind(
        &[ch('e'), key(KeyCode::Tab), key(KeyCode::Esc)],
        A::Edit,
        "keys-back-to-the-form",
        "hint-edit",
    ),
    bind(&[ch('q')], A::Quit, "keys-quit", "hint-quit"),
];

/// Keys in present mode.
pub const PRESENT: &[Binding] = &[
    bind(
        &[key(KeyCode::Esc), ch('f')],
        A::Back,
        "keys-back-to-the-payment",
        "hint-back",
    ),
    bind(&[ch('c')], A::Copy, "keys-copy-the-link", "hint-copy-link"),
    bind(
        &[ch('n')],
        A::NewPayment,
        "keys-new-payment",
        "hint-new-payment",
    ),
    bind(
        &[ch('g')],
        A::FreshLink,
        "keys-fresh-link-if-expired",
        "hint-fresh-link",
    ),
    bind(&[ch('q')], A::Quit, "keys-quit", "hint-quit"),
];

/// Keys in the history views.
pub const HISTORY: &[Binding] = &[
    bind(&[ch('v')], A::NextView, "keys-next-view", "hint-next-view"),
    bind(&[ch('V')], A::PrevView, "keys-prev-view", "hint-prev-view"),
    bind(
        &[key(KeyCode::Up), ch('k')],
        A::Up,
        "keys-select",
        "hint-select",
    ),
    bind(
        &[key(KeyCode::Down), ch('j')],
        A::Down,
        "keys-select",
        "hint-select",
    ),
    bind(
        &[key(KeyCode::PageUp)],
        A::PageUp,
        "keys-a-page-up-or-down",
        "hint-page",
    ),
    bind(
        &[key(KeyCode::PageDown)],
        A::PageDown,
        "keys-a-page-up-or-down",
        "hint-page",
    ),
    bind(
        &[key(KeyCode::Home)],
        A::First,
        "keys-first-or-last",
        "hint-first",
    ),
    bind(
        &[key(KeyCode::End)],
        A::Last,
        "keys-first-or-last",
        "hint-last",
    ),
    bind(
        &[key(KeyCode::Enter)],
        A::Show,
        "keys-show-its-qr-code",
        "hint-show",
    ),
    bind(&[ch('c')], A::Copy, "keys-copy-its-link", "hint-copy"),
    bind(
        &[ch('r')],
        A::Recheck,
        "keys-recheck-or-reload",
        "hint-recheck",
    ),
    bind(
        &[ch('/')],
        A::Filter,
        "keys-filter-all-local",
        "hint-filter",
    ),
    bind(&[ch('n')], A::NextPage, "keys-page-server", "hint-page"),
    bind(
        &[ch('p')],
        A::PrevPage,
        "keys-page-server-or-print",
        "hint-page",
    ),
    bind(&[ch('d')], A::Dates, "keys-dates-server", "hint-dates"),
    bind(
        &[key(KeyCode::Left)],
        A::PrevDay,
        "keys-day-summary",
        "hint-day",
    ),
    bind(
        &[key(KeyCode::Right)],
        A::NextDay,
        "keys-day-summary",
        "hint-day",
    ),
    bind(
        &[ch('e')],
        A::Export,
        "keys-export-the-view-csv",
        "hint-export",
    ),
    bind(&[ch('x')], A::Void, "keys-void-a-pending-link", "hint-void"),
    bind(
        &[ch('m')],
        A::Refund,
        "keys-refund-money-back",
        "hint-refund",
    ),
    bind(
        &[ch('s')],
        A::OpenShift,
        "keys-open-shift-summary",
        "hint-open-shift",
    ),
    bind(
        &[ch('i')],
        A::CashIn,
        "keys-cash-in-summary",
        "hint-cash-in-or-out",
    ),
    bind(
        &[ch('o')],
        A::CashOut,
        "keys-cash-out-summary",
        "hint-cash-out",
    ),
    bind(
        &[ch('Z')],
        A::CloseShift,
        "keys-close-shift-z-summary",
        "hint-close-shift",
    ),
    bind(&[key(KeyCode::Esc)], A::Back, "keys-back", "hint-back"),
    bind(&[ch('q')], A::Quit, "keys-quit", "hint-quit"),
];

/// Keys while the books ask for an amount or a reason; others type it.
pub const BOOKS: &[Binding] = &[
    bind(
        &[key(KeyCode::Enter)],
        A::Apply,
        "keys-next-or-done",
        "hint-done",
    ),
    bind(
        &[key(KeyCode::Tab), key(KeyCode::BackTab)],
        A::SwitchField,
        "keys-amount-or-reason",
        "hint-field",
    ),
    bind(
        &[key(KeyCode::Left)],
        A::PrevChoice,
        "keys-cash-or-other",
        "hint-tender",
    ),
    bind(
        &[key(KeyCode::Right)],
        A::NextChoice,
        "keys-cash-or-other",
        "hint-tender",
    ),
    bind(
        &[key(KeyCode::Esc)],
        A::Back,
        "keys-cancel-write-nothing",
        "hint-cancel",
    ),
];

/// Keys while a Z report (or PAID AFTER VOID) is shown.
pub const SHOWN: &[Binding] = &[
    bind(
        &[key(KeyCode::Esc), key(KeyCode::Enter)],
        A::Dismiss,
        "keys-close-it",
        "hint-close",
    ),
    bind(
        &[key(KeyCode::Down), ch('j')],
        A::Down,
        "keys-scroll",
        "hint-scroll",
    ),
    bind(
        &[key(KeyCode::Up), ch('k')],
        A::Up,
        "keys-scroll",
        "hint-scroll",
    ),
    bind(&[ch('p')], A::Print, "keys-print-the-z", "hint-print"),
];

/// Keys while typing a filter; others edit it.
pub const FILTER: &[Binding] = &[
    bind(
        &[key(KeyCode::Enter)],
        A::Apply,
        "keys-apply-the-filter",
        "hint-apply-filter",
    ),
    bind(
        &[key(KeyCode::Esc)],
        A::Back,
        "keys-clear-the-filter",
        "hint-clear-filter",
    ),
];

/// Keys while typing a date range; others edit it.
pub const DATES: &[Binding] = &[
    bind(
        &[key(KeyCode::Enter)],
        A::Apply,
        "keys-load-the-range",
        "hint-load",
    ),
    bind(
        &[key(KeyCode::Tab), key(KeyCode::BackTab)],
        A::SwitchField,
        "keys-from-or-to",
        "hint-from-or-to",
    ),
    bind(&[key(KeyCode::Esc)], A::Back, "keys-cancel", "hint-cancel"),
];

/// Every table, in the order the help overlay and the README list them.
pub const CONTEXTS: &[Context] = &[
    Context {
        name: "Anywhere",
        title: "keys-in-anywhere",
        bindings: GLOBAL,
        in_help: true,
    },
    Context {
        name: "Form",
        title: "keys-in-form",
        bindings: FORM,
        in_help: true,
    },
    Context {
        name: "Payment",
        title: "keys-in-payment",
        bindings: PAYMENT,
        in_help: true,
    },
    Context {
        name: "History",
        title: "keys-in-history",
        bindings: HISTORY,
        in_help: true,
    },
    Context {
        name: "Cart (on the amount line)",
        title: "keys-in-cart-on-the-amount-line",
        bindings: CART,
        in_help: true,
    },
    Context {
        name: "Tip",
        title: "keys-in-tip",
        bindings: TIP,
        in_help: true,
    },
    Context {
        name: "Questions",
        title: "keys-in-questions",
        bindings: CONFIRM,
        in_help: true,
    },
    Context {
        name: "Books (amount, reason)",
        title: "keys-in-books-amount-reason",
        bindings: BOOKS,
        in_help: false,
    },
    Context {
        name: "Z report, PAID AFTER VOID",
        title: "keys-in-z-report-paid-after-void",
        bindings: SHOWN,
        in_help: false,
    },
    Context {
        name: "Catalogue picker",
        title: "keys-in-catalogue-picker",
        bindings: PICKER,
        in_help: false,
    },
    Context {
        name: "Custom tip",
        title: "keys-in-custom-tip",
        bindings: TIP_CUSTOM,
        in_help: false,
    },
    Context {
        name: "Present mode",
        title: "keys-in-present-mode",
        bindings: PRESENT,
        in_help: false,
    },
    Context {
        name: "History filter",
        title: "keys-in-history-filter",
        bindings: FILTER,
        in_help: false,
    },
    Context {
        name: "History dates",
        title: "keys-in-history-dates",
        bindings: DATES,
        in_help: false,
    },
    Context {
        name: "Help",
        title: "keys-in-help",
        bindings: HELP,
        in_help: false,
    },
];
