//! Refuses to build when api-spec.yaml changed since generated/ was produced:
//! the stubs would no longer match the contract. Never runs the generator.

use sha2::{Digest, Sha256};
use std::fs;

fn main() {
    println!("cargo:rerun-if-changed=api-spec.yaml");
    println!("cargo:rerun-if-changed=generated/api-spec.sha256");
    let spec = fs::read("api-spec.yaml").expect("api-spec.yaml is missing");
    let actual = format!("{:x}", Sha256::digest(&spec));
    let recorded = fs::read_to_string("generated/api-spec.sha256").unwrap_or_default();
    if recorded.trim() != actual {
        panic!(
            "\n\napi-spec.yaml no longer matches generated/ (recorded hash {:?}, spec hash {actual}).\n\
             Run `make generate` to regenerate the server and client stubs, then rebuild.\n\n",
            recorded.trim()
        );
    }
}
