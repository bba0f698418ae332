//! The REST door: the generated `Api` implemented on the core services ([`api`]:
//! handlers convert, call one service, map the result), the staged front door every
//! request passes ([`front`]), the route table it matches once ([`routes`]),
//! authentication and access ([`gate`]), what the spec says of bodies and the router
//! does not check ([`contract`], [`body_guard`], [`query_lists`]), clearer words for
//! the router's own refusals ([`hints`]), CORS, the docs, the web [`console`],
//! the bulk doors that stream their bodies ([`bulk`]), problem answers, the conversions to and from the generated types ([`convert`],
//! [`vocab`]), and the serving loop ([`serve`]).

pub mod api;
pub mod body_guard;
pub mod bulk;
pub mod console;
pub mod context;
pub mod contract;
pub mod convert;
pub mod cors;
pub mod docs;
pub mod front;
pub mod gate;
pub mod hints;
pub mod problem;
pub mod query_lists;
pub mod routes;
pub mod serve;
pub mod vocab;
