//! What an address is, apart from fetching it: whether an argument is a URL
//! and which host it names. The reader of local pages (a fetched page's path
//! is its address) and the fetcher both need it, so it depends on neither.

/// Whether a command-line argument is an address rather than a path:
/// `scheme://…`. Schemes other than http and https are refused when fetched.
pub fn is_url(arg: &str) -> bool {
    let Some((scheme, _)) = arg.split_once("://") else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
}

/// The host of a URL, without `www.`, user or port: what names an outlet
/// when the page names none.
pub fn host_of(url: &str) -> Option<&str> {
    let (_, rest) = url.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    let host = if host.starts_with('[') {
        host.split_inclusive(']').next()?
    } else {
        host.split(':').next()?
    };
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then_some(host)
}
