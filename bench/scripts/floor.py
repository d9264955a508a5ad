# The physical floor of a write on this machine: an fdatasync of a small
# append to a preallocated file (fallocated, and zero-filled), and a
# loopback TCP round trip. Run from the data directory's file system.
import os, socket, threading, time


def sync_p50(zero_filled):
    path = "floor.tmp"
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
    if zero_filled:
        os.pwrite(fd, b"\0" * (8 << 20), 0)
    else:
        os.posix_fallocate(fd, 0, 8 << 20)
    os.fsync(fd)
    lat, off, rec = [], 0, b"x" * 300
    for _ in range(2000):
        t = time.perf_counter()
        os.pwrite(fd, rec, off)
        off += len(rec)
        os.fdatasync(fd)
        lat.append(time.perf_counter() - t)
    os.close(fd)
    os.unlink(path)
    lat.sort()
    return lat[len(lat) // 2] * 1e6, lat[len(lat) * 9 // 10] * 1e6


def round_trip_p50():
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)

    def echo():
        c, _ = srv.accept()
        c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        while d := c.recv(1024):
            c.sendall(d)

    threading.Thread(target=echo, daemon=True).start()
    cl = socket.create_connection(srv.getsockname())
    cl.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    rt = []
    for _ in range(5000):
        t = time.perf_counter()
        cl.sendall(b"y" * 300)
        cl.recv(1024)
        rt.append(time.perf_counter() - t)
    rt.sort()
    return rt[len(rt) // 2] * 1e6


for zero_filled in (False, True):
    p50, p90 = sync_p50(zero_filled)
    kind = "zero-filled" if zero_filled else "fallocated"
    print(f"fdatasync of a 300-byte append, {kind} file: p50 {p50:.0f} us, p90 {p90:.0f} us")
print(f"loopback TCP round trip (300 bytes): p50 {round_trip_p50():.0f} us")
