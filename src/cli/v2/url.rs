//! URLs as etcdctl v2 (a Go program) reads and writes them: the part of
//! Go's `net/url` it relies on (parsing endpoints, printing them, escaping
//! paths and queries) and `path.Clean`. The request URLs show in `--debug`
//! output and errors, so they follow Go's rules byte for byte.

use crate::gofmt;

/// A URL as Go's `url.Parse` splits it (the fields etcdctl uses).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoUrl {
    /// The scheme, lower case; empty if none.
    pub scheme: String,
    /// What follows `scheme:` when no `/` does (`localhost:2379` has
    /// scheme `localhost`, opaque `2379`).
    pub opaque: String,
    /// `user[:password]` before `@`, as written.
    pub user: Option<String>,
    /// `host[:port]`.
    pub host: String,
    /// The path, as written.
    pub path: String,
    /// What follows `?`, if there is a `?`.
    pub query: Option<String>,
    /// What follows `#`.
    pub fragment: String,
}

impl GoUrl {
    /// Go's `url.Parse`. The error reads as Go's: `parse "URL": why`.
    pub fn parse(raw: &str) -> Result<GoUrl, String> {
        let fail = |why: &str| format!("parse {}: {why}", gofmt::quote(raw.as_bytes()));
        if raw.bytes().any(|b| b < 0x20 || b == 0x7f) {
            return Err(fail("net/url: invalid control character in URL"));
        }
        let mut url = GoUrl::default();
        let rest = match raw.split_once('#') {
            Some((rest, fragment)) => {
                url.fragment = fragment.to_string();
                rest
            }
            None => raw,
        };
        let (scheme, rest) = split_scheme(rest).map_err(fail)?;
        url.scheme = scheme.to_ascii_lowercase();
        let rest = match rest.split_once('?') {
            Some((rest, query)) => {
                url.query = Some(query.to_string());
                rest
            }
            None => rest,
        };
        if !rest.starts_with('/') {
            if !url.scheme.is_empty() {
                url.opaque = rest.to_string();
                return Ok(url);
            }
            let first_segment = rest.split('/').next().unwrap_or_default();
            if first_segment.contains(':') {
                return Err(fail("first path segment in URL cannot contain colon"));
            }
        }
        let mut path = rest;
        if (!url.scheme.is_empty() || !rest.starts_with("///")) && rest.starts_with("//") {
            let after = &rest[2..];
            let (authority, tail) = match after.find('/') {
                Some(i) => after.split_at(i),
                None => (after, ""),
            };
            let host = match authority.rsplit_once('@') {
                Some((user, host)) => {
                    url.user = Some(user.to_string());
                    host
                }
                None => authority,
            };
            check_port(host).map_err(|why| fail(&why))?;
            url.host = host.to_string();
            path = tail;
        }
        url.path = path.to_string();
        Ok(url)
    }

    /// The URL with `http` as its scheme if it has none, as etcdctl
    /// completes endpoints.
    pub fn with_default_scheme(mut self) -> GoUrl {
        if self.scheme.is_empty() {
            self.scheme = "http".to_string();
        }
        self
    }

    /// `scheme://host` and `path` escaped, with `query` (already encoded):
    /// a request URL on this endpoint, as Go's `url.URL.String` writes it.
    pub fn request_url(&self, path: &str, query: &str) -> String {
        let mut url = format!("{}://{}{}", self.scheme, self.host, escape_path(path));
        if !query.is_empty() {
            url.push('?');
            url.push_str(query);
        }
        url
    }
}

impl std::fmt::Display for GoUrl {
    /// Go's `url.URL.String`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut out = String::new();
        if !self.scheme.is_empty() {
            out.push_str(&self.scheme);
            out.push(':');
        }
        if !self.opaque.is_empty() {
            out.push_str(&self.opaque);
        } else {
            if !self.scheme.is_empty() || !self.host.is_empty() || self.user.is_some() {
                if !self.host.is_empty() || !self.path.is_empty() || self.user.is_some() {
                    out.push_str("//");
                }
                if let Some(user) = &self.user {
                    out.push_str(user);
                    out.push('@');
                }
                out.push_str(&self.host);
            }
            if !self.path.is_empty() && !self.path.starts_with('/') && !self.host.is_empty() {
                out.push('/');
            }
            out.push_str(&self.path);
        }
        if let Some(query) = &self.query {
            out.push('?');
            out.push_str(query);
        }
        if !self.fragment.is_empty() {
            out.push('#');
            out.push_str(&self.fragment);
        }
        f.write_str(&out)
    }
}

/// Go's `getScheme`: the scheme and the rest, or no scheme at all.
fn split_scheme(raw: &str) -> Result<(&str, &str), &'static str> {
    for (i, c) in raw.bytes().enumerate() {
        match c {
            b'a'..=b'z' | b'A'..=b'Z' => {}
            b'0'..=b'9' | b'+' | b'-' | b'.' if i == 0 => return Ok(("", raw)),
            b'0'..=b'9' | b'+' | b'-' | b'.' => {}
            b':' if i == 0 => return Err("missing protocol scheme"),
            b':' => return Ok((&raw[..i], &raw[i + 1..])),
            _ => return Ok(("", raw)),
        }
    }
    Ok(("", raw))
}

/// Go refuses a host whose port is not a number.
fn check_port(host: &str) -> Result<(), String> {
    let after_brackets = match host.rfind(']') {
        Some(i) => &host[i + 1..],
        None => host,
    };
    let Some(i) = after_brackets.rfind(':') else {
        return Ok(());
    };
    let port = &after_brackets[i..];
    if port[1..].bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(format!(
            "invalid port {} after host",
            gofmt::quote(port.as_bytes())
        ))
    }
}

/// Go's `net.SplitHostPort` check: whether `host` is `host:port`.
pub fn has_port(host: &str) -> bool {
    match host.strip_prefix('[') {
        Some(bracketed) => bracketed
            .split_once(']')
            .is_some_and(|(_, rest)| rest.starts_with(':') && !rest[1..].contains(':')),
        None => host.matches(':').count() == 1,
    }
}

/// A path escaped as Go escapes a URL's path (`encodePath`): everything
/// but letters, digits, `-_.~` and `$&+,/:;=@` becomes `%XX`.
pub fn escape_path(path: &str) -> String {
    escape(path, |b| b"-_.~$&+,/:;=@".contains(&b), false)
}

/// Go's `url.QueryEscape`: everything but letters, digits and `-_.~`
/// becomes `%XX`, and a space `+`.
pub fn query_escape(s: &str) -> String {
    escape(s, |b| b"-_.~".contains(&b), true)
}

fn escape(s: &str, keep: impl Fn(u8) -> bool, space_as_plus: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || keep(b) {
            out.push(char::from(b));
        } else if b == b' ' && space_as_plus {
            out.push('+');
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Go's `url.Values.Encode`: `key=value` pairs sorted by key, escaped, joined
/// by `&`. Pairs with one key keep their order.
pub fn encode_query(pairs: &[(&str, String)]) -> String {
    let mut sorted: Vec<&(&str, String)> = pairs.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(b.0));
    sorted
        .iter()
        .map(|(key, value)| format!("{}={}", query_escape(key), query_escape(value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Go's `path.Clean`: one slash between elements, no `.`, `..` resolved.
pub fn clean(path: &str) -> String {
    if path.is_empty() {
        return ".".to_string();
    }
    let rooted = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|last| *last != "..") {
                    parts.pop();
                } else if !rooted {
                    parts.push("..");
                }
            }
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    match (rooted, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".to_string(),
        (false, false) => joined,
    }
}

/// Go's `path.Join`: the non-empty elements joined by `/`, cleaned.
pub fn join(elements: &[&str]) -> String {
    let parts: Vec<&str> = elements.iter().copied().filter(|e| !e.is_empty()).collect();
    if parts.is_empty() {
        return String::new();
    }
    clean(&parts.join("/"))
}

/// etcd's `pathutil.CanonicalURLPath`: rooted and cleaned, keeping a
/// trailing slash (`ls` of `/` asks for `/v2/keys/`).
pub fn canonical_path(path: &str) -> String {
    if path.is_empty() {
        return "/".to_string();
    }
    let rooted = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("/{path}")
    };
    let mut cleaned = clean(&rooted);
    if rooted.ends_with('/') && cleaned != "/" {
        cleaned.push('/');
    }
    cleaned
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_parse_and_print_as_in_go() {
        let url = GoUrl::parse("http://127.0.0.1:2379").unwrap();
        assert_eq!(url.host, "127.0.0.1:2379");
        assert_eq!(url.to_string(), "http://127.0.0.1:2379");
        assert_eq!(
            GoUrl::parse("127.0.0.1:1").unwrap_err(),
            "parse \"127.0.0.1:1\": first path segment in URL cannot contain colon"
        );
        let bare = GoUrl::parse("foo").unwrap().with_default_scheme();
        assert_eq!(bare.to_string(), "http://foo");
        let opaque = GoUrl::parse("localhost:2379").unwrap();
        assert_eq!(
            (opaque.scheme.as_str(), opaque.opaque.as_str()),
            ("localhost", "2379")
        );
        assert_eq!(
            GoUrl::parse("http://h:1?x").unwrap().to_string(),
            "http://h:1?x"
        );
        assert!(GoUrl::parse("http://h:x").is_err());
    }

    #[test]
    fn paths_and_queries_are_escaped_as_in_go() {
        assert_eq!(escape_path("/v2/keys/a b/c?d"), "/v2/keys/a%20b/c%3Fd");
        assert_eq!(
            escape_path("/v2/keys/ü!*()[]"),
            "/v2/keys/%C3%BC%21%2A%28%29%5B%5D"
        );
        let query = encode_query(&[
            ("sorted", "false".into()),
            ("quorum", "false".into()),
            ("recursive", "false".into()),
        ]);
        assert_eq!(query, "quorum=false&recursive=false&sorted=false");
        assert_eq!(query_escape("v&x y"), "v%26x+y");
    }

    #[test]
    fn paths_are_cleaned_as_in_go() {
        assert_eq!(canonical_path("/v2/keys/../x/./y//z/"), "/v2/x/y/z/");
        assert_eq!(canonical_path("/v2/keys/"), "/v2/keys/");
        assert_eq!(canonical_path("/v2/keys"), "/v2/keys");
        assert_eq!(join(&["", "/v2/members", "leader"]), "/v2/members/leader");
        assert_eq!(clean("a/../.."), "..");
    }

    #[test]
    fn hosts_need_a_port() {
        assert!(has_port("127.0.0.1:1"));
        assert!(has_port("[::1]:1"));
        assert!(!has_port("nohost"));
        assert!(!has_port("a:1:2"));
    }
}
