//! The gRPC errors tonic raises itself, worded as etcd's server (Go gRPC)
//! words them, since clients match on the text: a request over the size
//! limit, and a call to a service or method this port does not serve
//! (tonic answers that with an empty message, which leaves a client such
//! as `kvd --endpoints <peer port>` nothing to print).

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use tonic::codegen::http::{HeaderMap, Request, Response};
use tonic::{Code, Status};

/// Rewrites tonic's own errors on a server's responses.
#[derive(Clone)]
pub struct EtcdStatusLayer {
    services: Arc<[&'static str]>,
}

impl EtcdStatusLayer {
    /// For a server serving `services` (their full names).
    pub fn new(services: &[&'static str]) -> Self {
        EtcdStatusLayer {
            services: services.into(),
        }
    }
}

impl<S> tower::Layer<S> for EtcdStatusLayer {
    type Service = EtcdStatus<S>;

    fn layer(&self, inner: S) -> EtcdStatus<S> {
        EtcdStatus {
            inner,
            services: self.services.clone(),
        }
    }
}

/// The service `EtcdStatusLayer` wraps.
#[derive(Clone)]
pub struct EtcdStatus<S> {
    inner: S,
    services: Arc<[&'static str]>,
}

impl<S, ReqBody, ResBody> tower::Service<Request<ReqBody>> for EtcdStatus<S>
where
    S: tower::Service<Request<ReqBody>, Response = Response<ResBody>>,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
    ResBody: Send + 'static,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Self::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request<ReqBody>) -> Self::Future {
        let path = req.uri().path().to_owned();
        let services = self.services.clone();
        let response = self.inner.call(req);
        Box::pin(async move {
            let mut response = response.await?;
            reword(&path, &services, response.headers_mut());
            Ok(response)
        })
    }
}

/// Rewrites the status in `headers` (a trailers-only error response) if
/// it is one of tonic's own.
fn reword(path: &str, services: &[&str], headers: &mut HeaderMap) {
    let Some(status) = Status::from_header_map(headers) else {
        return;
    };
    let Some(etcd) = etcd_status(path, services, &status) else {
        return;
    };
    headers.remove("grpc-message");
    if let Err(e) = etcd.add_header(headers) {
        tracing::debug!("rewording a gRPC status: {e}");
    }
}

/// What etcd's server answers instead of tonic's `status`, if it differs.
fn etcd_status(path: &str, services: &[&str], status: &Status) -> Option<Status> {
    match status.code() {
        Code::OutOfRange => {
            let (found, limit) = too_large(status.message())?;
            Some(Status::resource_exhausted(format!(
                "grpc: received message larger than max ({found} vs. {limit})"
            )))
        }
        Code::Unimplemented if status.message().is_empty() => {
            let (service, method) = path.trim_start_matches('/').split_once('/')?;
            let message = if services.contains(&service) {
                format!("unknown method {method} for service {service}")
            } else {
                format!("unknown service {service}")
            };
            Some(Status::unimplemented(message))
        }
        _ => None,
    }
}

/// The sizes in tonic's "message too large" text.
fn too_large(message: &str) -> Option<(usize, usize)> {
    let rest = message.strip_prefix("Error, decoded message length too large: found ")?;
    let (found, rest) = rest.split_once(" bytes, the limit is: ")?;
    let limit = rest.strip_suffix(" bytes")?;
    Some((found.parse().ok()?, limit.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SERVED: &[&str] = &["etcdserverpb.KV"];

    #[test]
    fn an_oversized_request_gets_go_grpcs_words_and_code() {
        let tonic = Status::out_of_range(
            "Error, decoded message length too large: found 3145728 bytes, the limit is: 2097152 bytes",
        );
        let etcd = etcd_status("/etcdserverpb.KV/Put", SERVED, &tonic).unwrap();
        assert_eq!(etcd.code(), Code::ResourceExhausted);
        assert_eq!(
            etcd.message(),
            "grpc: received message larger than max (3145728 vs. 2097152)"
        );
    }

    #[test]
    fn unknown_services_and_methods_are_named() {
        let empty = Status::unimplemented("");
        let s = etcd_status("/etcdserverpb.Auth/AuthEnable", SERVED, &empty).unwrap();
        assert_eq!(s.message(), "unknown service etcdserverpb.Auth");
        let m = etcd_status("/etcdserverpb.KV/Nope", SERVED, &empty).unwrap();
        assert_eq!(
            m.message(),
            "unknown method Nope for service etcdserverpb.KV"
        );
    }

    #[test]
    fn other_statuses_are_left_alone() {
        let compacted =
            Status::out_of_range("etcdserver: mvcc: required revision has been compacted");
        assert!(etcd_status("/etcdserverpb.KV/Range", SERVED, &compacted).is_none());
        let said = Status::unimplemented("kvd: downgrade is not supported yet");
        assert!(etcd_status("/etcdserverpb.Maintenance/Downgrade", SERVED, &said).is_none());
    }

    #[test]
    fn the_status_in_the_headers_is_replaced() {
        let mut headers = HeaderMap::new();
        Status::unimplemented("").add_header(&mut headers).unwrap();
        reword("/kvdpeer.Peer/Send", SERVED, &mut headers);
        let s = Status::from_header_map(&headers).unwrap();
        assert_eq!(s.code(), Code::Unimplemented);
        assert_eq!(s.message(), "unknown service kvdpeer.Peer");
    }
}
