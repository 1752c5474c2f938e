//! What makes two occurrences the same error, so that a log's repeats fold into one
//! diagnosis and a CI fingerprint stays the same from run to run.

use super::Diagnosis;
use crate::input::prefix;

impl Diagnosis {
    /// The error's identity: its rule and fields, with the message's digits and any log
    /// prefix (timestamp, level, container name) left out. Line numbers and the request id
    /// are not part of it: they differ between repeats of one error.
    pub fn identity(&self) -> String {
        let f = &self.fields;
        let message: String = prefix::strip(f.message.as_deref().unwrap_or(""))
            .chars()
            .map(|c| if c.is_ascii_digit() { '#' } else { c })
            .collect();
        format!(
            "{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{message}",
            self.rule, f.status, f.error_type, f.error_code, f.provider, f.exception
        )
    }
}

/// A stable 64-bit FNV-1a hash, in hex: the same text gives the same digest on every
/// platform and in every version of apidiag.
pub fn digest(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}
