//! The Luxfin client: typed calls for every endpoint in luxfin-api.md, no UI.
//!
//! Creates are sent exactly once: the API has no idempotency key, so retrying one could
//! charge a customer twice. Reads may retry transient failures with backoff.

mod error;
mod host;
mod types;

use std::str::FromStr;
use std::sync::Once;
use std::time::Duration;

use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderValue};
use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;
use serde_json::Value;
use serde_json::value::RawValue;
use url::Url;

pub use error::{ApiError, NetworkFailure};
pub use host::{canonical_host, host_and_port, is_loopback};
pub use types::{
    CreatedPayment, History, MAX_ORDER_URL_CHARS, Order, OrderId, PaymentPage, PaymentStatus,
    StatusReport, check_order_url,
};

use crate::payment::NewPayment;

/// Bodies above this size are refused before they are read whole: a create or a status
/// is a few hundred bytes.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;
/// Lists and histories may be large (a busy day is thousands of orders): their limit.
pub const MAX_LIST_BYTES: usize = 64 * 1024 * 1024;

/// How a `Client` talks to the API.
#[derive(Debug, Clone)]
pub struct ClientOptions {
    /// The API's base URL: https, or http on loopback only.
    pub base_url: Url,
    /// The merchant's API key, sent as a bearer token.
    pub api_key: SecretString,
    /// The limit for a whole request, connect included.
    pub timeout: Duration,
    /// How often a failed read is tried again (creates never are).
    pub read_retries: u32,
    /// The first pause between read attempts; it doubles each time.
    pub retry_delay: Duration,
    /// What ledger records of this API carry as its host; `None`: the base URL's host
    /// and port. The demo API is `demo`, whatever port it listens on this time.
    pub host_label: Option<String>,
}

impl ClientOptions {
    /// Options with the documented defaults: 20 s timeout, two retries for reads.
    pub fn new(base_url: Url, api_key: SecretString) -> ClientOptions {
        ClientOptions {
            base_url,
            api_key,
            timeout: Duration::from_secs(20),
            read_retries: 2,
            retry_delay: Duration::from_millis(300),
            host_label: None,
        }
    }
}

/// A connection to one Luxfin API base URL with one key.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    options: ClientOptions,
    host: String,
}

/// One end of a history range: a whole day or an exact instant, both ISO 8601.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateBound {
    /// A whole day, sent as `YYYY-MM-DD`.
    Day(jiff::civil::Date),
    /// An exact instant, sent as RFC 3339.
    Instant(jiff::Timestamp),
}

impl FromStr for DateBound {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if let Ok(day) = s.parse::<jiff::civil::Date>() {
            return Ok(DateBound::Day(day));
        }
        s.parse::<jiff::Timestamp>()
            .map(DateBound::Instant)
            .map_err(|_| format!("{s:?} is not a date: use YYYY-MM-DD or an RFC 3339 time such as 2026-11-26T09:00:00Z"))
    }
}

impl std::fmt::Display for DateBound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DateBound::Day(d) => write!(f, "{d}"),
            DateBound::Instant(t) => write!(f, "{t}"),
        }
    }
}

#[derive(Serialize)]
struct CreateBody<'a> {
    /// A JSON number written from the exact decimal text, never through f64.
    amount: Box<RawValue>,
    currency: &'a str,
    customer: &'a str,
    product: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    redirect_url: Option<&'a str>,
}

/// Installs the TLS crypto provider (ring) once per process; every HTTP client needs it.
pub fn ensure_tls_provider() {
    static TLS: Once = Once::new();
    TLS.call_once(|| {
        // Another part of the process may have installed one already; either will do.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

impl Client {
    /// A client for these options; a base URL that is neither https nor loopback is refused.
    pub fn new(options: ClientOptions) -> Result<Client, ApiError> {
        ensure_tls_provider();
        let loopback = is_loopback(&options.base_url);
        if options.base_url.scheme() != "https"
            && !(loopback && options.base_url.scheme() == "http")
        {
            return Err(ApiError::InvalidResponse(format!(
                "the base URL {} must be https (plain http only for loopback)",
                options.base_url
            )));
        }
        let mut builder = reqwest::Client::builder()
            .user_agent(concat!("luxpay/", env!("CARGO_PKG_VERSION")))
            // Luxfin documents no redirects. Following one would carry the key and the sale
            // to wherever it points (reqwest drops the key only on the hop that changes host,
            // not on the hops after it), so a 3xx is an error, never a hop.
            .redirect(reqwest::redirect::Policy::none())
            // Connecting gets a little less than the whole: a connection that cannot be
            // made in time is then reported as such (nothing was sent), not as a request
            // that timed out (which may have been acted on).
            .connect_timeout((options.timeout * 9 / 10).min(Duration::from_secs(10)))
            .timeout(options.timeout);
        if loopback {
            // A proxy from the environment must not capture the demo API or a test server.
            builder = builder.no_proxy();
        }
        if loopback && options.base_url.scheme() == "http" {
            // Plain http on this machine needs no certificate roots: loading the system's
            // (hundreds of files) would double the time a `create` takes.
            builder = builder.tls_certs_only(std::iter::empty());
        }
        let http = builder
            .build()
            .map_err(|e| ApiError::InvalidResponse(format!("cannot set up HTTP: {e}")))?;
        let host = options.base_url.host_str().unwrap_or("the API").to_string();
        Ok(Client {
            http,
            options,
            host,
        })
    }

    /// The same client with another number of retries for reads.
    pub fn with_read_retries(&self, retries: u32) -> Client {
        let mut client = self.clone();
        client.options.read_retries = retries;
        client
    }

    /// The API's host, with its port if the URL names one: what ledger records key on.
    pub fn api_host(&self) -> String {
        self.options
            .host_label
            .clone()
            .unwrap_or_else(|| host_and_port(&self.options.base_url))
    }

    /// Whether the API on this machine is a luxpay demo API (`luxpay demo-server`): it
    /// says so at `/demo/about`. Asked of loopback addresses only, never of a real API.
    pub async fn is_luxpay_demo(&self) -> bool {
        if !is_loopback(&self.options.base_url) {
            return false;
        }
        let request = self
            .request(reqwest::Method::GET, "/demo/about")
            .timeout(Duration::from_secs(2));
        match self.send(request).await {
            Ok(about) => about.get("demo") == Some(&Value::Bool(true)),
            Err(_) => false,
        }
    }

    /// How long a request may take: after it, an unanswered create is over.
    pub fn timeout(&self) -> Duration {
        self.options.timeout
    }

    /// The base URL this client talks to.
    pub fn base_url(&self) -> &Url {
        &self.options.base_url
    }

    /// Creates a payment link. Sent once, never retried.
    pub async fn create(&self, payment: &NewPayment) -> Result<CreatedPayment, ApiError> {
        let body = CreateBody {
            amount: crate::money::to_json_number(payment.amount),
            currency: payment.currency.code(),
            customer: &payment.customer,
            product: &payment.product,
            redirect_url: payment.redirect_url.as_ref().map(Url::as_str),
        };
        // Cash is recorded by the till alone; a caller that sends it here is wrong, and
        // the request never leaves.
        let Some(path) = payment.method.create_path() else {
            return Err(ApiError::Rejected {
                status: 400,
                message: "a cash sale is not sent to Luxfin".into(),
            });
        };
        let request = self.request(reqwest::Method::POST, path).json(&body);
        let value = self.send(request).await?;
        CreatedPayment::from_json(&value, is_loopback(&self.options.base_url))
    }

    /// The current status of one payment.
    pub async fn status(&self, id: &OrderId) -> Result<StatusReport, ApiError> {
        let value = self
            .read(MAX_BODY_BYTES, || {
                self.request(reqwest::Method::GET, "/payment/status")
                    .query(&[("payment_id", id.as_str())])
            })
            .await?;
        StatusReport::from_json(&value)
    }

    /// One page of payments, newest first.
    pub async fn list(&self, limit: u64, offset: u64) -> Result<PaymentPage, ApiError> {
        let value = self
            .read(MAX_LIST_BYTES, || {
                self.request(reqwest::Method::GET, "/payments")
                    .query(&[("limit", limit), ("offset", offset)])
            })
            .await?;
        PaymentPage::from_json(&value, limit, offset)
    }

    /// Payments in an inclusive date range, with the server's total.
    pub async fn history(&self, start: DateBound, end: DateBound) -> Result<History, ApiError> {
        let body =
            serde_json::json!({ "start_date": start.to_string(), "end_date": end.to_string() });
        let value = self
            .read(MAX_LIST_BYTES, || {
                self.request(reqwest::Method::POST, "/payment/history")
                    .json(&body)
            })
            .await?;
        History::from_json(&value)
    }

    /// Asks Luxfin to send a test event to the merchant's webhook. Not retried: each call
    /// sends an event.
    pub async fn test_webhook(&self) -> Result<Value, ApiError> {
        self.send(self.request(reqwest::Method::GET, "/payment/test_webhook"))
            .await
    }

    fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let mut url = self.options.base_url.clone();
        let joined = format!("{}{}", url.path().trim_end_matches('/'), path);
        url.set_path(&joined);
        let mut auth =
            HeaderValue::from_str(&format!("Bearer {}", self.options.api_key.expose_secret()))
                .unwrap_or_else(|_| HeaderValue::from_static("Bearer invalid-key"));
        auth.set_sensitive(true);
        self.http
            .request(method, url)
            .header(AUTHORIZATION, auth)
            .header(CONTENT_TYPE, "application/json")
            .header(ACCEPT, "application/json")
    }

    /// A read, retried with doubling pauses while the failure looks transient.
    /// The timeout bounds the whole read, retries and pauses included: `--timeout 5`
    /// means an answer or an error within 5 s, not 5 s a try.
    async fn read(
        &self,
        limit: usize,
        build: impl Fn() -> reqwest::RequestBuilder,
    ) -> Result<Value, ApiError> {
        let deadline = tokio::time::Instant::now() + self.options.timeout;
        let mut delay = self.options.retry_delay;
        let mut attempt = 0;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            match self.send_limited(build().timeout(left), limit).await {
                Err(e)
                    if e.is_transient()
                        && attempt < self.options.read_retries
                        && tokio::time::Instant::now() + delay < deadline =>
                {
                    tracing::debug!(attempt, error = %e, "read failed; retrying");
                    tokio::time::sleep(delay).await;
                    delay *= 2;
                    attempt += 1;
                }
                result => return result,
            }
        }
    }

    async fn send(&self, request: reqwest::RequestBuilder) -> Result<Value, ApiError> {
        self.send_limited(request, MAX_BODY_BYTES).await
    }

    async fn send_limited(
        &self,
        request: reqwest::RequestBuilder,
        limit: usize,
    ) -> Result<Value, ApiError> {
        let timeout = self.options.timeout;
        let mut response = request
            .send()
            .await
            .map_err(|e| ApiError::from_reqwest(&e, &self.host, timeout))?;
        let status = response.status();
        if status.is_redirection() {
            return Err(ApiError::redirect(status, response.headers()));
        }
        let body = read_limited(&mut response, &self.host, timeout, limit).await;
        if !status.is_success() {
            return Err(ApiError::from_status(status, body.as_deref().ok()));
        }
        let body = body?;
        serde_json::from_slice(&body).map_err(|e| {
            ApiError::InvalidResponse(format!(
                "the body is not valid JSON ({})",
                crate::sanitize::excerpt(&e.to_string(), 80)
            ))
        })
    }
}

/// Reads a body chunk by chunk, giving up as soon as it passes `limit` bytes.
async fn read_limited(
    response: &mut reqwest::Response,
    host: &str,
    timeout: Duration,
    limit: usize,
) -> Result<Vec<u8>, ApiError> {
    let too_large = || {
        let hint = if limit == MAX_LIST_BYTES {
            ": ask for a shorter range"
        } else {
            ""
        };
        ApiError::InvalidResponse(format!(
            "the response is larger than {} MiB{hint}",
            limit / (1024 * 1024)
        ))
    };
    if response.content_length().is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    let mut body = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| ApiError::from_reqwest(&e, host, timeout))?
    {
        if body.len() + chunk.len() > limit {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}
