//! Who is asking: the client's network address, as rate limits and sign-in throttling see it.
//!
//! Behind a reverse proxy every request comes from the proxy, so limits keyed on the socket's
//! address would lump all visitors together. The proxy's own `X-Forwarded-For` is believed only
//! when the socket's address is a configured trusted proxy (`--trusted-proxy`); the client is then
//! the right-most address in that header that is not itself a trusted proxy. Anything else in the
//! header was written by the client and is ignored, so nobody can pose as another address.

use std::net::IpAddr;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use ipnet::IpNet;

use crate::Shared;

/// The networks whose `X-Forwarded-For` is believed (`--trusted-proxy 10.0.0.0/8,::1`).
#[derive(Clone, Debug, Default)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// Parses a comma-separated list of addresses or networks (`127.0.0.1,10.0.0.0/8`).
    pub fn parse(list: &str) -> Result<Self, String> {
        let mut nets = Vec::new();
        for part in list.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let net = match part.parse::<IpNet>() {
                Ok(n) => n,
                Err(_) => {
                    part.parse::<IpAddr>().map(IpNet::from).map_err(|_| format!("not an address or network: {part}"))?
                }
            };
            nets.push(net);
        }
        Ok(Self(nets))
    }

    fn contains(&self, ip: &IpAddr) -> bool {
        self.0.iter().any(|n| n.contains(ip))
    }

    /// The client behind `peer`, given the `X-Forwarded-For` values in the order received.
    pub fn client(&self, peer: IpAddr, forwarded_for: &[&str]) -> IpAddr {
        if !self.contains(&peer) {
            return peer;
        }
        let hops = forwarded_for.iter().flat_map(|v| v.split(',')).map(str::trim);
        let mut client = peer;
        for hop in hops.rev() {
            match hop.parse::<IpAddr>() {
                Ok(ip) if self.contains(&ip) => client = ip,
                Ok(ip) => return ip,
                // A malformed hop: stop believing what lies further left.
                Err(_) => return client,
            }
        }
        client
    }
}

/// The client's address, when the server knows it (in-process tests have no socket). Used for
/// rate limits; never stored or logged raw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientAddr(pub Option<IpAddr>);

impl FromRequestParts<Shared> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &Shared) -> Result<Self, Self::Rejection> {
        let Some(peer) = parts.extensions.get::<ConnectInfo<std::net::SocketAddr>>().map(|c| c.0.ip()) else {
            return Ok(ClientAddr(None));
        };
        let forwarded: Vec<&str> =
            parts.headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).collect();
        Ok(ClientAddr(Some(state.config.trusted_proxies.client(peer, &forwarded))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn an_untrusted_peer_is_the_client_whatever_it_forwards() {
        let t = TrustedProxies::parse("10.0.0.1").unwrap();
        assert_eq!(t.client(ip("203.0.113.9"), &["198.51.100.1"]), ip("203.0.113.9"));
    }

    #[test]
    fn a_trusted_proxy_names_the_right_most_untrusted_hop() {
        let t = TrustedProxies::parse("10.0.0.0/8, ::1").unwrap();
        // The client wrote "1.2.3.4" itself; the proxy appended the real address.
        assert_eq!(t.client(ip("10.0.0.1"), &["1.2.3.4, 203.0.113.9"]), ip("203.0.113.9"));
        assert_eq!(t.client(ip("::1"), &["1.2.3.4", "203.0.113.9, 10.0.0.7"]), ip("203.0.113.9"));
        assert_eq!(t.client(ip("10.0.0.1"), &[]), ip("10.0.0.1"));
        assert_eq!(t.client(ip("10.0.0.1"), &["garbage, 10.0.0.2"]), ip("10.0.0.2"));
    }

    #[test]
    fn a_bad_list_names_the_entry() {
        assert_eq!(TrustedProxies::parse("10.0.0.0/8,proxy").unwrap_err(), "not an address or network: proxy");
    }
}
