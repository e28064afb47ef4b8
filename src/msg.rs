//! What flows through the app: messages in, effects out (design.md's loop).

use std::time::Instant;

use crossterm::event::KeyEvent;

use crate::api::{
    ApiError, CreatedPayment, DateBound, Order, OrderId, PaymentStatus, StatusReport,
};
use crate::clipboard::Route;
use crate::export::Table;
use crate::ledger::Loaded;
use crate::payment::NewPayment;

/// Identifies one create request, so a late answer is matched to the right one.
pub type RequestId = u64;

/// Everything that can change the app's state.
#[derive(Debug)]
pub enum Msg {
    Key(KeyEvent),
    /// Text pasted into the terminal (bracketed paste).
    Paste(String),
    /// The terminal changed size: draw again.
    Resize,
    /// Time passed while something animates (the spinner, waiting timers).
    Tick(Instant),
    /// A create request finished.
    Created {
        request: RequestId,
        result: Result<Created, ApiError>,
    },
    /// A status check finished; `at` is when its answer arrived.
    StatusChecked {
        order_id: OrderId,
        result: Result<StatusReport, ApiError>,
        at: jiff::Timestamp,
    },
    /// A copy went through the given route, or failed.
    Copied(Result<Route, CopyFailure>),
    /// The ledger was read (at start-up).
    LedgerLoaded(Result<Loaded, String>),
    /// Writing to the ledger failed.
    LedgerFailed(String),
    /// Orders from the server arrived (or did not), for a history view.
    ServerFetched {
        request: RequestId,
        result: Result<ServerPage, ApiError>,
    },
    /// An export was written to this file, or failed.
    Exported(Result<std::path::PathBuf, String>),
    /// A signal asked us to stop (SIGTERM, SIGHUP).
    Quit,
}

/// A payment link the API made, stamped with when its answer arrived.
#[derive(Debug, Clone, PartialEq)]
pub struct Created {
    pub payment: CreatedPayment,
    pub at: jiff::Timestamp,
    /// Why it could not be written to the ledger, if it could not.
    pub unrecorded: Option<String>,
}

/// What a server history view asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerQuery {
    /// `GET /payments`, newest first, from `offset`.
    Recent { offset: u64 },
    /// `POST /payment/history` for an inclusive range, with the server's total.
    Range { from: DateBound, to: DateBound },
}

/// Orders the server sent for a query.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerPage {
    pub orders: Vec<Order>,
    /// The server's own sum, for date ranges.
    pub total: Option<rust_decimal::Decimal>,
}

/// A copy that did not go through; the text is kept so another route can be tried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyFailure {
    pub route: Route,
    pub text: String,
    pub reason: String,
}

/// Side effects `update` asks for; the effects runner carries them out.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Send one create request. Never retried.
    Create {
        request: RequestId,
        payment: NewPayment,
    },
    /// Ask for one payment's status. At most one is in flight per order.
    CheckStatus { order_id: OrderId },
    /// Ring the terminal bell.
    Bell,
    /// Read the ledger.
    LoadLedger,
    /// Append a status change to the ledger.
    RecordStatus {
        order_id: OrderId,
        status: PaymentStatus,
        at: jiff::Timestamp,
    },
    /// Ask the server for orders.
    FetchServer {
        request: RequestId,
        query: ServerQuery,
    },
    /// Write a table as CSV to a new file named after `view`, in the export folder.
    Export { view: &'static str, table: Table },
    /// Put text on a clipboard by the given route.
    Copy { text: String, route: Route },
    /// Leave the app.
    Quit,
}
