//! Compiles the wire contract in proto/ with protox, so no protoc is needed,
//! and generates the JSON mapping of etcd's messages (pbjson) that the HTTP
//! gateway speaks: original field names, int64 as strings, bytes as base64.

use prost::Message as _;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let files = [
        "etcd/mvccpb.proto",
        "etcd/authpb.proto",
        "etcd/rpc.proto",
        "etcd/v3lockpb.proto",
        "etcd/v3electionpb.proto",
        "kvd/internal.proto",
        "kvd/peer.proto",
    ];
    let fds = protox::compile(files, ["proto"])?;
    let descriptors = fds.encode_to_vec();
    tonic_prost_build::configure()
        .bytes(".")
        .codec_path("crate::codec::KvdCodec")
        .compile_fds(fds)?;
    // As etcd's gateway (grpc-gateway's JSONPb with OrigName): unknown
    // fields are ignored, names are the proto's own.
    pbjson_build::Builder::new()
        .register_descriptors(&descriptors)?
        .preserve_proto_field_names()
        .ignore_unknown_fields()
        .build(&[
            ".mvccpb",
            ".authpb",
            ".etcdserverpb",
            ".v3lockpb",
            ".v3electionpb",
        ])?;
    println!("cargo:rerun-if-changed=proto");
    Ok(())
}
