//! The spec (JSON and YAML) and Swagger UI, served from inside the binary.

use bytes::Bytes;

/// One file of Swagger UI, compiled in (see assets/swagger-ui/VERSION).
struct Asset {
    name: &'static str,
    content_type: &'static str,
    body: &'static [u8],
}

macro_rules! asset {
    ($name:literal, $type:literal) => {
        Asset {
            name: $name,
            content_type: $type,
            body: include_bytes!(concat!("../../assets/swagger-ui/", $name)),
        }
    };
}

const ASSETS: &[Asset] = &[
    asset!("index.html", "text/html; charset=utf-8"),
    asset!("swagger-initializer.js", "text/javascript; charset=utf-8"),
    asset!("swagger-ui-bundle.js", "text/javascript; charset=utf-8"),
    asset!(
        "swagger-ui-standalone-preset.js",
        "text/javascript; charset=utf-8"
    ),
    asset!("swagger-ui.css", "text/css; charset=utf-8"),
    asset!("oauth2-redirect.html", "text/html; charset=utf-8"),
    asset!("favicon-32x32.png", "image/png"),
    asset!("favicon-16x16.png", "image/png"),
];

/// The API document in both forms, prepared once at start-up.
#[derive(Debug, Clone)]
pub struct Docs {
    yaml: Bytes,
    json: Bytes,
    /// The AsyncAPI document of the live doors and MQTT topics.
    asyncapi: Bytes,
}

/// What a docs route answers: a body and its content type, or a redirect.
pub enum DocsAnswer {
    File {
        content_type: &'static str,
        body: Bytes,
    },
    Redirect(String),
}

impl Docs {
    /// Parses the spec once; a spec that is not valid YAML is a build defect.
    pub fn new(spec_yaml: &'static str) -> Result<Self, serde_yaml::Error> {
        let value: serde_json::Value = serde_yaml::from_str(spec_yaml)?;
        let json = serde_json::to_vec_pretty(&value).unwrap_or_default();
        Ok(Docs {
            yaml: Bytes::from_static(spec_yaml.as_bytes()),
            json: Bytes::from(json),
            asyncapi: Bytes::new(),
        })
    }

    /// Serves `asyncapi_yaml` at `/asyncapi.yaml`. Its payloads refer to the
    /// spec by its file name in the repository; served, they refer to the spec
    /// served beside it.
    pub fn with_asyncapi(mut self, asyncapi_yaml: &str) -> Self {
        let served = asyncapi_yaml.replace("'api-spec.yaml#", "'openapi.yaml#");
        self.asyncapi = Bytes::from(served);
        self
    }

    /// The spec as a JSON value.
    pub fn spec(&self) -> serde_json::Value {
        serde_json::from_slice(&self.json).unwrap_or_default()
    }

    /// The spec as pretty-printed JSON.
    pub fn json_text(&self) -> String {
        String::from_utf8_lossy(&self.json).into_owned()
    }

    /// Answers `path` (below the API base path) if it is a docs route.
    pub fn answer(&self, path: &str) -> Option<DocsAnswer> {
        let file = |content_type, body: &Bytes| {
            Some(DocsAnswer::File {
                content_type,
                body: body.clone(),
            })
        };
        match path {
            "/openapi.json" => file("application/json", &self.json),
            "/openapi.yaml" => file("application/yaml", &self.yaml),
            "/asyncapi.yaml" if !self.asyncapi.is_empty() => {
                file("application/yaml", &self.asyncapi)
            }
            "/ui" => Some(DocsAnswer::Redirect(format!(
                "{}/ui/",
                joule_api::BASE_PATH
            ))),
            _ => {
                let name = path.strip_prefix("/ui/")?;
                let name = if name.is_empty() { "index.html" } else { name };
                let asset = ASSETS.iter().find(|a| a.name == name)?;
                Some(DocsAnswer::File {
                    content_type: asset.content_type,
                    body: Bytes::from_static(asset.body),
                })
            }
        }
    }
}
