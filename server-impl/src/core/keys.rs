//! API keys: the secret is made and shown once; only its hash is kept.

use super::rules::MAX_NAME_LEN;
use super::{Core, CoreError};
use crate::auth;
use joule_db::models::{ApiKey, NewApiKey, Page, PageRequest};
use joule_db::queries::auth as q;
use joule_db::FieldError;
use joule_db::KeyRole;

/// Characters of the secret kept to recognise a key (`jk_` and 6 more).
const SHOWN_PREFIX: usize = 9;

/// A key to make. `site_ids`: the only sites it reaches (`None`: every site).
#[derive(Debug, Clone)]
pub struct NewKey {
    pub name: String,
    pub role: String,
    pub site_ids: Option<Vec<i64>>,
}

/// A key just made, with the secret that is never shown again.
pub struct CreatedKey {
    pub key: ApiKey,
    pub secret: String,
}

impl Core {
    pub async fn api_keys_list(&self, page: PageRequest) -> Result<Page<ApiKey>, CoreError> {
        self.db.run(move |c| q::api_keys_list(c, page)).await
    }

    /// `created_by`: the user making it; `by`: who, for the log.
    pub async fn api_key_create(
        &self,
        new: NewKey,
        created_by: Option<i64>,
        by: &str,
    ) -> Result<CreatedKey, CoreError> {
        let mut errors = Vec::new();
        let name = new.name.trim().to_string();
        if name.is_empty() || name.len() > MAX_NAME_LEN {
            errors.push(FieldError::new(
                "name",
                format!("must be 1 to {MAX_NAME_LEN} bytes"),
            ));
        }
        let role = super::rules::parse_into::<KeyRole>("role", &new.role, &mut errors);
        let site_ids = new.site_ids.map(|mut ids| {
            ids.sort_unstable();
            ids.dedup();
            ids
        });
        match site_ids.clone() {
            Some(ids) if ids.is_empty() => errors.push(FieldError::new(
                "site_ids",
                "give at least one site, or null for every site",
            )),
            Some(ids) => {
                let missing = self.db.run(move |c| q::sites_missing(c, &ids)).await?;
                for id in missing {
                    errors.push(FieldError::new("site_ids", format!("no site has id {id}")));
                }
            }
            None => {}
        }
        let Some(role) = role.filter(|_| errors.is_empty()) else {
            return Err(CoreError::invalid(errors));
        };
        let secret = auth::new_api_key();
        let stored = NewApiKey {
            name,
            prefix: secret.chars().take(SHOWN_PREFIX).collect(),
            key_hash: auth::token_hash(&secret),
            role,
            site_ids,
            created_by,
            created_at: joule_db::now_micros(),
        };
        let key = self.db.run(move |c| q::api_key_create(c, &stored)).await?;
        log::info!("API key {} ({}) created by {by}", key.id, key.name);
        Ok(CreatedKey { key, secret })
    }

    /// Revokes a key: the next request with it is refused.
    pub async fn api_key_delete(&self, id: i64, by: &str) -> Result<(), CoreError> {
        self.db.run(move |c| q::api_key_delete(c, id)).await?;
        self.auth.forget_keys();
        log::info!("API key {id} revoked by {by}");
        Ok(())
    }
}
