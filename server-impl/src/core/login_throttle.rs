//! How failed logins are counted, so that guessing passwords is slow while a
//! stranger's failures do not lock out the people who know theirs.
//!
//! Every attempt is recorded before its password is checked and removed when it
//! succeeds; the database counts, so concurrent attempts and several instances on one
//! database cannot check more passwords than the limits allow. Within
//! [`WINDOW_SECS`], an attempt is refused without checking the password when one of
//! these keys already holds its limit of attempts:
//!
//! - a username from one client address ([`LIMITS`]`.per_user_and_address`): what a
//!   user's own typing mistakes reach, and what one guesser gets per account;
//! - a client address for all usernames (`per_address`), looser because several people
//!   may share one address: it bounds one address guessing over many accounts;
//! - a username from all addresses (`per_user`), much looser: it bounds guessing one
//!   account from many addresses, and only that many failures from elsewhere can
//!   keep its owner out.
//!
//! A success forgets the failures of its username from its address. Usernames are
//! kept only as their SHA-256, and IPv6 clients are counted by their /64 network, the
//! block one subscriber usually holds.

use joule_db::queries::auth::LoginLimits;
use std::net::IpAddr;

/// The window attempts are counted in.
pub const WINDOW_SECS: i64 = 15 * 60;

/// Attempts each key may have within the window.
pub const LIMITS: LoginLimits = LoginLimits {
    per_user_and_address: 10,
    per_user: 100,
    per_address: 30,
};

/// The key a client address is counted under.
pub fn address_key(client: Option<IpAddr>) -> String {
    match client.map(|a| a.to_canonical()) {
        None => "unknown".to_string(),
        Some(IpAddr::V4(a)) => a.to_string(),
        Some(IpAddr::V6(a)) => {
            let s = a.segments();
            let net = std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0);
            format!("{net}/64")
        }
    }
}

/// Seconds until the attempt made at `until` (microseconds) leaves the window, at
/// least 1: the `Retry-After` of a refusal.
pub fn wait_secs(until: i64, now: i64) -> i64 {
    let free_at = until + WINDOW_SECS * 1_000_000;
    ((free_at - now) as f64 / 1e6).ceil().max(1.0) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_ends_when_the_counted_attempt_leaves_the_window() {
        let now = 1_000_000_000_000;
        let minute = 60 * 1_000_000;
        assert_eq!(wait_secs(now - 9 * minute, now), 6 * 60);
        assert_eq!(wait_secs(now - 15 * minute, now), 1);
    }

    #[test]
    fn ipv6_clients_count_by_their_64_and_mapped_ipv4_as_ipv4() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::9".parse().unwrap();
        assert_eq!(address_key(Some(a)), "2001:db8:1:2::/64");
        assert_eq!(address_key(Some(a)), address_key(Some(b)));
        let mapped: IpAddr = "::ffff:192.0.2.7".parse().unwrap();
        assert_eq!(address_key(Some(mapped)), "192.0.2.7");
        assert_eq!(address_key(None), "unknown");
    }
}
