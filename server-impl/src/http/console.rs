//! The web console: plain JS modules and the vendored uPlot (see
//! assets/console/vendor/uplot/VERSION), compiled in and served at `/` and
//! `/console/…`. It is a client of the API like any other: it holds no rule.

use super::docs::DocsAnswer;
use bytes::Bytes;

/// One file of the console, compiled in.
struct Asset {
    name: &'static str,
    content_type: &'static str,
    body: &'static [u8],
}

macro_rules! asset {
    ($name:literal, $type:expr) => {
        Asset {
            name: $name,
            content_type: $type,
            body: include_bytes!(concat!("../../assets/console/", $name)),
        }
    };
}

const JS: &str = "text/javascript; charset=utf-8";

const ASSETS: &[Asset] = &[
    asset!("index.html", "text/html; charset=utf-8"),
    asset!("console.css", "text/css; charset=utf-8"),
    asset!("app.js", JS),
    asset!("api.js", JS),
    asset!("ui.js", JS),
    asset!("registry.js", JS),
    asset!("admin.js", JS),
    asset!("datapoint.js", JS),
    asset!("chart.js", JS),
    asset!("live.js", JS),
    asset!("vendor/uplot/uPlot.esm.js", JS),
    asset!("vendor/uplot/uPlot.min.css", "text/css; charset=utf-8"),
    asset!("vendor/uplot/LICENSE", "text/plain; charset=utf-8"),
];

/// The folder the console's files are served from.
pub const PREFIX: &str = "/console/";

/// Answers `path` (from the server root) if it is the console's page or one of its
/// files: `/` and `/console/` are the page.
pub fn answer(path: &str) -> Option<DocsAnswer> {
    let name = if path == "/" {
        ""
    } else {
        path.strip_prefix(PREFIX)?
    };
    let name = if name.is_empty() { "index.html" } else { name };
    let asset = ASSETS.iter().find(|a| a.name == name)?;
    Some(DocsAnswer::File {
        content_type: asset.content_type,
        body: Bytes::from_static(asset.body),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(path: &str) -> (String, String) {
        match answer(path) {
            Some(DocsAnswer::File { content_type, body }) => (
                content_type.to_string(),
                String::from_utf8_lossy(&body).into_owned(),
            ),
            _ => panic!("{path} is not a console file"),
        }
    }

    #[test]
    fn the_root_and_the_folder_are_the_page() {
        let (root_type, root) = body("/");
        assert!(root_type.starts_with("text/html"));
        assert_eq!(body("/console/").1, root);
        assert_eq!(body("/console/index.html").1, root);
        assert!(answer("/console/nothing.js").is_none());
        assert!(answer("/console").is_none());
        assert!(answer("/index.html").is_none());
    }

    #[test]
    fn every_module_the_page_imports_is_served() {
        // Each `from './x.js'` of every served module names a served file, so a
        // renamed module cannot leave the page broken.
        for asset in ASSETS.iter().filter(|a| a.content_type == JS) {
            let text = String::from_utf8_lossy(asset.body);
            for import in text.split("from '").skip(1) {
                let target = import.split('\'').next().unwrap_or_default();
                let target = target.trim_start_matches("./");
                let folder = asset.name.rsplit_once('/').map_or("", |(f, _)| f);
                let full = if folder.is_empty() {
                    target.to_string()
                } else {
                    format!("{folder}/{target}")
                };
                assert!(
                    answer(&format!("{PREFIX}{full}")).is_some(),
                    "{} imports {full}, which is not served",
                    asset.name
                );
            }
        }
        let (_, page) = body("/");
        assert!(
            !page.contains("http://") && !page.contains("https://"),
            "no CDN"
        );
    }
}
