//! Reaching the shared ledger: plain on a private network, TLS through rustls when the
//! URL asks for it. With TLS the server's certificate is always checked, host name
//! included (what libpq calls `verify-full`): against the CA file named by
//! `sslrootcert` when there is one, else against the system's roots.

use std::time::Duration;

use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use secrecy::{ExposeSecret, SecretString};
use tokio_postgres::config::SslMode;
use tokio_postgres::tls::MakeTlsConnect;
use tokio_postgres::{Client, Connection, Socket};
use tokio_postgres_rustls::MakeRustlsConnect;

use super::describe;

/// The connection's stream, plain or TLS.
pub type Stream = <MakeRustlsConnect as MakeTlsConnect<Socket>>::Stream;

/// Where and how to connect, read from a `ledger_url`.
struct Target {
    config: tokio_postgres::Config,
    /// The CA file of `sslrootcert`, when the URL names one.
    root_cert: Option<String>,
}

/// Reads a `ledger_url`. libpq's `sslmode` values are understood: `require`, `verify-ca`
/// and `verify-full` mean TLS with the certificate checked; `disable`, `prefer` (libpq's
/// default) or none mean plain, so a server with a self-signed certificate is not tried
/// and refused where plain was meant.
fn target(url: &SecretString) -> Result<Target, String> {
    let unreadable = |e: &dyn std::fmt::Display| format!("ledger_url cannot be read: {e}");
    let mut parsed = url::Url::parse(url.expose_secret()).map_err(|e| unreadable(&e))?;
    let mut tls = false;
    let mut root_cert = None;
    let mut kept = Vec::new();
    for (key, value) in parsed.query_pairs() {
        match (key.as_ref(), value.as_ref()) {
            ("sslmode", "require" | "verify-ca" | "verify-full") => tls = true,
            ("sslmode", "disable" | "prefer" | "allow") => {}
            ("sslmode", other) => {
                return Err(unreadable(&format!(
                    "sslmode={other} is not one of disable, prefer, require, verify-ca, verify-full"
                )));
            }
            ("sslrootcert", path) => root_cert = Some(path.to_string()),
            _ => kept.push((key.into_owned(), value.into_owned())),
        }
    }
    if kept.is_empty() {
        parsed.set_query(None);
    } else {
        parsed.query_pairs_mut().clear().extend_pairs(kept);
    }
    let mut config: tokio_postgres::Config = parsed.as_str().parse().map_err(|e| unreadable(&e))?;
    config.ssl_mode(if tls {
        SslMode::Require
    } else {
        SslMode::Disable
    });
    Ok(Target { config, root_cert })
}

/// The TLS set-up for a target: the platform's roots, or only the CA in `sslrootcert`.
fn connector(target: &Target) -> Result<MakeRustlsConnect, String> {
    crate::api::ensure_tls_provider();
    let builder = rustls::ClientConfig::builder();
    let config = if target.config.get_ssl_mode() == SslMode::Disable {
        // Never used (the connection stays plain): no roots to load.
        builder
            .with_root_certificates(rustls::RootCertStore::empty())
            .with_no_client_auth()
    } else if let Some(path) = &target.root_cert {
        let mut roots = rustls::RootCertStore::empty();
        let certs = CertificateDer::pem_file_iter(path)
            .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
            .map_err(|e| format!("sslrootcert {path} cannot be read: {e}"))?;
        let (added, _) = roots.add_parsable_certificates(certs);
        if added == 0 {
            return Err(format!("sslrootcert {path} holds no certificate"));
        }
        builder.with_root_certificates(roots).with_no_client_auth()
    } else {
        use rustls_platform_verifier::BuilderVerifierExt;
        builder
            .with_platform_verifier()
            .map_err(|e| format!("cannot load the system's certificate roots: {e}"))?
            .with_no_client_auth()
    };
    Ok(MakeRustlsConnect::new(config))
}

/// Connects to the shared ledger, giving up after `timeout`. Messages name the host and
/// database, never the URL (it may hold a password).
pub async fn open(
    url: &SecretString,
    timeout: Duration,
) -> Result<(Client, Connection<Socket, Stream>), String> {
    let where_ = describe(url);
    let target = target(url)?;
    let tls = connector(&target)?;
    tokio::time::timeout(timeout, target.config.connect(tls))
        .await
        .map_err(|_| format!("the shared ledger at {where_} did not answer in time"))?
        .map_err(|e| {
            let reason = reason(&e);
            format!(
                "cannot reach the shared ledger at {where_}: {reason}{}",
                hint(&reason)
            )
        })
}

/// What to do about a certificate the check refused.
fn hint(reason: &str) -> &'static str {
    if reason.contains("UnknownIssuer") {
        " (its certificate is not signed by a CA this machine trusts: name the CA's file \
         in the URL, sslrootcert=/path/to/ca.pem)"
    } else if reason.contains("NotValidForName") {
        " (its certificate is for another host name: use the name it was made for)"
    } else {
        ""
    }
}

/// An error and its causes, one line: tokio-postgres says only "error performing TLS
/// handshake" and keeps the reason (an unknown issuer, a name that does not match) below.
fn reason(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

/// Whether the URL asks for TLS (for `doctor`).
pub(super) fn wants_tls(url: &SecretString) -> bool {
    target(url).is_ok_and(|t| t.config.get_ssl_mode() == SslMode::Require)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> SecretString {
        SecretString::from(s.to_string())
    }

    #[test]
    fn sslmode_require_and_verify_mean_tls_and_the_rest_plain() {
        for (query, tls) in [
            ("", false),
            ("?sslmode=disable", false),
            ("?sslmode=prefer", false),
            ("?sslmode=require", true),
            ("?sslmode=verify-ca", true),
            ("?sslmode=verify-full&application_name=till", true),
        ] {
            let t = target(&url(&format!("postgres://u:pw@db.lan/shop{query}"))).unwrap();
            assert_eq!(t.config.get_ssl_mode() == SslMode::Require, tls, "{query}");
            assert_eq!(t.config.get_dbname(), Some("shop"));
        }
    }

    #[test]
    fn sslrootcert_is_ours_and_other_options_reach_postgres() {
        let t = target(&url(
            "postgres://u@db.lan/shop?sslrootcert=/etc/ca.pem&sslmode=require&application_name=front",
        ))
        .unwrap();
        assert_eq!(t.root_cert.as_deref(), Some("/etc/ca.pem"));
        assert_eq!(t.config.get_application_name(), Some("front"));
    }

    #[test]
    fn a_bad_sslmode_is_named_without_the_password() {
        let Err(e) = target(&url("postgres://u:hunter2@db.lan/shop?sslmode=sometimes")) else {
            panic!("accepted")
        };
        assert!(e.contains("sslmode=sometimes"), "{e}");
        assert!(!e.contains("hunter2"), "{e}");
    }

    #[test]
    fn a_missing_root_file_is_named() {
        let t = target(&url(
            "postgres://u@db.lan/shop?sslmode=require&sslrootcert=/nonexistent/ca.pem",
        ))
        .unwrap();
        let Err(e) = connector(&t) else {
            panic!("accepted")
        };
        assert!(e.contains("/nonexistent/ca.pem"), "{e}");
    }
}
