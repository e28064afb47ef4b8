//! What flows through the app: messages in, effects out (design.md's loop).

use std::time::Instant;

use crossterm::event::KeyEvent;

use crate::api::{ApiError, DateBound, Order, OrderId, PaymentStatus, StatusReport};
use crate::clipboard::Route;
use crate::export::Table;
use crate::ledger::{Filter, LedgerEntry};
pub use crate::ledger::{Page, PageQuery};
use crate::payment::NewPayment;
pub use crate::sale::Sale;

/// Identifies one request (a create, a fetch, a ledger load), so a late answer is matched
/// to the one that asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RequestId(pub u64);

impl std::fmt::Display for RequestId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// A moment on both clocks: monotonic for timers, wall for dates and "today". The event
/// loop reads the clocks and hands moments in; nothing under `app/` or `ui/` reads one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    /// The monotonic clock, for timers.
    pub now: Instant,
    /// The wall clock, for dates.
    pub wall: jiff::Timestamp,
}

impl Moment {
    /// The same moment `elapsed` later, on both clocks.
    pub fn after(self, elapsed: std::time::Duration) -> Moment {
        Moment {
            now: self.now + elapsed,
            wall: self.wall + elapsed,
        }
    }
}

/// Everything that can change the app's state.
#[derive(Debug)]
pub enum Msg {
    /// A key was pressed.
    Key(KeyEvent),
    /// Text pasted into the terminal (bracketed paste).
    Paste(String),
    /// The terminal changed size (or the loop started): draw again.
    Resize {
        /// Columns.
        width: u16,
        /// Rows.
        height: u16,
    },
    /// Time passed while something animates (the spinner, waiting timers).
    Tick(Moment),
    /// A create request finished: made and recorded (see `sale`), or failed.
    Created {
        /// The request it answers.
        request: RequestId,
        /// The sale, or why there is none.
        result: Result<Sale, ApiError>,
    },
    /// A status check finished; `at` is when its answer arrived.
    StatusChecked {
        /// The order checked.
        order_id: OrderId,
        /// Which of the order's checks this answers (`Effect::CheckStatus`).
        check: u64,
        /// Its status, or why it is unknown.
        result: Result<StatusReport, ApiError>,
        /// When the answer arrived.
        at: jiff::Timestamp,
    },
    /// A copy went through the given route, or failed.
    Copied(Result<Route, CopyFailure>),
    /// The ledger was opened (at start-up), or could not be.
    LedgerOpened(Result<Opened, String>),
    /// Sales left in flight by an earlier run were resolved with the server, or could
    /// not be.
    Recovered(Result<crate::sale::Recovery, String>),
    /// A page of the ledger arrived, for the All local view.
    PageLoaded {
        /// The read it answers.
        request: RequestId,
        /// The page, or why there is none.
        result: Result<Page, String>,
    },
    /// A day of the ledger arrived, for the Summary view.
    DayLoaded {
        /// The read it answers.
        request: RequestId,
        /// The day's payments, oldest first, or why there are none.
        result: Result<Vec<LedgerEntry>, String>,
    },
    /// Writing to the ledger failed.
    LedgerFailed(String),
    /// Orders from the server arrived (or did not), for a history view.
    ServerFetched {
        /// The fetch it answers.
        request: RequestId,
        /// The orders, or why there are none.
        result: Result<ServerPage, ApiError>,
    },
    /// An export was written to this file, or failed.
    Exported(Result<std::path::PathBuf, String>),
    /// A retried ledger write of a payment finished.
    Recorded {
        /// The order written.
        order_id: OrderId,
        /// Done, or why not.
        result: Result<(), String>,
    },
    /// Something the person should know, found outside the app (a key file others can
    /// read, no log file).
    Warning(String),
    /// The shop's payments of the day arrived from the shared ledger (or did not).
    ShopLoaded {
        /// The read it answers.
        request: RequestId,
        /// Every till's payments (or the page asked for), oldest first, or why there
        /// are none.
        result: Result<Vec<LedgerEntry>, String>,
    },
    /// How many sales the shop's ledger keeps apart, their order id being another
    /// sale's (read with the Shop view's day).
    ShopConflicts(u64),
    /// The shop's shared ledger announced a status (a webhook, or another till).
    Announced(crate::shared::Announced),
    /// The shop's shared ledger announced a new payment, for orders of this API host.
    SoldInShop(String),
    /// A print job was sent, or why it was not.
    Printed {
        /// The order it was for.
        order_id: OrderId,
        /// "slip" or "receipt".
        word: &'static str,
        /// Sent, or the reason it was not printed.
        result: Result<(), String>,
    },
    /// A hook failed (it could not start, exited with an error, or was killed).
    HookFailed {
        /// Which hook.
        event: crate::hooks::HookEvent,
        /// Why, for people.
        reason: String,
    },
    /// The rest of a ring of bells is due (see `Effect::Bell`).
    BellDue(u8),
    /// A final status's actions were claimed for this till (`Effect::FinalActions`):
    /// run them now.
    FinalActionsClaimed(Vec<Effect>),
    /// A cash sale was recorded (its order id given by the ledger), and whether a shift
    /// was opened for it; or why it was not.
    CashRecorded(Result<(crate::ledger::PaymentRecord, bool), String>),
    /// A book event was appended (and whether a shift was opened for it), or refused
    /// (the reason, for people), or not written.
    Booked {
        /// The event, as written (a refund's amount filled in).
        event: crate::books::BookEvent,
        /// Whether a shift was opened first, or why nothing was written.
        result: Result<bool, String>,
    },
    /// The till's open shift, as the ledger holds it.
    ShiftLoaded(Box<Result<crate::books::Period, String>>),
    /// The shift closed on this Z, or why it did not.
    ShiftClosed(Box<Result<crate::books::Report, String>>),
    /// A Z (or X) report was printed, or why not.
    ReportPrinted(Result<(), String>),
    /// The staff list, names and roles, or why it could not be read.
    StaffLoaded(Result<Vec<crate::staff::Person>, String>),
    /// A PIN was checked (`Effect::CheckPin`): the person, or why not, in words.
    PinChecked {
        /// For the manager prompt (else the PIN screen).
        approval: bool,
        /// The person, or why not.
        result: Result<crate::staff::Person, String>,
    },
    /// A signal asked us to stop (SIGTERM, SIGHUP).
    Quit,
}

/// What opening the ledger found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Opened {
    /// What opening did that the person should hear once (a 0.1 ledger taken over).
    pub notes: Vec<String>,
    /// The payments of this API made within the duplicate window, oldest first.
    pub recent: Vec<LedgerEntry>,
}

/// What a server history view asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerQuery {
    /// `GET /payments`: `limit` orders from `offset`, newest first.
    Recent {
        /// How many of the newest to skip.
        offset: u64,
        /// How many to ask for.
        limit: u64,
    },
    /// `POST /payment/history` for the inclusive range `from` to `to`.
    Range {
        /// The first day or instant.
        from: DateBound,
        /// The last day or instant.
        to: DateBound,
    },
}

/// Orders the server sent for a query.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerPage {
    /// The orders, in the server's order.
    pub orders: Vec<Order>,
    /// The server's own sum, for date ranges.
    pub total: Option<rust_decimal::Decimal>,
    /// When each order was made, where the ledger knows (the API's orders carry no time).
    pub made_at: Vec<Option<jiff::Timestamp>>,
}

/// A copy that did not go through; the text is kept so another route can be tried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyFailure {
    /// The route that failed.
    pub route: Route,
    /// What was to be copied.
    pub text: String,
    /// Why it failed.
    pub reason: String,
}

/// Side effects `update` asks for; the effects runner carries them out.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Send one create request. Never retried.
    Create {
        /// Its id, for matching the answer.
        request: RequestId,
        /// What to create.
        payment: NewPayment,
        /// Who sells it, when someone opened the till with their PIN; else the runner's
        /// operator (`--operator` or the login), as without staff.
        operator: Option<String>,
    },
    /// Ask for one payment's status. At most one is in flight per order.
    CheckStatus {
        /// The order to check.
        order_id: OrderId,
        /// The order's checks counted so far, this one included; its answer carries it
        /// back, so one asked before a newer change is known to be older than it.
        check: u64,
    },
    /// The actions a final status calls for (the bell, a hook, a receipt), to run once
    /// per order and status on this till: the runner claims them in the ledger and
    /// hands them back (`Msg::FinalActionsClaimed`) only the first time, whichever
    /// source told first and however often the app restarted.
    FinalActions {
        /// The order.
        order_id: OrderId,
        /// Its final status.
        status: PaymentStatus,
        /// What to run.
        actions: Vec<Effect>,
    },
    /// Ring the terminal bell this many times (one for paid, three for expired). One
    /// is rung at once and the rest come back as `Msg::BellDue` a moment later: many
    /// terminals sound bells written together as one.
    Bell(u8),
    /// Tell the customer mirrors what to show.
    Mirror(crate::mirror::MirrorState),
    /// Print a slip or a receipt, in the background; `Msg::Printed` says how it went.
    Print(crate::printer::Print),
    /// Run a hook (`on_created`, `on_paid`, `on_expired`) in the background; only a
    /// failure comes back (`Msg::HookFailed`).
    RunHook(crate::hooks::Call),
    /// Open the ledger (at start-up) and read the payments made since `since`; the
    /// app then asks about sales an earlier run left in flight (`Recover`).
    OpenLedger {
        /// The start of the duplicate window.
        since: jiff::Timestamp,
    },
    /// Ask the server about sales still in flight (open intents) and record what is
    /// found; the answer is `Msg::Recovered`.
    Recover {
        /// Only intents sent before this: a sale the app sends later has its own
        /// answer coming, and would be found on the server before it arrives.
        sent_before: jiff::Timestamp,
    },
    /// Read a page of the ledger; the answer names `request`.
    LoadPage {
        /// The id its answer will carry.
        request: RequestId,
        /// What to read.
        query: PageQuery,
    },
    /// Read one day of this API's payments from the ledger.
    LoadDay {
        /// The id its answer will carry.
        request: RequestId,
        /// The day, in the app's time zone.
        date: jiff::civil::Date,
    },
    /// Read every till's payments made in `[from, to)` from the shared ledger.
    LoadShop {
        /// The id its answer will carry.
        request: RequestId,
        /// The start of the day.
        from: jiff::Timestamp,
        /// The start of the next.
        to: jiff::Timestamp,
        /// One page of them, newest first from a point (the Shop view); `None` for the
        /// whole day (the Summary view's count).
        page: Option<ShopPage>,
    },
    /// Write the ledger's payments that pass `filter` as CSV, streamed, to a new file in
    /// the export folder.
    ExportLocal {
        /// What passes.
        filter: Filter,
    },
    /// Append a status change to the ledger.
    RecordStatus {
        /// The order.
        order_id: OrderId,
        /// Its new status.
        status: PaymentStatus,
        /// When it was seen.
        at: jiff::Timestamp,
        /// How the app learned it: its own poll, the shop's announcement, a summary.
        source: crate::ledger::Source,
    },
    /// Ask the server for orders.
    FetchServer {
        /// Its id, for matching the answer.
        request: RequestId,
        /// What to ask.
        query: ServerQuery,
    },
    /// Write a table as CSV to a new file named after `view`, in the export folder.
    Export {
        /// The view's name, for the file name.
        view: &'static str,
        /// The rows.
        table: Table,
    },
    /// Put text on a clipboard by the given route.
    Copy {
        /// What to copy.
        text: String,
        /// Which clipboard.
        route: Route,
    },
    /// Write a payment the ledger did not take the first time.
    RecordPayment {
        /// The payment as made.
        record: crate::ledger::PaymentRecord,
    },
    /// Record a cash sale (its tendered amount in its extras): paid at once, never
    /// sent to Luxfin; `Msg::CashRecorded` brings it back with its order id.
    RecordCash {
        /// The sale.
        payment: NewPayment,
        /// Who sells it (as `Create`'s).
        operator: Option<String>,
    },
    /// Read the staff list (the shop's with a shared ledger, else the till's), names
    /// and roles only; `Msg::StaffLoaded` brings it.
    LoadStaff,
    /// Check a PIN typed at the PIN screen or the manager prompt, with the till's
    /// lock-out; `Msg::PinChecked` brings the person, or why not.
    CheckPin {
        /// Whose PIN it is said to be.
        name: String,
        /// The PIN as typed (never shown: `Pin`'s `Debug` hides it).
        pin: crate::staff::Pin,
        /// The role it must have.
        need: crate::staff::Role,
        /// For the manager prompt (else the PIN screen).
        approval: bool,
    },
    /// Append an event to the books, once `check` lets it; `Msg::Booked` says how.
    Book {
        /// The event.
        event: crate::books::BookEvent,
        /// What the ledger checks first, in the same transaction.
        check: crate::books::Check,
    },
    /// Read the till's open shift (for the X report); `Msg::ShiftLoaded` brings it.
    LoadShift,
    /// Print an X or Z report; `Msg::Printed` says how it went.
    PrintReport(Box<crate::books::Report>),
    /// Ask the server about the shift's open links, then close the shift on a Z with
    /// the cash counted; `Msg::ShiftClosed` brings the Z.
    CloseShift {
        /// The cash counted in the drawer.
        counted: rust_decimal::Decimal,
        /// Who closes it.
        operator: String,
    },
    /// Give the terminal back and stop (Ctrl+Z); take it again on `fg`.
    Suspend,
    /// Leave the app.
    Quit,
}

/// A page of the shop's day, as the Shop view reads it: the newest `limit` payments made
/// before `before` (their time and order id), or the newest of the day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShopPage {
    /// The payment the page ends before, by keyset: its time and order id.
    pub before: Option<(jiff::Timestamp, crate::api::OrderId)>,
    /// How many payments at most.
    pub limit: usize,
}
