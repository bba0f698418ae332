//! The bulk doors, answered by the front door rather than the generated router
//! (which would buffer a body whole as one `String` and cannot stream an answer):
//! line protocol in (`POST /api/v1/write` and InfluxDB's own `POST /write` and
//! `POST /api/v2/write`, outside the base path), the streamed export and the
//! streamed import. Each converts and calls the core (`core::lines`,
//! `core::export`, `core::import`).

use super::front::{full, Body};
use super::problem::{failure_response, Failure};
use crate::access::{parse_id, Caller};
use crate::core::export::ExportOf;
use crate::core::import::Import;
use crate::core::lines::Precision;
use crate::core::rows::{render, Format, Stored};
use crate::core::{timestamps, Core, CoreError};
use base64::Engine as _;
use bytes::Bytes;
use http_body_util::{BodyExt, Limited, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::header::{
    HeaderValue, ACCEPT_ENCODING, AUTHORIZATION, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE,
    VARY,
};
use hyper::{HeaderMap, Response, StatusCode};
use std::io::Write as _;
use std::time::Duration;

/// Where a line protocol request came in: Joule's route, or InfluxDB's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    Joule,
    /// `POST /write` of InfluxDB 1.x.
    V1,
    /// `POST /api/v2/write` of InfluxDB 2.x.
    V2,
}

/// InfluxDB's write paths, served outside the base path as Joule's `/write`.
pub fn influx_path(path: &str) -> Option<Flavor> {
    match path {
        "/write" => Some(Flavor::V1),
        "/api/v2/write" => Some(Flavor::V2),
        _ => None,
    }
}

/// How much a bulk request may send.
#[derive(Debug, Clone, Copy)]
pub struct BulkLimits {
    /// Bytes of one line protocol write, after decompression.
    pub write_bytes: usize,
    /// Bytes of one import, after decompression.
    pub import_bytes: usize,
    /// The longest wait for the next part of a body (408 beyond).
    pub read_timeout: Duration,
}

/// InfluxDB clients send API tokens as `Authorization: Token …` (and 1.x ones as
/// basic auth or `?p=`): all of them are taken as an API key.
pub fn influx_credentials(headers: &mut HeaderMap, query: Option<&str>) {
    let given = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split_once(' '))
        .map(|(scheme, rest)| (scheme.to_ascii_lowercase(), rest.trim().to_string()));
    let key = match given {
        Some((scheme, token)) if scheme == "token" => Some(token),
        Some((scheme, basic)) if scheme == "basic" => base64::engine::general_purpose::STANDARD
            .decode(basic)
            .ok()
            .and_then(|raw| String::from_utf8(raw).ok())
            .and_then(|pair| pair.split_once(':').map(|(_, p)| p.to_string())),
        Some(_) => return,
        None if headers.contains_key(super::api::auth::API_KEY_HEADER) => return,
        None => form_urlencoded::parse(query.unwrap_or_default().as_bytes())
            .find(|(name, _)| name == "p")
            .map(|(_, p)| p.into_owned()),
    };
    if let Some(value) = key.and_then(|k| HeaderValue::from_str(&k).ok()) {
        headers.remove(AUTHORIZATION);
        headers.insert(super::api::auth::API_KEY_HEADER, value);
    }
}

/// A failure as the client expects it: a problem, or InfluxDB's JSON error.
pub fn fail(flavor: Flavor, failure: Failure) -> Response<Body> {
    if flavor == Flavor::Joule {
        return failure_response(&failure);
    }
    let mut message = failure.detail.clone();
    let said = matches!(&failure.errors[..], [one] if message.contains(&one.message));
    if !failure.errors.is_empty() && !said {
        let listed: Vec<String> = failure
            .errors
            .iter()
            .map(|e| format!("{}: {}", e.field, e.message))
            .collect();
        message = format!("{message}: {}", listed.join("; "));
    }
    let body = match flavor {
        Flavor::V2 => {
            let code = match failure.status.as_u16() {
                400 => "invalid",
                401 => "unauthorized",
                403 => "forbidden",
                404 => "not found",
                413 => "request too large",
                503 => "unavailable",
                _ => "internal error",
            };
            serde_json::json!({ "code": code, "message": message })
        }
        _ => serde_json::json!({ "error": message }),
    };
    let mut response = Response::new(full(body.to_string()));
    *response.status_mut() = failure.status;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    if let Ok(value) = HeaderValue::from_str(&message.chars().take(500).collect::<String>()) {
        headers.insert("x-influxdb-error", value);
    }
    response
}

/// A refused write is a 400 (InfluxDB's status for bad points), never a 422.
fn write_failure(e: CoreError) -> Failure {
    let mut failure = Failure::from(e);
    if failure.status == StatusCode::UNPROCESSABLE_ENTITY {
        failure.status = StatusCode::BAD_REQUEST;
    }
    failure
}

/// Whether the body is gzip (415 for any other coding).
fn gzipped(headers: &HeaderMap) -> Result<bool, Failure> {
    match headers
        .get(CONTENT_ENCODING)
        .map(|v| v.to_str().map(str::trim))
    {
        None => Ok(false),
        Some(Ok(c)) if c.eq_ignore_ascii_case("gzip") => Ok(true),
        Some(Ok(c)) if c.eq_ignore_ascii_case("identity") || c.is_empty() => Ok(false),
        _ => Err(Failure::new(
            415,
            "Content-Encoding must be gzip or identity",
        )),
    }
}

fn too_large(limit: usize) -> Failure {
    Failure::new(
        413,
        format!("the request body is larger than the limit of {limit} bytes"),
    )
}

/// The query's parameters; one not in `known` is a 400.
fn params(query: Option<&str>, known: &[&str]) -> Result<Vec<(String, String)>, Failure> {
    let mut found = Vec::new();
    for (name, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        if !known.contains(&name.as_ref()) {
            return Err(Failure::bad_request(
                &name,
                format!(
                    "unknown query parameter; this route takes {}",
                    known.join(", ")
                ),
            ));
        }
        found.push((name.into_owned(), value.into_owned()));
    }
    Ok(found)
}

fn param<'a>(params: &'a [(String, String)], name: &str) -> Option<&'a str> {
    params
        .iter()
        .rev()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// `POST /write` in any flavor: 204 once every value is stored.
pub async fn write(
    core: &Core,
    caller: &Caller,
    headers: &HeaderMap,
    query: Option<&str>,
    body: Incoming,
    limits: BulkLimits,
) -> Result<Response<Body>, Failure> {
    // InfluxDB's clients add parameters of their own; unknown ones are ignored there.
    let params: Vec<(String, String)> =
        form_urlencoded::parse(query.unwrap_or_default().as_bytes())
            .into_owned()
            .collect();
    let precision = match param(&params, "precision") {
        None | Some("") => Precision::Nanos,
        Some(p) => Precision::parse(p).ok_or_else(|| {
            Failure::bad_request(
                "precision",
                format!("'{p}' is not a precision; use ns, us, ms, s, m or h"),
            )
        })?,
    };
    let gzip = gzipped(headers)?;
    let declared = headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limits.write_bytes as u64) {
        return Err(too_large(limits.write_bytes));
    }
    let read = Limited::new(body, limits.write_bytes).collect();
    let raw = match tokio::time::timeout(limits.read_timeout, read).await {
        Ok(Ok(collected)) => collected.to_bytes(),
        Ok(Err(e)) if e.is::<http_body_util::LengthLimitError>() => {
            return Err(too_large(limits.write_bytes))
        }
        Ok(Err(e)) => {
            return Err(Failure::new(
                400,
                format!("the request body could not be read: {e}"),
            ))
        }
        Err(_) => return Err(Failure::new(408, "the request body did not arrive in time")),
    };
    let text = if gzip {
        let mut out = Vec::new();
        let mut decoder = flate2::read::GzDecoder::new(&raw[..]);
        let read = std::io::Read::read_to_end(
            &mut std::io::Read::take(&mut decoder, limits.write_bytes as u64 + 1),
            &mut out,
        );
        read.map_err(|e| Failure::new(400, format!("the gzip body cannot be read: {e}")))?;
        if out.len() > limits.write_bytes {
            return Err(too_large(limits.write_bytes));
        }
        out
    } else {
        raw.to_vec()
    };
    let text = String::from_utf8(text)
        .map_err(|_| Failure::bad_request("body", "line protocol must be UTF-8 text"))?;
    if text.trim().is_empty() {
        return Err(Failure::bad_request("body", "holds no lines"));
    }
    core.write_lines(caller, &text, precision)
        .await
        .map_err(write_failure)?;
    let mut response = Response::new(full(Bytes::new()));
    *response.status_mut() = StatusCode::NO_CONTENT;
    Ok(response)
}

fn time_param(
    params: &[(String, String)],
    name: &str,
) -> Result<Option<chrono::DateTime<chrono::Utc>>, Failure> {
    param(params, name)
        .map(|t| {
            chrono::DateTime::parse_from_rfc3339(t)
                .map(|t| t.to_utc())
                .map_err(|e| {
                    Failure::bad_request(name, format!("'{t}' is not an RFC 3339 date-time ({e})"))
                })
        })
        .transpose()
}

fn format_param(params: &[(String, String)]) -> Result<Format, Failure> {
    match param(params, "format") {
        None => Ok(Format::Csv),
        Some(f) => Format::parse(f).ok_or_else(|| {
            Failure::bad_request("format", format!("'{f}' is not csv, ndjson or lp"))
        }),
    }
}

/// `GET /export`: the rows as they are read, then the trailer.
pub async fn export(
    core: &Core,
    caller: &Caller,
    headers: &HeaderMap,
    query: Option<&str>,
) -> Result<Response<Body>, Failure> {
    let params = params(query, &["datapoint_ids", "site_id", "from", "to", "format"])?;
    let format = format_param(&params)?;
    let from = time_param(&params, "from")?;
    let to = time_param(&params, "to")?;
    let range = timestamps::range(from, to).map_err(|(f, m)| Failure::bad_request(f, m))?;
    let mut ids = Vec::new();
    for (_, list) in params.iter().filter(|(n, _)| n == "datapoint_ids") {
        for item in list.split(',') {
            ids.push(parse_id(item.trim()).ok_or_else(|| {
                Failure::bad_request("datapoint_ids", format!("'{item}' is not an id"))
            })?);
        }
    }
    let site = param(&params, "site_id")
        .map(|s| {
            parse_id(s)
                .ok_or_else(|| Failure::bad_request("site_id", format!("'{s}' is not an id")))
        })
        .transpose()?;
    let of = match (ids.is_empty(), site) {
        (false, None) => ExportOf::Ids(ids),
        (true, Some(site)) => ExportOf::Site(site),
        _ => {
            return Err(Failure::bad_request(
                "datapoint_ids",
                "give either datapoint_ids or site_id",
            ))
        }
    };
    let datapoints = core.export_datapoints(caller, of).await?;
    let gzip = headers
        .get_all(ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|c| {
            let mut parts = c.split(';');
            let name = parts.next().unwrap_or("").trim();
            let refused = parts.any(|p| p.trim().replace(' ', "") == "q=0");
            name.eq_ignore_ascii_case("gzip") && !refused
        });
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Bytes>(4);
    tokio::spawn(stream_export(
        core.clone(),
        datapoints,
        range,
        format,
        gzip,
        tx,
    ));
    let stream = futures::stream::poll_fn(move |cx| {
        rx.poll_recv(cx)
            .map(|next| next.map(|b| Ok::<_, std::convert::Infallible>(Frame::data(b))))
    });
    let mut response = Response::new(BodyExt::boxed(StreamBody::new(stream)));
    let h = response.headers_mut();
    h.insert(
        CONTENT_TYPE,
        HeaderValue::from_static(format.content_type()),
    );
    h.insert(VARY, HeaderValue::from_static("accept-encoding"));
    if gzip {
        h.insert(CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    Ok(response)
}

/// What an export sends: plain, or through one gzip stream flushed per page.
enum Out {
    Plain,
    Gzip(flate2::write::GzEncoder<Vec<u8>>),
}

impl Out {
    /// The bytes to send for `chunk`.
    fn pass(&mut self, chunk: Vec<u8>) -> Vec<u8> {
        match self {
            Out::Plain => chunk,
            Out::Gzip(encoder) => {
                // Writing to a Vec cannot fail.
                let _ = encoder.write_all(&chunk);
                let _ = encoder.flush();
                std::mem::take(encoder.get_mut())
            }
        }
    }

    fn end(self, last: Vec<u8>) -> Vec<u8> {
        match self {
            Out::Plain => last,
            Out::Gzip(mut encoder) => {
                let _ = encoder.write_all(&last);
                encoder.finish().unwrap_or_default()
            }
        }
    }
}

async fn stream_export(
    core: Core,
    datapoints: Vec<crate::core::rows::Named>,
    range: (i64, i64),
    format: Format,
    gzip: bool,
    tx: tokio::sync::mpsc::Sender<Bytes>,
) {
    let mut out = if gzip {
        Out::Gzip(flate2::write::GzEncoder::new(
            Vec::new(),
            flate2::Compression::fast(),
        ))
    } else {
        Out::Plain
    };
    let (mut rows, mut skipped) = (0u64, 0u64);
    let mut chunk = format.header().as_bytes().to_vec();
    for dp in &datapoints {
        let mut after = None;
        loop {
            let (page, more) = match core.export_page(dp.id, range, after).await {
                Ok(page) => page,
                Err(e) => {
                    log::warn!("export stopped at datapoint {}: {e}", dp.id);
                    let last = format.failure(rows, &e.to_string()).into_bytes();
                    chunk.extend(last);
                    let _ = tx.send(Bytes::from(out.end(chunk))).await;
                    return;
                }
            };
            after = page.last().map(|r| r.ts);
            for row in &page {
                let stored = Stored {
                    ts: row.ts,
                    num: row.num,
                    txt: row.txt.as_deref(),
                };
                if render(format, dp, &stored, &mut chunk) {
                    rows += 1;
                } else {
                    skipped += 1;
                }
            }
            if chunk.len() >= 64 * 1024 {
                let bytes = out.pass(std::mem::take(&mut chunk));
                if !bytes.is_empty() && tx.send(Bytes::from(bytes)).await.is_err() {
                    // The client is gone.
                    return;
                }
            }
            if !more {
                break;
            }
        }
    }
    chunk.extend(format.trailer(rows, skipped).into_bytes());
    let _ = tx.send(Bytes::from(out.end(chunk))).await;
}

/// `POST /import`: the body read as it arrives, committed in chunks.
pub async fn import(
    core: &Core,
    caller: &Caller,
    headers: &HeaderMap,
    query: Option<&str>,
    mut body: Incoming,
    limits: BulkLimits,
) -> Result<Response<Body>, Failure> {
    let params = params(query, &["format"])?;
    let format = format_param(&params)?;
    let gzip = gzipped(headers)?;
    let limit = limits.import_bytes;
    let declared = headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(too_large(limit));
    }
    let mut import = Import::new(core.clone(), caller.clone(), format);
    let mut decoder = gzip.then(|| flate2::write::GzDecoder::new(Vec::new()));
    let (mut received, mut decoded) = (0usize, 0usize);
    loop {
        let frame = match tokio::time::timeout(limits.read_timeout, body.frame()).await {
            Ok(Some(Ok(frame))) => frame,
            Ok(None) => break,
            Ok(Some(Err(e))) => {
                return Err(Failure::new(
                    400,
                    format!("the request body could not be read: {e}"),
                ))
            }
            Err(_) => return Err(Failure::new(408, "the request body stopped arriving")),
        };
        let Ok(data) = frame.into_data() else {
            continue;
        };
        received += data.len();
        if received > limit {
            return Err(too_large(limit));
        }
        let plain = match decoder.as_mut() {
            Some(decoder) => {
                decoder
                    .write_all(&data)
                    .map_err(|e| Failure::new(400, format!("the gzip body cannot be read: {e}")))?;
                std::mem::take(decoder.get_mut())
            }
            None => data.to_vec(),
        };
        decoded += plain.len();
        if decoded > limit {
            return Err(too_large(limit));
        }
        import.feed(&plain).await?;
    }
    if let Some(decoder) = decoder {
        let rest = decoder
            .finish()
            .map_err(|e| Failure::new(400, format!("the gzip body cannot be read: {e}")))?;
        import.feed(&rest).await?;
    }
    if received == 0 {
        return Err(Failure::bad_request("body", "is empty"));
    }
    let report = import.finish().await?;
    let result = joule_api::models::ValuesImportResult {
        rows_written: report.written as i64,
        rows_refused: report.refused_total as i64,
        refused: report
            .refused
            .into_iter()
            .map(|r| joule_api::models::RefusedRow {
                line: r.line as i64,
                field: r.field,
                message: r.message,
            })
            .collect(),
    };
    let text = serde_json::to_vec(&result).unwrap_or_default();
    let mut response = Response::new(full(text));
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    Ok(response)
}
