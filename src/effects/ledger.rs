//! The ledger's effects: statuses and payments recorded, pages and days read, CSV
//! files written. All of it is file work, run off the async threads.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use super::{Effects, RECENT_MAX};
use crate::api::{OrderId, PaymentStatus};
use crate::export::Table;
use crate::ledger::{Direction, Filter, Record, Source, StatusRecord};
use crate::msg::{Msg, Opened, PageQuery, RequestId};
use crate::sale;

impl Effects {
    pub(super) fn record_status(
        &self,
        order_id: OrderId,
        status: PaymentStatus,
        at: jiff::Timestamp,
        source: Source,
    ) {
        let ledger = self.ledger.clone();
        let record = Record::Status(StatusRecord {
            order_id,
            status,
            at,
            api_host: self.client.api_host(),
            source,
        });
        let wake = self.share_wake.clone();
        self.blocking(move || {
            let result = ledger.append(&record);
            wake.notify_one();
            result.err().map(|e| Msg::LedgerFailed(e.to_string()))
        });
    }

    /// Claims a final status's actions in the ledger and hands them back to the app the
    /// first time only. A ledger that cannot say lets them run: a drawer that opens is
    /// better than a paid sale nobody hears of.
    pub(super) fn final_actions(
        &self,
        order_id: OrderId,
        status: PaymentStatus,
        actions: Vec<crate::msg::Effect>,
    ) {
        let (ledger, host) = (self.ledger.clone(), self.client.api_host());
        self.blocking(move || {
            match ledger.claim_actions(&host, &order_id, &status, jiff::Timestamp::now()) {
                Ok(true) => {}
                Ok(false) => {
                    tracing::info!(%order_id, %status, "final actions ran already on this till");
                    return None;
                }
                Err(e) => {
                    tracing::warn!(%order_id, error = %e, "final actions not recorded; running them")
                }
            }
            Some(Msg::FinalActionsClaimed(actions))
        });
    }

    pub(super) fn record_payment(&self, record: crate::ledger::PaymentRecord) {
        let ledger = self.ledger.clone();
        let wake = self.share_wake.clone();
        self.blocking(move || {
            let order_id = record.order_id.clone();
            let result = ledger
                .append(&Record::Payment(record))
                .map_err(|e| e.to_string());
            wake.notify_one();
            Some(Msg::Recorded { order_id, result })
        });
    }

    /// Opens the ledger and reads the payments within the duplicate window. The app
    /// then asks for the sales an earlier run left in flight (`Effect::Recover`).
    pub(super) fn open_ledger(&self, since: jiff::Timestamp) {
        let (ledger, tz, host) = (self.ledger.clone(), self.tz.clone(), self.client.api_host());
        self.blocking(move || {
            let opened = ledger.open().and_then(|notes| {
                // The newest within the window, a bounded number: a ledger with times
                // ahead of this clock must not fill memory.
                let window = Filter::default().on_host(&host).since(since);
                let mut recent = ledger.page(&window, &tz, Direction::Older, None, RECENT_MAX)?;
                recent.reverse();
                Ok(Opened { notes, recent })
            });
            Some(Msg::LedgerOpened(opened.map_err(|e| e.to_string())))
        });
    }

    /// Resolves sales sent before `sent_before` and still in flight, with the server.
    pub(super) fn recover(&self, sent_before: jiff::Timestamp) {
        let (client, ledger, demo) = (self.client.clone(), self.ledger.clone(), self.demo);
        let wake = self.share_wake.clone();
        self.spawn(async move {
            let now = jiff::Timestamp::now();
            let recovery = sale::recover(&client, &ledger, demo, now, sent_before).await;
            wake.notify_one();
            Msg::Recovered(recovery)
        });
    }

    pub(super) fn load_page(&self, request: RequestId, query: PageQuery) {
        let (ledger, tz) = (self.ledger.clone(), self.tz.clone());
        let latest = Arc::clone(&self.latest_page);
        latest.fetch_max(request.0, Ordering::Relaxed);
        self.blocking(move || {
            if latest.load(Ordering::Relaxed) > request.0 {
                return None;
            }
            let result = ledger.read(&query, &tz);
            Some(Msg::PageLoaded {
                request,
                result: result.map_err(|e| e.to_string()),
            })
        });
    }

    pub(super) fn load_day(&self, request: RequestId, date: jiff::civil::Date) {
        let (ledger, tz, host) = (self.ledger.clone(), self.tz.clone(), self.client.api_host());
        self.blocking(move || {
            let filter = Filter::dates(Some(date), Some(date)).on_host(&host);
            let result = ledger.all(&filter, &tz).map_err(|e| e.to_string());
            Some(Msg::DayLoaded { request, result })
        });
    }

    /// The ledger's payments that pass `filter`, streamed to a new CSV file.
    pub(super) fn export_local(&self, filter: Filter) {
        let (dir, stamp) = (self.export_dir.clone(), export_stamp(&self.tz));
        let (ledger, tz) = (self.ledger.clone(), self.tz.clone());
        self.blocking(move || {
            let written = crate::export::write_new_file(&dir, "local", &stamp, |out| {
                let mut csv = crate::export::CsvWriter::new(out, &crate::export::LOCAL_HEADER)?;
                ledger.each(&filter, &tz, |e| {
                    csv.row(&crate::export::local_row(&e, &tz))
                })?;
                csv.finish()
            });
            Some(Msg::Exported(written.map_err(|e| e.to_string())))
        });
    }

    pub(super) fn export(&self, view: &'static str, table: Table) {
        let (dir, stamp) = (self.export_dir.clone(), export_stamp(&self.tz));
        self.blocking(move || {
            let written = crate::export::write_new_file(&dir, view, &stamp, |out| {
                crate::export::write_csv(out, &table)
            });
            Some(Msg::Exported(written.map_err(|e| e.to_string())))
        });
    }
}

/// The time in an export file's name, on the shop's clock.
fn export_stamp(tz: &jiff::tz::TimeZone) -> String {
    jiff::Timestamp::now()
        .to_zoned_datetime(tz.clone())
        .strftime("%Y%m%d-%H%M%S")
        .to_string()
}
