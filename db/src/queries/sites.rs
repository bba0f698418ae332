use super::{overfetch, write_transaction};
use crate::connection::DbConnection;
use crate::error::DbError;
use crate::models::{LocatedSite, NewSite, Page, PageRequest, Site, SiteChanges};
use crate::schema::{connectors, datapoints, devices, sites};
use diesel::prelude::*;
use std::collections::HashMap;

pub fn site_create(conn: &mut DbConnection, new: &NewSite) -> Result<Site, DbError> {
    Ok(diesel::insert_into(sites::table)
        .values(new)
        .returning(sites::all_columns)
        .get_result(conn)?)
}

pub fn site_get(conn: &mut DbConnection, id: i64) -> Result<Site, DbError> {
    sites::table
        .find(id)
        .select(Site::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| DbError::NotFound(format!("site {id}")))
}

pub fn sites_list(conn: &mut DbConnection, page: PageRequest) -> Result<Page<Site>, DbError> {
    sites_list_in(conn, None, page)
}

/// The sites list limited to `scope` (an API key's sites); `None` lists every site.
pub fn sites_list_in(
    conn: &mut DbConnection,
    scope: Option<&[i64]>,
    page: PageRequest,
) -> Result<Page<Site>, DbError> {
    let mut query = sites::table
        .filter(sites::id.gt(page.after.unwrap_or(i64::MIN)))
        .into_boxed();
    if let Some(scope) = scope {
        query = query.filter(sites::id.eq_any(scope.to_vec()));
    }
    let rows = query
        .order(sites::id.asc())
        .limit(overfetch(page.limit))
        .select(Site::as_select())
        .load(conn)?;
    Ok(Page::from_overfetch(rows, page.limit, |s| s.id))
}

/// A page of the sites that have both coordinates, limited to `scope` like
/// `sites_list_in`, each with its number of devices (the sites as a map layer).
pub fn sites_located_in(
    conn: &mut DbConnection,
    scope: Option<&[i64]>,
    page: PageRequest,
) -> Result<Page<LocatedSite>, DbError> {
    let mut query = sites::table
        .filter(sites::id.gt(page.after.unwrap_or(i64::MIN)))
        .filter(sites::latitude.is_not_null())
        .filter(sites::longitude.is_not_null())
        .into_boxed();
    if let Some(scope) = scope {
        query = query.filter(sites::id.eq_any(scope.to_vec()));
    }
    let rows = query
        .order(sites::id.asc())
        .limit(overfetch(page.limit))
        .select(Site::as_select())
        .load(conn)?;
    let page = Page::from_overfetch(rows, page.limit, |s| s.id);
    let ids: Vec<i64> = page.items.iter().map(|s| s.id).collect();
    let counts: HashMap<i64, i64> = devices::table
        .filter(devices::site_id.eq_any(ids))
        .group_by(devices::site_id)
        .select((devices::site_id, diesel::dsl::count_star()))
        .load::<(i64, i64)>(conn)?
        .into_iter()
        .collect();
    Ok(Page {
        items: page
            .items
            .into_iter()
            .map(|site| LocatedSite {
                device_count: counts.get(&site.id).copied().unwrap_or(0),
                site,
            })
            .collect(),
        next_after: page.next_after,
    })
}

pub fn site_update(
    conn: &mut DbConnection,
    id: i64,
    changes: &SiteChanges,
) -> Result<Site, DbError> {
    diesel::update(sites::table.find(id))
        .set(changes)
        .returning(sites::all_columns)
        .get_result(conn)
        .optional()?
        .ok_or_else(|| DbError::NotFound(format!("site {id}")))
}

/// Deletes a site. Without `cascade`, a site that still has devices is a conflict;
/// with it, its devices and their datapoints go too, in one transaction. Its
/// connectors stay, without a site. Answers the ids of the datapoints deleted with
/// the site (with `cascade`).
pub fn site_delete(conn: &mut DbConnection, id: i64, cascade: bool) -> Result<Vec<i64>, DbError> {
    write_transaction(conn, |conn| {
        site_get(conn, id)?;
        let site_devices = devices::table
            .filter(devices::site_id.eq(id))
            .select(devices::id.nullable());
        let mut gone = Vec::new();
        if cascade {
            gone = diesel::delete(
                datapoints::table.filter(datapoints::device_id.eq_any(site_devices)),
            )
            .returning(datapoints::id)
            .get_results(conn)?;
            diesel::delete(devices::table.filter(devices::site_id.eq(id))).execute(conn)?;
        } else {
            let children: i64 = devices::table
                .filter(devices::site_id.eq(id))
                .count()
                .get_result(conn)?;
            if children > 0 {
                return Err(DbError::Conflict(format!(
                    "site {id} still has {children} device(s); delete them first or pass cascade=true"
                )));
            }
        }
        // Connectors outlive their site: they keep running, without a site.
        diesel::update(connectors::table.filter(connectors::site_id.eq(id)))
            .set(connectors::site_id.eq(None::<i64>))
            .execute(conn)?;
        diesel::delete(sites::table.find(id)).execute(conn)?;
        Ok(gone)
    })
}
