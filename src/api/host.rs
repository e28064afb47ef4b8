//! Which server an API is: its host in one canonical form, and whether it is on this
//! machine (where plain http is allowed).

use url::Url;

/// `host` or `host:port` of a URL.
pub fn host_and_port(url: &Url) -> String {
    let host = url.host_str().unwrap_or("?");
    canonical_host(&match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_string(),
    })
}

/// A `host` or `host:port` in one form for one server, so records of the same API match
/// however its URL named it: lower case, no trailing dot, `localhost` as `127.0.0.1`.
/// (The URL parser already drops a scheme's default port.)
pub fn canonical_host(host_and_port: &str) -> String {
    let lower = host_and_port.to_ascii_lowercase();
    let (host, port) = match lower.rsplit_once(':') {
        Some((h, p)) if !h.ends_with(':') && p.chars().all(|c| c.is_ascii_digit()) => (h, Some(p)),
        _ => (lower.as_str(), None),
    };
    let trimmed = host.trim_end_matches('.');
    // Most hosts are canonical already (every ledger row is read through here).
    if trimmed.len() == host.len() && trimmed != "localhost" {
        return lower;
    }
    let host = if trimmed == "localhost" {
        "127.0.0.1"
    } else {
        trimmed
    };
    match port {
        Some(port) => format!("{host}:{port}"),
        None => host.to_string(),
    }
}

/// True for `localhost` and loopback addresses: the only places plain http is allowed.
pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `summary` counted 0 payments when the base URL named the same server differently.
    #[test]
    fn one_server_has_one_host_however_its_url_names_it() {
        let host = |u: &str| host_and_port(&u.parse().unwrap());
        assert_eq!(
            host("http://localhost:8787"),
            host("http://127.0.0.1:8787/")
        );
        assert_eq!(host("https://LUXFIN.org."), "luxfin.org");
        assert_eq!(host("https://luxfin.org:443/"), host("https://luxfin.org"));
        assert_ne!(host("http://127.0.0.1:8787"), host("http://127.0.0.1:8788"));
        assert_eq!(canonical_host("LocalHost:8787"), "127.0.0.1:8787");
        assert_eq!(canonical_host("demo"), "demo");
        assert_eq!(canonical_host("Luxfin.org.:8443"), "luxfin.org:8443");
        assert_eq!(canonical_host("localhost."), "127.0.0.1");
        assert_eq!(canonical_host("luxfin.org:8443"), "luxfin.org:8443");
        assert_eq!(canonical_host("[::1]:8787"), "[::1]:8787");
    }
}
