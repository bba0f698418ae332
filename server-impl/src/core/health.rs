//! What readiness depends on besides the database: each link a door keeps open (the
//! MQTT bridge's broker connections) registers a probe here and sets it as the link
//! comes and goes. [`super::Core::ready`] answers not ready while any probe is down,
//! so a load balancer stops sending traffic to an instance that cannot do its work.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// The probes of one instance (cheap to clone; clones share them).
#[derive(Clone, Default)]
pub struct Health {
    probes: Arc<Mutex<Vec<Probe>>>,
}

/// One link's state: down until set up.
#[derive(Clone)]
pub struct Probe {
    name: Arc<str>,
    up: Arc<AtomicBool>,
}

impl Probe {
    pub fn set(&self, up: bool) {
        self.up.store(up, Ordering::Relaxed);
    }

    pub fn is_up(&self) -> bool {
        self.up.load(Ordering::Relaxed)
    }

    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Health {
    /// Adds a probe named for what readiness waits on ("the MQTT broker"); it starts down.
    pub fn register(&self, name: &str) -> Probe {
        let probe = Probe {
            name: name.into(),
            up: Arc::new(AtomicBool::new(false)),
        };
        self.probes
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .push(probe.clone());
        probe
    }

    /// The names of the probes that are down now.
    pub fn down(&self) -> Vec<String> {
        self.probes
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .iter()
            .filter(|p| !p.is_up())
            .map(|p| p.name.to_string())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_probe_is_down_until_set_up() {
        let health = Health::default();
        assert!(health.down().is_empty());
        let probe = health.register("the MQTT broker");
        assert_eq!(health.down(), ["the MQTT broker"]);
        probe.set(true);
        assert!(health.down().is_empty());
        probe.set(false);
        assert_eq!(health.clone().down(), ["the MQTT broker"]);
    }
}
