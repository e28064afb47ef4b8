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
            let said = t!(self.config.tr, "app-no-printer");
            self.notify(NoticeKind::Error, said);
            return vec![];
        }
        if record.amount_differs() || record.order_url.is_empty() {
            let said = t!(
                self.config.tr,
                "app-no-link-to-print",
                order_id = record.order_id.to_string()
            );
            self.notify(NoticeKind::Error, said);
            return vec![];
        }
        let job = match status {
            PaymentStatus::Success => Print::Receipt(record, paid_at.unwrap_or(self.wall)),
            PaymentStatus::Expired => {
                let said = t!(
                    self.config.tr,
                    "app-expired-nothing-to-print",
                    order_id = record.order_id.to_string()
                );
                self.notify(NoticeKind::Error, said);
                return vec![];
            }
            _ => Print::Slip(record),
        };
        let said = t!(
            self.config.tr,
            "app-printing",
            paper = job.word(),
            order_id = job.order_id().to_string()
        );
        self.notify(NoticeKind::Info, said);
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
        let tr = &self.config.tr;
        let paid_news = t!(tr, "app-order-paid", order_id = order_id.to_string());
        if let (Ok(()), Some(notice)) = (&result, self.notice.as_mut())
            && notice.text.starts_with(&paid_news)
        {
            notice.text.push_str(" · ");
            notice.text.push_str(&t!(tr, "app-receipt-printed"));
            return;
        }
        let (kind, said) = match result {
            Ok(()) => (
                NoticeKind::Success,
                t!(
                    tr,
                    "app-printed",
                    paper = word,
                    order_id = order_id.to_string()
                ),
            ),
            Err(reason) => (
                NoticeKind::Error,
                t!(tr, "app-not-printed-retry", reason = reason),
            ),
        };
        self.notify(kind, said);
    }
}
