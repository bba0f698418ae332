//! Where the broker is and how to reach it: `mqtt://host[:port]` (1883 by default)
//! or `mqtts://host[:port]` (8883, TLS through rustls, trusting the CA file given or
//! else the system's roots).

use rumqttc::{TlsConfiguration, Transport};
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    pub host: String,
    pub port: u16,
    pub tls: bool,
}

impl Endpoint {
    /// Reads a broker URL; the error says what is wrong with it.
    pub fn parse(url: &str) -> Result<Endpoint, String> {
        let (tls, rest) = if let Some(rest) = url.strip_prefix("mqtt://") {
            (false, rest)
        } else if let Some(rest) = url.strip_prefix("mqtts://") {
            (true, rest)
        } else {
            return Err(format!(
                "'{url}' is not a broker URL like mqtt://host:1883 or mqtts://host:8883"
            ));
        };
        let rest = rest.strip_suffix('/').unwrap_or(rest);
        if rest.contains('@') {
            return Err("give the user name and password as mqtt.username and \
                 mqtt.password, not in the URL"
                .into());
        }
        if rest.contains(['/', '?', '#']) {
            return Err(format!(
                "'{url}' has a path or query; a broker URL is scheme://host:port"
            ));
        }
        let default_port = if tls { 8883 } else { 1883 };
        // An IPv6 address comes in brackets: mqtt://[::1]:1883.
        let (host, port) = match rest.rsplit_once(':') {
            Some((host, port)) if !port.contains(']') => {
                let port = port
                    .parse::<u16>()
                    .ok()
                    .filter(|p| *p > 0)
                    .ok_or_else(|| format!("'{port}' is not a port number"))?;
                (host, port)
            }
            _ => (rest, default_port),
        };
        let host = host.trim_start_matches('[').trim_end_matches(']');
        if host.is_empty() {
            return Err(format!("'{url}' names no host"));
        }
        Ok(Endpoint {
            host: host.to_string(),
            port,
            tls,
        })
    }

    /// The transport for this endpoint; `ca_file` (PEM) replaces the system's roots.
    pub fn transport(&self, ca_file: Option<&str>) -> Result<Transport, String> {
        if !self.tls {
            return Ok(Transport::tcp());
        }
        let mut roots = rustls::RootCertStore::empty();
        match ca_file {
            Some(path) => {
                let pem = std::fs::read_to_string(path)
                    .map_err(|e| format!("cannot read mqtt.ca_file {path}: {e}"))?;
                for cert in crate::tls::certificates(&pem)
                    .map_err(|e| format!("mqtt.ca_file {path}: {e}"))?
                {
                    roots
                        .add(cert)
                        .map_err(|e| format!("mqtt.ca_file {path}: {e}"))?;
                }
            }
            None => {
                let native = rustls_native_certs::load_native_certs();
                let (added, _) = roots.add_parsable_certificates(native.certs);
                if added == 0 {
                    return Err("no trusted root certificates found on this system; \
                         give the broker's CA as mqtt.ca_file"
                        .into());
                }
            }
        }
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| format!("TLS: {e}"))?
            .with_root_certificates(roots)
            .with_no_client_auth();
        Ok(Transport::tls_with_config(TlsConfiguration::Rustls(
            Arc::new(config),
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(host: &str, port: u16, tls: bool) -> Endpoint {
        Endpoint {
            host: host.into(),
            port,
            tls,
        }
    }

    #[test]
    fn broker_urls_name_host_port_and_tls() {
        assert_eq!(
            Endpoint::parse("mqtt://127.0.0.1:1884"),
            Ok(at("127.0.0.1", 1884, false))
        );
        assert_eq!(
            Endpoint::parse("mqtt://broker"),
            Ok(at("broker", 1883, false))
        );
        assert_eq!(
            Endpoint::parse("mqtts://broker.example/"),
            Ok(at("broker.example", 8883, true))
        );
        assert_eq!(Endpoint::parse("mqtt://[::1]:9"), Ok(at("::1", 9, false)));
        assert_eq!(Endpoint::parse("mqtt://[::1]"), Ok(at("::1", 1883, false)));
    }

    #[test]
    fn bad_urls_are_refused_with_a_reason() {
        for bad in [
            "http://broker",
            "broker:1883",
            "mqtt://",
            "mqtt://host:0",
            "mqtt://host:x",
            "mqtt://u:p@host",
            "mqtt://host/path",
        ] {
            assert!(Endpoint::parse(bad).is_err(), "{bad}");
        }
        assert!(Endpoint::parse("mqtt://u:p@host")
            .unwrap_err()
            .contains("mqtt.username"));
    }

    #[test]
    fn a_ca_file_makes_a_tls_transport() {
        let pair = crate::tls::self_signed(vec!["localhost".into()]).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ca.pem");
        std::fs::write(&path, &pair.cert).unwrap();
        let endpoint = Endpoint::parse("mqtts://localhost").unwrap();
        assert!(matches!(
            endpoint.transport(path.to_str()),
            Ok(Transport::Tls(_))
        ));
        let missing = endpoint.transport(Some("/nonexistent/ca.pem"));
        assert!(matches!(missing, Err(e) if e.contains("mqtt.ca_file")));
        assert!(matches!(
            Endpoint::parse("mqtt://localhost").unwrap().transport(None),
            Ok(Transport::Tcp)
        ));
    }
}
