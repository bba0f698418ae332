//! `joule`: the telemetry API server and its maintenance commands.

mod security;
mod seed;
mod settings;
mod users;

use anyhow::Context as _;
use clap::{Parser, Subcommand, ValueEnum};
use joule_db::{connection, Pool, PoolOptions};
use settings::{Overrides, Settings};
use std::io::Write as _;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// The API contract, compiled in; build.rs guarantees generated/ matches it.
const SPEC_YAML: &str = include_str!("../api-spec.yaml");
/// The AsyncAPI document of the WebSocket and the MQTT topics, served beside the spec.
const ASYNCAPI_YAML: &str = include_str!("../asyncapi.yaml");

#[derive(Parser)]
#[command(name = "joule", version, about = "Spec-first telemetry API server")]
struct Cli {
    /// Configuration file (TOML); default: ./joule.toml when present.
    #[arg(long, global = true, value_name = "PATH")]
    config: Option<PathBuf>,
    /// Database URL: sqlite://PATH or postgres://USER:PASSWORD@HOST:PORT/DB
    /// [default: sqlite://joule.db] [env: JOULE_DATABASE__URL, JOULE_DATABASE_URL]
    #[arg(long, global = true, value_name = "URL")]
    database_url: Option<String>,
    /// Log filter (error, warn, info, debug, trace, or per-module directives)
    /// [default: info] [env: JOULE_LOG]
    #[arg(long, global = true, value_name = "FILTER")]
    log_level: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum RollupsCommand {
    /// Rewrite the rollups from the stored values (after an upgrade, or to repair
    /// a database written to by other means), one datapoint at a time.
    Rebuild {
        /// Only this datapoint (id); default: every datapoint.
        #[arg(long, value_name = "ID")]
        datapoint: Option<i64>,
    },
}

#[derive(Subcommand)]
enum Command {
    /// Start the API server (migrates the database first).
    Serve {
        /// Address to listen on for plain HTTP
        /// [default: 127.0.0.1:8080] [env: JOULE_SERVER__BIND, JOULE_BIND]
        #[arg(long, value_name = "ADDR")]
        bind: Option<String>,
        /// Address to listen on for HTTPS as well, e.g. 0.0.0.0:8443
        /// [default: none] [env: JOULE_TLS__BIND, JOULE_TLS_BIND]
        #[arg(long, value_name = "ADDR")]
        tls_bind: Option<String>,
    },
    /// Manage users (create, list, set-password, disable, enable).
    User {
        #[command(subcommand)]
        command: users::UserCommand,
    },
    /// Apply pending database migrations and exit.
    Migrate,
    /// Manage the hourly rollups that long aggregates read.
    Rollups {
        #[command(subcommand)]
        command: RollupsCommand,
    },
    /// Print the effective configuration (secrets masked).
    Config,
    /// Print the embedded API spec.
    Spec {
        #[arg(long, value_enum, default_value_t = SpecFormat::Yaml)]
        format: SpecFormat,
    },
    /// Populate the database with example data.
    Seed {
        /// A realistic demo: two sites, a dozen devices and their datapoints.
        #[arg(long, required = true)]
        demo: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum SpecFormat {
    Yaml,
    Json,
}

fn main() {
    if let Err(e) = run() {
        eprintln!("joule: {e:#}");
        std::process::exit(1);
    }
}

fn run() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let (bind, tls_bind) = match &cli.command {
        Command::Serve { bind, tls_bind } => (bind.clone(), tls_bind.clone()),
        _ => (None, None),
    };
    let settings::Loaded { settings, warnings } = Settings::load(
        cli.config.as_deref(),
        Overrides {
            bind,
            database_url: cli.database_url.clone(),
            log: cli.log_level.clone(),
            tls_bind,
        },
    )?;
    env_logger::Builder::new()
        .parse_filters(&settings.log)
        .format_timestamp_millis()
        .init();
    for warning in &warnings {
        log::warn!("{warning}");
    }

    match cli.command {
        Command::Serve { .. } => serve(&settings),
        Command::User { command } => {
            let pool = open_pool(&settings)?;
            connection::migrate(&pool)?;
            let wait = Duration::from_secs(settings.database.pool_timeout_secs);
            users::run(pool, wait, command)
        }
        Command::Migrate => {
            let pool = open_pool(&settings)?;
            let applied = connection::migrate(&pool)?;
            println!("{} migration(s) applied", applied.len());
            Ok(())
        }
        Command::Rollups {
            command: RollupsCommand::Rebuild { datapoint },
        } => {
            let pool = open_pool(&settings)?;
            connection::migrate(&pool)?;
            let mut conn = pool.get()?;
            let (datapoints, hours) = joule_db::rollups::rebuild_all(&mut conn, datapoint)?;
            println!("rebuilt {hours} hour(s) of rollups for {datapoints} datapoint(s)");
            Ok(())
        }
        Command::Config => {
            print!("{}", settings.to_masked_toml()?);
            Ok(())
        }
        Command::Spec { format } => {
            match format {
                SpecFormat::Yaml => print!("{SPEC_YAML}"),
                SpecFormat::Json => println!("{}", docs()?.json_text()),
            }
            Ok(())
        }
        Command::Seed { .. } => {
            let pool = open_pool(&settings)?;
            connection::migrate(&pool)?;
            let wait = Duration::from_secs(settings.database.pool_timeout_secs);
            let summary = seed::run(pool, wait)?;
            println!("{summary}");
            Ok(())
        }
    }
}

fn docs() -> anyhow::Result<joule_server::Docs> {
    Ok(joule_server::Docs::new(SPEC_YAML)
        .context("the embedded spec is not valid YAML")?
        .with_asyncapi(ASYNCAPI_YAML))
}

fn open_pool(settings: &Settings) -> anyhow::Result<Pool> {
    let options = PoolOptions {
        max_size: settings.database.pool_size,
        acquire_timeout: Duration::from_secs(settings.database.pool_timeout_secs),
        ..PoolOptions::default()
    };
    connection::connect(&settings.database.url, &options).with_context(|| {
        format!(
            "cannot open the database {}",
            connection::redact_url(&settings.database.url)
        )
    })
}

fn serve(settings: &Settings) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let served = runtime.block_on(async {
        let pool = open_pool(settings)?;
        let applied = tokio::task::spawn_blocking({
            let pool = pool.clone();
            move || connection::migrate(&pool)
        })
        .await??;
        if !applied.is_empty() {
            log::info!("applied {} migration(s)", applied.len());
        }
        let security = tokio::task::spawn_blocking({
            let (settings, pool) = (settings.clone(), pool.clone());
            move || security::prepare(&settings, &pool)
        })
        .await??;
        // Before the core and the app: the value writer and the request table take
        // the recorder's handles when they start.
        let metrics = match &settings.metrics.bind {
            Some(bind) => {
                let handle = joule_server::metrics::install().map_err(anyhow::Error::msg)?;
                let listener = tokio::net::TcpListener::bind(bind)
                    .await
                    .with_context(|| format!("cannot listen on {bind} for metrics"))?;
                Some((listener, handle))
            }
            None => None,
        };
        let mqtt = settings.mqtt_settings()?;
        let api = joule_server::JouleApi::new(
            pool,
            joule_server::api::Limits {
                max_batch: settings.limits.max_batch_points,
                db_wait: Duration::from_secs(settings.database.pool_timeout_secs),
                // SQLite has one writer at a time; PostgreSQL takes several.
                writer_threads: match connection::Backend::from_url(&settings.database.url) {
                    connection::Backend::Sqlite => 1,
                    connection::Backend::Postgres => {
                        (settings.database.pool_size as usize / 2).clamp(1, 4)
                    }
                },
                max_series: settings.limits.max_series_per_request,
                max_cells: settings.limits.max_cells_per_request,
            },
            security.auth,
        )
        .with_line_mapping(settings.bulk.mapping());
        // On PostgreSQL, instances on the same database tell each other their changes.
        if let Some(peers) = joule_server::core::peers::start(api.core(), &settings.database.url) {
            log::info!("sharing changes with peer instances as {}", peers.instance);
        }
        let core = api.core().clone();
        if let Some((listener, handle)) = metrics {
            log::info!("metrics at http://{}/metrics", listener.local_addr()?);
            let scrape = joule_server::metrics::Scrape {
                handle,
                core: api.core().clone(),
            };
            tokio::spawn(joule_server::metrics::serve::serve(listener, scrape));
        }
        let app = joule_server::App::new(api, docs()?, settings.server.body_limit)
            .with_body_read_timeout(Duration::from_secs(settings.server.body_read_timeout_secs));
        let app = app
            .with_cors(&settings.server.cors_allowed_origins)
            .with_stream_limits(settings.stream.limits())
            .with_import_limit(settings.bulk.import_max_bytes);
        // Held while serving: the bridge runs as long as the server does.
        let _bridge = match mqtt {
            Some(mqtt) => Some(
                joule_server::mqtt::start(core, mqtt)
                    .map_err(|e| anyhow::anyhow!("the MQTT bridge: {e}"))?,
            ),
            None => None,
        };
        let listener = tokio::net::TcpListener::bind(&settings.server.bind)
            .await
            .with_context(|| format!("cannot listen on {}", settings.server.bind))?;
        let addr = listener.local_addr()?;
        log::info!(
            "database {}; API at http://{addr}{base}, docs at http://{addr}{base}/ui/",
            connection::redact_url(&settings.database.url),
            base = joule_server::BASE_PATH
        );
        let mut lines = format!("joule listening on http://{addr}\n");
        let mut listeners = vec![joule_server::serve::Listener::plain(listener)];
        if let (Some(tls_bind), Some(config)) = (&settings.tls.bind, security.tls) {
            let tls_listener = tokio::net::TcpListener::bind(tls_bind)
                .await
                .with_context(|| format!("cannot listen on {tls_bind}"))?;
            let tls_addr = tls_listener.local_addr()?;
            log::info!("HTTPS at https://{tls_addr}{}", joule_server::BASE_PATH);
            lines.push_str(&format!("joule listening on https://{tls_addr}\n"));
            listeners.push(joule_server::serve::Listener::tls(tls_listener, config));
        }
        // Tests and scripts read these lines to learn the ports when binding to :0;
        // one write, as a reader may stop reading after the first line.
        let mut stdout = std::io::stdout();
        stdout.write_all(lines.as_bytes())?;
        stdout.flush()?;
        joule_server::serve::serve_all(
            listeners,
            Arc::new(app),
            joule_server::serve::shutdown_signal(),
            Duration::from_secs(settings.server.shutdown_grace_secs),
            joule_server::serve::ConnectionLimits {
                header_timeout: Duration::from_secs(settings.server.header_read_timeout_secs),
                max_connections: settings.server.max_connections,
            },
        )
        .await;
        Ok(())
    });
    // Database work still blocked after the grace period (a lock, a dead server)
    // must not keep the process alive: the runtime would wait for it forever.
    runtime.shutdown_timeout(Duration::from_millis(500));
    served
}
