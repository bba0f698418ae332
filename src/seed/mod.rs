//! `joule seed --demo`: a realistic example estate, as an energy platform's
//! onboarding notebook would create it: two sites, a dozen devices, their datapoints,
//! three weeks of their values and schedules ([`values`]). Everything goes through
//! the core services, with the rules the API applies.

mod values;

use anyhow::Context as _;
use joule_db::models::{NewDevice, NewSite, PageRequest};
use joule_db::queries::datapoints::DatapointFilter;
use joule_db::DataFormat::{Boolean, ContinuousNumeric, DiscreteNumeric, DiscreteText};
use joule_db::DatapointType::{Actuator, Sensor};
use joule_db::{DataFormat, DatapointType, Pool};
use joule_server::auth::{random_secret, Auth, AuthConfig};
use joule_server::core::registry::DatapointDraft;
use joule_server::core::{Core, Limits};
use std::sync::Arc;
use std::time::Duration;

struct DemoDevice {
    name: &'static str,
    kind: &'static str,
    manufacturer: &'static str,
    model: &'static str,
    /// (key suffix, name, type, data format, unit, min, max, allowed values)
    points: &'static [Point],
}

type Point = (
    &'static str,
    &'static str,
    DatapointType,
    DataFormat,
    Option<&'static str>,
    Option<f64>,
    Option<f64>,
    &'static [&'static str],
);

const OFFICE: &[DemoDevice] = &[
    DemoDevice {
        name: "Main electricity meter",
        kind: "meter",
        manufacturer: "Janitza",
        model: "UMG 604",
        points: &[
            (
                "active_power",
                "Active power",
                Sensor,
                ContinuousNumeric,
                Some("W"),
                None,
                None,
                &[],
            ),
            (
                "energy_import",
                "Energy imported",
                Sensor,
                ContinuousNumeric,
                Some("kWh"),
                Some(0.0),
                None,
                &[],
            ),
            (
                "energy_export",
                "Energy exported",
                Sensor,
                ContinuousNumeric,
                Some("kWh"),
                Some(0.0),
                None,
                &[],
            ),
        ],
    },
    DemoDevice {
        name: "PV inverter",
        kind: "inverter",
        manufacturer: "SMA",
        model: "Sunny Tripower 10.0",
        points: &[
            (
                "ac_power",
                "AC power",
                Sensor,
                ContinuousNumeric,
                Some("W"),
                Some(0.0),
                Some(10000.0),
                &[],
            ),
            (
                "energy_total",
                "Energy produced",
                Sensor,
                ContinuousNumeric,
                Some("kWh"),
                Some(0.0),
                None,
                &[],
            ),
            (
                "status",
                "Operating state",
                Sensor,
                DiscreteText,
                None,
                None,
                None,
                &["ok", "warning", "fault", "off"],
            ),
        ],
    },
    DemoDevice {
        name: "Heat pump",
        kind: "heat pump",
        manufacturer: "Stiebel Eltron",
        model: "WPL 25",
        points: &[
            (
                "electric_power",
                "Electric power",
                Sensor,
                ContinuousNumeric,
                Some("W"),
                Some(0.0),
                None,
                &[],
            ),
            (
                "flow_temperature",
                "Flow temperature",
                Sensor,
                ContinuousNumeric,
                Some("°C"),
                Some(-20.0),
                Some(90.0),
                &[],
            ),
            (
                "flow_setpoint",
                "Flow temperature setpoint",
                Actuator,
                ContinuousNumeric,
                Some("°C"),
                Some(20.0),
                Some(60.0),
                &[],
            ),
            (
                "enabled",
                "Enabled",
                Actuator,
                Boolean,
                None,
                None,
                None,
                &[],
            ),
        ],
    },
    DemoDevice {
        name: "Battery storage",
        kind: "battery",
        manufacturer: "BYD",
        model: "HVS 7.7",
        points: &[
            (
                "state_of_charge",
                "State of charge",
                Sensor,
                ContinuousNumeric,
                Some("%"),
                Some(0.0),
                Some(100.0),
                &[],
            ),
            (
                "power_setpoint",
                "Charge power setpoint",
                Actuator,
                ContinuousNumeric,
                Some("W"),
                Some(-5000.0),
                Some(5000.0),
                &[],
            ),
        ],
    },
    DemoDevice {
        name: "Room sensor meeting room",
        kind: "sensor node",
        manufacturer: "Elsys",
        model: "ERS CO2",
        points: ROOM,
    },
    DemoDevice {
        name: "Room sensor open office",
        kind: "sensor node",
        manufacturer: "Elsys",
        model: "ERS CO2",
        points: ROOM,
    },
    DemoDevice {
        name: "Room sensor kitchen",
        kind: "sensor node",
        manufacturer: "Elsys",
        model: "ERS CO2",
        points: ROOM,
    },
];

const LAB: &[DemoDevice] = &[
    DemoDevice {
        name: "Grid meter",
        kind: "meter",
        manufacturer: "Landis+Gyr",
        model: "E450",
        points: &[
            (
                "active_power",
                "Active power",
                Sensor,
                ContinuousNumeric,
                Some("W"),
                None,
                None,
                &[],
            ),
            (
                "energy_import",
                "Energy imported",
                Sensor,
                ContinuousNumeric,
                Some("kWh"),
                Some(0.0),
                None,
                &[],
            ),
        ],
    },
    DemoDevice {
        name: "Rooftop PV inverter",
        kind: "inverter",
        manufacturer: "Fronius",
        model: "Symo 8.2",
        points: &[(
            "ac_power",
            "AC power",
            Sensor,
            ContinuousNumeric,
            Some("W"),
            Some(0.0),
            Some(8200.0),
            &[],
        )],
    },
    DemoDevice {
        name: "EV charger",
        kind: "charger",
        manufacturer: "ABB",
        model: "Terra AC",
        points: &[
            (
                "charging_power",
                "Charging power",
                Sensor,
                ContinuousNumeric,
                Some("W"),
                Some(0.0),
                Some(22000.0),
                &[],
            ),
            (
                "current_limit",
                "Current limit",
                Actuator,
                DiscreteNumeric,
                Some("A"),
                None,
                None,
                &["6", "10", "16", "32"],
            ),
        ],
    },
    DemoDevice {
        name: "Room sensor workshop",
        kind: "sensor node",
        manufacturer: "Elsys",
        model: "ERS CO2",
        points: ROOM,
    },
    DemoDevice {
        name: "Weather station",
        kind: "weather station",
        manufacturer: "Lufft",
        model: "WS600",
        points: &[
            (
                "outdoor_temperature",
                "Outdoor temperature",
                Sensor,
                ContinuousNumeric,
                Some("°C"),
                Some(-50.0),
                Some(60.0),
                &[],
            ),
            (
                "global_irradiance",
                "Global irradiance",
                Sensor,
                ContinuousNumeric,
                Some("W/m²"),
                Some(0.0),
                Some(1500.0),
                &[],
            ),
        ],
    },
];

const ROOM: &[Point] = &[
    (
        "temperature",
        "Air temperature",
        Sensor,
        ContinuousNumeric,
        Some("°C"),
        Some(-10.0),
        Some(50.0),
        &[],
    ),
    (
        "humidity",
        "Relative humidity",
        Sensor,
        ContinuousNumeric,
        Some("%"),
        Some(0.0),
        Some(100.0),
        &[],
    ),
    (
        "co2",
        "CO2 concentration",
        Sensor,
        ContinuousNumeric,
        Some("ppm"),
        Some(0.0),
        Some(10000.0),
        &[],
    ),
    (
        "occupied",
        "Occupancy",
        Sensor,
        Boolean,
        None,
        None,
        None,
        &[],
    ),
];

fn slug(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

/// Runs the demo seed on a small runtime of its own.
pub fn run(pool: Pool, wait: Duration) -> anyhow::Result<String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    // The registry needs no tokens; the core is built with a key that signs none.
    let auth = Auth::new(&AuthConfig {
        signing_key: random_secret().into_bytes(),
        access_ttl: Duration::from_secs(60),
        refresh_ttl: Duration::from_secs(60),
    })
    .map_err(anyhow::Error::msg)?;
    let limits = Limits {
        db_wait: wait,
        ..Limits::default()
    };
    // Built inside the runtime, which the core's background tasks run on.
    runtime.block_on(async { demo(&Core::new(pool, limits, Arc::new(auth))).await })
}

/// Whether a site of this name exists (the demo's sites mark a seeded estate).
async fn site_named(core: &Core, name: &str) -> anyhow::Result<bool> {
    let mut after = None;
    loop {
        let page = core
            .sites_list(None, PageRequest { after, limit: 1000 })
            .await?;
        if page.items.iter().any(|s| s.name == name) {
            return Ok(true);
        }
        match page.next_after {
            Some(next) => after = Some(next),
            None => return Ok(false),
        }
    }
}

/// Adds the demo estate beside whatever the database holds; refuses a database
/// that has it already.
pub async fn demo(core: &Core) -> anyhow::Result<String> {
    anyhow::ensure!(
        !site_named(core, "Karlsruhe office").await?,
        "the demo estate is already in this database (site \"Karlsruhe office\")"
    );
    let now = joule_db::now_micros();
    let estates = [
        (
            "Karlsruhe office",
            "Office building with PV, heat pump and battery",
            "Europe/Berlin",
            49.0069,
            8.4037,
            "Kaiserstraße 12, 76131 Karlsruhe",
            OFFICE,
        ),
        (
            "Lyon lab",
            "Test hall with EV charging and a weather station",
            "Europe/Paris",
            45.764,
            4.8357,
            "12 Rue de la République, 69001 Lyon",
            LAB,
        ),
    ];
    let (mut device_count, mut point_count, mut value_count) = (0, 0, 0);
    for (name, description, timezone, lat, lon, address, demo_devices) in estates {
        let site = core
            .site_create(NewSite {
                name: name.into(),
                description: Some(description.into()),
                timezone: timezone.into(),
                latitude: Some(lat),
                longitude: Some(lon),
                address: Some(address.into()),
                created_at: now,
                updated_at: now,
            })
            .await?;
        let mut drafts = Vec::new();
        for d in demo_devices {
            let device = core
                .device_create(NewDevice {
                    site_id: site.id,
                    name: d.name.into(),
                    kind: Some(d.kind.into()),
                    manufacturer: Some(d.manufacturer.into()),
                    model: Some(d.model.into()),
                    serial_number: Some(format!("DEMO-{:04}", device_count + 1)),
                    description: None,
                    created_at: now,
                    updated_at: now,
                    ttn_device_id: None,
                    ttn_mapping: None,
                })
                .await?;
            device_count += 1;
            for (suffix, point_name, type_, format, unit, min, max, allowed) in d.points {
                drafts.push(DatapointDraft {
                    key: format!("{}/{}/{suffix}", slug(name), slug(d.name)),
                    device_id: Some(device.id),
                    name: Some(format!("{} {}", d.name, point_name.to_lowercase())),
                    description: None,
                    type_: type_.as_str().into(),
                    data_format: format.as_str().into(),
                    unit: unit.map(Into::into),
                    min_value: *min,
                    max_value: *max,
                    allowed_values: allowed.iter().map(|v| (*v).to_string()).collect(),
                    ..DatapointDraft::default()
                });
            }
        }
        point_count += drafts.len();
        core.datapoints_import(drafts)
            .await
            .context("importing demo datapoints")?;
        let filter = DatapointFilter {
            site_id: Some(site.id),
            ..DatapointFilter::default()
        };
        let page = PageRequest {
            after: None,
            limit: 1000,
        };
        let datapoints = core.datapoints_list(filter, page).await?.items;
        let zone: chrono_tz::Tz = timezone.parse().map_err(anyhow::Error::msg)?;
        value_count += values::seed(core, &datapoints, zone)
            .await
            .context("writing demo values")?;
    }
    Ok(format!(
        "seeded 2 sites, {device_count} devices and {point_count} datapoints \
         with {value_count} values over three weeks"
    ))
}
