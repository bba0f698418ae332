//! Main library entry point for joule_api implementation.

#![allow(unused_imports)]

use async_trait::async_trait;
use futures::{future, Stream, StreamExt, TryFutureExt, TryStreamExt};
use hyper::server::conn::http1;
use hyper_util::rt::TokioIo;
use hyper::service::{service_fn, Service};
use log::info;
use std::future::Future;
use std::marker::PhantomData;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use swagger::{Has, XSpanIdString};
use swagger::auth::MakeAllowAllAuthenticator;
use swagger::EmptyContext;
use tokio::net::TcpListener;

#[cfg(not(any(target_os = "macos", target_os = "windows", target_os = "ios")))]
use openssl::ssl::{Ssl, SslAcceptor, SslAcceptorBuilder, SslFiletype, SslMethod};

use joule_api::models;

/// Builds an SSL implementation for Simple HTTPS from some hard-coded file names
pub async fn create(addr: &str, https: bool) {
    let addr: SocketAddr = addr.parse().expect("Failed to parse bind address");
    let listener = TcpListener::bind(&addr).await.unwrap();

    let server = Server::new();

    let service = MakeService::new(server);
    let service = MakeAllowAllAuthenticator::new(service, "cosmo");

    #[allow(unused_mut)]
    let mut service =
        joule_api::server::context::MakeAddContext::<_, EmptyContext>::new(
            service
        );

    if https {
        #[cfg(any(target_os = "macos", target_os = "windows", target_os = "ios"))]
        {
            unimplemented!("SSL is not implemented for the examples on MacOS, Windows or iOS");
        }

        #[cfg(not(any(target_os = "macos", target_os = "windows", target_os = "ios")))]
        {
            let mut ssl = SslAcceptor::mozilla_intermediate_v5(SslMethod::tls()).expect("Failed to create SSL Acceptor");

            // Server authentication
            ssl.set_private_key_file("examples/server-key.pem", SslFiletype::PEM).expect("Failed to set private key");
            ssl.set_certificate_chain_file("examples/server-chain.pem").expect("Failed to set certificate chain");
            ssl.check_private_key().expect("Failed to check private key");

            let tls_acceptor = ssl.build();

            info!("Starting a server (with https)");
            loop {
                if let Ok((tcp, addr)) = listener.accept().await {
                    let ssl = Ssl::new(tls_acceptor.context()).unwrap();
                    let service = service.call(addr);

                    tokio::spawn(async move {
                        let tls = tokio_openssl::SslStream::new(ssl, tcp).map_err(|_| ())?;
                        let service = service.await.map_err(|_| ())?;

                        http1::Builder::new()
                            .serve_connection(TokioIo::new(tls), service)
                            .await
                            .map_err(|_| ())
                    });
                }
            }
        }
    } else {
        info!("Starting a server (over http, so no TLS)");
        println!("Listening on http://{}", addr);

        loop {
            // When an incoming TCP connection is received grab a TCP stream for
            // client<->server communication.
            //
            // Note, this is a .await point, this loop will loop forever but is not a busy loop. The
            // .await point allows the Tokio runtime to pull the task off of the thread until the task
            // has work to do. In this case, a connection arrives on the port we are listening on and
            // the task is woken up, at which point the task is then put back on a thread, and is
            // driven forward by the runtime, eventually yielding a TCP stream.
            let (tcp_stream, addr) = listener.accept().await.expect("Failed to accept connection");

            let service = service.call(addr).await.unwrap();
            let io = TokioIo::new(tcp_stream);
            // Spin up a new task in Tokio so we can continue to listen for new TCP connection on the
            // current task without waiting for the processing of the HTTP1 connection we just received
            // to finish
            tokio::task::spawn(async move {
                // Handle the connection from the client using HTTP1 and pass any
                // HTTP requests received on that connection to the `hello` function
                let result = http1::Builder::new()
                    .serve_connection(io, service)
                    .await;
                if let Err(err) = result
                {
                    println!("Error serving connection: {err:?}");
                }
            });
        }
    }
}

#[derive(Copy)]
pub struct Server<C> {
    marker: PhantomData<C>,
}

impl<C> Server<C> {
    pub fn new() -> Self {
        Server{marker: PhantomData}
    }
}

impl<C> Clone for Server<C> {
    fn clone(&self) -> Self {
        Self {
            marker: PhantomData,
        }
    }
}


use jsonwebtoken::{decode, encode, errors::Error as JwtError, Algorithm, DecodingKey, EncodingKey, Header, TokenData, Validation};
use serde::{Deserialize, Serialize};
use swagger::auth::Authorization;
use crate::server_auth;


use joule_api::{
    Api,
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
use joule_api::server::MakeService;
use std::error::Error;
use swagger::ApiError;

#[async_trait]
impl<C> Api<C> for Server<C> where C: Has<XSpanIdString> + Send + Sync
{
    /// Create an API key for a device or connector (admin).
    async fn api_key_create(
        &self,
        api_key_create: models::ApiKeyCreate,
        context: &C) -> Result<ApiKeyCreateResponse, ApiError>
    {
        info!("api_key_create({:?}) - X-Span-ID: {:?}", api_key_create, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// List API keys, ordered by id, without their secrets (admin).
    async fn api_keys_list(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &C) -> Result<ApiKeysListResponse, ApiError>
    {
        info!("api_keys_list({:?}, {:?}) - X-Span-ID: {:?}", limit, cursor, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Revoke an API key (admin); the next request with it is refused.
    async fn api_key_delete(
        &self,
        key_id: i64,
        context: &C) -> Result<ApiKeyDeleteResponse, ApiError>
    {
        info!("api_key_delete({:?}) - X-Span-ID: {:?}", key_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Sign in; answers an access token and a refresh token.
    async fn auth_login(
        &self,
        login_request: models::LoginRequest,
        context: &C) -> Result<AuthLoginResponse, ApiError>
    {
        info!("auth_login({:?}) - X-Span-ID: {:?}", login_request, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Sign out; the session's access and refresh tokens stop working.
    async fn auth_logout(
        &self,
        context: &C) -> Result<AuthLogoutResponse, ApiError>
    {
        info!("auth_logout() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// The signed-in user.
    async fn auth_me(
        &self,
        context: &C) -> Result<AuthMeResponse, ApiError>
    {
        info!("auth_me() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Change one's own password (the old one is required).
    async fn auth_password_change(
        &self,
        password_change: models::PasswordChange,
        context: &C) -> Result<AuthPasswordChangeResponse, ApiError>
    {
        info!("auth_password_change({:?}) - X-Span-ID: {:?}", password_change, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Trade a refresh token for a new token pair.
    async fn auth_refresh(
        &self,
        refresh_request: models::RefreshRequest,
        context: &C) -> Result<AuthRefreshResponse, ApiError>
    {
        info!("auth_refresh({:?}) - X-Span-ID: {:?}", refresh_request, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Stream every value of a range, with no cap.
    async fn data_export<'a>(
        &self,
        datapoint_ids: Option<&'a Vec<i64>>,
        site_id: Option<i64>,
        from: Option<chrono::DateTime::<chrono::Utc>>,
        to: Option<chrono::DateTime::<chrono::Utc>>,
        format: Option<models::BulkFormat>,
        context: &C) -> Result<DataExportResponse, ApiError>
    {
        info!("data_export({:?}, {:?}, {:?}, {:?}, {:?}) - X-Span-ID: {:?}", datapoint_ids, site_id, from, to, format, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Import values from a large csv, ndjson or line protocol body.
    async fn data_import(
        &self,
        body: String,
        format: Option<models::BulkFormat>,
        context: &C) -> Result<DataImportResponse, ApiError>
    {
        info!("data_import({:?}, {:?}) - X-Span-ID: {:?}", body, format, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Write values as InfluxDB line protocol, all or nothing.
    async fn line_write(
        &self,
        body: String,
        precision: Option<models::LinePrecision>,
        db: Option<String>,
        context: &C) -> Result<LineWriteResponse, ApiError>
    {
        info!("line_write({:?}, {:?}, {:?}) - X-Span-ID: {:?}", body, precision, db, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Derived series sum_ts = scale × (e1_ts + e2_ts), KasemInterface-compatible.
    async fn compute_sum(
        &self,
        sum_request: models::SumRequest,
        context: &C) -> Result<ComputeSumResponse, ApiError>
    {
        info!("compute_sum({:?}) - X-Span-ID: {:?}", sum_request, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Register a BEMCom connector; its name is its MQTT topic root.
    async fn connector_create(
        &self,
        connector_create: models::ConnectorCreate,
        context: &C) -> Result<ConnectorCreateResponse, ApiError>
    {
        info!("connector_create({:?}) - X-Span-ID: {:?}", connector_create, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// List BEMCom connectors, ordered by id.
    async fn connectors_list(
        &self,
        site_id: Option<i64>,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &C) -> Result<ConnectorsListResponse, ApiError>
    {
        info!("connectors_list({:?}, {:?}, {:?}) - X-Span-ID: {:?}", site_id, limit, cursor, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// The datapoints the connector last announced (its `available_datapoints` message), each with an example value and the Joule datapoint selected for it. 
    async fn connector_available_datapoints(
        &self,
        connector_id: i64,
        context: &C) -> Result<ConnectorAvailableDatapointsResponse, ApiError>
    {
        info!("connector_available_datapoints({:?}) - X-Span-ID: {:?}", connector_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Delete a connector with its logs. Its datapoints stay, with their values; they lose `connector_id` and `key_in_connector`. 
    async fn connector_delete(
        &self,
        connector_id: i64,
        context: &C) -> Result<ConnectorDeleteResponse, ApiError>
    {
        info!("connector_delete({:?}) - X-Span-ID: {:?}", connector_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Read one connector, with its last heartbeat and whether it is alive.
    async fn connector_get(
        &self,
        connector_id: i64,
        context: &C) -> Result<ConnectorGetResponse, ApiError>
    {
        info!("connector_get({:?}) - X-Span-ID: {:?}", connector_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// The connector's most recent log messages, newest first. The last 1,000 of each connector are kept. 
    async fn connector_logs(
        &self,
        connector_id: i64,
        limit: Option<u32>,
        context: &C) -> Result<ConnectorLogsResponse, ApiError>
    {
        info!("connector_logs({:?}, {:?}) - X-Span-ID: {:?}", connector_id, limit, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// The connector's most recent raw device messages (BEMCom `raw_message_to_db`), newest first. Kept only while the connector's `raw_message_to_db` is on; the last 10,000 of each connector are kept. 
    async fn connector_raw_messages(
        &self,
        connector_id: i64,
        limit: Option<u32>,
        context: &C) -> Result<ConnectorRawMessagesResponse, ApiError>
    {
        info!("connector_raw_messages({:?}, {:?}) - X-Span-ID: {:?}", connector_id, limit, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Change some fields of a connector; absent fields are kept, null clears.
    async fn connector_update(
        &self,
        connector_id: i64,
        connector_update: models::ConnectorUpdate,
        context: &C) -> Result<ConnectorUpdateResponse, ApiError>
    {
        info!("connector_update({:?}, {:?}) - X-Span-ID: {:?}", connector_id, connector_update, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// The current schedule of an actuator.
    async fn schedule_get(
        &self,
        datapoint_id: i64,
        context: &C) -> Result<ScheduleGetResponse, ApiError>
    {
        info!("schedule_get({:?}) - X-Span-ID: {:?}", datapoint_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Replace the schedule of an actuator.
    async fn schedule_put<'a>(
        &self,
        datapoint_id: i64,
        schedule_item: &'a Vec<models::ScheduleItem>,
        context: &C) -> Result<SchedulePutResponse, ApiError>
    {
        info!("schedule_put({:?}, {:?}) - X-Span-ID: {:?}", datapoint_id, schedule_item, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Schedules stored in a time range (by the time they were stored), oldest first.
    async fn schedules_history(
        &self,
        datapoint_id: i64,
        from: Option<chrono::DateTime::<chrono::Utc>>,
        to: Option<chrono::DateTime::<chrono::Utc>>,
        context: &C) -> Result<SchedulesHistoryResponse, ApiError>
    {
        info!("schedules_history({:?}, {:?}, {:?}) - X-Span-ID: {:?}", datapoint_id, from, to, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// The current setpoint of an actuator.
    async fn setpoint_get(
        &self,
        datapoint_id: i64,
        context: &C) -> Result<SetpointGetResponse, ApiError>
    {
        info!("setpoint_get({:?}) - X-Span-ID: {:?}", datapoint_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Replace the setpoint of an actuator.
    async fn setpoint_put<'a>(
        &self,
        datapoint_id: i64,
        setpoint_item: &'a Vec<models::SetpointItem>,
        context: &C) -> Result<SetpointPutResponse, ApiError>
    {
        info!("setpoint_put({:?}, {:?}) - X-Span-ID: {:?}", datapoint_id, setpoint_item, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Setpoints stored in a time range (by the time they were stored), oldest first.
    async fn setpoints_history(
        &self,
        datapoint_id: i64,
        from: Option<chrono::DateTime::<chrono::Utc>>,
        to: Option<chrono::DateTime::<chrono::Utc>>,
        context: &C) -> Result<SetpointsHistoryResponse, ApiError>
    {
        info!("setpoints_history({:?}, {:?}, {:?}) - X-Span-ID: {:?}", datapoint_id, from, to, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Register a datapoint.
    async fn datapoint_create(
        &self,
        datapoint_create: models::DatapointCreate,
        context: &C) -> Result<DatapointCreateResponse, ApiError>
    {
        info!("datapoint_create({:?}) - X-Span-ID: {:?}", datapoint_create, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Create or update many datapoints by key, all or nothing.
    async fn datapoints_import<'a>(
        &self,
        datapoint_create: &'a Vec<models::DatapointCreate>,
        context: &C) -> Result<DatapointsImportResponse, ApiError>
    {
        info!("datapoints_import({:?}) - X-Span-ID: {:?}", datapoint_create, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// List datapoints, ordered by id.
    async fn datapoints_list(
        &self,
        site_id: Option<i64>,
        device_id: Option<i64>,
        connector_id: Option<i64>,
        param_type: Option<models::DatapointType>,
        data_format: Option<models::DataFormat>,
        key: Option<String>,
        q: Option<String>,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &C) -> Result<DatapointsListResponse, ApiError>
    {
        info!("datapoints_list({:?}, {:?}, {:?}, {:?}, {:?}, {:?}, {:?}, {:?}, {:?}) - X-Span-ID: {:?}", site_id, device_id, connector_id, param_type, data_format, key, q, limit, cursor, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Delete a datapoint.
    async fn datapoint_delete(
        &self,
        datapoint_id: i64,
        context: &C) -> Result<DatapointDeleteResponse, ApiError>
    {
        info!("datapoint_delete({:?}) - X-Span-ID: {:?}", datapoint_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Read one datapoint.
    async fn datapoint_get(
        &self,
        datapoint_id: i64,
        context: &C) -> Result<DatapointGetResponse, ApiError>
    {
        info!("datapoint_get({:?}) - X-Span-ID: {:?}", datapoint_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Change some fields of a datapoint; absent fields are kept, null clears.
    async fn datapoint_update(
        &self,
        datapoint_id: i64,
        datapoint_update: models::DatapointUpdate,
        context: &C) -> Result<DatapointUpdateResponse, ApiError>
    {
        info!("datapoint_update({:?}, {:?}) - X-Span-ID: {:?}", datapoint_id, datapoint_update, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Register a device at a site.
    async fn device_create(
        &self,
        device_create: models::DeviceCreate,
        context: &C) -> Result<DeviceCreateResponse, ApiError>
    {
        info!("device_create({:?}) - X-Span-ID: {:?}", device_create, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// List devices, ordered by id.
    async fn devices_list(
        &self,
        site_id: Option<i64>,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &C) -> Result<DevicesListResponse, ApiError>
    {
        info!("devices_list({:?}, {:?}, {:?}) - X-Span-ID: {:?}", site_id, limit, cursor, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Delete a device; with cascade=true also its datapoints.
    async fn device_delete(
        &self,
        device_id: i64,
        cascade: Option<bool>,
        context: &C) -> Result<DeviceDeleteResponse, ApiError>
    {
        info!("device_delete({:?}, {:?}) - X-Span-ID: {:?}", device_id, cascade, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Read one device.
    async fn device_get(
        &self,
        device_id: i64,
        context: &C) -> Result<DeviceGetResponse, ApiError>
    {
        info!("device_get({:?}) - X-Span-ID: {:?}", device_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Change some fields of a device; absent fields are kept, null clears.
    async fn device_update(
        &self,
        device_id: i64,
        device_update: models::DeviceUpdate,
        context: &C) -> Result<DeviceUpdateResponse, ApiError>
    {
        info!("device_update({:?}, {:?}) - X-Span-ID: {:?}", device_id, device_update, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Liveness probe (the process answers).
    async fn health(
        &self,
        context: &C) -> Result<HealthResponse, ApiError>
    {
        info!("health() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Readiness probe (the database is reachable).
    async fn ready(
        &self,
        context: &C) -> Result<ReadyResponse, ApiError>
    {
        info!("ready() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// A WebSocket for live values (JSON messages, see asyncapi.yaml).
    async fn live_socket(
        &self,
        context: &C) -> Result<LiveSocketResponse, ApiError>
    {
        info!("live_socket() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Server-sent events with every committed value of some datapoints.
    async fn live_stream<'a>(
        &self,
        datapoint_ids: &'a Vec<i64>,
        last_event_id: Option<String>,
        context: &C) -> Result<LiveStreamResponse, ApiError>
    {
        info!("live_stream({:?}, {:?}) - X-Span-ID: {:?}", datapoint_ids, last_event_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Register a site.
    async fn site_create(
        &self,
        site_create: models::SiteCreate,
        context: &C) -> Result<SiteCreateResponse, ApiError>
    {
        info!("site_create({:?}) - X-Span-ID: {:?}", site_create, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// List sites, ordered by id.
    async fn sites_list(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &C) -> Result<SitesListResponse, ApiError>
    {
        info!("sites_list({:?}, {:?}) - X-Span-ID: {:?}", limit, cursor, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Delete a site; with cascade=true also its devices and their datapoints.
    async fn site_delete(
        &self,
        site_id: i64,
        cascade: Option<bool>,
        context: &C) -> Result<SiteDeleteResponse, ApiError>
    {
        info!("site_delete({:?}, {:?}) - X-Span-ID: {:?}", site_id, cascade, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Read one site.
    async fn site_get(
        &self,
        site_id: i64,
        context: &C) -> Result<SiteGetResponse, ApiError>
    {
        info!("site_get({:?}) - X-Span-ID: {:?}", site_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Change some fields of a site; absent fields are kept, null clears.
    async fn site_update(
        &self,
        site_id: i64,
        site_update: models::SiteUpdate,
        context: &C) -> Result<SiteUpdateResponse, ApiError>
    {
        info!("site_update({:?}, {:?}) - X-Span-ID: {:?}", site_id, site_update, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Create a user (admin).
    async fn user_create(
        &self,
        user_create: models::UserCreate,
        context: &C) -> Result<UserCreateResponse, ApiError>
    {
        info!("user_create({:?}) - X-Span-ID: {:?}", user_create, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// List users, ordered by id (admin).
    async fn users_list(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &C) -> Result<UsersListResponse, ApiError>
    {
        info!("users_list({:?}, {:?}) - X-Span-ID: {:?}", limit, cursor, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Delete a user and their sessions (admin); not the last active admin.
    async fn user_delete(
        &self,
        user_id: i64,
        context: &C) -> Result<UserDeleteResponse, ApiError>
    {
        info!("user_delete({:?}) - X-Span-ID: {:?}", user_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Read one user (admin).
    async fn user_get(
        &self,
        user_id: i64,
        context: &C) -> Result<UserGetResponse, ApiError>
    {
        info!("user_get({:?}) - X-Span-ID: {:?}", user_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Change a user's role, active flag or password (admin).
    async fn user_update(
        &self,
        user_id: i64,
        user_update: models::UserUpdate,
        context: &C) -> Result<UserUpdateResponse, ApiError>
    {
        info!("user_update({:?}, {:?}) - X-Span-ID: {:?}", user_id, user_update, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Store the decoded payload of a The Things Stack (v3) uplink webhook.
    async fn ingest_ttn(
        &self,
        ttn_uplink: models::TtnUplink,
        context: &C) -> Result<IngestTtnResponse, ApiError>
    {
        info!("ingest_ttn({:?}) - X-Span-ID: {:?}", ttn_uplink, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Several datapoints aggregated onto one grid, as a table.
    async fn timeseries<'a>(
        &self,
        datapoint_ids: &'a Vec<i64>,
        from: chrono::DateTime::<chrono::Utc>,
        to: chrono::DateTime::<chrono::Utc>,
        interval: models::Interval,
        function: Option<&'a Vec<models::AggregateFunction>>,
        fill: Option<models::Fill>,
        tz: Option<String>,
        context: &C) -> Result<TimeseriesResponse, ApiError>
    {
        info!("timeseries({:?}, {:?}, {:?}, {:?}, {:?}, {:?}, {:?}) - X-Span-ID: {:?}", datapoint_ids, from, to, interval, function, fill, tz, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// The most recent value of each of several datapoints.
    async fn values_latest<'a>(
        &self,
        datapoint_ids: &'a Vec<i64>,
        context: &C) -> Result<ValuesLatestResponse, ApiError>
    {
        info!("values_latest({:?}) - X-Span-ID: {:?}", datapoint_ids, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Write a batch of values across datapoints, all or nothing.
    async fn values_write<'a>(
        &self,
        value_write_any: &'a Vec<models::ValueWriteAny>,
        context: &C) -> Result<ValuesWriteResponse, ApiError>
    {
        info!("values_write({:?}) - X-Span-ID: {:?}", value_write_any, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Aggregate values into buckets aligned to an interval grid.
    async fn datapoint_aggregate<'a>(
        &self,
        datapoint_id: i64,
        from: chrono::DateTime::<chrono::Utc>,
        to: chrono::DateTime::<chrono::Utc>,
        interval: models::Interval,
        function: Option<&'a Vec<models::AggregateFunction>>,
        fill: Option<models::Fill>,
        tz: Option<String>,
        context: &C) -> Result<DatapointAggregateResponse, ApiError>
    {
        info!("datapoint_aggregate({:?}, {:?}, {:?}, {:?}, {:?}, {:?}, {:?}) - X-Span-ID: {:?}", datapoint_id, from, to, interval, function, fill, tz, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// The most recent value of a datapoint.
    async fn datapoint_value_latest(
        &self,
        datapoint_id: i64,
        context: &C) -> Result<DatapointValueLatestResponse, ApiError>
    {
        info!("datapoint_value_latest({:?}) - X-Span-ID: {:?}", datapoint_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Delete the values in a time range (all values when no range is given).
    async fn datapoint_values_delete(
        &self,
        datapoint_id: i64,
        from: Option<chrono::DateTime::<chrono::Utc>>,
        to: Option<chrono::DateTime::<chrono::Utc>>,
        context: &C) -> Result<DatapointValuesDeleteResponse, ApiError>
    {
        info!("datapoint_values_delete({:?}, {:?}, {:?}) - X-Span-ID: {:?}", datapoint_id, from, to, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Read stored values in a time range, a page at a time.
    async fn datapoint_values_list(
        &self,
        datapoint_id: i64,
        from: Option<chrono::DateTime::<chrono::Utc>>,
        to: Option<chrono::DateTime::<chrono::Utc>>,
        limit: Option<u32>,
        order: Option<models::SortOrder>,
        cursor: Option<String>,
        context: &C) -> Result<DatapointValuesListResponse, ApiError>
    {
        info!("datapoint_values_list({:?}, {:?}, {:?}, {:?}, {:?}, {:?}) - X-Span-ID: {:?}", datapoint_id, from, to, limit, order, cursor, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Write a batch of values of one datapoint, all or nothing.
    async fn datapoint_values_write<'a>(
        &self,
        datapoint_id: i64,
        value_write: &'a Vec<models::ValueWrite>,
        context: &C) -> Result<DatapointValuesWriteResponse, ApiError>
    {
        info!("datapoint_values_write({:?}, {:?}) - X-Span-ID: {:?}", datapoint_id, value_write, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

}
