//! Former home of the printed forms, which now live one family per file (see
//! [`super::forms`]). Kept for the paths other extract modules still name.

pub use super::exception::exceptions;
pub use super::gateway::gateway_request_id;
pub use super::status::{is_reason_phrase, statuses};
