//! Table definitions, identical on both backends (ids and timestamps are BIGINT).

diesel::table! {
    sites (id) {
        id -> BigInt,
        name -> Text,
        description -> Nullable<Text>,
        timezone -> Text,
        latitude -> Nullable<Double>,
        longitude -> Nullable<Double>,
        address -> Nullable<Text>,
        created_at -> BigInt,
        updated_at -> BigInt,
    }
}

diesel::table! {
    devices (id) {
        id -> BigInt,
        site_id -> BigInt,
        name -> Text,
        kind -> Nullable<Text>,
        manufacturer -> Nullable<Text>,
        model -> Nullable<Text>,
        serial_number -> Nullable<Text>,
        description -> Nullable<Text>,
        created_at -> BigInt,
        updated_at -> BigInt,
        ttn_device_id -> Nullable<Text>,
        ttn_mapping -> Nullable<Text>,
    }
}

diesel::table! {
    datapoints (id) {
        id -> BigInt,
        key -> Text,
        device_id -> Nullable<BigInt>,
        connector_id -> Nullable<BigInt>,
        key_in_connector -> Nullable<Text>,
        name -> Nullable<Text>,
        description -> Nullable<Text>,
        #[sql_name = "type"]
        type_ -> Text,
        data_format -> Text,
        unit -> Nullable<Text>,
        min_value -> Nullable<Double>,
        max_value -> Nullable<Double>,
        allowed_values -> Text,
        created_at -> BigInt,
        updated_at -> BigInt,
        kind -> Text,
        counter_max -> Nullable<Double>,
    }
}

diesel::table! {
    connectors (id) {
        id -> BigInt,
        name -> Text,
        description -> Nullable<Text>,
        site_id -> Nullable<BigInt>,
        raw_message_to_db -> Bool,
        last_heartbeat_at -> Nullable<BigInt>,
        next_heartbeat_at -> Nullable<BigInt>,
        available_datapoints -> Nullable<Text>,
        available_datapoints_at -> Nullable<BigInt>,
        created_at -> BigInt,
        updated_at -> BigInt,
    }
}

diesel::table! {
    connector_logs (id) {
        id -> BigInt,
        connector_id -> BigInt,
        ts -> BigInt,
        level -> Integer,
        emitter -> Nullable<Text>,
        msg -> Text,
    }
}

diesel::joinable!(devices -> sites (site_id));
diesel::joinable!(datapoints -> devices (device_id));
diesel::joinable!(datapoints -> connectors (connector_id));
diesel::joinable!(connectors -> sites (site_id));
diesel::joinable!(connector_logs -> connectors (connector_id));
diesel::joinable!(connector_raw_messages -> connectors (connector_id));

diesel::table! {
    connector_raw_messages (id) {
        id -> BigInt,
        connector_id -> BigInt,
        ts -> BigInt,
        raw_message -> Text,
    }
}

diesel::table! {
    datapoint_values (datapoint_id, ts) {
        datapoint_id -> BigInt,
        ts -> BigInt,
        num -> Nullable<Double>,
        txt -> Nullable<Text>,
    }
}

diesel::table! {
    setpoints (id) {
        id -> BigInt,
        datapoint_id -> BigInt,
        created_at -> BigInt,
        items -> Text,
    }
}

diesel::table! {
    schedules (id) {
        id -> BigInt,
        datapoint_id -> BigInt,
        created_at -> BigInt,
        items -> Text,
    }
}

diesel::joinable!(datapoint_values -> datapoints (datapoint_id));
diesel::joinable!(setpoints -> datapoints (datapoint_id));
diesel::joinable!(schedules -> datapoints (datapoint_id));
diesel::table! {
    users (id) {
        id -> BigInt,
        username -> Text,
        password_hash -> Text,
        role -> Text,
        active -> Bool,
        created_at -> BigInt,
        updated_at -> BigInt,
    }
}

diesel::table! {
    sessions (id) {
        id -> BigInt,
        user_id -> BigInt,
        created_at -> BigInt,
        revoked_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    refresh_tokens (id) {
        id -> BigInt,
        session_id -> BigInt,
        token_hash -> Text,
        created_at -> BigInt,
        expires_at -> BigInt,
        rotated_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    api_keys (id) {
        id -> BigInt,
        name -> Text,
        prefix -> Text,
        key_hash -> Text,
        role -> Text,
        site_ids -> Nullable<Text>,
        created_by -> Nullable<BigInt>,
        created_at -> BigInt,
        last_used_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    login_failures (id) {
        id -> BigInt,
        username_hash -> Text,
        address -> Text,
        at -> BigInt,
    }
}

diesel::table! {
    server_secrets (name) {
        name -> Text,
        value -> Text,
        created_at -> BigInt,
    }
}

diesel::table! {
    /// Hourly pre-aggregates of datapoint_values (see the migration for the columns).
    datapoint_rollups (datapoint_id, hour) {
        datapoint_id -> BigInt,
        hour -> BigInt,
        count -> BigInt,
        n -> BigInt,
        sum -> Nullable<Double>,
        min -> Nullable<Double>,
        max -> Nullable<Double>,
        first_ts -> Nullable<BigInt>,
        first_num -> Nullable<Double>,
        last_ts -> Nullable<BigInt>,
        last_num -> Nullable<Double>,
        area2 -> Nullable<Double>,
        up -> Nullable<Double>,
        drops -> BigInt,
        drop_from -> Nullable<Double>,
        drop_to -> Nullable<Double>,
    }
}

diesel::table! {
    rollups_stale (datapoint_id) {
        datapoint_id -> BigInt,
    }
}

diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(refresh_tokens -> sessions (session_id));
diesel::allow_tables_to_appear_in_same_query!(
    datapoint_values,
    datapoint_rollups,
    rollups_stale,
    datapoints,
    connectors,
    connector_logs,
    connector_raw_messages,
    devices,
    sites,
    setpoints,
    schedules,
    users,
    sessions,
    refresh_tokens,
    api_keys,
    login_failures,
    server_secrets
);
