use super::*;
use serde_json::json;

#[test]
fn create_answer_accepts_numeric_or_string_ids() {
    let a = CreatedPayment::from_json(&json!({"order_url": "https://pay.example/o/1", "order_id": 123, "amount": "100", "extra": true}), false).unwrap();
    assert_eq!(a.order_id.as_str(), "123");
    assert_eq!(a.amount, Decimal::from(100));
    let b = CreatedPayment::from_json(
        &json!({"order_url": "https://pay.example/o/1", "order_id": "ab-12", "amount": 12.5}),
        false,
    )
    .unwrap();
    assert_eq!(b.order_id.as_str(), "ab-12");
}

#[test]
fn create_answer_names_the_bad_field() {
    let cases = [
        (
            json!({"order_id": 1, "amount": "1"}),
            "order_url is missing",
        ),
        (
            json!({"order_url": 5, "order_id": 1, "amount": "1"}),
            "order_url is not a string",
        ),
        (
            json!({"order_url": "https://x.example", "amount": "1"}),
            "order_id is missing",
        ),
        (
            json!({"order_url": "https://x.example", "order_id": [1], "amount": "1"}),
            "order_id is neither",
        ),
        (
            json!({"order_url": "https://x.example", "order_id": 1, "amount": "ten"}),
            "amount is not a number",
        ),
    ];
    for (body, want) in cases {
        let err = CreatedPayment::from_json(&body, false).unwrap_err();
        assert!(err.to_string().contains(want), "{body} gave {err}");
    }
}

#[test]
fn order_urls_are_checked() {
    assert!(check_order_url("https://pay.example/checkout/1", false).is_ok());
    assert!(check_order_url("http://127.0.0.1:9/checkout/1", true).is_ok());
    assert!(check_order_url("http://127.0.0.1:9/checkout/1", false).is_err());
    assert!(check_order_url("http://pay.example/checkout/1", true).is_err());
    for bad in [
        "http://pay.example/1",
        "javascript:alert(1)",
        "https://pay.example/\u{1b}]52;c;eA==\u{7}",
        "https://pay.example/a b",
        "not a url",
    ] {
        assert!(
            matches!(
                check_order_url(bad, false),
                Err(ApiError::InvalidResponse(_))
            ),
            "{bad}"
        );
    }
    let long = format!("https://pay.example/{}", "a".repeat(2100));
    assert!(
        check_order_url(&long, false)
            .unwrap_err()
            .to_string()
            .contains("2048")
    );
}

#[test]
fn unknown_statuses_are_never_paid() {
    let s = PaymentStatus::from_wire("REFUNDED\u{1b}[31m");
    assert_eq!(s, PaymentStatus::Unknown("REFUNDED".into()));
    assert!(!s.is_final());
    assert!(PaymentStatus::from_wire("SUCCESS").is_final());
    assert_eq!(
        PaymentStatus::from_wire("success"),
        PaymentStatus::Unknown("success".into())
    );
}

#[test]
fn orders_read_the_capital_amount_and_sanitise_text() {
    let o = Order::from_json(&json!({"id": 7, "Amount": 12.5, "currency": "USD", "customer": "a@b.co", "product": "Tea\u{1b}[2J", "hook_url": "", "status": "PENDING"})).unwrap();
    assert_eq!(o.amount, Some(Decimal::new(125, 1)));
    assert_eq!(o.product.as_deref(), Some("Tea"));
    assert_eq!(o.status, Some(PaymentStatus::Pending));
}

#[test]
fn status_needs_a_status_string() {
    assert!(StatusReport::from_json(&json!({"data": {}})).is_err());
    let r = StatusReport::from_json(&json!({"status": "EXPIRED", "data": "odd"})).unwrap();
    assert_eq!(r.status, PaymentStatus::Expired);
    assert_eq!(r.order, None);
}
