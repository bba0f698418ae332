//! CLI tool driving the API client
use anyhow::{anyhow, Context, Result};
use clap::Parser;
use dialoguer::Confirm;
use log::{debug, info};
// models may be unused if all inputs are primitive types
#[allow(unused_imports)]
use joule_api::{
    models, ApiNoContext, Client, ContextWrapperExt,
    ApiKeyCreateResponse,
    ApiKeysListResponse,
    ApiKeyDeleteResponse,
    AuthLoginResponse,
    AuthLogoutResponse,
    AuthMeResponse,
    AuthPasswordChangeResponse,
    AuthRefreshResponse,
    DataExportResponse,
    DataImportResponse,
    LineWriteResponse,
    ComputeSumResponse,
    ConnectorCreateResponse,
    ConnectorsListResponse,
    ConnectorAvailableDatapointsResponse,
    ConnectorDeleteResponse,
    ConnectorGetResponse,
    ConnectorLogsResponse,
    ConnectorRawMessagesResponse,
    ConnectorUpdateResponse,
    ScheduleGetResponse,
    SchedulePutResponse,
    SchedulesHistoryResponse,
    SetpointGetResponse,
    SetpointPutResponse,
    SetpointsHistoryResponse,
    DatapointCreateResponse,
    DatapointsImportResponse,
    DatapointsListResponse,
    DatapointDeleteResponse,
    DatapointGetResponse,
    DatapointUpdateResponse,
    DeviceCreateResponse,
    DevicesListResponse,
    DeviceDeleteResponse,
    DeviceGetResponse,
    DeviceUpdateResponse,
    HealthResponse,
    ReadyResponse,
    LiveSocketResponse,
    LiveStreamResponse,
    SiteCreateResponse,
    SitesListResponse,
    SiteDeleteResponse,
    SiteGetResponse,
    SiteUpdateResponse,
    UserCreateResponse,
    UsersListResponse,
    UserDeleteResponse,
    UserGetResponse,
    UserUpdateResponse,
    IngestTtnResponse,
    TimeseriesResponse,
    ValuesLatestResponse,
    ValuesWriteResponse,
    DatapointAggregateResponse,
    DatapointValueLatestResponse,
    DatapointValuesDeleteResponse,
    DatapointValuesListResponse,
    DatapointValuesWriteResponse,
};
use simple_logger::SimpleLogger;
use swagger::{AuthData, ContextBuilder, EmptyContext, Push, XSpanIdString};

type ClientContext = swagger::make_context_ty!(
    ContextBuilder,
    EmptyContext,
    Option<AuthData>,
    XSpanIdString
);

#[derive(Parser, Debug)]
#[clap(
    name = "Joule telemetry API",
    version = "0.1.0",
    about = "CLI access to Joule telemetry API"
)]
struct Cli {
    #[clap(subcommand)]
    operation: Operation,

    /// Address or hostname of the server hosting this API, including optional port
    #[clap(short = 'a', long, default_value = "http://localhost")]
    server_address: String,

    /// Path to the client private key if using client-side TLS authentication
    #[cfg(all(feature = "client-tls", not(any(target_os = "macos", target_os = "windows", target_os = "ios"))))]
    #[clap(long, requires_all(&["client_certificate", "server_certificate"]))]
    client_key: Option<String>,

    /// Path to the client's public certificate associated with the private key
    #[cfg(all(feature = "client-tls", not(any(target_os = "macos", target_os = "windows", target_os = "ios"))))]
    #[clap(long, requires_all(&["client_key", "server_certificate"]))]
    client_certificate: Option<String>,

    /// Path to CA certificate used to authenticate the server
    #[cfg(all(feature = "client-tls", not(any(target_os = "macos", target_os = "windows", target_os = "ios"))))]
    #[clap(long)]
    server_certificate: Option<String>,

    /// If set, write output to file instead of stdout
    #[clap(short, long)]
    output_file: Option<String>,

    #[command(flatten)]
    verbosity: clap_verbosity_flag::Verbosity,

    /// Don't ask for any confirmation prompts
    #[allow(dead_code)]
    #[clap(short, long)]
    force: bool,

    /// Bearer token if used for authentication
    #[arg(env = "JOULE_API_BEARER_TOKEN", hide_env = true)]
    bearer_token: Option<String>,

    /// API key for authentication
    #[arg(long, env = "JOULE_API_API_KEY", hide_env = true)]
    api_key: Option<String>,
}

#[derive(Parser, Debug)]
enum Operation {
    /// Create an API key for a device or connector (admin).
    ApiKeyCreate {
        #[clap(value_parser = parse_json::<models::ApiKeyCreate>)]
        api_key_create: models::ApiKeyCreate,
    },
    /// List API keys, ordered by id, without their secrets (admin).
    ApiKeysList {
        /// Page size (1 to 1000, default 100).
        limit: Option<u32>,
        /// The `next_cursor` of the previous page.
        cursor: Option<String>,
    },
    /// Revoke an API key (admin); the next request with it is refused.
    ApiKeyDelete {
        key_id: i64,
    },
    /// Sign in; answers an access token and a refresh token.
    AuthLogin {
        #[clap(value_parser = parse_json::<models::LoginRequest>)]
        login_request: models::LoginRequest,
    },
    /// Sign out; the session's access and refresh tokens stop working.
    AuthLogout {
    },
    /// The signed-in user.
    AuthMe {
    },
    /// Change one's own password (the old one is required).
    AuthPasswordChange {
        #[clap(value_parser = parse_json::<models::PasswordChange>)]
        password_change: models::PasswordChange,
    },
    /// Trade a refresh token for a new token pair.
    AuthRefresh {
        #[clap(value_parser = parse_json::<models::RefreshRequest>)]
        refresh_request: models::RefreshRequest,
    },
    /// Stream every value of a range, with no cap.
    DataExport {
        /// Comma-separated datapoint ids; give this or `site_id`.
        #[clap(value_parser = parse_json::<Vec<i64>>, long)]
        datapoint_ids: Option<Vec<i64>>,
        /// Every datapoint of this site's devices.
        site_id: Option<i64>,
        from: Option<chrono::DateTime::<chrono::Utc>>,
        to: Option<chrono::DateTime::<chrono::Utc>>,
        /// `csv` unless given.
        #[clap(value_parser = parse_json::<models::BulkFormat>)]
        format: Option<models::BulkFormat>,
    },
    /// Import values from a large csv, ndjson or line protocol body.
    DataImport {
        body: String,
        /// `csv` unless given.
        #[clap(value_parser = parse_json::<models::BulkFormat>)]
        format: Option<models::BulkFormat>,
    },
    /// Write values as InfluxDB line protocol, all or nothing.
    LineWrite {
        body: String,
        /// Unit of the timestamps (`ns` unless given; `n`, `u`, `h`, `m` as in InfluxDB 1.x).
        #[clap(value_parser = parse_json::<models::LinePrecision>)]
        precision: Option<models::LinePrecision>,
        /// Accepted for InfluxDB 1.x clients and ignored.
        db: Option<String>,
    },
    /// Derived series sum_ts = scale × (e1_ts + e2_ts), KasemInterface-compatible.
    ComputeSum {
        #[clap(value_parser = parse_json::<models::SumRequest>)]
        sum_request: models::SumRequest,
    },
    /// Register a BEMCom connector; its name is its MQTT topic root.
    ConnectorCreate {
        #[clap(value_parser = parse_json::<models::ConnectorCreate>)]
        connector_create: models::ConnectorCreate,
    },
    /// List BEMCom connectors, ordered by id.
    ConnectorsList {
        /// Only connectors of this site.
        site_id: Option<i64>,
        /// Page size (1 to 1000, default 100).
        limit: Option<u32>,
        /// The `next_cursor` of the previous page.
        cursor: Option<String>,
    },
    /// The datapoints the connector last announced (its `available_datapoints` message), each with an example value and the Joule datapoint selected for it. 
    ConnectorAvailableDatapoints {
        connector_id: i64,
    },
    /// Delete a connector with its logs. Its datapoints stay, with their values; they lose `connector_id` and `key_in_connector`. 
    ConnectorDelete {
        connector_id: i64,
    },
    /// Read one connector, with its last heartbeat and whether it is alive.
    ConnectorGet {
        connector_id: i64,
    },
    /// The connector's most recent log messages, newest first. The last 1,000 of each connector are kept. 
    ConnectorLogs {
        connector_id: i64,
        /// Page size (1 to 1000, default 100).
        limit: Option<u32>,
    },
    /// The connector's most recent raw device messages (BEMCom `raw_message_to_db`), newest first. Kept only while the connector's `raw_message_to_db` is on; the last 10,000 of each connector are kept. 
    ConnectorRawMessages {
        connector_id: i64,
        /// Page size (1 to 1000, default 100).
        limit: Option<u32>,
    },
    /// Change some fields of a connector; absent fields are kept, null clears.
    ConnectorUpdate {
        connector_id: i64,
        #[clap(value_parser = parse_json::<models::ConnectorUpdate>)]
        connector_update: models::ConnectorUpdate,
    },
    /// The current schedule of an actuator.
    ScheduleGet {
        datapoint_id: i64,
    },
    /// Replace the schedule of an actuator.
    SchedulePut {
        datapoint_id: i64,
        #[clap(value_parser = parse_json::<Vec<models::ScheduleItem>>, long)]
        schedule_item: Vec<models::ScheduleItem>,
    },
    /// Schedules stored in a time range (by the time they were stored), oldest first.
    SchedulesHistory {
        datapoint_id: i64,
        /// Start of the range, inclusive (RFC 3339).
        from: Option<chrono::DateTime::<chrono::Utc>>,
        /// End of the range, exclusive (RFC 3339).
        to: Option<chrono::DateTime::<chrono::Utc>>,
    },
    /// The current setpoint of an actuator.
    SetpointGet {
        datapoint_id: i64,
    },
    /// Replace the setpoint of an actuator.
    SetpointPut {
        datapoint_id: i64,
        #[clap(value_parser = parse_json::<Vec<models::SetpointItem>>, long)]
        setpoint_item: Vec<models::SetpointItem>,
    },
    /// Setpoints stored in a time range (by the time they were stored), oldest first.
    SetpointsHistory {
        datapoint_id: i64,
        /// Start of the range, inclusive (RFC 3339).
        from: Option<chrono::DateTime::<chrono::Utc>>,
        /// End of the range, exclusive (RFC 3339).
        to: Option<chrono::DateTime::<chrono::Utc>>,
    },
    /// Register a datapoint.
    DatapointCreate {
        #[clap(value_parser = parse_json::<models::DatapointCreate>)]
        datapoint_create: models::DatapointCreate,
    },
    /// Create or update many datapoints by key, all or nothing.
    DatapointsImport {
        #[clap(value_parser = parse_json::<Vec<models::DatapointCreate>>, long)]
        datapoint_create: Vec<models::DatapointCreate>,
    },
    /// List datapoints, ordered by id.
    DatapointsList {
        /// Only datapoints of devices at this site.
        site_id: Option<i64>,
        /// Only datapoints of this device.
        device_id: Option<i64>,
        /// Only datapoints selected from this connector.
        connector_id: Option<i64>,
        /// Only sensors or only actuators.
        #[clap(value_parser = parse_json::<models::DatapointType>)]
        param_type: Option<models::DatapointType>,
        /// Only datapoints with this data format.
        #[clap(value_parser = parse_json::<models::DataFormat>)]
        data_format: Option<models::DataFormat>,
        /// Only the datapoint with this exact key.
        key: Option<String>,
        /// Case-insensitive text searched in name and description.
        q: Option<String>,
        /// Page size (1 to 1000, default 100).
        limit: Option<u32>,
        /// The `next_cursor` of the previous page.
        cursor: Option<String>,
    },
    /// Delete a datapoint.
    DatapointDelete {
        datapoint_id: i64,
    },
    /// Read one datapoint.
    DatapointGet {
        datapoint_id: i64,
    },
    /// Change some fields of a datapoint; absent fields are kept, null clears.
    DatapointUpdate {
        datapoint_id: i64,
        #[clap(value_parser = parse_json::<models::DatapointUpdate>)]
        datapoint_update: models::DatapointUpdate,
    },
    /// Register a device at a site.
    DeviceCreate {
        #[clap(value_parser = parse_json::<models::DeviceCreate>)]
        device_create: models::DeviceCreate,
    },
    /// List devices, ordered by id.
    DevicesList {
        /// Only devices of this site.
        site_id: Option<i64>,
        /// Page size (1 to 1000, default 100).
        limit: Option<u32>,
        /// The `next_cursor` of the previous page.
        cursor: Option<String>,
    },
    /// Delete a device; with cascade=true also its datapoints.
    DeviceDelete {
        device_id: i64,
        /// Also delete everything below the resource.
        #[clap(short, long)]
        cascade: Option<bool>,
    },
    /// Read one device.
    DeviceGet {
        device_id: i64,
    },
    /// Change some fields of a device; absent fields are kept, null clears.
    DeviceUpdate {
        device_id: i64,
        #[clap(value_parser = parse_json::<models::DeviceUpdate>)]
        device_update: models::DeviceUpdate,
    },
    /// Liveness probe (the process answers).
    Health {
    },
    /// Readiness probe (the database is reachable).
    Ready {
    },
    /// A WebSocket for live values (JSON messages, see asyncapi.yaml).
    LiveSocket {
    },
    /// Server-sent events with every committed value of some datapoints.
    LiveStream {
        /// Comma-separated datapoint ids to follow (at most `stream.max_ids`, 1,000 unless configured); an unknown id is a 404 naming it. 
        #[clap(value_parser = parse_json::<Vec<i64>>, long)]
        datapoint_ids: Vec<i64>,
        /// The `id` of the last event received, to resume after it.
        last_event_id: Option<String>,
    },
    /// Register a site.
    SiteCreate {
        #[clap(value_parser = parse_json::<models::SiteCreate>)]
        site_create: models::SiteCreate,
    },
    /// List sites, ordered by id.
    SitesList {
        /// Page size (1 to 1000, default 100).
        limit: Option<u32>,
        /// The `next_cursor` of the previous page.
        cursor: Option<String>,
    },
    /// Delete a site; with cascade=true also its devices and their datapoints.
    SiteDelete {
        site_id: i64,
        /// Also delete everything below the resource.
        #[clap(short, long)]
        cascade: Option<bool>,
    },
    /// Read one site.
    SiteGet {
        site_id: i64,
    },
    /// Change some fields of a site; absent fields are kept, null clears.
    SiteUpdate {
        site_id: i64,
        #[clap(value_parser = parse_json::<models::SiteUpdate>)]
        site_update: models::SiteUpdate,
    },
    /// Create a user (admin).
    UserCreate {
        #[clap(value_parser = parse_json::<models::UserCreate>)]
        user_create: models::UserCreate,
    },
    /// List users, ordered by id (admin).
    UsersList {
        /// Page size (1 to 1000, default 100).
        limit: Option<u32>,
        /// The `next_cursor` of the previous page.
        cursor: Option<String>,
    },
    /// Delete a user and their sessions (admin); not the last active admin.
    UserDelete {
        user_id: i64,
    },
    /// Read one user (admin).
    UserGet {
        user_id: i64,
    },
    /// Change a user's role, active flag or password (admin).
    UserUpdate {
        user_id: i64,
        #[clap(value_parser = parse_json::<models::UserUpdate>)]
        user_update: models::UserUpdate,
    },
    /// Store the decoded payload of a The Things Stack (v3) uplink webhook.
    IngestTtn {
        #[clap(value_parser = parse_json::<models::TtnUplink>)]
        ttn_uplink: models::TtnUplink,
    },
    /// Several datapoints aggregated onto one grid, as a table.
    Timeseries {
        /// Comma-separated datapoint ids, each at most once (400 naming a repeated id), at most `max_series_per_request` of them (100 unless configured; 400 beyond): split larger sets over several requests. 
        #[clap(value_parser = parse_json::<Vec<i64>>, long)]
        datapoint_ids: Vec<i64>,
        /// Start of the range, inclusive (RFC 3339).
        from: chrono::DateTime::<chrono::Utc>,
        /// End of the range, exclusive (RFC 3339).
        to: chrono::DateTime::<chrono::Utc>,
        #[clap(value_parser = parse_json::<models::Interval>)]
        interval: models::Interval,
        /// Aggregate functions, comma-separated (`function=min,max,mean`; default `mean`), each at most once (400 naming a repeated or unknown one): one value per function in each bucket (aggregate) or one column per datapoint and function (timeseries). 
        #[clap(value_parser = parse_json::<Vec<models::AggregateFunction>>, long)]
        function: Option<Vec<models::AggregateFunction>>,
        /// What empty buckets get (default `none`, which omits them).
        #[clap(value_parser = parse_json::<models::Fill>)]
        fill: Option<models::Fill>,
        /// IANA time zone (e.g. `Europe/Berlin`) for this query's days, weeks and months and their labels, instead of the site's; 422 naming `tz` if unknown. 
        tz: Option<String>,
    },
    /// The most recent value of each of several datapoints.
    ValuesLatest {
        /// Comma-separated datapoint ids, each at most once (400 naming a repeated id), at most `max_series_per_request` of them (100 unless configured; 400 beyond): split larger sets over several requests. 
        #[clap(value_parser = parse_json::<Vec<i64>>, long)]
        datapoint_ids: Vec<i64>,
    },
    /// Write a batch of values across datapoints, all or nothing.
    ValuesWrite {
        #[clap(value_parser = parse_json::<Vec<models::ValueWriteAny>>, long)]
        value_write_any: Vec<models::ValueWriteAny>,
    },
    /// Aggregate values into buckets aligned to an interval grid.
    DatapointAggregate {
        datapoint_id: i64,
        /// Start of the range, inclusive (RFC 3339).
        from: chrono::DateTime::<chrono::Utc>,
        /// End of the range, exclusive (RFC 3339).
        to: chrono::DateTime::<chrono::Utc>,
        #[clap(value_parser = parse_json::<models::Interval>)]
        interval: models::Interval,
        /// Aggregate functions, comma-separated (`function=min,max,mean`; default `mean`), each at most once (400 naming a repeated or unknown one): one value per function in each bucket (aggregate) or one column per datapoint and function (timeseries). 
        #[clap(value_parser = parse_json::<Vec<models::AggregateFunction>>, long)]
        function: Option<Vec<models::AggregateFunction>>,
        /// What empty buckets get (default `none`, which omits them).
        #[clap(value_parser = parse_json::<models::Fill>)]
        fill: Option<models::Fill>,
        /// IANA time zone (e.g. `Europe/Berlin`) for this query's days, weeks and months and their labels, instead of the site's; 422 naming `tz` if unknown. 
        tz: Option<String>,
    },
    /// The most recent value of a datapoint.
    DatapointValueLatest {
        datapoint_id: i64,
    },
    /// Delete the values in a time range (all values when no range is given).
    DatapointValuesDelete {
        datapoint_id: i64,
        /// Start of the range, inclusive (RFC 3339).
        from: Option<chrono::DateTime::<chrono::Utc>>,
        /// End of the range, exclusive (RFC 3339).
        to: Option<chrono::DateTime::<chrono::Utc>>,
    },
    /// Read stored values in a time range, a page at a time.
    DatapointValuesList {
        datapoint_id: i64,
        /// Start of the range, inclusive (RFC 3339).
        from: Option<chrono::DateTime::<chrono::Utc>>,
        /// End of the range, exclusive (RFC 3339).
        to: Option<chrono::DateTime::<chrono::Utc>>,
        /// Page size (1 to 100000, default 1000).
        limit: Option<u32>,
        #[clap(value_parser = parse_json::<models::SortOrder>)]
        order: Option<models::SortOrder>,
        /// The `next_cursor` of the previous page.
        cursor: Option<String>,
    },
    /// Write a batch of values of one datapoint, all or nothing.
    DatapointValuesWrite {
        datapoint_id: i64,
        #[clap(value_parser = parse_json::<Vec<models::ValueWrite>>, long)]
        value_write: Vec<models::ValueWrite>,
    },
}

// On Linux/Unix with OpenSSL (client-tls feature), support certificate pinning and mutual TLS
#[cfg(all(feature = "client-tls", not(any(target_os = "macos", target_os = "windows", target_os = "ios"))))]
fn create_client(args: &Cli, context: ClientContext) -> Result<Box<dyn ApiNoContext<ClientContext>>> {
    if args.client_certificate.is_some() {
        debug!("Using mutual TLS");
        let client = Client::try_new_https_mutual(
            &args.server_address,
            args.server_certificate.clone().unwrap(),
            args.client_key.clone().unwrap(),
            args.client_certificate.clone().unwrap(),
        )
        .context("Failed to create HTTPS client")?;
        Ok(Box::new(client.with_context(context)))
    } else if args.server_certificate.is_some() {
        debug!("Using TLS with pinned server certificate");
        let client =
            Client::try_new_https_pinned(&args.server_address, args.server_certificate.clone().unwrap())
                .context("Failed to create HTTPS client")?;
        Ok(Box::new(client.with_context(context)))
    } else {
        debug!("Using client without certificates");
        let client =
            Client::try_new(&args.server_address).context("Failed to create HTTP(S) client")?;
        Ok(Box::new(client.with_context(context)))
    }
}

// On macOS/Windows/iOS or without client-tls feature, use simple client (no cert pinning/mutual TLS)
#[cfg(any(
    not(feature = "client-tls"),
    all(feature = "client-tls", any(target_os = "macos", target_os = "windows", target_os = "ios"))
))]
fn create_client(args: &Cli, context: ClientContext) -> Result<Box<dyn ApiNoContext<ClientContext>>> {
    // Client::try_new() automatically detects the URL scheme (http:// or https://)
    // and creates the appropriate client.
    // Note: Certificate pinning and mutual TLS are only available on Linux/Unix with OpenSSL
    let client =
        Client::try_new(&args.server_address).context("Failed to create HTTP(S) client")?;
    Ok(Box::new(client.with_context(context)))
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Cli::parse();
    if let Some(log_level) = args.verbosity.log_level() {
        SimpleLogger::new().with_level(log_level.to_level_filter()).init()?;
    }

    debug!("Arguments: {:?}", &args);

    let mut auth_data: Option<AuthData> = None;

    if let Some(ref bearer_token) = args.bearer_token {
        debug!("Using bearer token");
        auth_data = AuthData::bearer(bearer_token);
    }
    if let Some(ref api_key) = args.api_key {
        debug!("Using API key");
        auth_data = Some(AuthData::apikey(api_key));
    }

    #[allow(trivial_casts)]
    let context = swagger::make_context!(
        ContextBuilder,
        EmptyContext,
        auth_data,
        XSpanIdString::default()
    );

    let client = create_client(&args, context)?;

    let result = match args.operation {
        Operation::ApiKeyCreate {
            api_key_create,
        } => {
            info!("Performing a ApiKeyCreate request");

            let result = client.api_key_create(
                api_key_create,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ApiKeyCreateResponse::Created
                (body)
                => "Created\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ApiKeyCreateResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ApiKeyCreateResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ApiKeyCreateResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ApiKeyCreateResponse::PayloadTooLarge
                (body)
                => "PayloadTooLarge\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ApiKeyCreateResponse::UnsupportedMediaType
                (body)
                => "UnsupportedMediaType\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ApiKeyCreateResponse::Unprocessable
                (body)
                => "Unprocessable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ApiKeyCreateResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::ApiKeysList {
            limit,
            cursor,
        } => {
            info!("Performing a ApiKeysList request");

            let result = client.api_keys_list(
                limit,
                cursor,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ApiKeysListResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ApiKeysListResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ApiKeysListResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ApiKeysListResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ApiKeysListResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::ApiKeyDelete {
            key_id,
        } => {
            prompt(args.force, "This will delete the given entry, are you sure?")?;
            info!("Performing a ApiKeyDelete request on {:?}", (
                &key_id
            ));

            let result = client.api_key_delete(
                key_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ApiKeyDeleteResponse::Deleted
                => "Deleted\n".to_string()
                    ,
                ApiKeyDeleteResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ApiKeyDeleteResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ApiKeyDeleteResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ApiKeyDeleteResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ApiKeyDeleteResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::AuthLogin {
            login_request,
        } => {
            info!("Performing a AuthLogin request");

            let result = client.auth_login(
                login_request,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                AuthLoginResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AuthLoginResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AuthLoginResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AuthLoginResponse::PayloadTooLarge
                (body)
                => "PayloadTooLarge\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AuthLoginResponse::UnsupportedMediaType
                (body)
                => "UnsupportedMediaType\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AuthLoginResponse::TooManyRequests
                {
                    body,
                    retry_after,
                }
                => "TooManyRequests\n".to_string()
                   +
                    &format!("body: {}\n", serde_json::to_string_pretty(&body)?) +
                    &format!(
                        "retry_after: {}\n",
                        serde_json::to_string_pretty(&retry_after)?
                    ),
                AuthLoginResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::AuthLogout {
        } => {
            info!("Performing a AuthLogout request");

            let result = client.auth_logout(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                AuthLogoutResponse::LoggedOut
                => "LoggedOut\n".to_string()
                    ,
                AuthLogoutResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AuthLogoutResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AuthLogoutResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::AuthMe {
        } => {
            info!("Performing a AuthMe request");

            let result = client.auth_me(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                AuthMeResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AuthMeResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AuthMeResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AuthMeResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::AuthPasswordChange {
            password_change,
        } => {
            info!("Performing a AuthPasswordChange request");

            let result = client.auth_password_change(
                password_change,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                AuthPasswordChangeResponse::Changed
                => "Changed\n".to_string()
                    ,
                AuthPasswordChangeResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AuthPasswordChangeResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AuthPasswordChangeResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AuthPasswordChangeResponse::PayloadTooLarge
                (body)
                => "PayloadTooLarge\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AuthPasswordChangeResponse::UnsupportedMediaType
                (body)
                => "UnsupportedMediaType\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AuthPasswordChangeResponse::Unprocessable
                (body)
                => "Unprocessable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AuthPasswordChangeResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::AuthRefresh {
            refresh_request,
        } => {
            info!("Performing a AuthRefresh request");

            let result = client.auth_refresh(
                refresh_request,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                AuthRefreshResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AuthRefreshResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AuthRefreshResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AuthRefreshResponse::PayloadTooLarge
                (body)
                => "PayloadTooLarge\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AuthRefreshResponse::UnsupportedMediaType
                (body)
                => "UnsupportedMediaType\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AuthRefreshResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DataExport {
            datapoint_ids,
            site_id,
            from,
            to,
            format,
        } => {
            info!("Performing a DataExport request");

            let result = client.data_export(
                datapoint_ids.as_ref(),
                site_id,
                from,
                to,
                format,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DataExportResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DataExportResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DataExportResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DataExportResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DataExportResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DataExportResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DataImport {
            body,
            format,
        } => {
            info!("Performing a DataImport request");

            let result = client.data_import(
                body,
                format,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DataImportResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DataImportResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DataImportResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DataImportResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DataImportResponse::PayloadTooLarge
                (body)
                => "PayloadTooLarge\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DataImportResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::LineWrite {
            body,
            precision,
            db,
        } => {
            info!("Performing a LineWrite request");

            let result = client.line_write(
                body,
                precision,
                db,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                LineWriteResponse::Written
                => "Written\n".to_string()
                    ,
                LineWriteResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                LineWriteResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                LineWriteResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                LineWriteResponse::PayloadTooLarge
                (body)
                => "PayloadTooLarge\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                LineWriteResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::ComputeSum {
            sum_request,
        } => {
            info!("Performing a ComputeSum request");

            let result = client.compute_sum(
                sum_request,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ComputeSumResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ComputeSumResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ComputeSumResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ComputeSumResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ComputeSumResponse::PayloadTooLarge
                (body)
                => "PayloadTooLarge\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ComputeSumResponse::UnsupportedMediaType
                (body)
                => "UnsupportedMediaType\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ComputeSumResponse::Unprocessable
                (body)
                => "Unprocessable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ComputeSumResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::ConnectorCreate {
            connector_create,
        } => {
            info!("Performing a ConnectorCreate request");

            let result = client.connector_create(
                connector_create,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ConnectorCreateResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorCreateResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorCreateResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorCreateResponse::Created
                {
                    body,
                    location,
                }
                => "Created\n".to_string()
                   +
                    &format!("body: {}\n", serde_json::to_string_pretty(&body)?) +
                    &format!(
                        "location: {}\n",
                        serde_json::to_string_pretty(&location)?
                    ),
                ConnectorCreateResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorCreateResponse::Conflict
                (body)
                => "Conflict\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorCreateResponse::PayloadTooLarge
                (body)
                => "PayloadTooLarge\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorCreateResponse::UnsupportedMediaType
                (body)
                => "UnsupportedMediaType\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorCreateResponse::Unprocessable
                (body)
                => "Unprocessable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::ConnectorsList {
            site_id,
            limit,
            cursor,
        } => {
            info!("Performing a ConnectorsList request");

            let result = client.connectors_list(
                site_id,
                limit,
                cursor,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ConnectorsListResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorsListResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorsListResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorsListResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorsListResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::ConnectorAvailableDatapoints {
            connector_id,
        } => {
            info!("Performing a ConnectorAvailableDatapoints request on {:?}", (
                &connector_id
            ));

            let result = client.connector_available_datapoints(
                connector_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ConnectorAvailableDatapointsResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorAvailableDatapointsResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorAvailableDatapointsResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorAvailableDatapointsResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorAvailableDatapointsResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorAvailableDatapointsResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::ConnectorDelete {
            connector_id,
        } => {
            prompt(args.force, "This will delete the given entry, are you sure?")?;
            info!("Performing a ConnectorDelete request on {:?}", (
                &connector_id
            ));

            let result = client.connector_delete(
                connector_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ConnectorDeleteResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorDeleteResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorDeleteResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorDeleteResponse::Deleted
                => "Deleted\n".to_string()
                    ,
                ConnectorDeleteResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorDeleteResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::ConnectorGet {
            connector_id,
        } => {
            info!("Performing a ConnectorGet request on {:?}", (
                &connector_id
            ));

            let result = client.connector_get(
                connector_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ConnectorGetResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorGetResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorGetResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorGetResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorGetResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorGetResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::ConnectorLogs {
            connector_id,
            limit,
        } => {
            info!("Performing a ConnectorLogs request on {:?}", (
                &connector_id
            ));

            let result = client.connector_logs(
                connector_id,
                limit,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ConnectorLogsResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorLogsResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorLogsResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorLogsResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorLogsResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorLogsResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::ConnectorRawMessages {
            connector_id,
            limit,
        } => {
            info!("Performing a ConnectorRawMessages request on {:?}", (
                &connector_id
            ));

            let result = client.connector_raw_messages(
                connector_id,
                limit,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ConnectorRawMessagesResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorRawMessagesResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorRawMessagesResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorRawMessagesResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorRawMessagesResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorRawMessagesResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::ConnectorUpdate {
            connector_id,
            connector_update,
        } => {
            info!("Performing a ConnectorUpdate request on {:?}", (
                &connector_id
            ));

            let result = client.connector_update(
                connector_id,
                connector_update,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ConnectorUpdateResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorUpdateResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorUpdateResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorUpdateResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorUpdateResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorUpdateResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorUpdateResponse::Conflict
                (body)
                => "Conflict\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorUpdateResponse::PayloadTooLarge
                (body)
                => "PayloadTooLarge\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorUpdateResponse::UnsupportedMediaType
                (body)
                => "UnsupportedMediaType\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConnectorUpdateResponse::Unprocessable
                (body)
                => "Unprocessable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::ScheduleGet {
            datapoint_id,
        } => {
            info!("Performing a ScheduleGet request on {:?}", (
                &datapoint_id
            ));

            let result = client.schedule_get(
                datapoint_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ScheduleGetResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ScheduleGetResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ScheduleGetResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ScheduleGetResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ScheduleGetResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ScheduleGetResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SchedulePut {
            datapoint_id,
            schedule_item,
        } => {
            info!("Performing a SchedulePut request on {:?}", (
                &datapoint_id
            ));

            let result = client.schedule_put(
                datapoint_id,
                schedule_item.as_ref(),
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SchedulePutResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SchedulePutResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SchedulePutResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SchedulePutResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SchedulePutResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SchedulePutResponse::PayloadTooLarge
                (body)
                => "PayloadTooLarge\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SchedulePutResponse::UnsupportedMediaType
                (body)
                => "UnsupportedMediaType\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SchedulePutResponse::Unprocessable
                (body)
                => "Unprocessable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SchedulePutResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SchedulesHistory {
            datapoint_id,
            from,
            to,
        } => {
            info!("Performing a SchedulesHistory request on {:?}", (
                &datapoint_id
            ));

            let result = client.schedules_history(
                datapoint_id,
                from,
                to,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SchedulesHistoryResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SchedulesHistoryResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SchedulesHistoryResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SchedulesHistoryResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SchedulesHistoryResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SchedulesHistoryResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SetpointGet {
            datapoint_id,
        } => {
            info!("Performing a SetpointGet request on {:?}", (
                &datapoint_id
            ));

            let result = client.setpoint_get(
                datapoint_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SetpointGetResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetpointGetResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetpointGetResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetpointGetResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetpointGetResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetpointGetResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SetpointPut {
            datapoint_id,
            setpoint_item,
        } => {
            info!("Performing a SetpointPut request on {:?}", (
                &datapoint_id
            ));

            let result = client.setpoint_put(
                datapoint_id,
                setpoint_item.as_ref(),
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SetpointPutResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetpointPutResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetpointPutResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetpointPutResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetpointPutResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetpointPutResponse::PayloadTooLarge
                (body)
                => "PayloadTooLarge\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetpointPutResponse::UnsupportedMediaType
                (body)
                => "UnsupportedMediaType\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetpointPutResponse::Unprocessable
                (body)
                => "Unprocessable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetpointPutResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SetpointsHistory {
            datapoint_id,
            from,
            to,
        } => {
            info!("Performing a SetpointsHistory request on {:?}", (
                &datapoint_id
            ));

            let result = client.setpoints_history(
                datapoint_id,
                from,
                to,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SetpointsHistoryResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetpointsHistoryResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetpointsHistoryResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetpointsHistoryResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetpointsHistoryResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetpointsHistoryResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DatapointCreate {
            datapoint_create,
        } => {
            info!("Performing a DatapointCreate request");

            let result = client.datapoint_create(
                datapoint_create,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DatapointCreateResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointCreateResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointCreateResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointCreateResponse::Created
                {
                    body,
                    location,
                }
                => "Created\n".to_string()
                   +
                    &format!("body: {}\n", serde_json::to_string_pretty(&body)?) +
                    &format!(
                        "location: {}\n",
                        serde_json::to_string_pretty(&location)?
                    ),
                DatapointCreateResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointCreateResponse::Conflict
                (body)
                => "Conflict\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointCreateResponse::PayloadTooLarge
                (body)
                => "PayloadTooLarge\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointCreateResponse::UnsupportedMediaType
                (body)
                => "UnsupportedMediaType\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointCreateResponse::Unprocessable
                (body)
                => "Unprocessable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DatapointsImport {
            datapoint_create,
        } => {
            info!("Performing a DatapointsImport request");

            let result = client.datapoints_import(
                datapoint_create.as_ref(),
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DatapointsImportResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointsImportResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointsImportResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointsImportResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointsImportResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointsImportResponse::Conflict
                (body)
                => "Conflict\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointsImportResponse::PayloadTooLarge
                (body)
                => "PayloadTooLarge\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointsImportResponse::UnsupportedMediaType
                (body)
                => "UnsupportedMediaType\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointsImportResponse::Unprocessable
                (body)
                => "Unprocessable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DatapointsList {
            site_id,
            device_id,
            connector_id,
            param_type,
            data_format,
            key,
            q,
            limit,
            cursor,
        } => {
            info!("Performing a DatapointsList request");

            let result = client.datapoints_list(
                site_id,
                device_id,
                connector_id,
                param_type,
                data_format,
                key,
                q,
                limit,
                cursor,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DatapointsListResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointsListResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointsListResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointsListResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointsListResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DatapointDelete {
            datapoint_id,
        } => {
            prompt(args.force, "This will delete the given entry, are you sure?")?;
            info!("Performing a DatapointDelete request on {:?}", (
                &datapoint_id
            ));

            let result = client.datapoint_delete(
                datapoint_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DatapointDeleteResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointDeleteResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointDeleteResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointDeleteResponse::Deleted
                => "Deleted\n".to_string()
                    ,
                DatapointDeleteResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointDeleteResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DatapointGet {
            datapoint_id,
        } => {
            info!("Performing a DatapointGet request on {:?}", (
                &datapoint_id
            ));

            let result = client.datapoint_get(
                datapoint_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DatapointGetResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointGetResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointGetResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointGetResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointGetResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointGetResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DatapointUpdate {
            datapoint_id,
            datapoint_update,
        } => {
            info!("Performing a DatapointUpdate request on {:?}", (
                &datapoint_id
            ));

            let result = client.datapoint_update(
                datapoint_id,
                datapoint_update,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DatapointUpdateResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointUpdateResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointUpdateResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointUpdateResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointUpdateResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointUpdateResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointUpdateResponse::Conflict
                (body)
                => "Conflict\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointUpdateResponse::PayloadTooLarge
                (body)
                => "PayloadTooLarge\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointUpdateResponse::UnsupportedMediaType
                (body)
                => "UnsupportedMediaType\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointUpdateResponse::Unprocessable
                (body)
                => "Unprocessable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DeviceCreate {
            device_create,
        } => {
            info!("Performing a DeviceCreate request");

            let result = client.device_create(
                device_create,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DeviceCreateResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceCreateResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceCreateResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceCreateResponse::Created
                {
                    body,
                    location,
                }
                => "Created\n".to_string()
                   +
                    &format!("body: {}\n", serde_json::to_string_pretty(&body)?) +
                    &format!(
                        "location: {}\n",
                        serde_json::to_string_pretty(&location)?
                    ),
                DeviceCreateResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceCreateResponse::Conflict
                (body)
                => "Conflict\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceCreateResponse::PayloadTooLarge
                (body)
                => "PayloadTooLarge\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceCreateResponse::UnsupportedMediaType
                (body)
                => "UnsupportedMediaType\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceCreateResponse::Unprocessable
                (body)
                => "Unprocessable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DevicesList {
            site_id,
            limit,
            cursor,
        } => {
            info!("Performing a DevicesList request");

            let result = client.devices_list(
                site_id,
                limit,
                cursor,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DevicesListResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DevicesListResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DevicesListResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DevicesListResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DevicesListResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DeviceDelete {
            device_id,
            cascade,
        } => {
            prompt(args.force, "This will delete the given entry, are you sure?")?;
            info!("Performing a DeviceDelete request on {:?}", (
                &device_id
            ));

            let result = client.device_delete(
                device_id,
                cascade,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DeviceDeleteResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceDeleteResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceDeleteResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceDeleteResponse::Deleted
                => "Deleted\n".to_string()
                    ,
                DeviceDeleteResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceDeleteResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceDeleteResponse::Conflict
                (body)
                => "Conflict\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DeviceGet {
            device_id,
        } => {
            info!("Performing a DeviceGet request on {:?}", (
                &device_id
            ));

            let result = client.device_get(
                device_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DeviceGetResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceGetResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceGetResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceGetResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceGetResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceGetResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DeviceUpdate {
            device_id,
            device_update,
        } => {
            info!("Performing a DeviceUpdate request on {:?}", (
                &device_id
            ));

            let result = client.device_update(
                device_id,
                device_update,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DeviceUpdateResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceUpdateResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceUpdateResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceUpdateResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceUpdateResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceUpdateResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceUpdateResponse::Conflict
                (body)
                => "Conflict\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceUpdateResponse::PayloadTooLarge
                (body)
                => "PayloadTooLarge\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceUpdateResponse::UnsupportedMediaType
                (body)
                => "UnsupportedMediaType\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeviceUpdateResponse::Unprocessable
                (body)
                => "Unprocessable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::Health {
        } => {
            info!("Performing a Health request");

            let result = client.health(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                HealthResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::Ready {
        } => {
            info!("Performing a Ready request");

            let result = client.ready(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ReadyResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ReadyResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::LiveSocket {
        } => {
            info!("Performing a LiveSocket request");

            let result = client.live_socket(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                LiveSocketResponse::Switching
                => "Switching\n".to_string()
                    ,
                LiveSocketResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                LiveSocketResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                LiveSocketResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                LiveSocketResponse::UpgradeRequired
                (body)
                => "UpgradeRequired\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::LiveStream {
            datapoint_ids,
            last_event_id,
        } => {
            info!("Performing a LiveStream request");

            let result = client.live_stream(
                datapoint_ids.as_ref(),
                last_event_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                LiveStreamResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                LiveStreamResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                LiveStreamResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                LiveStreamResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                LiveStreamResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                LiveStreamResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SiteCreate {
            site_create,
        } => {
            info!("Performing a SiteCreate request");

            let result = client.site_create(
                site_create,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SiteCreateResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteCreateResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteCreateResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteCreateResponse::Created
                {
                    body,
                    location,
                }
                => "Created\n".to_string()
                   +
                    &format!("body: {}\n", serde_json::to_string_pretty(&body)?) +
                    &format!(
                        "location: {}\n",
                        serde_json::to_string_pretty(&location)?
                    ),
                SiteCreateResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteCreateResponse::PayloadTooLarge
                (body)
                => "PayloadTooLarge\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteCreateResponse::UnsupportedMediaType
                (body)
                => "UnsupportedMediaType\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteCreateResponse::Unprocessable
                (body)
                => "Unprocessable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SitesList {
            limit,
            cursor,
        } => {
            info!("Performing a SitesList request");

            let result = client.sites_list(
                limit,
                cursor,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SitesListResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SitesListResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SitesListResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SitesListResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SitesListResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SiteDelete {
            site_id,
            cascade,
        } => {
            prompt(args.force, "This will delete the given entry, are you sure?")?;
            info!("Performing a SiteDelete request on {:?}", (
                &site_id
            ));

            let result = client.site_delete(
                site_id,
                cascade,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SiteDeleteResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteDeleteResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteDeleteResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteDeleteResponse::Deleted
                => "Deleted\n".to_string()
                    ,
                SiteDeleteResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteDeleteResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteDeleteResponse::Conflict
                (body)
                => "Conflict\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SiteGet {
            site_id,
        } => {
            info!("Performing a SiteGet request on {:?}", (
                &site_id
            ));

            let result = client.site_get(
                site_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SiteGetResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteGetResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteGetResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteGetResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteGetResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteGetResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SiteUpdate {
            site_id,
            site_update,
        } => {
            info!("Performing a SiteUpdate request on {:?}", (
                &site_id
            ));

            let result = client.site_update(
                site_id,
                site_update,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SiteUpdateResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteUpdateResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteUpdateResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteUpdateResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteUpdateResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteUpdateResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteUpdateResponse::PayloadTooLarge
                (body)
                => "PayloadTooLarge\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteUpdateResponse::UnsupportedMediaType
                (body)
                => "UnsupportedMediaType\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SiteUpdateResponse::Unprocessable
                (body)
                => "Unprocessable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::UserCreate {
            user_create,
        } => {
            info!("Performing a UserCreate request");

            let result = client.user_create(
                user_create,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                UserCreateResponse::Created
                {
                    body,
                    location,
                }
                => "Created\n".to_string()
                   +
                    &format!("body: {}\n", serde_json::to_string_pretty(&body)?) +
                    &format!(
                        "location: {}\n",
                        serde_json::to_string_pretty(&location)?
                    ),
                UserCreateResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserCreateResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserCreateResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserCreateResponse::Conflict
                (body)
                => "Conflict\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserCreateResponse::PayloadTooLarge
                (body)
                => "PayloadTooLarge\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserCreateResponse::UnsupportedMediaType
                (body)
                => "UnsupportedMediaType\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserCreateResponse::Unprocessable
                (body)
                => "Unprocessable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserCreateResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::UsersList {
            limit,
            cursor,
        } => {
            info!("Performing a UsersList request");

            let result = client.users_list(
                limit,
                cursor,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                UsersListResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UsersListResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UsersListResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UsersListResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UsersListResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::UserDelete {
            user_id,
        } => {
            prompt(args.force, "This will delete the given entry, are you sure?")?;
            info!("Performing a UserDelete request on {:?}", (
                &user_id
            ));

            let result = client.user_delete(
                user_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                UserDeleteResponse::Deleted
                => "Deleted\n".to_string()
                    ,
                UserDeleteResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserDeleteResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserDeleteResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserDeleteResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserDeleteResponse::Conflict
                (body)
                => "Conflict\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserDeleteResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::UserGet {
            user_id,
        } => {
            info!("Performing a UserGet request on {:?}", (
                &user_id
            ));

            let result = client.user_get(
                user_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                UserGetResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserGetResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserGetResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserGetResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserGetResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserGetResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::UserUpdate {
            user_id,
            user_update,
        } => {
            info!("Performing a UserUpdate request on {:?}", (
                &user_id
            ));

            let result = client.user_update(
                user_id,
                user_update,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                UserUpdateResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserUpdateResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserUpdateResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserUpdateResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserUpdateResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserUpdateResponse::Conflict
                (body)
                => "Conflict\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserUpdateResponse::PayloadTooLarge
                (body)
                => "PayloadTooLarge\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserUpdateResponse::UnsupportedMediaType
                (body)
                => "UnsupportedMediaType\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserUpdateResponse::Unprocessable
                (body)
                => "Unprocessable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UserUpdateResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::IngestTtn {
            ttn_uplink,
        } => {
            info!("Performing a IngestTtn request");

            let result = client.ingest_ttn(
                ttn_uplink,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                IngestTtnResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                IngestTtnResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                IngestTtnResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                IngestTtnResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                IngestTtnResponse::Conflict
                (body)
                => "Conflict\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                IngestTtnResponse::PayloadTooLarge
                (body)
                => "PayloadTooLarge\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                IngestTtnResponse::UnsupportedMediaType
                (body)
                => "UnsupportedMediaType\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                IngestTtnResponse::Unprocessable
                (body)
                => "Unprocessable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                IngestTtnResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::Timeseries {
            datapoint_ids,
            from,
            to,
            interval,
            function,
            fill,
            tz,
        } => {
            info!("Performing a Timeseries request");

            let result = client.timeseries(
                datapoint_ids.as_ref(),
                from,
                to,
                interval,
                function.as_ref(),
                fill,
                tz,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                TimeseriesResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                TimeseriesResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                TimeseriesResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                TimeseriesResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                TimeseriesResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                TimeseriesResponse::Unprocessable
                (body)
                => "Unprocessable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                TimeseriesResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::ValuesLatest {
            datapoint_ids,
        } => {
            info!("Performing a ValuesLatest request");

            let result = client.values_latest(
                datapoint_ids.as_ref(),
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ValuesLatestResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ValuesLatestResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ValuesLatestResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ValuesLatestResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ValuesLatestResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::ValuesWrite {
            value_write_any,
        } => {
            info!("Performing a ValuesWrite request");

            let result = client.values_write(
                value_write_any.as_ref(),
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ValuesWriteResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ValuesWriteResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ValuesWriteResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ValuesWriteResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ValuesWriteResponse::Conflict
                (body)
                => "Conflict\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ValuesWriteResponse::PayloadTooLarge
                (body)
                => "PayloadTooLarge\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ValuesWriteResponse::UnsupportedMediaType
                (body)
                => "UnsupportedMediaType\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ValuesWriteResponse::Unprocessable
                (body)
                => "Unprocessable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ValuesWriteResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DatapointAggregate {
            datapoint_id,
            from,
            to,
            interval,
            function,
            fill,
            tz,
        } => {
            info!("Performing a DatapointAggregate request on {:?}", (
                &datapoint_id
            ));

            let result = client.datapoint_aggregate(
                datapoint_id,
                from,
                to,
                interval,
                function.as_ref(),
                fill,
                tz,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DatapointAggregateResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointAggregateResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointAggregateResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointAggregateResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointAggregateResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointAggregateResponse::Unprocessable
                (body)
                => "Unprocessable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointAggregateResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DatapointValueLatest {
            datapoint_id,
        } => {
            info!("Performing a DatapointValueLatest request on {:?}", (
                &datapoint_id
            ));

            let result = client.datapoint_value_latest(
                datapoint_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DatapointValueLatestResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValueLatestResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValueLatestResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValueLatestResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValueLatestResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValueLatestResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DatapointValuesDelete {
            datapoint_id,
            from,
            to,
        } => {
            prompt(args.force, "This will delete the given entry, are you sure?")?;
            info!("Performing a DatapointValuesDelete request on {:?}", (
                &datapoint_id
            ));

            let result = client.datapoint_values_delete(
                datapoint_id,
                from,
                to,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DatapointValuesDeleteResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValuesDeleteResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValuesDeleteResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValuesDeleteResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValuesDeleteResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValuesDeleteResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DatapointValuesList {
            datapoint_id,
            from,
            to,
            limit,
            order,
            cursor,
        } => {
            info!("Performing a DatapointValuesList request on {:?}", (
                &datapoint_id
            ));

            let result = client.datapoint_values_list(
                datapoint_id,
                from,
                to,
                limit,
                order,
                cursor,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DatapointValuesListResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValuesListResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValuesListResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValuesListResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValuesListResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValuesListResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DatapointValuesWrite {
            datapoint_id,
            value_write,
        } => {
            info!("Performing a DatapointValuesWrite request on {:?}", (
                &datapoint_id
            ));

            let result = client.datapoint_values_write(
                datapoint_id,
                value_write.as_ref(),
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DatapointValuesWriteResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValuesWriteResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValuesWriteResponse::Ok
                (body)
                => "Ok\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValuesWriteResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValuesWriteResponse::Conflict
                (body)
                => "Conflict\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValuesWriteResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValuesWriteResponse::PayloadTooLarge
                (body)
                => "PayloadTooLarge\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValuesWriteResponse::UnsupportedMediaType
                (body)
                => "UnsupportedMediaType\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValuesWriteResponse::Unprocessable
                (body)
                => "Unprocessable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DatapointValuesWriteResponse::Unavailable
                (body)
                => "Unavailable\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
    };

    if let Some(output_file) = args.output_file {
        std::fs::write(output_file, result)?
    } else {
        println!("{}", result);
    }
    Ok(())
}

fn prompt(force: bool, text: &str) -> Result<()> {
    if force || Confirm::new().with_prompt(text).interact()? {
        Ok(())
    } else {
        Err(anyhow!("Aborting"))
    }
}

// May be unused if all inputs are primitive types
#[allow(dead_code)]
fn parse_json<T: serde::de::DeserializeOwned>(json_string: &str) -> Result<T> {
    serde_json::from_str(json_string).map_err(|err| anyhow!("Error parsing input: {}", err))
}
