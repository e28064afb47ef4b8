//! The one error type of the Luxfin client: each case says what happened and what to do.

use std::error::Error as _;
use std::fmt;
use std::time::Duration;

use crate::i18n::Tr;
use crate::sanitize;

/// Why a connection to the API failed before any answer came back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NetworkFailure {
    /// Nothing listens at that address: the request was never sent.
    Refused {
        /// The host that was asked.
        host: String,
    },
    /// The name did not resolve: the request was never sent.
    Dns {
        /// The host whose name did not resolve.
        host: String,
    },
    /// No connection within the timeout: the request was never sent.
    Unreachable {
        /// The host that could not be reached.
        host: String,
    },
    /// The connection broke mid-way: the server may have acted on the request.
    Reset {
        /// The host that cut the connection.
        host: String,
    },
    /// Any other failure to talk to the host.
    Other {
        /// The host that was asked.
        host: String,
        /// What went wrong, sanitised.
        detail: String,
    },
}

impl NetworkFailure {
    /// What happened and what to do, in `tr`'s language.
    pub fn text(&self, tr: &Tr) -> String {
        match self {
            NetworkFailure::Refused { host } => t!(tr, "net-refused", host = host),
            NetworkFailure::Dns { host } => t!(tr, "net-dns", host = host),
            NetworkFailure::Unreachable { host } => t!(tr, "net-unreachable", host = host),
            NetworkFailure::Reset { host } => t!(tr, "net-reset", host = host),
            NetworkFailure::Other { host, detail } => {
                t!(tr, "net-other", host = host, detail = detail)
            }
        }
    }
}

/// In English: what the log keeps, and what a message in English shows.
impl fmt::Display for NetworkFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(&Tr::plain()))
    }
}

/// In English: what the log keeps.
impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(&Tr::plain()))
    }
}

impl std::error::Error for ApiError {}

/// Everything that can go wrong when asking the Luxfin API something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    /// No answer came back: see the failure.
    Network(NetworkFailure),
    /// No answer within the timeout.
    Timeout(Duration),
    /// 401: the key was refused, with the server's message if any.
    Unauthorized(Option<String>),
    /// Another 4xx: the server turned the request down.
    Rejected {
        /// The HTTP status.
        status: u16,
        /// The server's message, or the status line.
        message: String,
    },
    /// A 3xx, never followed: where it pointed is kept for the message.
    Redirect {
        /// The HTTP status.
        status: u16,
        /// Where it pointed (sanitised).
        location: String,
    },
    /// A 5xx: the server failed.
    Server {
        /// The HTTP status.
        status: u16,
        /// The server's message, or the status line.
        message: String,
    },
    /// A 2xx whose body cannot be used.
    InvalidResponse(String),
}

impl ApiError {
    /// What happened and what to do, in `tr`'s language.
    pub fn text(&self, tr: &Tr) -> String {
        match self {
            ApiError::Network(failure) => failure.text(tr),
            ApiError::Timeout(limit) => {
                t!(tr, "api-timeout", seconds = limit.as_secs_f32().to_string())
            }
            ApiError::Unauthorized(None) => t!(tr, "api-unauthorized"),
            ApiError::Unauthorized(Some(message)) => {
                t!(tr, "api-unauthorized-said", message = message)
            }
            ApiError::Rejected { status, message } => {
                t!(
                    tr,
                    "api-rejected",
                    status = status.to_string(),
                    message = message
                )
            }
            ApiError::Redirect { status, location } => {
                t!(
                    tr,
                    "api-redirect",
                    status = status.to_string(),
                    location = location
                )
            }
            ApiError::Server { status, message } => {
                t!(
                    tr,
                    "api-server",
                    status = status.to_string(),
                    message = message
                )
            }
            ApiError::InvalidResponse(why) => t!(tr, "api-invalid", why = why),
        }
    }

    /// The process exit code for this error: 3 the API said no, 4 network, 5 bad answer.
    pub fn exit_code(&self) -> u8 {
        match self {
            ApiError::Unauthorized(_)
            | ApiError::Rejected { .. }
            | ApiError::Redirect { .. }
            | ApiError::Server { .. } => 3,
            ApiError::Network(_) | ApiError::Timeout(_) => 4,
            ApiError::InvalidResponse(_) => 5,
        }
    }

    /// A word for the kind of failure, for scripts: `unauthorized`, `network`, …
    pub fn kind(&self) -> &'static str {
        match self {
            ApiError::Network(_) => "network",
            ApiError::Timeout(_) => "timeout",
            ApiError::Unauthorized(_) => "unauthorized",
            ApiError::Rejected { .. } => "rejected",
            ApiError::Redirect { .. } => "redirect",
            ApiError::Server { .. } => "server",
            ApiError::InvalidResponse(_) => "invalid_response",
        }
    }

    /// Worth trying again later: the fault may pass without anyone changing anything.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            ApiError::Network(_) | ApiError::Timeout(_) | ApiError::Server { .. }
        )
    }

    /// After a create, whether the server may have made the payment anyway. Only when the
    /// request provably never left (refused, DNS) or was provably turned down is it safe
    /// to submit again without checking first.
    pub fn create_may_have_happened(&self) -> bool {
        match self {
            ApiError::Network(
                NetworkFailure::Refused { .. }
                | NetworkFailure::Dns { .. }
                | NetworkFailure::Unreachable { .. },
            ) => false,
            ApiError::Unauthorized(_) | ApiError::Rejected { .. } => false,
            // A redirect may follow a POST the server handled (post-redirect-get): check first.
            ApiError::Network(_)
            | ApiError::Timeout(_)
            | ApiError::Server { .. }
            | ApiError::Redirect { .. }
            | ApiError::InvalidResponse(_) => true,
        }
    }

    /// Classifies a reqwest failure by walking its chain of causes.
    pub(crate) fn from_reqwest(err: &reqwest::Error, host: &str, timeout: Duration) -> ApiError {
        // A timeout while connecting sent nothing: a create can safely be tried again.
        if err.is_timeout() && err.is_connect() {
            return ApiError::Network(NetworkFailure::Unreachable {
                host: host.to_string(),
            });
        }
        if err.is_timeout() {
            return ApiError::Timeout(timeout);
        }
        let host = host.to_string();
        let mut cause: Option<&(dyn std::error::Error + 'static)> = err.source();
        while let Some(c) = cause {
            if let Some(io) = c.downcast_ref::<std::io::Error>() {
                use std::io::ErrorKind::*;
                match io.kind() {
                    ConnectionRefused => {
                        return ApiError::Network(NetworkFailure::Refused { host });
                    }
                    ConnectionReset | ConnectionAborted | BrokenPipe | UnexpectedEof => {
                        return ApiError::Network(NetworkFailure::Reset { host });
                    }
                    TimedOut => return ApiError::Timeout(timeout),
                    _ => {}
                }
            }
            if let Some(h) = c.downcast_ref::<hyper::Error>()
                && (h.is_incomplete_message() || h.is_canceled() || h.is_closed())
            {
                return ApiError::Network(NetworkFailure::Reset { host });
            }
            // hyper-util reports resolver failures only in its message.
            if c.to_string().starts_with("dns error") {
                return ApiError::Network(NetworkFailure::Dns { host });
            }
            cause = c.source();
        }
        let detail = sanitize::excerpt(&error_chain(err), 160);
        ApiError::Network(NetworkFailure::Other { host, detail })
    }

    /// The error for a 3xx answer, naming where it pointed (sanitised: it came from the network).
    pub(crate) fn redirect(
        status: reqwest::StatusCode,
        headers: &reqwest::header::HeaderMap,
    ) -> ApiError {
        let location = headers
            .get(reqwest::header::LOCATION)
            .map(|v| sanitize::excerpt(&String::from_utf8_lossy(v.as_bytes()), 200))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "nowhere (no Location header)".to_string());
        ApiError::Redirect {
            status: status.as_u16(),
            location,
        }
    }

    /// The error for a non-2xx answer, using the server's own message when it gave one.
    pub(crate) fn from_status(status: reqwest::StatusCode, body: Option<&[u8]>) -> ApiError {
        let server_message = body.and_then(message_in_body);
        let code = status.as_u16();
        if code == 401 {
            return ApiError::Unauthorized(server_message);
        }
        let message = server_message.unwrap_or_else(|| {
            let line = format!("HTTP {status}");
            match body.map(|b| sanitize::excerpt(&String::from_utf8_lossy(b), 120)) {
                Some(excerpt) if !excerpt.is_empty() => format!("{line}: {excerpt}"),
                _ => line,
            }
        });
        if status.is_server_error() {
            ApiError::Server {
                status: code,
                message,
            }
        } else {
            ApiError::Rejected {
                status: code,
                message,
            }
        }
    }
}

/// The first string among `error`, `message` and `detail` in a JSON body, sanitised.
fn message_in_body(body: &[u8]) -> Option<String> {
    let value: serde_json::Value = serde_json::from_slice(body).ok()?;
    ["error", "message", "detail"].iter().find_map(|key| {
        value
            .get(key)
            .and_then(|v| v.as_str())
            .map(|s| sanitize::excerpt(s, 300))
            .filter(|s| !s.is_empty())
    })
}

fn error_chain(err: &reqwest::Error) -> String {
    let mut parts = vec![];
    let mut cause: Option<&(dyn std::error::Error + 'static)> = err.source();
    while let Some(c) = cause {
        parts.push(c.to_string());
        cause = c.source();
    }
    if parts.is_empty() {
        err.to_string()
    } else {
        parts.join(": ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::StatusCode;

    #[test]
    fn server_message_is_used_and_sanitised() {
        let e = ApiError::from_status(
            StatusCode::BAD_REQUEST,
            Some(br#"{"error":"bad \u001b[2Jamount"}"#),
        );
        assert_eq!(
            e,
            ApiError::Rejected {
                status: 400,
                message: "bad amount".into()
            }
        );
        let e = ApiError::from_status(StatusCode::BAD_REQUEST, Some(br#"{"detail":"too big"}"#));
        assert_eq!(
            e.to_string(),
            "the Luxfin API refused the request (400): too big"
        );
    }

    #[test]
    fn without_a_json_message_the_status_line_and_an_excerpt() {
        let e = ApiError::from_status(StatusCode::BAD_GATEWAY, Some(b"<html>upstream down</html>"));
        assert_eq!(
            e.to_string(),
            "the Luxfin API failed (502): HTTP 502 Bad Gateway: <html>upstream down</html>; try again in a moment"
        );
        let e = ApiError::from_status(StatusCode::NOT_FOUND, Some(b""));
        assert_eq!(
            e,
            ApiError::Rejected {
                status: 404,
                message: "HTTP 404 Not Found".into()
            }
        );
    }

    #[test]
    fn unauthorized_says_what_to_do() {
        let e = ApiError::from_status(StatusCode::UNAUTHORIZED, None);
        assert!(e.to_string().contains("check your API key"));
        assert_eq!(e.exit_code(), 3);
    }

    #[test]
    fn exit_codes_and_create_safety() {
        let refused = ApiError::Network(NetworkFailure::Refused { host: "h".into() });
        assert_eq!(refused.exit_code(), 4);
        assert!(!refused.create_may_have_happened());
        assert!(ApiError::Timeout(Duration::from_secs(1)).create_may_have_happened());
        assert_eq!(ApiError::InvalidResponse("x".into()).exit_code(), 5);
    }

    #[test]
    fn errors_speak_the_cashiers_language_and_log_in_english() {
        use crate::i18n::{Lang, Tr};
        let refused = ApiError::Network(NetworkFailure::Refused {
            host: "luxfin.org".into(),
        });
        assert_eq!(
            refused.to_string(),
            "connection to luxfin.org refused: check the base URL and that the service is running"
        );
        assert_eq!(
            refused.text(&Tr::of(Lang::De)),
            "Verbindung zu luxfin.org abgelehnt: Basis-URL prüfen und ob der Dienst läuft"
        );
        let slow = ApiError::Timeout(Duration::from_secs(20));
        assert_eq!(
            slow.to_string(),
            "the Luxfin API did not answer within 20 s: try again, or raise --timeout"
        );
        assert!(slow.text(&Tr::of(Lang::Fr)).contains("20 s"));
        let said = ApiError::Unauthorized(Some("bad key".into()));
        assert!(
            said.to_string()
                .starts_with("the API key was refused (401: bad key)")
        );
    }
}
