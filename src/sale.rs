//! The app's main promise in one place: a payment link is created at Luxfin, stamped,
//! and written to the ledger before anyone is told of it, so a link that was shown is
//! never lost. The TUI, the CLI and (later) the webhook receiver all go through `make`.

use crate::api::{ApiError, Client};
use crate::ledger::{Ledger, PaymentRecord, Record};
use crate::payment::NewPayment;

/// A payment link that was made, as recorded (or as it would have been).
#[derive(Debug, Clone, PartialEq)]
pub struct Sale {
    /// What the API answered and what was asked, stamped with when the answer arrived.
    pub record: PaymentRecord,
    /// Why it could not be written to the ledger, if it could not. The link works even so.
    pub unrecorded: Option<String>,
}

/// Creates the link at Luxfin (once, never retried), stamps it with `clock()` as the
/// answer arrives, and appends it to `ledger` before returning.
pub async fn make(
    client: &Client,
    ledger: &Ledger,
    payment: &NewPayment,
    demo: bool,
    clock: impl FnOnce() -> jiff::Timestamp,
) -> Result<Sale, ApiError> {
    let created = client.create(payment).await?;
    let record = PaymentRecord::made(&created, payment, clock(), &client.api_host(), demo);
    tracing::info!(order_id = %record.order_id, method = payment.method.key(), "payment link created");
    // The append fsyncs: off the async thread, so the loop keeps drawing meanwhile.
    let ledger = ledger.clone();
    let line = Record::Payment(record.clone());
    let written = tokio::task::spawn_blocking(move || ledger.append(&line)).await;
    let unrecorded = match written {
        Ok(Ok(())) => None,
        Ok(Err(e)) => Some(e.to_string()),
        Err(e) => Some(e.to_string()),
    };
    if let Some(e) = &unrecorded {
        // The log is then where the link is kept on disk, if anywhere.
        tracing::error!(
            order_id = %record.order_id,
            order_url = %record.order_url,
            error = %e,
            "payment link not recorded"
        );
    }
    Ok(Sale { record, unrecorded })
}
