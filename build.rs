//! Rebuild when the bundled rules or texts change: they are embedded in the binary.
fn main() {
    println!("cargo:rerun-if-changed=rules");
    println!("cargo:rerun-if-changed=locales");
}
