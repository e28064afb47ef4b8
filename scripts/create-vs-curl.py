#!/usr/bin/env python3
"""`luxpay create` against a bare curl of the same request, interleaved: each pair runs
one after the other (in alternating order), so a VM's drift in fsync and scheduling
hits both alike, which hyperfine's one-batch-then-the-other does not.

    python3 scripts/create-vs-curl.py target/release/luxpay [PAIRS]

Both go to `luxpay demo-server` on loopback; times include starting each process from
Python (the same for both)."""
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time

binary = sys.argv[1]
pairs = int(sys.argv[2]) if len(sys.argv) > 2 else 150
work = tempfile.mkdtemp()
s = socket.socket()
s.bind(("127.0.0.1", 0))
port = s.getsockname()[1]
s.close()
server = subprocess.Popen(
    [binary, "demo-server", "--addr", f"127.0.0.1:{port}", "--demo-pay-after", "100000"],
    env=dict(os.environ, XDG_DATA_HOME=f"{work}/server"),
    stdout=subprocess.DEVNULL,
    stderr=subprocess.DEVNULL,
)
time.sleep(0.5)
base = f"http://127.0.0.1:{port}"
env = dict(
    os.environ,
    LUXFIN_API_KEY="bench-key",
    XDG_CONFIG_HOME=f"{work}/config",
    XDG_DATA_HOME=f"{work}/data",
    XDG_STATE_HOME=f"{work}/state",
)
luxpay = [binary, "--base-url", base, "create", "--amount", "12.50",
          "--customer", "ana@example.com", "--product", "Coffee"]
body = '{"amount":12.5,"currency":"USD","customer":"ana@example.com","product":"Coffee"}'
curl = ["curl", "-s", "-X", "POST", f"{base}/payment/paypal", "-H", "Authorization: Bearer k",
        "-H", "Content-Type: application/json", "-d", body]


def ms(command):
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - start) * 1000


try:
    for _ in range(5):
        ms(luxpay)
        ms(curl)
    ours, theirs = [], []
    for i in range(pairs):
        first, second = (luxpay, curl) if i % 2 else (curl, luxpay)
        a, b = ms(first), ms(second)
        ours.append(a if first is luxpay else b)
        theirs.append(b if first is luxpay else a)
finally:
    server.kill()
ratios = [o / t for o, t in zip(ours, theirs)]
print(
    f"{pairs} pairs: luxpay median {statistics.median(ours):.1f} ms, curl median "
    f"{statistics.median(theirs):.1f} ms; ratio of medians "
    f"{statistics.median(ours) / statistics.median(theirs):.2f}, median of pair ratios "
    f"{statistics.median(ratios):.2f}"
)
