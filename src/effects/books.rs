//! The books' effects: a cash sale recorded, an event appended, the shift read, and
//! the shift closed on a Z after the server is asked about its open links. All of it
//! is ledger work, run off the async threads; only the close asks the network.

use super::Effects;
use crate::books::{BookEvent, Check};
use crate::ledger::PaymentRecord;
use crate::msg::Msg;
use crate::payment::NewPayment;

impl Effects {
    /// Records a cash sale: never sent to Luxfin, paid as it is written.
    pub(super) fn record_cash(&self, payment: NewPayment, operator: Option<String>) {
        let (ledger, seller, demo) = (self.ledger.clone(), self.seller_for(operator), self.demo);
        let (host, tr) = (self.client.api_host(), self.tr.clone());
        let wake = self.share_wake.clone();
        self.blocking(move || {
            let at = jiff::Timestamp::now();
            let result = (|| {
                let number = if payment.extras.walk_in {
                    ledger.next_walk_in(&seller.till)?
                } else {
                    0
                };
                let payment = payment.with_walk_in_number(number);
                let made = crate::api::CreatedPayment {
                    // The ledger gives it its id (C-<till>-<n>); cash has no link.
                    order_id: crate::api::OrderId::parse("C-0").map_err(std::io::Error::other)?,
                    order_url: String::new(),
                    amount: payment.amount,
                };
                let sale = PaymentRecord::made(&made, &payment, at, &host, demo, &seller);
                ledger.cash_sale(&sale)
            })();
            let result = crate::ledger::said(result, &tr);
            wake.notify_one();
            Some(Msg::CashRecorded(result))
        });
    }

    /// Appends a book event at this till (by this operator, unless the app named one).
    pub(super) fn book(&self, mut event: BookEvent, check: Check) {
        let (ledger, seller, tr) = (self.ledger.clone(), self.seller.clone(), self.tr.clone());
        let wake = self.share_wake.clone();
        event.till.clone_from(&seller.till);
        if event.operator.is_empty() {
            event.operator = seller.operator;
        }
        self.blocking(move || {
            let result = crate::ledger::said(ledger.book_checked(&mut event, check), &tr);
            wake.notify_one();
            Some(Msg::Booked { event, result })
        });
    }

    /// Prints an X or Z report.
    pub(super) fn print_report(&self, report: crate::books::Report) {
        let (printer, tz, demo) = (self.printer.clone(), self.tz.clone(), self.demo);
        let tr = self.tr.clone();
        self.blocking(move || {
            Some(Msg::ReportPrinted(match &printer {
                Some(printer) => crate::printer::print_report(printer, &report, demo, &tz, &tr),
                None => Err("no printer is set (printer in config.toml)".into()),
            }))
        });
    }

    /// Reads the till's open shift.
    pub(super) fn load_shift(&self) {
        let (ledger, till) = (self.ledger.clone(), self.seller.till.clone());
        self.blocking(move || {
            Some(Msg::ShiftLoaded(Box::new(
                ledger.period(&till).map_err(|e| e.to_string()),
            )))
        });
    }

    /// Asks the server about the shift's open links (recording what changed), then
    /// closes it on a Z with the cash counted.
    pub(super) fn close_shift(&self, counted: rust_decimal::Decimal, operator: String) {
        let (ledger, till, tz) = (
            self.ledger.clone(),
            self.seller.till.clone(),
            self.tz.clone(),
        );
        let (client, host) = (self.status_client.clone(), self.client.api_host());
        let wake = self.share_wake.clone();
        let nothing = t!(
            self.tr,
            "cli-nothing-to-close",
            till = self.seller.till.as_str()
        );
        let operator = if operator.is_empty() {
            self.seller.operator.clone()
        } else {
            operator
        };
        self.spawn(async move {
            let open = {
                let (ledger, till) = (ledger.clone(), till.clone());
                tokio::task::spawn_blocking(move || ledger.period(&till)).await
            };
            let pending = match open {
                Ok(Ok(period)) => period.pending,
                _ => Vec::new(),
            };
            let differences =
                crate::books::server::check_open_links(&client, &ledger, &host, pending).await;
            let closed = tokio::task::spawn_blocking(move || {
                let making = crate::books::report::Making {
                    cash_currency: crate::money::Currency::default(),
                    tz: &tz,
                    close: Some((operator, jiff::Timestamp::now(), counted)),
                    differences,
                };
                crate::books::close(&ledger, &till, &making)
            })
            .await;
            wake.notify_one();
            Msg::ShiftClosed(Box::new(match closed {
                Ok(Ok(Some(report))) => Ok(report),
                Ok(Ok(None)) => Err(nothing),
                Ok(Err(e)) => Err(e.to_string()),
                Err(e) => Err(e.to_string()),
            }))
        });
    }
}
