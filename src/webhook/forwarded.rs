//! Who sent a request that came through a reverse proxy: `trusted_proxies` say whose
//! forwarding headers to believe.

use std::net::IpAddr;

use axum::http::HeaderMap;

/// Who sent a request: the peer, unless the peer is a trusted proxy; then the first
/// address from the right of `Forwarded: for=` (or `X-Forwarded-For`) that is not a
/// trusted proxy itself. From any other peer those headers are ignored: anyone can
/// write them.
pub fn sender(peer: IpAddr, headers: &HeaderMap, trusted: &[ipnet::IpNet]) -> IpAddr {
    let peer = peer.to_canonical();
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(&ip.to_canonical()));
    if !is_trusted(&peer) {
        return peer;
    }
    let hops = forwarded_hops(headers);
    // Walking back from the nearest hop: the first one we do not run is the sender.
    hops.iter()
        .rev()
        .find(|ip| !is_trusted(ip))
        .or(hops.first())
        .map_or(peer, |ip| ip.to_canonical())
}

/// The addresses a request passed through, oldest first, from `Forwarded` (its `for=`
/// parameters) or else `X-Forwarded-For`. An entry that is not an address (`unknown`,
/// an obfuscated name) ends the list there: nothing before it can be placed.
fn forwarded_hops(headers: &HeaderMap) -> Vec<IpAddr> {
    let values = |name: &str| -> Vec<String> {
        headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(|s| s.trim().to_string())
            .collect()
    };
    let forwarded: Vec<String> = values("forwarded")
        .into_iter()
        .filter_map(|element| {
            element.split(';').find_map(|pair| {
                let (key, value) = pair.trim().split_once('=')?;
                key.eq_ignore_ascii_case("for").then(|| value.to_string())
            })
        })
        .collect();
    let entries = if forwarded.is_empty() {
        values("x-forwarded-for")
    } else {
        forwarded
    };
    let mut hops = Vec::new();
    for entry in entries.iter().rev() {
        match address_of(entry) {
            Some(ip) => hops.push(ip),
            None => break,
        }
    }
    hops.reverse();
    hops
}

/// An address as proxies write it: `192.0.2.1`, `"192.0.2.1:4711"`, `"[2001:db8::1]:4711"`.
fn address_of(entry: &str) -> Option<IpAddr> {
    let entry = entry.trim().trim_matches('"');
    if let Ok(ip) = entry.parse() {
        return Some(ip);
    }
    if let Some(rest) = entry.strip_prefix('[') {
        return rest.split(']').next()?.parse().ok();
    }
    entry
        .rsplit_once(':')
        .and_then(|(ip, _port)| ip.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sender_behind_a_trusted_proxy_is_read_from_the_right() {
        let trusted: Vec<ipnet::IpNet> = vec![
            "127.0.0.1/32".parse().unwrap(),
            "10.0.0.0/8".parse().unwrap(),
        ];
        let headers = |pairs: &[(&'static str, &str)]| {
            let mut h = HeaderMap::new();
            for (k, v) in pairs {
                h.append(*k, v.parse().unwrap());
            }
            h
        };
        let proxy: IpAddr = "127.0.0.1".parse().unwrap();
        let luxfin: IpAddr = "35.172.189.167".parse().unwrap();
        // The client wrote a forged first entry; the proxy appended who it saw.
        let h = headers(&[("x-forwarded-for", "35.172.189.167, 203.0.113.9")]);
        assert_eq!(
            sender(proxy, &h, &trusted),
            "203.0.113.9".parse::<IpAddr>().unwrap()
        );
        let h = headers(&[("x-forwarded-for", "203.0.113.9, 35.172.189.167, 10.1.2.3")]);
        assert_eq!(sender(proxy, &h, &trusted), luxfin, "trusted hops skipped");
        let h = headers(&[(
            "forwarded",
            "for=\"[2001:db8::1]:4711\", for=35.172.189.167;proto=https",
        )]);
        assert_eq!(sender(proxy, &h, &trusted), luxfin);
        let h = headers(&[("forwarded", "for=\"35.172.189.167:1234\"")]);
        assert_eq!(sender(proxy, &h, &trusted), luxfin);
        // From a peer that is not a trusted proxy, the headers are anyone's words.
        let h = headers(&[("x-forwarded-for", "35.172.189.167")]);
        let stranger: IpAddr = "203.0.113.9".parse().unwrap();
        assert_eq!(sender(stranger, &h, &trusted), stranger);
        // A dual-stack socket's mapped address is the proxy too.
        let mapped: IpAddr = "::ffff:127.0.0.1".parse().unwrap();
        assert_eq!(sender(mapped, &h, &trusted), luxfin);
        // No header: the proxy itself.
        assert_eq!(sender(proxy, &HeaderMap::new(), &trusted), proxy);
    }
}
