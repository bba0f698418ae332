//! HTTPS: the certificate and key from PEM (files or environment), or a self-signed
//! certificate made once and kept in the database, so that its fingerprint, which
//! clients pin, survives restarts.

use joule_db::{DbConnection, DbError};
use rustls::pki_types::pem::PemObject as _;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::ServerConfig;
use sha2::{Digest, Sha256};
use std::sync::Arc;

/// A server configuration, as the serving loop takes it.
pub type TlsConfig = Arc<ServerConfig>;

const SELF_SIGNED: &str = "tls_self_signed";

/// A certificate chain and its private key, as PEM text.
#[derive(Clone)]
pub struct PemPair {
    pub cert: String,
    pub key: String,
}

/// The SHA-256 fingerprint of a DER certificate, as `AB:CD:…` (how browsers show it).
pub fn fingerprint(der: &[u8]) -> String {
    Sha256::digest(der)
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// A new self-signed certificate for `names` (DNS names or IP addresses).
pub fn self_signed(names: Vec<String>) -> Result<PemPair, String> {
    let certified = rcgen::generate_simple_self_signed(names)
        .map_err(|e| format!("cannot make a self-signed certificate: {e}"))?;
    Ok(PemPair {
        cert: certified.cert.pem(),
        key: certified.key_pair.serialize_pem(),
    })
}

/// The self-signed certificate kept in the database, made on first use. Certificate
/// and key are kept as one PEM text, so instances starting together cannot pair the
/// certificate of one with the key of another.
pub fn stored_self_signed(conn: &mut DbConnection, names: Vec<String>) -> Result<PemPair, DbError> {
    let both = joule_db::queries::auth::secret_get_or_create(
        conn,
        SELF_SIGNED,
        joule_db::now_micros(),
        || {
            let pair = self_signed(names).map_err(DbError::Internal)?;
            Ok(format!("{}{}", pair.cert, pair.key))
        },
    )?;
    Ok(PemPair {
        cert: both.clone(),
        key: both,
    })
}

/// The certificates of a PEM chain.
pub fn certificates(pem: &str) -> Result<Vec<CertificateDer<'static>>, String> {
    let chain: Vec<_> = CertificateDer::pem_slice_iter(pem.as_bytes())
        .collect::<Result<_, _>>()
        .map_err(|e| format!("the certificate is not valid PEM: {e}"))?;
    if chain.is_empty() {
        return Err("no certificate in the PEM text".to_string());
    }
    Ok(chain)
}

/// A rustls server configuration (TLS 1.2 and 1.3, HTTP/2 and HTTP/1.1 by ALPN).
/// Answers it with the fingerprint of the leaf certificate.
pub fn server_config(pair: &PemPair) -> Result<(Arc<ServerConfig>, String), String> {
    let chain = certificates(&pair.cert)?;
    let key = PrivateKeyDer::from_pem_slice(pair.key.as_bytes())
        .map_err(|e| format!("the private key is not valid PEM: {e}"))?;
    let fingerprint = fingerprint(&chain[0]);
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("TLS set-up failed: {e}"))?
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .map_err(|e| format!("the certificate and key do not fit together: {e}"))?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok((Arc::new(config), fingerprint))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_self_signed_pair_makes_a_server_config() {
        let pair = self_signed(vec!["localhost".into(), "127.0.0.1".into()]).expect("pair");
        let (_, fp) = server_config(&pair).expect("config");
        assert_eq!(fp.len(), 32 * 3 - 1);
        assert!(server_config(&PemPair {
            cert: pair.cert.clone(),
            key: self_signed(vec!["x".into()]).expect("pair").key,
        })
        .is_err());
        assert!(certificates("junk").is_err());
    }
}
