//! The key tables, one per context: which keys do what, and the words for it.

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
        "help (? not in fields)",
        "help",
    ),
    bind(
        &[Key::Ctrl('p'), key(KeyCode::F(2))],
        A::History,
        "history, and back",
        "history",
    ),
    bind(&[Key::Ctrl('l')], A::Lock, "lock the till (PIN)", "lock"),
    bind(&[Key::Ctrl('c')], A::Quit, "quit", "quit"),
    bind(
        &[Key::Ctrl('z')],
        A::Suspend,
        "suspend (fg resumes)",
        "suspend",
    ),
];

/// Keys while the help overlay is open.
pub const HELP: &[Binding] = &[
    bind(
        &[key(KeyCode::Esc), key(KeyCode::F(1)), ch('?'), ch('q')],
        A::CloseHelp,
        "close help",
        "close help",
    ),
    bind(
        &[key(KeyCode::Down), ch('j')],
        A::Down,
        "scroll, where it does not fit",
        "scroll",
    ),
    bind(
        &[key(KeyCode::Up), ch('k')],
        A::Up,
        "scroll, where it does not fit",
        "scroll",
    ),
    bind(
        &[key(KeyCode::PageDown)],
        A::PageDown,
        "scroll, where it does not fit",
        "scroll",
    ),
    bind(
        &[key(KeyCode::PageUp)],
        A::PageUp,
        "scroll, where it does not fit",
        "scroll",
    ),
];

/// Keys in the form; others edit the field.
pub const FORM: &[Binding] = &[
    bind(
        &[key(KeyCode::Tab), key(KeyCode::Down)],
        A::NextField,
        "next field",
        "next field",
    ),
    bind(
        &[key(KeyCode::BackTab), key(KeyCode::Up)],
        A::PrevField,
        "previous field",
        "previous field",
    ),
    bind(
        &[key(KeyCode::Enter)],
        A::Submit,
        "create the link",
        "create",
    ),
    bind(
        &[key(KeyCode::Left)],
        A::PrevChoice,
        "method, currency",
        "change",
    ),
    bind(
        &[key(KeyCode::Right), ch(' ')],
        A::NextChoice,
        "method, currency",
        "change",
    ),
    bind(
        &[
            key(KeyCode::Home),
            key(KeyCode::End),
            Key::Ctrl('w'),
            Key::Ctrl('u'),
        ],
        A::EditField,
        "edit the field",
        "edit",
    ),
    bind(
        &[key(KeyCode::Esc)],
        A::Back,
        "stop waiting / go back",
        "stop waiting",
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
        "add a catalogue item",
        "add item",
    ),
    bind(
        &[Key::Ctrl('k')],
        A::Catalogue,
        "catalogue picker",
        "catalogue",
    ),
    bind(&[Key::Ctrl('t')], A::Cash, "cash for this sale", "cash"),
];

/// Keys on the amount line when a cart stands for it; others as in the form.
pub const CART: &[Binding] = &[
    bind(&[ch('+')], A::More, "one more of the line", "more / fewer"),
    bind(&[ch('-')], A::Fewer, "one fewer (0: out)", "fewer"),
    bind(
        &[key(KeyCode::PageUp)],
        A::Up,
        "select a line of the cart",
        "line",
    ),
    bind(
        &[key(KeyCode::PageDown)],
        A::Down,
        "select a line of the cart",
        "line",
    ),
    bind(&[ch('n')], A::EmptyCart, "empty the cart", "empty cart"),
];

/// Keys in the catalogue picker; others type its filter.
pub const PICKER: &[Binding] = &[
    bind(&[key(KeyCode::Enter)], A::AddItem, "add one", "add one"),
    bind(&[key(KeyCode::Up)], A::Up, "select", "select"),
    bind(&[key(KeyCode::Down)], A::Down, "select", "select"),
    bind(&[key(KeyCode::Esc)], A::Back, "close", "close"),
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
        "that preset",
        "preset",
    ),
    bind(&[ch('0')], A::NoTip, "no tip", "no tip"),
    bind(
        &[ch('c')],
        A::CustomTip,
        "another amount or percent",
        "custom",
    ),
    bind(&[key(KeyCode::Esc)], A::Back, "back, send nothing", "back"),
];

/// Keys while typing a tip of one's own; others type it.
pub const TIP_CUSTOM: &[Binding] = &[
    bind(&[key(KeyCode::Enter)], A::Apply, "use it", "use it"),
    bind(&[key(KeyCode::Esc)], A::Back, "back to the presets", "back"),
];

/// Keys while a guard asks a question.
pub const CONFIRM: &[Binding] = &[
    bind(
        &[ch('y'), ch('Y')],
        A::Yes,
        "create the link",
        "create the link",
    ),
    bind(
        &[ch('n'), ch('N'), key(KeyCode::Esc)],
        A::No,
        "go back, send nothing",
        "go back, send nothing",
    ),
];

/// Keys in the payment pane.
pub const PAYMENT: &[Binding] = &[
    bind(&[ch('c')], A::Copy, "copy the link", "copy"),
    bind(&[ch('f')], A::Present, "present mode on / off", "present"),
    bind(&[ch('n')], A::NewPayment, "new payment", "new"),
    bind(
        &[ch('g')],
        A::FreshLink,
        "new link if expired",
        "fresh link",
    ),
    bind(&[ch('r')], A::Recheck, "check status now", "recheck"),
    bind(&[ch('p')], A::Print, "print slip / receipt", "print"),
    bind(&[ch('x')], A::Void, "void a pending link", "void"),
    bind(&[ch('m')], A::Refund, "refund (money back)", "refund"),
    bind(
        &[ch('e'), key(KeyCode::Tab), key(KeyCode::Esc)],
        A::Edit,
        "back to the form",
        "edit",
    ),
    bind(&[ch('q')], A::Quit, "quit", "quit"),
];

/// Keys in present mode.
pub const PRESENT: &[Binding] = &[
    bind(
        &[key(KeyCode::Esc), ch('f')],
        A::Back,
        "back to the payment",
        "back",
    ),
    bind(&[ch('c')], A::Copy, "copy the link", "copy link"),
    bind(&[ch('n')], A::NewPayment, "new payment", "new payment"),
    bind(
        &[ch('g')],
        A::FreshLink,
        "fresh link if expired",
        "fresh link",
    ),
    bind(&[ch('q')], A::Quit, "quit", "quit"),
];

/// Keys in the history views.
pub const HISTORY: &[Binding] = &[
    bind(&[ch('v')], A::NextView, "next view", "next view"),
    bind(&[key(KeyCode::Up), ch('k')], A::Up, "select", "select"),
    bind(&[key(KeyCode::Down), ch('j')], A::Down, "select", "select"),
    bind(
        &[key(KeyCode::PageUp)],
        A::PageUp,
        "a page up / down",
        "page",
    ),
    bind(
        &[key(KeyCode::PageDown)],
        A::PageDown,
        "a page up / down",
        "page",
    ),
    bind(&[key(KeyCode::Home)], A::First, "first / last", "first"),
    bind(&[key(KeyCode::End)], A::Last, "first / last", "last"),
    bind(&[key(KeyCode::Enter)], A::Show, "show its QR code", "show"),
    bind(&[ch('c')], A::Copy, "copy its link", "copy"),
    bind(&[ch('r')], A::Recheck, "recheck / reload", "recheck"),
    bind(&[ch('/')], A::Filter, "filter (All local)", "filter"),
    bind(&[ch('n')], A::NextPage, "page (Server)", "page"),
    bind(&[ch('p')], A::PrevPage, "page (Server) / print", "page"),
    bind(&[ch('d')], A::Dates, "dates (Server)", "dates"),
    bind(&[key(KeyCode::Left)], A::PrevDay, "day (Summary)", "day"),
    bind(&[key(KeyCode::Right)], A::NextDay, "day (Summary)", "day"),
    bind(&[ch('e')], A::Export, "export the view (CSV)", "export"),
    bind(&[ch('x')], A::Void, "void a pending link", "void"),
    bind(&[ch('m')], A::Refund, "refund (money back)", "refund"),
    bind(
        &[ch('s')],
        A::OpenShift,
        "open shift (Summary)",
        "open shift",
    ),
    bind(&[ch('i')], A::CashIn, "cash in (Summary)", "cash in / out"),
    bind(&[ch('o')], A::CashOut, "cash out (Summary)", "cash out"),
    bind(
        &[ch('Z')],
        A::CloseShift,
        "close shift, Z (Summary)",
        "close shift",
    ),
    bind(&[key(KeyCode::Esc)], A::Back, "back", "back"),
    bind(&[ch('q')], A::Quit, "quit", "quit"),
];

/// Keys while the books ask for an amount or a reason; others type it.
pub const BOOKS: &[Binding] = &[
    bind(&[key(KeyCode::Enter)], A::Apply, "next / done", "done"),
    bind(
        &[key(KeyCode::Tab), key(KeyCode::BackTab)],
        A::SwitchField,
        "amount / reason",
        "field",
    ),
    bind(
        &[key(KeyCode::Left)],
        A::PrevChoice,
        "cash / other",
        "tender",
    ),
    bind(
        &[key(KeyCode::Right)],
        A::NextChoice,
        "cash / other",
        "tender",
    ),
    bind(
        &[key(KeyCode::Esc)],
        A::Back,
        "cancel, write nothing",
        "cancel",
    ),
];

/// Keys while a Z report (or PAID AFTER VOID) is shown.
pub const SHOWN: &[Binding] = &[
    bind(
        &[key(KeyCode::Esc), key(KeyCode::Enter)],
        A::Dismiss,
        "close it",
        "close",
    ),
    bind(&[key(KeyCode::Down), ch('j')], A::Down, "scroll", "scroll"),
    bind(&[key(KeyCode::Up), ch('k')], A::Up, "scroll", "scroll"),
    bind(&[ch('p')], A::Print, "print the Z", "print"),
];

/// Keys while typing a filter; others edit it.
pub const FILTER: &[Binding] = &[
    bind(
        &[key(KeyCode::Enter)],
        A::Apply,
        "apply the filter",
        "apply filter",
    ),
    bind(
        &[key(KeyCode::Esc)],
        A::Back,
        "clear the filter",
        "clear filter",
    ),
];

/// Keys while typing a date range; others edit it.
pub const DATES: &[Binding] = &[
    bind(&[key(KeyCode::Enter)], A::Apply, "load the range", "load"),
    bind(
        &[key(KeyCode::Tab), key(KeyCode::BackTab)],
        A::SwitchField,
        "from / to",
        "from / to",
    ),
    bind(&[key(KeyCode::Esc)], A::Back, "cancel", "cancel"),
];

/// Every table, in the order the help overlay and the README list them.
pub const CONTEXTS: &[Context] = &[
    Context {
        name: "Anywhere",
        bindings: GLOBAL,
        in_help: true,
    },
    Context {
        name: "Form",
        bindings: FORM,
        in_help: true,
    },
    Context {
        name: "Payment",
        bindings: PAYMENT,
        in_help: true,
    },
    Context {
        name: "History",
        bindings: HISTORY,
        in_help: true,
    },
    Context {
        name: "Cart (on the amount line)",
        bindings: CART,
        in_help: true,
    },
    Context {
        name: "Tip",
        bindings: TIP,
        in_help: true,
    },
    Context {
        name: "Questions",
        bindings: CONFIRM,
        in_help: true,
    },
    Context {
        name: "Books (amount, reason)",
        bindings: BOOKS,
        in_help: false,
    },
    Context {
        name: "Z report, PAID AFTER VOID",
        bindings: SHOWN,
        in_help: false,
    },
    Context {
        name: "Catalogue picker",
        bindings: PICKER,
        in_help: false,
    },
    Context {
        name: "Custom tip",
        bindings: TIP_CUSTOM,
        in_help: false,
    },
    Context {
        name: "Present mode",
        bindings: PRESENT,
        in_help: false,
    },
    Context {
        name: "History filter",
        bindings: FILTER,
        in_help: false,
    },
    Context {
        name: "History dates",
        bindings: DATES,
        in_help: false,
    },
    Context {
        name: "Help",
        bindings: HELP,
        in_help: false,
    },
];
