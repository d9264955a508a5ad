//! Raw gRPC calls: requests no generated client would send.

/// Calls gRPC method `path` on `endpoint` (plain HTTP/2) with `message`,
/// encoded as it is: for requests no generated client would send.
pub async fn raw_unary<M>(
    endpoint: &str,
    path: &'static str,
    message: M,
) -> Result<M, tonic::Status>
where
    M: prost::Message + Default + Send + Sync + 'static,
{
    let channel = tonic::transport::Endpoint::from_shared(format!("http://{endpoint}"))
        .expect("endpoint")
        .connect()
        .await
        .expect("connect");
    let mut grpc = tonic::client::Grpc::new(channel);
    grpc.ready().await.expect("ready");
    let codec = tonic_prost::ProstCodec::<M, M>::default();
    let path = tonic::codegen::http::uri::PathAndQuery::from_static(path);
    grpc.unary(tonic::Request::new(message), path, codec)
        .await
        .map(|r| r.into_inner())
}
