//! HTTPS beside HTTP: a real rustls client that trusts the server by pinning the
//! certificate fingerprint the server logged (self-signed), or the certificate the
//! test made and gave it.

use crate::support::{TestDb, ADMIN_PASSWORD, BIN};
use bytes::Bytes;
use http_body_util::{BodyExt as _, Full};
use hyper::{Method, Request};
use hyper_util::rt::TokioIo;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};
use sha2::{Digest, Sha256};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;

fn fingerprint(der: &[u8]) -> String {
    Sha256::digest(der)
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// Trusts exactly one certificate, named by its SHA-256 fingerprint.
#[derive(Debug)]
struct Pinned {
    fingerprint: String,
    provider: Arc<rustls::crypto::CryptoProvider>,
}

impl ServerCertVerifier for Pinned {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if fingerprint(end_entity) == self.fingerprint {
            Ok(ServerCertVerified::assertion())
        } else {
            Err(rustls::Error::General("certificate not pinned".into()))
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// A server with `--tls-bind`; answers it, its http and https addresses, and its log.
fn start(db: &TestDb, env: &[(&str, &str)], log: &std::path::Path) -> (Child, String, String) {
    let mut command = Command::new(BIN);
    command
        .args([
            "serve",
            "--bind",
            "127.0.0.1:0",
            "--tls-bind",
            "127.0.0.1:0",
            "--database-url",
            db.url(),
        ])
        .env("JOULE_LOG", "warn")
        .env("JOULE_ADMIN_PASSWORD", ADMIN_PASSWORD)
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(log).unwrap());
    for (k, v) in env {
        command.env(k, v);
    }
    let mut child = command.spawn().unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut next = || {
        lines
            .next()
            .and_then(Result::ok)
            .and_then(|l| l.strip_prefix("joule listening on ").map(String::from))
            .expect("a listening line")
    };
    let http = next();
    let https = next();
    assert!(http.starts_with("http://") && https.starts_with("https://"));
    (
        child,
        http,
        https.trim_start_matches("https://").to_string(),
    )
}

/// The fingerprint in the server's warning about its self-signed certificate.
fn logged_fingerprint(log: &std::path::Path) -> String {
    let text = std::fs::read_to_string(log).unwrap();
    let line = text
        .lines()
        .find(|l| l.contains("self-signed") && l.contains("fingerprint"))
        .unwrap_or_else(|| panic!("no fingerprint logged: {text}"));
    line.rsplit("fingerprint ")
        .next()
        .unwrap()
        .trim()
        .to_string()
}

/// One HTTPS request through rustls; `Err` when the handshake fails.
async fn https(
    addr: &str,
    pin: &str,
    method: Method,
    path: &str,
    body: &str,
    token: Option<&str>,
) -> Result<(u16, serde_json::Value), String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .unwrap()
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(Pinned {
            fingerprint: pin.to_string(),
            provider,
        }))
        .with_no_client_auth();
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
    let tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    let name = ServerName::try_from("localhost").unwrap();
    let tls = connector
        .connect(name, tcp)
        .await
        .map_err(|e| e.to_string())?;
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(tls))
        .await
        .unwrap();
    tokio::spawn(connection);
    let mut request = Request::builder()
        .method(method)
        .uri(format!("/api/v1{path}"))
        .header("host", addr)
        .header("content-type", "application/json");
    if let Some(token) = token {
        request = request.header("authorization", format!("Bearer {token}"));
    }
    let response = sender
        .send_request(
            request
                .body(Full::new(Bytes::from(body.to_string())))
                .unwrap(),
        )
        .await
        .unwrap();
    let status = response.status().as_u16();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Ok((status, serde_json::from_slice(&bytes).unwrap_or_default()))
}

async fn round_trip(addr: &str, pin: &str) {
    let (status, health) = https(addr, pin, Method::GET, "/health", "", None)
        .await
        .unwrap();
    assert_eq!((status, health["status"].as_str()), (200, Some("ok")));
    let login = serde_json::json!({"username": "admin", "password": ADMIN_PASSWORD}).to_string();
    let (status, pair) = https(addr, pin, Method::POST, "/auth/login", &login, None)
        .await
        .unwrap();
    assert_eq!(status, 200);
    let token = pair["access_token"].as_str().unwrap();
    let (status, sites) = https(addr, pin, Method::GET, "/sites", "", Some(token))
        .await
        .unwrap();
    assert_eq!(status, 200);
    assert!(sites["items"].is_array());
    let (status, _) = https(addr, pin, Method::GET, "/sites", "", None)
        .await
        .unwrap();
    assert_eq!(status, 401);
}

#[tokio::test]
async fn https_with_a_self_signed_certificate_pinned_by_its_logged_fingerprint() {
    let db = TestDb::fresh();
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("server.log");
    let (mut child, http, addr) = start(&db, &[], &log);
    let pin = logged_fingerprint(&log);
    round_trip(&addr, &pin).await;
    // Plain HTTP still answers beside it.
    let answer = crate::support::send(
        Method::GET,
        &format!("{http}/api/v1/health"),
        Bytes::new(),
        &[],
        None,
    )
    .await;
    assert_eq!(answer.status.as_u16(), 200);
    // A client that pins another certificate refuses the server.
    let wrong = "00:".repeat(31) + "00";
    assert!(https(&addr, &wrong, Method::GET, "/health", "", None)
        .await
        .is_err());
    let _ = child.kill();
    let _ = child.wait();

    // The certificate is kept: a restart presents the same one.
    let log2 = dir.path().join("server2.log");
    let (mut child, _, addr) = start(&db, &[], &log2);
    assert_eq!(logged_fingerprint(&log2), pin);
    round_trip(&addr, &pin).await;
    let _ = child.kill();
    let _ = child.wait();
}

#[tokio::test]
async fn https_with_a_given_certificate_from_files_or_the_environment() {
    let certified = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap();
    let (cert_pem, key_pem) = (certified.cert.pem(), certified.key_pair.serialize_pem());
    let pin = fingerprint(certified.cert.der());
    let dir = tempfile::tempdir().unwrap();
    let (cert_file, key_file) = (dir.path().join("cert.pem"), dir.path().join("key.pem"));
    std::fs::write(&cert_file, &cert_pem).unwrap();
    std::fs::write(&key_file, &key_pem).unwrap();
    let db = TestDb::fresh();
    let log = dir.path().join("server.log");
    let env = [
        ("JOULE_TLS_CERT_FILE", cert_file.to_str().unwrap()),
        ("JOULE_TLS_KEY_FILE", key_file.to_str().unwrap()),
    ];
    let (mut child, _, addr) = start(&db, &env, &log);
    round_trip(&addr, &pin).await;
    assert!(!std::fs::read_to_string(&log)
        .unwrap()
        .contains("self-signed"));
    let _ = child.kill();
    let _ = child.wait();

    let env = [
        ("JOULE_TLS_CERT_PEM", cert_pem.as_str()),
        ("JOULE_TLS_KEY_PEM", key_pem.as_str()),
    ];
    let (mut child, _, addr) = start(&db, &env, &log);
    round_trip(&addr, &pin).await;
    let _ = child.kill();
    let _ = child.wait();
}
