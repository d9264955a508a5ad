//! The gRPC codec of every service kvd serves and calls: prost's, except
//! that a `TxnRequest` nested deeper than kvd accepts is refused from its
//! wire bytes before anything decodes it (decoding recurses per level).

use std::any::TypeId;
use std::marker::PhantomData;

use prost::Message;
use tonic::codec::{BufferSettings, Codec, DecodeBuf, Decoder};
use tonic::Status;
use tonic_prost::{ProstCodec, ProstDecoder, ProstEncoder};

use crate::error::Error;
use crate::nesting::{txn_depth, MAX_TXN_DEPTH};
use crate::proto::etcdserverpb::TxnRequest;

/// Prost's codec with the nesting check; named in build.rs.
#[derive(Debug, Clone)]
pub struct KvdCodec<T, U> {
    _pd: PhantomData<(T, U)>,
}

impl<T, U> Default for KvdCodec<T, U> {
    fn default() -> Self {
        KvdCodec { _pd: PhantomData }
    }
}

impl<T, U> Codec for KvdCodec<T, U>
where
    T: Message + Send + 'static,
    U: Message + Default + Send + 'static,
{
    type Encode = T;
    type Decode = U;
    type Encoder = ProstEncoder<T>;
    type Decoder = KvdDecoder<U>;

    fn encoder(&mut self) -> Self::Encoder {
        ProstCodec::<T, U>::raw_encoder(BufferSettings::default())
    }

    fn decoder(&mut self) -> Self::Decoder {
        KvdDecoder(ProstCodec::<T, U>::raw_decoder(BufferSettings::default()))
    }
}

/// Prost's decoder, after the nesting check for transactions.
#[derive(Debug)]
pub struct KvdDecoder<U>(ProstDecoder<U>);

impl<U: Message + Default + 'static> Decoder for KvdDecoder<U> {
    type Item = U;
    type Error = Status;

    fn decode(&mut self, buf: &mut DecodeBuf<'_>) -> Result<Option<U>, Status> {
        if TypeId::of::<U>() == TypeId::of::<TxnRequest>() {
            use bytes::Buf as _;
            if txn_depth(buf.chunk()) > MAX_TXN_DEPTH {
                return Err(Status::invalid_argument(Error::TxnTooDeep.to_string()));
            }
        }
        self.0.decode(buf)
    }

    fn buffer_settings(&self) -> BufferSettings {
        self.0.buffer_settings()
    }
}
