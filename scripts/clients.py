#!/usr/bin/env python3
"""Runs the example programs of the generated clients against a live server.

Starts `joule serve` on a fresh SQLite database and a free port with an admin
(JOULE_ADMIN_PASSWORD), then runs clients/python/example.py (with the generated
Python client, clients/out/python, on PYTHONPATH) and the built TypeScript example
(clients/out/ts-build) with node, each signed in as that admin. Fails when either
program fails, or when the server logged an error or died.

`make test-clients` generates the clients and builds everything first.

Usage: scripts/clients.py [--bin target/release/joule] [--node node]
"""

import argparse
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time

from conformance import ROOT, Server

CLIENTS = os.path.join(ROOT, "clients")


def log(message):
    print(f"clients: {message}", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default=os.path.join(ROOT, "target/release/joule"))
    parser.add_argument("--node", default="node")
    args = parser.parse_args()

    programs = {
        "python": [sys.executable, os.path.join(CLIENTS, "python", "example.py")],
        "typescript": [args.node, os.path.join(CLIENTS, "out", "ts-build", "typescript", "example.js")],
    }
    for name, command in programs.items():
        if not os.path.exists(command[-1]):
            raise SystemExit(f"clients: {command[-1]} is missing: run `make test-clients`")

    work = tempfile.mkdtemp(prefix="joule-clients-")
    password = secrets.token_urlsafe(18)
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOULE_")}
    env.update(JOULE_LOG="warn", JOULE_ADMIN_PASSWORD=password)
    server = Server(args.bin, f"sqlite://{work}/joule.db", env)
    log(f"server at {server.base}")
    failed = []
    try:
        program_env = dict(
            env,
            JOULE_URL=server.base,
            JOULE_USERNAME="admin",
            JOULE_PASSWORD=password,
            PYTHONPATH=os.path.join(CLIENTS, "out", "python"),
        )
        del program_env["JOULE_ADMIN_PASSWORD"]
        for name, command in programs.items():
            started = time.monotonic()
            code = subprocess.call(command, cwd=work, env=program_env, stdin=subprocess.DEVNULL)
            log(f"{name} example exited with {code} after {time.monotonic() - started:.1f}s")
            if code != 0:
                failed.append(name)
        if server.proc.poll() is not None:
            log("the server died:\n" + "\n".join(server.lines[-30:]))
            failed.append("server")
        errors = [line for line in server.lines if " ERROR " in line or "panicked" in line]
        if errors:
            log(f"the server logged {len(errors)} error(s):\n" + "\n".join(errors[:20]))
            failed.append("server log")
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    if failed:
        log("FAILED: " + ", ".join(failed))
    else:
        log(f"the {' and '.join(programs)} examples passed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
