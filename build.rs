//! Rebuild when the bundled rules, texts or data change: they are embedded in the binary.
fn main() {
    println!("cargo:rerun-if-changed=rules");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=data");
}
