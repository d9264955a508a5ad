//! Counts every gRPC call on the client port as go-grpc-prometheus does for
//! etcd: `grpc_server_started_total` when it starts and
//! `grpc_server_handled_total` with its status code when it ends (read from
//! the trailers, or from the headers of a trailers-only error), plus its
//! latency with `--metrics extensive`.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Instant;

use http_body::{Body, Frame, SizeHint};
use tonic::codegen::http::{HeaderMap, Request, Response};

use crate::metrics::metrics;

/// Wraps the gRPC services with the call counters.
#[derive(Clone)]
pub struct GrpcMetricsLayer {
    /// Record latency histograms too (`--metrics extensive`).
    pub extensive: bool,
}

impl<S> tower::Layer<S> for GrpcMetricsLayer {
    type Service = GrpcMetrics<S>;

    fn layer(&self, inner: S) -> GrpcMetrics<S> {
        GrpcMetrics {
            inner,
            extensive: self.extensive,
        }
    }
}

/// The service `GrpcMetricsLayer` wraps.
#[derive(Clone)]
pub struct GrpcMetrics<S> {
    inner: S,
    extensive: bool,
}

impl<S, ReqBody> tower::Service<Request<ReqBody>> for GrpcMetrics<S>
where
    S: tower::Service<Request<ReqBody>, Response = Response<tonic::body::Body>>,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
{
    type Response = Response<tonic::body::Body>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Self::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request<ReqBody>) -> Self::Future {
        let call = Call::start(req.uri().path(), self.extensive);
        let response = self.inner.call(req);
        Box::pin(async move {
            let response = response.await?;
            if let Some(code) = status_code(response.headers()) {
                call.end(code);
                return Ok(response);
            }
            Ok(response.map(|body| {
                tonic::body::Body::new(Counted {
                    inner: body,
                    call: Some(call),
                })
            }))
        })
    }
}

/// One call's labels and start.
struct Call {
    kind: &'static str,
    service: String,
    method: String,
    started: Instant,
    extensive: bool,
}

impl Call {
    fn start(path: &str, extensive: bool) -> Call {
        let (service, method) = path
            .trim_start_matches('/')
            .split_once('/')
            .unwrap_or(("unknown", "unknown"));
        let call = Call {
            kind: kind(service, method),
            service: service.to_string(),
            method: method.to_string(),
            started: Instant::now(),
            extensive,
        };
        metrics()
            .grpc_started
            .with_label_values(&[call.kind, &call.service, &call.method])
            .inc();
        call
    }

    fn end(self, code: i32) {
        let m = metrics();
        m.grpc_handled
            .with_label_values(&[self.kind, &self.service, &self.method, code_name(code)])
            .inc();
        if self.extensive {
            m.grpc_handling
                .with_label_values(&[self.kind, &self.service, &self.method])
                .observe(self.started.elapsed().as_secs_f64());
        }
    }
}

/// A response body that ends its call when the trailers pass (or when it
/// is dropped unfinished: the client went away).
struct Counted {
    inner: tonic::body::Body,
    call: Option<Call>,
}

impl Body for Counted {
    type Data = bytes::Bytes;
    type Error = tonic::Status;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        let polled = Pin::new(&mut self.inner).poll_frame(cx);
        match &polled {
            Poll::Ready(Some(Ok(frame))) => {
                if let Some(code) = frame.trailers_ref().and_then(status_code) {
                    if let Some(call) = self.call.take() {
                        call.end(code);
                    }
                }
            }
            Poll::Ready(Some(Err(_))) => self.end_as(CODE_UNKNOWN),
            Poll::Ready(None) => self.end_as(CODE_UNKNOWN),
            Poll::Pending => {}
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

impl Counted {
    fn end_as(&mut self, code: i32) {
        if let Some(call) = self.call.take() {
            call.end(code);
        }
    }
}

impl Drop for Counted {
    fn drop(&mut self) {
        self.end_as(CODE_CANCELED);
    }
}

const CODE_CANCELED: i32 = 1;
const CODE_UNKNOWN: i32 = 2;

/// The `grpc-status` in `headers`, if there is one.
fn status_code(headers: &HeaderMap) -> Option<i32> {
    headers.get("grpc-status")?.to_str().ok()?.parse().ok()
}

/// go-grpc-prometheus's `grpc_type` of etcd's streaming methods.
fn kind(service: &str, method: &str) -> &'static str {
    match (service, method) {
        ("etcdserverpb.Watch", "Watch") | ("etcdserverpb.Lease", "LeaseKeepAlive") => "bidi_stream",
        ("etcdserverpb.Maintenance", "Snapshot") | ("v3electionpb.Election", "Observe") => {
            "server_stream"
        }
        _ => "unary",
    }
}

/// A gRPC code as Go's `codes.Code.String()` names it.
fn code_name(code: i32) -> &'static str {
    const NAMES: [&str; 17] = [
        "OK",
        "Canceled",
        "Unknown",
        "InvalidArgument",
        "DeadlineExceeded",
        "NotFound",
        "AlreadyExists",
        "PermissionDenied",
        "ResourceExhausted",
        "FailedPrecondition",
        "Aborted",
        "OutOfRange",
        "Unimplemented",
        "Internal",
        "Unavailable",
        "DataLoss",
        "Unauthenticated",
    ];
    usize::try_from(code)
        .ok()
        .and_then(|i| NAMES.get(i))
        .copied()
        .unwrap_or("Unknown")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_named_as_go_names_them() {
        assert_eq!(code_name(0), "OK");
        assert_eq!(code_name(14), "Unavailable");
        assert_eq!(code_name(16), "Unauthenticated");
        assert_eq!(code_name(99), "Unknown");
    }

    #[test]
    fn streaming_methods_have_their_types() {
        assert_eq!(kind("etcdserverpb.Watch", "Watch"), "bidi_stream");
        assert_eq!(
            kind("etcdserverpb.Maintenance", "Snapshot"),
            "server_stream"
        );
        assert_eq!(kind("etcdserverpb.KV", "Range"), "unary");
    }
}
