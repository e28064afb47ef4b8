//! Before a shift is closed, its open links are asked about: a link paid meanwhile is
//! counted, and the Z names what the server said that the till did not know.

/// Asks the server about each open link (one at a time: a shift has few) and records
/// what changed; returns what it said that the ledger did not know, and how many could
/// not be asked.
pub async fn check_open_links(
    client: &crate::api::Client,
    ledger: &crate::ledger::Ledger,
    host: &str,
    pending: Vec<crate::ledger::LedgerEntry>,
) -> Vec<String> {
    let mut differences = Vec::new();
    let mut unchecked = 0;
    for entry in pending {
        let id = entry.payment.order_id.clone();
        match client.status(&id).await {
            Ok(report) if report.status != entry.status => {
                let status = crate::ledger::StatusRecord {
                    order_id: id.clone(),
                    status: report.status.clone(),
                    at: jiff::Timestamp::now(),
                    api_host: host.to_string(),
                    source: crate::ledger::Source::Summary,
                };
                let ledger = ledger.clone();
                let _ = tokio::task::spawn_blocking(move || ledger.note_status(&status)).await;
                differences.push(format!(
                    "order {id}: the server says {}, the ledger had {}",
                    report.status.word(),
                    entry.status.word()
                ));
            }
            Ok(_) => {}
            Err(_) => unchecked += 1,
        }
    }
    if unchecked > 0 {
        differences.push(format!(
            "{unchecked} open link(s) could not be checked with the server"
        ));
    }
    differences
}
