use super::*;

fn draft() -> Draft {
    Draft {
        amount: "12.50".into(),
        customer: "ana@example.com".into(),
        product: "Coffee".into(),
        ..Draft::default()
    }
}

#[test]
fn a_good_draft_validates() {
    let p = draft().validate(&Limits::default(), &Tr::plain()).unwrap();
    assert_eq!(p.amount, Decimal::new(125, 1));
    assert_eq!(p.currency, Currency::Usd);
    assert_eq!(p.method, Method::Paypal);
    assert_eq!(p.redirect_url, None);
}

#[test]
fn every_bad_field_is_named_in_form_order() {
    let bad = Draft {
        amount: "x".into(),
        customer: "Ana <ana@example.com>".into(),
        product: " ".into(),
        redirect_url: "ftp://x".into(),
        method: Method::Venmo,
        currency: Some(Currency::Eur),
        walk_in: None,
        items: Vec::new(),
    };
    let fields: Vec<Field> = bad
        .validate(&Limits::default(), &Tr::plain())
        .unwrap_err()
        .iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(
        fields,
        [
            Field::Amount,
            Field::Customer,
            Field::Product,
            Field::RedirectUrl,
            Field::Currency
        ]
    );
}

#[test]
fn emails_are_strict() {
    assert!(check_customer("ana@example.com", &Tr::plain()).is_ok());
    assert!(check_customer(" ana.b+tag@shop.example.co.uk ", &Tr::plain()).is_ok());
    for bad in [
        "ana",
        "ana@localhost",
        "Ana <ana@example.com>",
        "ana@[127.0.0.1]",
        "@example.com",
        "ana@@example.com",
    ] {
        let err = check_customer(bad, &Tr::plain()).unwrap_err();
        assert_eq!(err.field, Field::Customer, "{bad}");
    }
}

#[test]
fn product_length_and_characters() {
    assert!(check_product(&"x".repeat(200), &Tr::plain()).is_ok());
    assert!(
        check_product(&"x".repeat(201), &Tr::plain())
            .unwrap_err()
            .message
            .contains("201 characters")
    );
    assert!(check_product("a\u{1b}[2Jb", &Tr::plain()).is_err());
    assert_eq!(check_product("  Tea  ", &Tr::plain()).unwrap(), "Tea");
}

#[test]
fn redirect_urls() {
    assert_eq!(check_redirect_url("", &Tr::plain()).unwrap(), None);
    assert!(
        check_redirect_url("https://shop.example/thanks", &Tr::plain())
            .unwrap()
            .is_some()
    );
    assert!(
        check_redirect_url("http://shop.example", &Tr::plain())
            .unwrap()
            .is_some()
    );
    assert!(check_redirect_url("javascript:alert(1)", &Tr::plain()).is_err());
    assert!(check_redirect_url("shop.example", &Tr::plain()).is_err());
}

#[test]
fn card_takes_any_listed_currency_others_usd_only() {
    assert_eq!(
        check_currency(Method::Card, Some(Currency::Eur), &Tr::plain()).unwrap(),
        Currency::Eur
    );
    assert_eq!(
        check_currency(Method::Paypal, None, &Tr::plain()).unwrap(),
        Currency::Usd
    );
    let err = check_currency(Method::Paypal, Some(Currency::Gbp), &Tr::plain()).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("currency: PayPal takes USD only")
    );
}

#[test]
fn a_cart_in_another_currency_than_usd_is_paid_by_card() {
    assert_eq!(Method::Paypal.for_currency(Currency::Eur), Method::Card);
    assert_eq!(Method::Venmo.for_currency(Currency::Usd), Method::Venmo);
    assert_eq!(Method::Card.for_currency(Currency::Gbp), Method::Card);
}

#[test]
fn the_configured_currency_is_a_default_not_a_demand() {
    assert_eq!(Method::Card.currency_from(Currency::Eur), Currency::Eur);
    assert_eq!(Method::Paypal.currency_from(Currency::Eur), Currency::Usd);
    assert_eq!(Method::Venmo.currency_from(Currency::Usd), Currency::Usd);
}

#[test]
fn a_tip_goes_on_top_up_to_the_limit() {
    let payment = draft().validate(&Limits::default(), &Tr::plain()).unwrap();
    let tipped = payment
        .clone()
        .tipped(
            Tip::Percent(Decimal::new(10, 0)),
            &Limits::default(),
            &Tr::plain(),
        )
        .unwrap();
    assert_eq!(tipped.amount, Decimal::new(1375, 2), "12.50 + 1.25");
    assert_eq!(tipped.extras.tip, Some(Decimal::new(125, 2)));
    let limits = Limits {
        max_amount: Decimal::new(13, 0),
    };
    let err = payment
        .tipped(Tip::Amount(Decimal::ONE), &limits, &Tr::plain())
        .unwrap_err();
    assert_eq!(err.field, Field::Amount);
    assert_eq!(
        err.message,
        "with this tip the amount is 13.50, above the limit of 13.00"
    );
}
