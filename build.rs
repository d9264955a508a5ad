//! Compiles the wire contract in proto/ with protox, so no protoc is needed.

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
    tonic_prost_build::configure()
        .bytes(".")
        .codec_path("crate::codec::KvdCodec")
        .compile_fds(fds)?;
    println!("cargo:rerun-if-changed=proto");
    Ok(())
}
