//! The demo's checkout page: what the payer's phone opens after scanning the QR code.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};

use super::DemoRef;
use crate::api::PaymentStatus;
use crate::money;

pub(super) async fn page(State(s): State<DemoRef>, Path(id): Path<u64>) -> Response {
    let store = s.store(false);
    let Some(order) = store.get(id) else {
        return (StatusCode::NOT_FOUND, Html("<h1>DEMO: no such order</h1>")).into_response();
    };
    let status = store.status_of(order);
    let action = if status == PaymentStatus::Pending {
        format!(
            r#"<form method="post" action="/checkout/{id}/pay"><button>Pay (demo)</button></form>"#
        )
    } else {
        format!("<p class=status>{}</p>", status.as_str())
    };
    let html = format!(
        r#"<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>DEMO checkout</title>
<style>body{{font-family:sans-serif;max-width:28em;margin:2em auto;padding:0 1em}}.demo{{background:#fc0;padding:.3em .6em}}button{{font-size:1.4em;padding:.4em 1.2em}}</style></head>
<body><p class=demo>DEMO: luxpay's embedded demo API. No real money moves.</p>
<h1>{amount}</h1><p>{product}</p><p>for {customer}</p>{action}</body></html>"#,
        amount = escape(&money::format_money(order.amount, order.currency)),
        product = escape(&order.product),
        customer = escape(&order.customer),
    );
    Html(html).into_response()
}

pub(super) async fn pay(State(s): State<DemoRef>, Path(id): Path<u64>) -> Response {
    let mut store = s.store(true);
    if store.settle(id, PaymentStatus::Success).is_err() {
        return Redirect::to(&format!("/checkout/{id}")).into_response();
    }
    let back = format!("/checkout/{id}");
    let target = store
        .get(id)
        .and_then(|o| o.redirect_url.clone())
        .unwrap_or(back);
    Redirect::to(&target).into_response()
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
