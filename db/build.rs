// embed_migrations! reads these folders at compile time; rebuild when they change.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
