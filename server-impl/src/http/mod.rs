//! The REST door: the staged front door every request passes ([`front`]), the
//! route table it matches once ([`routes`]), authentication and access ([`gate`]),
//! what the spec says of bodies and the router does not check ([`contract`],
//! [`body_guard`], [`query_lists`]), CORS, the docs, and problem answers.

pub mod body_guard;
pub mod contract;
pub mod cors;
pub mod docs;
pub mod front;
pub mod gate;
pub mod problem;
pub mod query_lists;
pub mod routes;
