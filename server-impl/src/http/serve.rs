//! The serving loop: accept connections (plain HTTP, and HTTPS beside it) until a
//! shutdown signal, then let in-flight requests finish within a grace period.

use crate::http::front::App;
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::{GracefulShutdown, Watcher};
use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio::time::Instant;
use tokio_rustls::TlsAcceptor;

/// How long connections may stay silent, and how many are served at once: each
/// holds a file descriptor and memory, so neither may grow at a client's will.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    /// Time from accepting a connection to its first request's headers (TLS
    /// handshake included), and on HTTP/1 between requests; closed beyond.
    pub header_timeout: Duration,
    /// Connections served at once (over all listeners); further ones wait in the
    /// listen backlog until one closes.
    pub max_connections: usize,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        ConnectionLimits {
            header_timeout: Duration::from_secs(10),
            max_connections: 512,
        }
    }
}

/// A socket to accept connections on, with TLS or without.
pub struct Listener {
    pub tcp: TcpListener,
    pub tls: Option<TlsAcceptor>,
}

impl Listener {
    pub fn plain(tcp: TcpListener) -> Listener {
        Listener { tcp, tls: None }
    }

    pub fn tls(tcp: TcpListener, config: Arc<rustls::ServerConfig>) -> Listener {
        Listener {
            tcp,
            tls: Some(TlsAcceptor::from(config)),
        }
    }
}

/// Serves `app` on `listener` until `shutdown` resolves.
pub async fn serve(
    listener: TcpListener,
    app: Arc<App>,
    shutdown: impl Future<Output = ()>,
    grace: Duration,
) {
    serve_all(
        vec![Listener::plain(listener)],
        app,
        shutdown,
        grace,
        ConnectionLimits::default(),
    )
    .await;
}

/// Serves `app` on every listener until `shutdown` resolves.
pub async fn serve_all(
    listeners: Vec<Listener>,
    app: Arc<App>,
    shutdown: impl Future<Output = ()>,
    grace: Duration,
    limits: ConnectionLimits,
) {
    let graceful = GracefulShutdown::new();
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        // A client that never finishes its headers must not hold a connection
        // forever; on HTTP/1 this also ends idle keep-alive connections.
        .header_read_timeout(limits.header_timeout);
    let slots = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let loops = futures::future::join_all(
        listeners
            .into_iter()
            .map(|listener| accept_loop(listener, &app, &builder, &graceful, &slots, limits)),
    );
    // Dropping the loops at shutdown closes the listening sockets.
    tokio::select! {
        _ = loops => {}
        () = shutdown => {}
    }
    log::info!(
        "shutting down: waiting up to {}s for requests in flight",
        grace.as_secs()
    );
    tokio::select! {
        () = graceful.shutdown() => log::info!("all connections closed"),
        () = tokio::time::sleep(grace) => log::warn!("grace period over; closing remaining connections"),
    }
}

async fn accept_loop(
    listener: Listener,
    app: &Arc<App>,
    builder: &auto::Builder<TokioExecutor>,
    graceful: &GracefulShutdown,
    slots: &Arc<Semaphore>,
    limits: ConnectionLimits,
) {
    loop {
        // Accept only with a free slot: beyond the cap, connections wait in the
        // backlog instead of taking file descriptors the server needs itself.
        let Ok(slot) = slots.clone().acquire_owned().await else {
            return;
        };
        let (stream, peer) = match listener.tcp.accept().await {
            Ok(pair) => pair,
            Err(e) => {
                // Usually too many open files; back off instead of spinning.
                log::warn!("accept failed: {e}");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let deadline = Instant::now() + limits.header_timeout;
        let watcher = graceful.watcher();
        let (app, builder) = (app.clone(), builder.clone());
        let acceptor = listener.tls.clone();
        tokio::spawn(async move {
            let _slot = slot;
            let Some(acceptor) = acceptor else {
                return connection(stream, peer, app, builder, watcher, deadline).await;
            };
            match tokio::time::timeout_at(deadline, acceptor.accept(stream)).await {
                Ok(Ok(tls)) => connection(tls, peer, app, builder, watcher, deadline).await,
                Ok(Err(e)) => log::debug!("TLS handshake with {peer} failed: {e}"),
                Err(_) => log::debug!("TLS handshake with {peer} timed out"),
            }
        });
    }
}

/// Serves one connection; each request learns the peer's address (for counting
/// failed logins per client). A connection without a request by `deadline` is
/// closed: the automatic protocol detection reads the first bytes before HTTP/1's
/// header timeout starts, and would wait for them forever.
async fn connection<S>(
    stream: S,
    peer: SocketAddr,
    app: Arc<App>,
    builder: auto::Builder<TokioExecutor>,
    watcher: Watcher,
    deadline: Instant,
) where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let requested = Arc::new(AtomicBool::new(false));
    let service = {
        let requested = requested.clone();
        service_fn(move |mut request: hyper::Request<hyper::body::Incoming>| {
            requested.store(true, Ordering::Relaxed);
            let app = app.clone();
            request.extensions_mut().insert(peer);
            async move { Ok::<_, Infallible>(app.handle(request).await) }
        })
    };
    let connection = builder.serve_connection_with_upgrades(TokioIo::new(stream), service);
    let silent = async {
        tokio::time::sleep_until(deadline).await;
        if requested.load(Ordering::Relaxed) {
            std::future::pending::<()>().await;
        }
    };
    tokio::select! {
        served = watcher.watch(connection.into_owned()) => {
            if let Err(e) = served {
                log::debug!("connection from {peer} ended: {e}");
            }
        }
        () = silent => log::debug!("closed the connection from {peer}: no request in time"),
    }
}

/// Resolves on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}
