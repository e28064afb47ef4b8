use super::*;
use crate::i18n::Tr;
use crate::ledger::PaymentRecord;
use crate::payment::Method;

fn entry(
    id: &str,
    amount: i64,
    currency: Currency,
    method: Method,
    status: PaymentStatus,
    when: &str,
) -> LedgerEntry {
    LedgerEntry {
        payment: PaymentRecord {
            order_id: OrderId::parse(id).unwrap(),
            order_url: "https://x.example".into(),
            amount: Decimal::new(amount, 2),
            currency,
            customer: "a@b.co".into(),
            product: "p".into(),
            method,
            created_at: when.parse().unwrap(),
            api_host: "luxfin.org".into(),
            demo: false,
            asked_amount: None,
            till: "front-1".into(),
            operator: "ana".into(),
            recovered: false,
            extras: Default::default(),
        },
        status,
        status_at: None,
        voided_at: None,
        row: 0,
    }
}

fn order(id: &str, amount: i64, status: &str) -> Order {
    Order {
        id: OrderId::parse(id).unwrap(),
        amount: Some(Decimal::new(amount, 2)),
        currency: Some("USD".into()),
        customer: None,
        product: None,
        hook_url: None,
        status: Some(PaymentStatus::from_wire(status)),
    }
}

fn day() -> jiff::civil::Date {
    "2026-11-26".parse().unwrap()
}

fn ledger() -> Vec<LedgerEntry> {
    use PaymentStatus::*;
    vec![
        entry(
            "1",
            1250,
            Currency::Usd,
            Method::Paypal,
            Success,
            "2026-11-26T09:00:00Z",
        ),
        entry(
            "2",
            750,
            Currency::Usd,
            Method::Paypal,
            Success,
            "2026-11-26T10:00:00Z",
        ),
        entry(
            "3",
            4000,
            Currency::Eur,
            Method::Card,
            Success,
            "2026-11-26T11:00:00Z",
        ),
        entry(
            "4",
            999,
            Currency::Usd,
            Method::Venmo,
            Expired,
            "2026-11-26T12:00:00Z",
        ),
        entry(
            "5",
            100,
            Currency::Usd,
            Method::Venmo,
            Pending,
            "2026-11-25T12:00:00Z",
        ),
    ]
}

#[test]
fn counts_and_totals_per_status_and_method_never_mixing_currencies() {
    let entries = ledger();
    let day_entries = day_entries(&entries, day(), &jiff::tz::TimeZone::UTC, "luxfin.org");
    let s = summarize(&day_entries, day());
    assert_eq!(s.count, 4, "yesterday's payment is not today's");
    let find = |groups: &[Group], name: &str, c: Currency| {
        groups
            .iter()
            .find(|g| g.name == name && g.currency == c)
            .cloned()
    };
    let paid_usd = find(&s.by_status, "PAID", Currency::Usd).unwrap();
    assert_eq!((paid_usd.count, paid_usd.total), (2, Decimal::new(2000, 2)));
    assert_eq!(
        find(&s.by_status, "PAID", Currency::Eur).unwrap().total,
        Decimal::new(4000, 2)
    );
    assert_eq!(
        find(&s.by_status, "EXPIRED", Currency::Usd).unwrap().count,
        1
    );
    assert_eq!(find(&s.by_method, "Card", Currency::Eur).unwrap().count, 1);
    assert_eq!(
        find(&s.by_method, "PayPal", Currency::Usd).unwrap().total,
        Decimal::new(2000, 2)
    );
}

#[test]
fn reconciling_lists_every_difference() {
    let entries = ledger();
    let day_entries = day_entries(&entries, day(), &jiff::tz::TimeZone::UTC, "luxfin.org");
    let server = [
        order("1", 1250, "SUCCESS"),
        order("2", 750, "PENDING"),
        order("3", 4100, "SUCCESS"),
        order("9", 500, "SUCCESS"),
    ];
    let diffs = reconcile(&day_entries, &server);
    let text: Vec<String> = diffs.iter().map(ToString::to_string).collect();
    assert_eq!(
        text,
        [
            "order 2: the ledger says PAID, the server says PENDING",
            "order 3: the ledger says 40.00, the server says 41.00",
            "order 4 (EXPIRED) is in the ledger, not on the server",
            "order 9 (PAID) is on the server, not in this ledger",
        ]
    );
    assert!(reconcile(&day_entries[..1], &server[..1]).is_empty());
    // A cash sale never reached Luxfin: not a difference.
    let cash = entry(
        "C-front-1-1",
        500,
        Currency::Usd,
        Method::Cash,
        PaymentStatus::Success,
        "2026-11-25T10:00:00Z",
    );
    assert!(reconcile(&[&cash], &[]).is_empty());
}

#[test]
fn the_text_report_says_whether_it_reconciled() {
    let entries = ledger();
    let day_entries = day_entries(&entries, day(), &jiff::tz::TimeZone::UTC, "luxfin.org");
    let s = summarize(&day_entries, day());
    let server = ServerDay {
        orders: &[],
        sum: Some(Decimal::from(10)),
    };
    assert!(to_text(&s, Some((server, &[])), 0, false, &Tr::plain()).contains("no differences"));
    assert!(to_text(&s, None, 0, false, &Tr::plain()).contains("Not reconciled"));
    assert!(to_text(&s, None, 0, false, &Tr::plain()).contains("40.00 EUR"));
    assert!(
        to_text(&s, None, 2, false, &Tr::plain()).contains("2 open payments could not be checked")
    );
}

#[test]
fn totals_are_per_currency_and_a_mixed_server_sum_only_comes_with_a_warning() {
    let mut eur = order("1", 2000, "SUCCESS");
    eur.currency = Some("EUR".into());
    let orders = [eur, order("2", 1000, "SUCCESS"), order("3", 200, "PENDING")];
    let totals = totals_by_currency(&orders);
    assert_eq!(
        format_totals(&crate::i18n::Tr::plain(), &totals),
        "20.00 EUR · 12.00 USD"
    );
    let note = server_sum_note(Some(Decimal::from(32)), &totals).unwrap();
    assert!(
        note.contains("32.00") && note.contains("adds different currencies"),
        "{note}"
    );
    let usd = totals_by_currency(&orders[1..]);
    assert_eq!(
        server_sum_note(Some(Decimal::from(12)), &usd),
        None,
        "one currency: the rows say it"
    );
    let text = to_text(
        &summarize(&[], day()),
        Some((
            ServerDay {
                orders: &orders,
                sum: Some(Decimal::from(32)),
            },
            &[],
        )),
        0,
        false,
        &Tr::plain(),
    );
    assert!(text.contains("20.00 EUR · 12.00 USD"), "{text}");
    assert!(!text.contains("server total 32"), "{text}");
}

/// The payments made on `date` (in `tz`) by the API at `api_host`.
fn day_entries<'a>(
    entries: &'a [LedgerEntry],
    date: jiff::civil::Date,
    tz: &jiff::tz::TimeZone,
    api_host: &str,
) -> Vec<&'a LedgerEntry> {
    entries
        .iter()
        .filter(|e| {
            e.payment.api_host == api_host
                && e.payment.created_at.to_zoned_datetime(tz.clone()).date() == date
        })
        .collect()
}
