//! Wording, not forms: what a client prints for itself (`Connection error.`, `socket hang
//! up`), network and TLS failures, and API refusal phrases. Forms and the message choice use
//! these to judge a text; none of them reads a field. The words are data
//! (`data/vocabulary.toml`).

fn vocabulary() -> &'static crate::knowledge::Vocabulary {
    &crate::knowledge::get().vocabulary
}

/// Words a client library prints for itself: not the service's message.
pub fn is_client_wording(message: &str) -> bool {
    vocabulary().client_wording.is_match(message.trim())
}

/// Whether the text reports a client-side network, timeout or TLS failure.
pub fn network_failure(text: &str) -> bool {
    vocabulary().network_failure.is_match(text)
}

/// A client's own report of a network or TLS failure (`[Errno 111] ...`, `[SSL: ...]`,
/// `connect ETIMEDOUT ...`): short texts about the network, or texts in a client's shape.
pub fn client_network_text(message: &str) -> bool {
    network_failure(message)
        && (message.len() < 80 || vocabulary().network_report_opening.is_match(message.trim()))
}

/// Well-known API refusal phrases that mark an error even in free-form log lines.
pub fn api_phrase(text: &str) -> bool {
    vocabulary().api_phrase.is_match(text)
}

/// What follows a summary that clients print with its detail after it (`Invalid Form Body In
/// content: ...`): `None` when the message does not open with one, empty when it is the summary
/// alone.
pub fn after_summary(message: &str) -> Option<&str> {
    let m = vocabulary().detail_summary.find(message.trim_start())?;
    Some(message.trim_start()[m.end()..].trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_wording_is_a_whole_message() {
        assert!(is_client_wording("Connection error."));
        assert!(is_client_wording("Request failed with status code 429"));
        assert!(!is_client_wording(
            "Connection error while the model was loading"
        ));
    }

    #[test]
    fn a_timeout_identifier_is_no_network_failure() {
        assert!(network_failure("connect ETIMEDOUT 10.0.0.1:443"));
        assert!(network_failure("the read timed out"));
        assert!(!network_failure("code=REQUEST_TIMEOUT"));
    }

    #[test]
    fn long_network_texts_count_only_in_a_clients_shape() {
        let long = "x".repeat(80);
        assert!(client_network_text(&format!(
            "[Errno 111] Connection refused {long}"
        )));
        assert!(!client_network_text(&format!(
            "The upstream connection refused {long}"
        )));
    }

    #[test]
    fn refusal_phrases_in_both_languages() {
        assert!(api_phrase("You exceeded your current quota"));
        assert!(api_phrase("该令牌额度已用尽"));
        assert!(!api_phrase("Saved 3 records"));
    }
}
