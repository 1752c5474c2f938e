//! Wording, not forms: what a client prints for itself (`Connection error.`, `socket hang
//! up`), network and TLS failures, and API refusal phrases. Forms and the message choice use
//! these to judge a text; none of them reads a field.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::builtin as re;

static CLIENT_WORDING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:connection error\.?|request timed out\.?.*|fetch failed|network error|socket hang up|timeout of \d+ ?ms exceeded|request failed with status code \d+|(?:\d{3} )?(?:client|server) error\b.*|https?connectionpool.*|error communicating with .*|max retries exceeded.*|i/o error on .*|cannot connect to host.*|failed to establish a new connection.*|read timed out.*|connect timeout.*|request to \S+ failed, reason:.*|<[!a-z].*|an error occurred \(.*|response status code does not indicate success.*|status_code: \d{3}, body:.*|error in generating model output:?|(?:\d{3} )?status code \(no body\)\.?|the request to the slack api failed\..*)$",
    )
});

/// Words a client library prints for itself: not the service's message.
pub fn is_client_wording(message: &str) -> bool {
    CLIENT_WORDING.is_match(message.trim())
}

static NETWORK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH)\b|UND_ERR_\w+|connection refused|actively refused|connection reset|connection aborted|remote end closed|server disconnected|socket hang up|fetch failed|network error|name or service not known|temporary failure in name resolution|nodename nor servname|getaddrinfo|no such host|could not resolve host|failed to resolve|nameresolutionerror|unknownhostexception|dial tcp|i/o timeout|context deadline exceeded|deadline exceeded|timed ?out|time out|(?:^|[^_])timeout|certificate|CERT_|SSL|TLS handshake|x509:|PKIX|EPROTO|proxyerror|unable to connect to proxy|max retries exceeded|cannot connect to host|connect call failed|connection error|curl: \(\d+\)|incomplete chunked read|other side closed|empty reply from server|could not connect to the endpoint|econnaborted|err_network",
    )
});

/// Whether the text reports a client-side network, timeout or TLS failure.
pub fn network_failure(text: &str) -> bool {
    NETWORK.is_match(text)
}

/// A client's own report of a network or TLS failure (`[Errno 111] ...`, `[SSL: ...]`,
/// `connect ETIMEDOUT ...`): short texts about the network, or texts in a client's shape.
pub fn client_network_text(message: &str) -> bool {
    static SHAPE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:\[(?:SSL|Errno|WinError)[^\]]*\]|\w*SSLError|HTTPS?ConnectionPool|(?:connect|read|write) E[A-Z]+|getaddrinfo|dial tcp|x509:|tls:)",
        )
    });
    network_failure(message) && (message.len() < 80 || SHAPE.is_match(message.trim()))
}

/// Well-known API refusal phrases that mark an error even in free-form log lines.
pub fn api_phrase(text: &str) -> bool {
    static R: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)rate limit|quota|insufficient (?:balance|credits?|funds)|invalid api[ -]?key|incorrect api key|api key not valid|budget has been exceeded|credit balance|permission '[^']+' denied|unauthorized|access denied|not authorized|model .{0,60}(?:not found|does not exist)|overloaded|无效的令牌|令牌|额度|余额|欠费|无可用渠道|限流|频率",
        )
    });
    R.is_match(text)
}
