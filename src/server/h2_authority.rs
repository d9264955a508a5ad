//! Client connections whose HTTP/2 `:authority` carries a URL scheme.
//!
//! etcdctl 3.4 (Go gRPC) dials per-endpoint calls — `endpoint status`,
//! `endpoint hashkv`, `move-leader`, and everything with `--cluster` — with
//! the endpoint exactly as given, so a request's `:authority` reads
//! `http://127.0.0.1:2379`. etcd's Go server takes that; the HTTP/2 server
//! under tonic refuses such requests as malformed. `FixAuthority` sits
//! between the socket and tonic: it reads the first request's header block,
//! and only if that authority carries a scheme does it rewrite every header
//! block of the connection (HPACK decode, strip the scheme, re-encode). Any
//! other connection passes through untouched once its first request is seen.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::{Buf, BytesMut};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// The client connection preface.
const PREFACE: &[u8] = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";
const FRAME_HEADER: usize = 9;
const HEADERS: u8 = 0x1;
const CONTINUATION: u8 = 0x9;
const END_STREAM: u8 = 0x1;
const END_HEADERS: u8 = 0x4;
const PADDED: u8 = 0x8;
const PRIORITY: u8 = 0x20;
/// The largest frame a peer must accept (HTTP/2's default), and the
/// largest this wrapper holds: the server never announces more.
const MAX_FRAME: usize = 16_384;
/// The largest header block this wrapper collects to look into. A larger
/// one goes through as it is, for the HTTP/2 server to judge (it refuses
/// header lists past its own limit); so what one connection may make this
/// wrapper hold is bounded.
const MAX_HEADER_BLOCK: usize = 64 * 1024;

enum Mode {
    /// Waiting for the connection preface.
    Preface,
    /// Reading frames until the first header block decides.
    Scanning,
    /// Rewriting every header block.
    Rewriting,
    /// Bytes go through as they come.
    Passthrough,
}

/// A header block being collected from HEADERS and CONTINUATION frames.
#[derive(Default)]
struct Block {
    stream: u32,
    end_stream: bool,
    fragment: Vec<u8>,
    /// The frames as received, to forward unchanged if nothing is rewritten.
    raw: Vec<u8>,
}

/// A client connection that fixes a scheme-carrying `:authority`.
pub struct FixAuthority<S> {
    io: S,
    mode: Mode,
    /// Bytes read from the socket and not yet examined.
    inbuf: BytesMut,
    /// Bytes ready for the HTTP/2 server.
    outbuf: BytesMut,
    block: Option<Block>,
    decoder: loona_hpack::Decoder<'static>,
    encoder: loona_hpack::Encoder<'static>,
}

impl<S> FixAuthority<S> {
    /// Wraps a freshly accepted connection.
    pub fn new(io: S) -> Self {
        FixAuthority {
            io,
            mode: Mode::Preface,
            inbuf: BytesMut::new(),
            outbuf: BytesMut::new(),
            block: None,
            decoder: loona_hpack::Decoder::new(),
            encoder: loona_hpack::Encoder::new(),
        }
    }

    /// Moves what can be decided from `inbuf` to `outbuf`.
    fn process(&mut self) {
        loop {
            match self.mode {
                Mode::Passthrough => {
                    let all = self.inbuf.split();
                    self.outbuf.extend_from_slice(&all);
                    return;
                }
                Mode::Preface => {
                    // HTTP/1 requests share the port, and one can be
                    // shorter than the preface: decide as soon as the
                    // bytes differ.
                    let seen = self.inbuf.len().min(PREFACE.len());
                    if self.inbuf[..seen] != PREFACE[..seen] {
                        self.mode = Mode::Passthrough;
                        continue;
                    }
                    if seen < PREFACE.len() {
                        return;
                    }
                    self.mode = Mode::Scanning;
                    let preface = self.inbuf.split_to(PREFACE.len());
                    self.outbuf.extend_from_slice(&preface);
                }
                Mode::Scanning | Mode::Rewriting => {
                    if self.inbuf.len() < FRAME_HEADER {
                        return;
                    }
                    let len = u32::from_be_bytes([0, self.inbuf[0], self.inbuf[1], self.inbuf[2]])
                        as usize;
                    if len > MAX_FRAME {
                        // Larger than the server allows: its error to give.
                        self.give_up();
                        continue;
                    }
                    if self.inbuf.len() < FRAME_HEADER + len {
                        return;
                    }
                    let frame = self.inbuf.split_to(FRAME_HEADER + len);
                    self.frame(&frame);
                }
            }
        }
    }

    /// Handles one whole frame while scanning or rewriting.
    fn frame(&mut self, frame: &[u8]) {
        let (kind, flags) = (frame[3], frame[4]);
        let stream = u32::from_be_bytes([frame[5], frame[6], frame[7], frame[8]]) & 0x7fff_ffff;
        let payload = &frame[FRAME_HEADER..];
        if kind != HEADERS && kind != CONTINUATION {
            self.outbuf.extend_from_slice(frame);
            return;
        }
        let block = self.block.get_or_insert_with(|| Block {
            stream,
            ..Default::default()
        });
        block.raw.extend_from_slice(frame);
        if block.raw.len() > MAX_HEADER_BLOCK {
            return self.give_up();
        }
        if kind == HEADERS {
            block.end_stream = flags & END_STREAM != 0;
            match fragment(payload, flags) {
                Some(f) => block.fragment.extend_from_slice(f),
                None => return self.give_up(),
            }
        } else {
            block.fragment.extend_from_slice(payload);
        }
        if flags & END_HEADERS != 0 {
            if let Some(block) = self.block.take() {
                self.finish_block(block);
            }
        }
    }

    /// A complete header block: decide (the first time) and forward it.
    fn finish_block(&mut self, block: Block) {
        let Ok(headers) = self.decoder.decode(&block.fragment) else {
            // Not ours to judge: the HTTP/2 server will refuse it itself.
            self.outbuf.extend_from_slice(&block.raw);
            self.mode = Mode::Passthrough;
            return;
        };
        if let Mode::Scanning = self.mode {
            let bad = headers
                .iter()
                .any(|(name, value)| name == b":authority" && fixed(value).is_some());
            if !bad {
                self.outbuf.extend_from_slice(&block.raw);
                self.mode = Mode::Passthrough;
                return;
            }
            tracing::debug!("rewriting a client's URL-shaped :authority");
            self.mode = Mode::Rewriting;
        }
        let headers: Vec<(Vec<u8>, Vec<u8>)> = headers
            .into_iter()
            .map(|(name, value)| {
                let value = match (name.as_slice(), fixed(&value)) {
                    (b":authority", Some(f)) => f.to_vec(),
                    _ => value,
                };
                (name, value)
            })
            .collect();
        let encoded = self
            .encoder
            .encode(headers.iter().map(|(n, v)| (n.as_slice(), v.as_slice())));
        write_header_frames(&mut self.outbuf, block.stream, block.end_stream, &encoded);
    }

    /// The client closed its side: whatever is left goes on as it is.
    fn end_of_input(&mut self) {
        if let Some(block) = self.block.take() {
            self.outbuf.extend_from_slice(&block.raw);
        }
        let rest = self.inbuf.split();
        self.outbuf.extend_from_slice(&rest);
        self.mode = Mode::Passthrough;
    }

    /// The connection is not one this wrapper understands: stop looking.
    fn give_up(&mut self) {
        if let Some(block) = self.block.take() {
            self.outbuf.extend_from_slice(&block.raw);
        }
        self.mode = Mode::Passthrough;
    }
}

/// The header block fragment of a HEADERS frame's payload.
fn fragment(payload: &[u8], flags: u8) -> Option<&[u8]> {
    let mut p = payload;
    let mut pad = 0;
    if flags & PADDED != 0 {
        pad = *p.first()? as usize;
        p = p.get(1..)?;
    }
    if flags & PRIORITY != 0 {
        p = p.get(5..)?;
    }
    p.get(..p.len().checked_sub(pad)?)
}

/// The authority without its scheme, if it has one: `http://h:p/` → `h:p`.
fn fixed(authority: &[u8]) -> Option<&[u8]> {
    let rest = authority
        .strip_prefix(b"http://")
        .or_else(|| authority.strip_prefix(b"https://"))?;
    Some(rest.strip_suffix(b"/").unwrap_or(rest))
}

/// Writes a header block as a HEADERS frame and as many CONTINUATION
/// frames as the default frame size needs.
fn write_header_frames(out: &mut BytesMut, stream: u32, end_stream: bool, block: &[u8]) {
    let chunks: Vec<&[u8]> = if block.is_empty() {
        vec![block]
    } else {
        block.chunks(MAX_FRAME).collect()
    };
    for (i, chunk) in chunks.iter().enumerate() {
        let (first, last) = (i == 0, i + 1 == chunks.len());
        let kind = if first { HEADERS } else { CONTINUATION };
        let mut flags = if last { END_HEADERS } else { 0 };
        if first && end_stream {
            flags |= END_STREAM;
        }
        let len = (chunk.len() as u32).to_be_bytes();
        out.extend_from_slice(&[len[1], len[2], len[3], kind, flags]);
        out.extend_from_slice(&stream.to_be_bytes());
        out.extend_from_slice(chunk);
    }
}

/// What the HTTP/2 server would be handed for a connection whose client
/// sent `input` and closed: the rewriter alone, without a socket (for the
/// fuzz target and tests).
pub fn rewrite_connection(input: &[u8]) -> Vec<u8> {
    let mut fix = FixAuthority::new(());
    fix.inbuf.extend_from_slice(input);
    fix.process();
    fix.end_of_input();
    fix.outbuf.to_vec()
}

impl<S: AsyncRead + Unpin> AsyncRead for FixAuthority<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = &mut *self;
        loop {
            if !this.outbuf.is_empty() {
                let n = this.outbuf.len().min(buf.remaining());
                buf.put_slice(&this.outbuf[..n]);
                this.outbuf.advance(n);
                return Poll::Ready(Ok(()));
            }
            if let Mode::Passthrough = this.mode {
                if this.inbuf.is_empty() {
                    return Pin::new(&mut this.io).poll_read(cx, buf);
                }
            }
            this.process();
            if !this.outbuf.is_empty() {
                continue;
            }
            let mut chunk = [0u8; 8192];
            let mut read = ReadBuf::new(&mut chunk);
            match Pin::new(&mut this.io).poll_read(cx, &mut read) {
                Poll::Ready(Ok(())) if read.filled().is_empty() => {
                    this.end_of_input();
                    if this.outbuf.is_empty() {
                        return Poll::Ready(Ok(()));
                    }
                }
                Poll::Ready(Ok(())) => this.inbuf.extend_from_slice(read.filled()),
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for FixAuthority<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.io).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.io).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.io).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.io).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }
}

impl tonic::transport::server::Connected for FixAuthority<super::listen::Conn> {
    type ConnectInfo = super::listen::ConnInfo;

    fn connect_info(&self) -> Self::ConnectInfo {
        self.io.connect_info()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncReadExt;

    fn frame(kind: u8, flags: u8, stream: u32, payload: &[u8]) -> Vec<u8> {
        let mut out = BytesMut::new();
        let len = (payload.len() as u32).to_be_bytes();
        out.extend_from_slice(&[len[1], len[2], len[3], kind, flags]);
        out.extend_from_slice(&stream.to_be_bytes());
        out.extend_from_slice(payload);
        out.to_vec()
    }

    fn request(enc: &mut loona_hpack::Encoder<'_>, authority: &[u8], stream: u32) -> Vec<u8> {
        let block = enc.encode(vec![
            (&b":method"[..], &b"POST"[..]),
            (b":authority", authority),
            (b":path", b"/etcdserverpb.Maintenance/Status"),
        ]);
        frame(HEADERS, END_HEADERS, stream, &block)
    }

    /// Runs `input` through the wrapper and decodes the header blocks that
    /// come out, returning each block's authority.
    async fn authorities_after(input: Vec<u8>) -> Vec<Vec<u8>> {
        let mut wrapped = FixAuthority::new(&input[..]);
        let mut out = Vec::new();
        wrapped.read_to_end(&mut out).await.unwrap();
        assert_eq!(&out[..PREFACE.len()], PREFACE);
        let mut rest = &out[PREFACE.len()..];
        let mut dec = loona_hpack::Decoder::new();
        let mut seen = Vec::new();
        while rest.len() >= FRAME_HEADER {
            let len = u32::from_be_bytes([0, rest[0], rest[1], rest[2]]) as usize;
            if rest[3] == HEADERS {
                let headers = dec.decode(&rest[FRAME_HEADER..FRAME_HEADER + len]).unwrap();
                for (n, v) in headers {
                    if n == b":authority" {
                        seen.push(v);
                    }
                }
            }
            rest = &rest[FRAME_HEADER + len..];
        }
        seen
    }

    #[tokio::test]
    async fn a_url_authority_is_rewritten_on_every_request() {
        let mut enc = loona_hpack::Encoder::new();
        let mut input = PREFACE.to_vec();
        input.extend(frame(0x4, 0, 0, &[])); // SETTINGS
        input.extend(request(&mut enc, b"http://127.0.0.1:2379", 1));
        input.extend(frame(0x0, END_STREAM, 1, b"body"));
        input.extend(request(&mut enc, b"http://127.0.0.1:2379", 3));
        let seen = authorities_after(input).await;
        assert_eq!(
            seen,
            vec![b"127.0.0.1:2379".to_vec(), b"127.0.0.1:2379".to_vec()]
        );
    }

    #[tokio::test]
    async fn a_plain_authority_passes_through_byte_for_byte() {
        let mut enc = loona_hpack::Encoder::new();
        let mut input = PREFACE.to_vec();
        input.extend(request(&mut enc, b"127.0.0.1:2379", 1));
        input.extend(request(&mut enc, b"127.0.0.1:2379", 3));
        let mut wrapped = FixAuthority::new(&input[..]);
        let mut out = Vec::new();
        wrapped.read_to_end(&mut out).await.unwrap();
        assert_eq!(out, input);
    }

    #[test]
    fn a_crafted_hpack_integer_passes_through_without_a_panic() {
        // An indexed header whose index overflows (RUSTSEC-2023-0085).
        let mut input = PREFACE.to_vec();
        let block = [
            0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f,
        ];
        input.extend(frame(HEADERS, END_HEADERS, 1, &block));
        assert_eq!(rewrite_connection(&input), input);
        // The advisory's own case: a table size update cut short.
        let mut input = PREFACE.to_vec();
        input.extend(frame(HEADERS, END_HEADERS, 1, &[0x3f]));
        assert_eq!(rewrite_connection(&input), input);
    }

    #[test]
    fn an_endless_header_block_is_not_held() {
        let mut fix = FixAuthority::new(());
        fix.inbuf.extend_from_slice(PREFACE);
        fix.inbuf
            .extend(frame(HEADERS, 0, 1, &[0x82; MAX_FRAME]).iter());
        fix.process();
        for _ in 0..8 {
            fix.inbuf
                .extend(frame(CONTINUATION, 0, 1, &[0x82; MAX_FRAME]).iter());
            fix.process();
            let held = fix.block.as_ref().map_or(0, |b| b.raw.len()) + fix.inbuf.len();
            assert!(held <= MAX_HEADER_BLOCK + FRAME_HEADER + MAX_FRAME);
        }
        assert!(matches!(fix.mode, Mode::Passthrough));
        assert_eq!(
            fix.outbuf.len(),
            PREFACE.len() + 9 * (FRAME_HEADER + MAX_FRAME)
        );
    }

    #[test]
    fn a_frame_larger_than_the_server_allows_goes_through_untouched() {
        let mut input = PREFACE.to_vec();
        input.extend(frame(HEADERS, END_HEADERS, 1, &vec![0x82; MAX_FRAME + 1]));
        assert_eq!(rewrite_connection(&input), input);
    }

    #[test]
    fn schemes_and_trailing_slashes_are_stripped() {
        assert_eq!(fixed(b"http://h:1"), Some(&b"h:1"[..]));
        assert_eq!(fixed(b"https://h:1/"), Some(&b"h:1"[..]));
        assert_eq!(fixed(b"h:1"), None);
    }

    #[test]
    fn large_blocks_are_split_into_continuations() {
        let mut out = BytesMut::new();
        write_header_frames(&mut out, 1, true, &vec![0u8; MAX_FRAME + 10]);
        assert_eq!(out[3], HEADERS);
        assert_eq!(out[4], END_STREAM);
        let second = FRAME_HEADER + MAX_FRAME;
        assert_eq!(out[second + 3], CONTINUATION);
        assert_eq!(out[second + 4], END_HEADERS);
    }
}
