#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test
//! End-to-end tests: each test starts the real `joule` binary on 127.0.0.1:0 with a
//! fresh database (SQLite by default; PostgreSQL when `JOULE_TEST_POSTGRES_URL` is
//! set) and drives it through the generated client, or raw HTTP where the test is
//! about the wire format itself.

mod access;
mod aggregate;
mod analytics;
mod auth;
mod bad_input;
mod bounds;
mod bulk;
mod cli;
mod compute;
mod connectors;
mod control;
mod crash;
mod datapoints;
mod devices;
mod docs;
mod errors;
mod hostile;
mod instances;
mod latest;
mod live;
mod metrics;
mod mqtt;
mod outage;
mod overload;
mod robust;
mod scope;
mod sites;
mod soak;
mod sse;
mod support;
mod tls;
mod ttn;
mod user_cli;
mod values;
mod ws;
