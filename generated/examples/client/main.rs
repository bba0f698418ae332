#![allow(missing_docs, unused_variables, trivial_casts)]


#[allow(unused_imports)]
use futures::{future, Stream, stream};
#[allow(unused_imports)]
use joule_api::{Api, ApiNoContext, Claims, Client, ContextWrapperExt, models,
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
use clap::{Command, Arg};

// NOTE: Set environment variable RUST_LOG to the name of the executable (or "cargo run") to activate console logging for all loglevels.
//     See https://docs.rs/env_logger/latest/env_logger/  for more details

#[allow(unused_imports)]
use log::info;

// swagger::Has may be unused if there are no examples
#[allow(unused_imports)]
use swagger::{AuthData, ContextBuilder, EmptyContext, Has, Push, XSpanIdString};

type ClientContext = swagger::make_context_ty!(ContextBuilder, EmptyContext, Option<AuthData>, XSpanIdString);

mod client_auth;
use client_auth::build_token;


// rt may be unused if there are no examples
#[allow(unused_mut)]
fn main() {
    env_logger::init();

    let matches = Command::new("client")
        .arg(Arg::new("operation")
            .help("Sets the operation to run")
            .value_parser(Vec::<&str>::from([
                "ApiKeysList",
                "ApiKeyDelete",
                "AuthLogout",
                "AuthMe",
                "DataExport",
                "DataImport",
                "LineWrite",
                "ConnectorsList",
                "ConnectorAvailableDatapoints",
                "ConnectorDelete",
                "ConnectorGet",
                "ConnectorLogs",
                "ConnectorRawMessages",
                "ScheduleGet",
                "SchedulePut",
                "SchedulesHistory",
                "SetpointGet",
                "SetpointPut",
                "SetpointsHistory",
                "DatapointsImport",
                "DatapointsList",
                "DatapointDelete",
                "DatapointGet",
                "DevicesList",
                "DeviceDelete",
                "DeviceGet",
                "Health",
                "Ready",
                "LiveSocket",
                "LiveStream",
                "SitesList",
                "SiteDelete",
                "SiteGet",
                "UsersList",
                "UserDelete",
                "UserGet",
                "ValuesLatest",
                "ValuesWrite",
                "DatapointValueLatest",
                "DatapointValuesDelete",
                "DatapointValuesList",
                "DatapointValuesWrite",
            ]))
            .required(true)
            .index(1))
        .arg(Arg::new("https")
            .long("https")
            .help("Whether to use HTTPS or not"))
        .arg(Arg::new("host")
            .long("host")
            .default_value("localhost")
            .help("Hostname to contact"))
        .arg(Arg::new("port")
            .long("port")
            .value_parser(clap::value_parser!(u16))
            .default_value("8080")
            .help("Port to contact"))
        .get_matches();

    // Create Bearer-token with a fixed key (secret) for test purposes.
    // In a real (production) system this Bearer token should be obtained via an external Identity/Authentication-server
    // Ensure that you set the correct algorithm and encodingkey that matches what is used on the server side.
    // See https://github.com/Keats/jsonwebtoken for more information
    let auth_token = build_token(
            Claims {
                sub: "tester@acme.com".to_owned(),
                company: "ACME".to_owned(),
                iss: "my_identity_provider".to_owned(),
                // added a very long expiry time
                aud: "org.acme.Resource_Server".to_string(),
                exp: 10000000000,
                // In this example code all available Scopes are added, so the current Bearer Token gets fully authorization.
                scopes:
                  "".to_owned()
            },
            b"secret").unwrap();

    let auth_data = if !auth_token.is_empty() {
        Some(AuthData::Bearer(auth_token))
    } else {
        // No Bearer-token available, so return None
        None
    };

    let is_https = matches.contains_id("https");
    let base_url = format!("{}://{}:{}",
        if is_https { "https" } else { "http" },
        matches.get_one::<String>("host").unwrap(),
        matches.get_one::<u16>("port").unwrap());

    let context: ClientContext =
        swagger::make_context!(ContextBuilder, EmptyContext, auth_data, XSpanIdString::default());

    let mut client : Box<dyn ApiNoContext<ClientContext>> = {
        #[cfg(feature = "client-tls")]
        {
            if is_https {
                // Using HTTPS with native-tls
                let client = Box::new(Client::try_new_https(&base_url)
                    .expect("Failed to create HTTPS client"));
                Box::new(client.with_context(context))
            } else {
                // Using HTTP
                let client = Box::new(Client::try_new_http(&base_url)
                    .expect("Failed to create HTTP client"));
                Box::new(client.with_context(context))
            }
        }

        #[cfg(not(feature = "client-tls"))]
        {
            if is_https {
                panic!("HTTPS requested but TLS support not enabled. \
                        Enable the 'client-tls' feature to use HTTPS.");
            }
            // Using HTTP only
            let client = Box::new(Client::try_new_http(&base_url)
                .expect("Failed to create HTTP client"));
            Box::new(client.with_context(context))
        }
    };

    let mut rt = tokio::runtime::Runtime::new().unwrap();

    match matches.get_one::<String>("operation").map(String::as_str) {
        /* Disabled because there's no example.
        Some("ApiKeyCreate") => {
            let result = rt.block_on(client.api_key_create(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("ApiKeysList") => {
            let result = rt.block_on(client.api_keys_list(
                  Some(0),
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("ApiKeyDelete") => {
            let result = rt.block_on(client.api_key_delete(
                  0
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("AuthLogin") => {
            let result = rt.block_on(client.auth_login(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("AuthLogout") => {
            let result = rt.block_on(client.auth_logout(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("AuthMe") => {
            let result = rt.block_on(client.auth_me(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("AuthPasswordChange") => {
            let result = rt.block_on(client.auth_password_change(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("AuthRefresh") => {
            let result = rt.block_on(client.auth_refresh(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("DataExport") => {
            let result = rt.block_on(client.data_export(
                  Some(&Vec::new()),
                  Some(0),
                  None,
                  None,
                  Some(models::BulkFormat::Csv)
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("DataImport") => {
            let result = rt.block_on(client.data_import(
                  "body_example".to_string(),
                  Some(models::BulkFormat::Csv)
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("LineWrite") => {
            let result = rt.block_on(client.line_write(
                  "body_example".to_string(),
                  Some(models::LinePrecision::Ns),
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("ComputeSum") => {
            let result = rt.block_on(client.compute_sum(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("ConnectorCreate") => {
            let result = rt.block_on(client.connector_create(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("ConnectorsList") => {
            let result = rt.block_on(client.connectors_list(
                  Some(0),
                  Some(0),
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("ConnectorAvailableDatapoints") => {
            let result = rt.block_on(client.connector_available_datapoints(
                  0
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("ConnectorDelete") => {
            let result = rt.block_on(client.connector_delete(
                  0
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("ConnectorGet") => {
            let result = rt.block_on(client.connector_get(
                  0
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("ConnectorLogs") => {
            let result = rt.block_on(client.connector_logs(
                  0,
                  Some(0)
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("ConnectorRawMessages") => {
            let result = rt.block_on(client.connector_raw_messages(
                  0,
                  Some(0)
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("ConnectorUpdate") => {
            let result = rt.block_on(client.connector_update(
                  0,
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("ScheduleGet") => {
            let result = rt.block_on(client.schedule_get(
                  0
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("SchedulePut") => {
            let result = rt.block_on(client.schedule_put(
                  0,
                  &Vec::new()
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("SchedulesHistory") => {
            let result = rt.block_on(client.schedules_history(
                  0,
                  None,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("SetpointGet") => {
            let result = rt.block_on(client.setpoint_get(
                  0
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("SetpointPut") => {
            let result = rt.block_on(client.setpoint_put(
                  0,
                  &Vec::new()
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("SetpointsHistory") => {
            let result = rt.block_on(client.setpoints_history(
                  0,
                  None,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("DatapointCreate") => {
            let result = rt.block_on(client.datapoint_create(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("DatapointsImport") => {
            let result = rt.block_on(client.datapoints_import(
                  &Vec::new()
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("DatapointsList") => {
            let result = rt.block_on(client.datapoints_list(
                  Some(0),
                  Some(0),
                  Some(0),
                  Some(models::DatapointType::Sensor),
                  Some(models::DataFormat::GenericNumeric),
                  None,
                  None,
                  Some(0),
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("DatapointDelete") => {
            let result = rt.block_on(client.datapoint_delete(
                  0
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("DatapointGet") => {
            let result = rt.block_on(client.datapoint_get(
                  0
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("DatapointUpdate") => {
            let result = rt.block_on(client.datapoint_update(
                  0,
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("DeviceCreate") => {
            let result = rt.block_on(client.device_create(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("DevicesList") => {
            let result = rt.block_on(client.devices_list(
                  Some(0),
                  Some(0),
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("DeviceDelete") => {
            let result = rt.block_on(client.device_delete(
                  0,
                  Some(true)
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("DeviceGet") => {
            let result = rt.block_on(client.device_get(
                  0
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("DeviceUpdate") => {
            let result = rt.block_on(client.device_update(
                  0,
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("Health") => {
            let result = rt.block_on(client.health(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("Ready") => {
            let result = rt.block_on(client.ready(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("LiveSocket") => {
            let result = rt.block_on(client.live_socket(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("LiveStream") => {
            let result = rt.block_on(client.live_stream(
                  &Vec::new(),
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("SiteCreate") => {
            let result = rt.block_on(client.site_create(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("SitesList") => {
            let result = rt.block_on(client.sites_list(
                  Some(0),
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("SiteDelete") => {
            let result = rt.block_on(client.site_delete(
                  0,
                  Some(true)
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("SiteGet") => {
            let result = rt.block_on(client.site_get(
                  0
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("SiteUpdate") => {
            let result = rt.block_on(client.site_update(
                  0,
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("UserCreate") => {
            let result = rt.block_on(client.user_create(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("UsersList") => {
            let result = rt.block_on(client.users_list(
                  Some(0),
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("UserDelete") => {
            let result = rt.block_on(client.user_delete(
                  0
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("UserGet") => {
            let result = rt.block_on(client.user_get(
                  0
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("UserUpdate") => {
            let result = rt.block_on(client.user_update(
                  0,
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("IngestTtn") => {
            let result = rt.block_on(client.ingest_ttn(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("Timeseries") => {
            let result = rt.block_on(client.timeseries(
                  &Vec::new(),
                  ???,
                  ???,
                  models::Interval::Variant1m,
                  Some(&Vec::new()),
                  Some(models::Fill::None),
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("ValuesLatest") => {
            let result = rt.block_on(client.values_latest(
                  &Vec::new()
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("ValuesWrite") => {
            let result = rt.block_on(client.values_write(
                  &Vec::new()
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("DatapointAggregate") => {
            let result = rt.block_on(client.datapoint_aggregate(
                  0,
                  ???,
                  ???,
                  models::Interval::Variant1m,
                  Some(&Vec::new()),
                  Some(models::Fill::None),
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("DatapointValueLatest") => {
            let result = rt.block_on(client.datapoint_value_latest(
                  0
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("DatapointValuesDelete") => {
            let result = rt.block_on(client.datapoint_values_delete(
                  0,
                  None,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("DatapointValuesList") => {
            let result = rt.block_on(client.datapoint_values_list(
                  0,
                  None,
                  None,
                  Some(0),
                  Some(models::SortOrder::Asc),
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("DatapointValuesWrite") => {
            let result = rt.block_on(client.datapoint_values_write(
                  0,
                  &Vec::new()
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        _ => {
            panic!("Invalid operation provided")
        }
    }
}
