//! Reading `joule.toml`: every key is checked against the key table before it is
//! used, so a misspelt key is an error rather than a setting silently not made, and
//! old flat keys at the top level are moved to their sections with a warning.

use super::keys;
use anyhow::Context as _;
use std::path::Path;

/// The file checked and in sectioned form, with a warning per old flat key.
#[derive(Debug, Default)]
pub struct Checked {
    pub table: toml::Table,
    pub warnings: Vec<String>,
}

/// Reads the file; a missing file is an error only when `required`.
pub fn read(path: &Path, required: bool) -> anyhow::Result<Checked> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Checked::default())
        }
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    let name = path.display().to_string();
    let table: toml::Table = text
        .parse()
        .with_context(|| format!("{name} is not valid TOML"))?;
    check(table, &name)
}

/// Checks the keys of a parsed file named `name` and moves flat keys to their place.
pub fn check(table: toml::Table, name: &str) -> anyhow::Result<Checked> {
    let mut checked = Checked::default();
    let mut given =
        |path: &'static str, value: toml::Value, as_written: &str| -> anyhow::Result<()> {
            let (section, key) = match path.split_once('.') {
                Some((section, key)) => (Some(section), key),
                None => (None, path),
            };
            let target = match section {
                Some(section) => checked
                    .table
                    .entry(section)
                    .or_insert_with(|| toml::Value::Table(toml::Table::new()))
                    .as_table_mut()
                    .context("a section is a table")?,
                None => &mut checked.table,
            };
            anyhow::ensure!(
                target.insert(key.to_string(), value).is_none(),
                "'{path}' is given twice in {name} (once as '{as_written}'); keep '{path}'"
            );
            Ok(())
        };
    let mut warnings = Vec::new();
    for (key, value) in table {
        if keys::SECTIONS.contains(&key.as_str()) {
            let toml::Value::Table(inner) = value else {
                anyhow::bail!("'{key}' in {name} is a section: write it as [{key}]");
            };
            for (inner_key, value) in inner {
                let path = format!("{key}.{inner_key}");
                let known = keys::known(&path)
                    .ok_or_else(|| anyhow::anyhow!(keys::unknown_key(&path, name)))?;
                given(known, value, &path)?;
            }
        } else if let Some(known) = keys::known(&key) {
            given(known, value, &key)?;
        } else if let Some(path) = keys::from_flat(&key) {
            warnings.push(format!(
                "{name}: '{key}' at the top level is an old name; it is now '{path}'"
            ));
            given(path, value, &key)?;
        } else {
            anyhow::bail!(keys::unknown_key(&key, name));
        }
    }
    checked.warnings = warnings;
    Ok(checked)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(text: &str) -> anyhow::Result<Checked> {
        check(text.parse().unwrap(), "joule.toml")
    }

    #[test]
    fn sections_pass_as_written() {
        let text = "log = \"debug\"\n[server]\nbind = \"0.0.0.0:80\"\n[database]\npool_size = 2\n";
        let out = checked(text).unwrap();
        assert!(out.warnings.is_empty());
        assert_eq!(out.table, text.parse::<toml::Table>().unwrap());
    }

    #[test]
    fn flat_keys_move_to_their_sections_with_a_warning() {
        let out = checked(
            "bind = \"0.0.0.0:80\"\ndatabase_url = \"sqlite://x.db\"\n[database]\npool_size = 2\n",
        )
        .unwrap();
        assert_eq!(out.table["server"]["bind"].as_str(), Some("0.0.0.0:80"));
        assert_eq!(out.table["database"]["url"].as_str(), Some("sqlite://x.db"));
        assert_eq!(out.table["database"]["pool_size"].as_integer(), Some(2));
        assert_eq!(out.warnings.len(), 2);
        assert!(out
            .warnings
            .iter()
            .any(|w| w.contains("'bind'") && w.contains("'server.bind'")));
    }

    #[test]
    fn unknown_keys_are_refused_with_the_nearest_name() {
        let err = checked("[server]\nbnd = \"0.0.0.0:80\"\n")
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "unknown key 'server.bnd' in joule.toml; did you mean 'server.bind'?"
        );
        let err = checked("databse_url = \"x\"\n").unwrap_err().to_string();
        assert!(
            err.contains("'databse_url'") && err.contains("'database.url'"),
            "{err}"
        );
        let err = checked("[jobs]\nurl = \"x\"\n").unwrap_err().to_string();
        assert!(err.starts_with("unknown key 'jobs' in joule.toml"), "{err}");
        let err = checked("[mqtt]\nurll = \"x\"\n").unwrap_err().to_string();
        assert!(err.contains("did you mean 'mqtt.url'"), "{err}");
        let err = checked("[serer]\nbind = \"x\"\n").unwrap_err().to_string();
        assert!(err.contains("'serer'") && err.contains("'server'"), "{err}");
        let err = checked("server = 1\n").unwrap_err().to_string();
        assert!(err.contains("[server]"), "{err}");
    }

    #[test]
    fn one_setting_given_twice_is_refused() {
        let err = checked("bind = \"a\"\n[server]\nbind = \"b\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("'server.bind' is given twice"), "{err}");
    }
}
