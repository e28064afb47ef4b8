//! `p`: a payment on paper. A slip with the code while it waits, a receipt once it is
//! paid; with `print_on_paid`, the receipt prints by itself. A printer that is off only
//! makes a message: the sale on screen is never held up.

use super::{App, NoticeKind};
use crate::api::{OrderId, PaymentStatus};
use crate::ledger::PaymentRecord;
use crate::msg::Effect;
use crate::printer::Print;

impl App {
    /// Prints a payment: its receipt when it was paid (at `paid_at`), else its slip.
    pub(super) fn print(
        &mut self,
        record: PaymentRecord,
        status: &PaymentStatus,
        paid_at: Option<jiff::Timestamp>,
    ) -> Vec<Effect> {
        if self.config.selling.printer.is_none() {
            self.notify(
                NoticeKind::Error,
                "No printer: set printer in config.toml (see the README, \"Receipt printer\")",
            );
            return vec![];
        }
        if record.amount_differs() || record.order_url.is_empty() {
            self.notify(
                NoticeKind::Error,
                format!("Order {} has no link to print", record.order_id),
            );
            return vec![];
        }
        let job = match status {
            PaymentStatus::Success => Print::Receipt(record, paid_at.unwrap_or(self.wall)),
            PaymentStatus::Expired => {
                self.notify(
                    NoticeKind::Error,
                    format!(
                        "Order {} expired: g makes a fresh link to print",
                        record.order_id
                    ),
                );
                return vec![];
            }
            _ => Print::Slip(record),
        };
        self.notify(
            NoticeKind::Info,
            format!("Printing the {} for order {}…", job.word(), job.order_id()),
        );
        vec![Effect::Print(job)]
    }

    /// The receipt `print_on_paid` asks for when a payment turns PAID.
    pub(super) fn receipt_on_paid(
        &self,
        record: &PaymentRecord,
        paid_at: jiff::Timestamp,
    ) -> Option<Effect> {
        let printer = self.config.selling.printer.as_ref()?;
        printer
            .on_paid
            .then(|| Effect::Print(Print::Receipt(record.clone(), paid_at)))
    }

    /// `p` on the payment pane.
    pub(super) fn print_shown(&mut self) -> Vec<Effect> {
        let Some(p) = self.shown_payment() else {
            return vec![];
        };
        let (record, status, paid_at) = (p.record.clone(), p.status.clone(), p.paid_at);
        self.print(record, &status, paid_at)
    }

    /// What a print came to.
    pub(super) fn on_printed(&mut self, order_id: OrderId, word: &str, result: Result<(), String>) {
        // The receipt that prints itself on PAID adds to that news, not replaces it.
        let paid_news = format!("Order {order_id} is PAID");
        if let (Ok(()), Some(notice)) = (&result, self.notice.as_mut())
            && notice.text.starts_with(&paid_news)
        {
            notice.text.push_str(" · receipt printed");
            return;
        }
        match result {
            Ok(()) => self.notify(
                NoticeKind::Success,
                format!("Printed the {word} for order {order_id}"),
            ),
            Err(reason) => self.notify(
                NoticeKind::Error,
                format!("Not printed: {reason} — p to retry"),
            ),
        }
    }
}
