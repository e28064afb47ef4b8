//! A second process writing to a ledger, for `tests/ledger.rs`: appends `COUNT` records
//! to the ledger at `PATH`, order ids `TAG-0`…, each big enough that unlocked writes
//! would tear into another process's.
//!
//!     cargo run --example ledger_appender -- PATH TAG COUNT

// Test code: an unwrap that fails is a failure report, as it should be.
#![allow(clippy::unwrap_used)]

use luxpay::api::OrderId;
use luxpay::ledger::{Ledger, PaymentRecord, Record};
use luxpay::money::Currency;
use luxpay::payment::Method;
use rust_decimal::Decimal;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path, tag, count] = &args[..] else {
        panic!("usage: ledger_appender PATH TAG COUNT");
    };
    let ledger = Ledger::at(path.into());
    for i in 0..count.parse::<usize>().unwrap() {
        let record = Record::Payment(PaymentRecord {
            order_id: OrderId::parse(&format!("{tag}-{i}")).unwrap(),
            order_url: format!("https://pay.example/checkout/{tag}-{i}"),
            amount: Decimal::new(100 + i as i64, 2),
            currency: Currency::Usd,
            customer: "ana@example.com".into(),
            product: format!("{tag} {}", "x".repeat(180)),
            method: Method::Card,
            created_at: jiff::Timestamp::now(),
            api_host: "luxfin.org".into(),
            demo: false,
            asked_amount: None,
            till: "front-1".into(),
            operator: "ana".into(),
            recovered: false,
            extras: Default::default(),
        });
        ledger.append(&record).unwrap();
    }
}
