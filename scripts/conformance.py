#!/usr/bin/env python3
"""Contract conformance: schemathesis against a live release server.

Starts `joule serve` on a fresh SQLite database and a free port with an admin
(JOULE_ADMIN_PASSWORD), creates a writer key, seeds a few sites, devices, datapoints
and values, runs schemathesis, authenticated (the admin's token and the key, per the
security each operation declares), against
/api/v1/openapi.json with every check, a fixed example count per operation and a fixed
seed, and stops the server. The exit code is schemathesis's.

Usage: scripts/conformance.py [--bin target/release/joule] [--schemathesis PATH]
                              [--max-examples N] [--seed N] [--keep]
"""

import argparse
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Every check schemathesis 4 has; `all` is spelled out in the README.
CHECKS = "all"


def log(message):
    print(f"conformance: {message}", flush=True)


class Server:
    """`joule serve` on 127.0.0.1:0; the port comes from its "listening" line."""

    def __init__(self, binary, database_url, env):
        self.proc = subprocess.Popen(
            [binary, "serve", "--bind", "127.0.0.1:0", "--database-url", database_url],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env=env,
            text=True,
        )
        self.base = None
        self.lines = []
        found = threading.Event()

        def pump():
            for line in self.proc.stdout:
                self.lines.append(line.rstrip())
                if self.base is None and line.startswith("joule listening on "):
                    self.base = line.split("joule listening on ", 1)[1].strip()
                    found.set()
            found.set()

        threading.Thread(target=pump, daemon=True).start()
        if not found.wait(60) or self.base is None:
            self.stop()
            raise SystemExit("the server did not start:\n" + "\n".join(self.lines[-20:]))

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


class Api:
    def __init__(self, base, token=None):
        self.base = base + "/api/v1"
        self.token = token

    def call(self, method, path, body=None, expect=(200, 201, 204), token=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("content-type", "application/json")
        token = token or self.token
        if token:
            request.add_header("authorization", f"Bearer {token}")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status, text = response.status, response.read()
        except urllib.error.HTTPError as e:
            status, text = e.code, e.read()
        if status not in expect:
            raise SystemExit(f"seeding failed: {method} {path} answered {status}: {text[:500]!r}")
        return json.loads(text) if text else None


SPARE_SESSIONS = 40


def credentials(api, password):
    """Signs in as the admin the server made at its first start (its session is the
    run's), opens spare sessions for the run's calls of POST /auth/logout, and creates
    a writer key. Answers the variables schemathesis and the hooks read."""

    def login():
        return api.call("POST", "/auth/login", {"username": "admin", "password": password})

    api.token = login()["access_token"]
    me = api.call("GET", "/auth/me")
    spare = [login()["access_token"] for _ in range(SPARE_SESSIONS)]
    key = api.call("POST", "/api-keys", {"name": "conformance writer", "role": "writer"})
    log(f"signed in as admin (user {me['id']}), {len(spare)} spare sessions, "
        f"writer key {key['id']} ({key['prefix']}…)")
    return {
        "JOULE_CONFORMANCE_TOKEN": api.token,
        "JOULE_CONFORMANCE_ADMIN_ID": str(me["id"]),
        "JOULE_CONFORMANCE_SPARE_TOKENS": ",".join(spare),
        "JOULE_CONFORMANCE_KEY": key["key"],
        "JOULE_CONFORMANCE_KEY_ID": str(key["id"]),
    }


def seed(api):
    """A small estate so that generated ids and links hit real rows."""
    sites = [
        api.call("POST", "/sites", {"name": "Depot", "timezone": "Europe/Berlin"})["id"],
        api.call("POST", "/sites", {"name": "Office"})["id"],
    ]
    devices = [
        api.call("POST", "/devices", {"site_id": sites[0], "name": "meter", "kind": "meter"})["id"],
        api.call("POST", "/devices", {"site_id": sites[1], "name": "valve"})["id"],
    ]
    datapoints = {}
    for key, device, dtype, fmt, extra in [
        ("power", devices[0], "sensor", "continuous_numeric", {"unit": "W"}),
        ("energy", devices[0], "sensor", "generic_numeric", {"unit": "Wh"}),
        ("state", devices[1], "sensor", "discrete_text", {"allowed_values": ["on", "off"]}),
        ("valve", devices[1], "actuator", "continuous_numeric",
         {"min_value": 0, "max_value": 100}),
        ("switch", devices[1], "actuator", "boolean", {}),
    ]:
        body = {"key": key, "device_id": device, "type": dtype, "data_format": fmt, **extra}
        datapoints[key] = api.call("POST", "/datapoints", body)["id"]
    hour = 3600
    start = 1_767_225_600  # 2026-01-01T00:00:00Z

    def at(seconds):
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(start + seconds))

    api.call("POST", f"/datapoints/{datapoints['power']}/values",
             [{"timestamp": at(i * 300), "value": 100.0 + i} for i in range(288)])
    api.call("POST", f"/datapoints/{datapoints['energy']}/values",
             [{"timestamp": at(i * hour), "value": float(i * 50)} for i in range(48)])
    api.call("POST", f"/datapoints/{datapoints['state']}/values",
             [{"timestamp": at(i * hour), "value": ["on", "off"][i % 2]} for i in range(24)])
    api.call("POST", f"/datapoints/{datapoints['switch']}/values",
             [{"timestamp": at(i * hour), "value": i % 3 == 0} for i in range(24)])
    api.call("PUT", f"/datapoints/{datapoints['valve']}/setpoint",
             [{"from_timestamp": None, "to_timestamp": None, "preferred_value": 40}])
    log(f"seeded {len(sites)} sites, {len(devices)} devices, {len(datapoints)} datapoints")


def junit_counts(folder):
    """(passed, failed) operations of schemathesis's JUnit report, or (None, None)."""
    import glob
    import xml.etree.ElementTree as ElementTree

    reports = glob.glob(os.path.join(folder, "junit*.xml"))
    if not reports:
        return None, None
    root = ElementTree.parse(reports[0]).getroot()
    suites = [root] if root.tag == "testsuite" else list(root.iter("testsuite"))
    total = sum(int(s.get("tests", 0)) for s in suites)
    failed = sum(int(s.get("failures", 0)) + int(s.get("errors", 0)) for s in suites)
    return total - failed, failed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default=os.path.join(ROOT, "target/release/joule"))
    parser.add_argument("--schemathesis", default=os.path.join(ROOT, ".venv/bin/schemathesis"))
    parser.add_argument("--max-examples", type=int, default=25)
    parser.add_argument("--seed", type=int, default=20260101)
    parser.add_argument("--workers", default="1")
    parser.add_argument("--keep", action="store_true", help="keep the report folder")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="joule-conformance-")
    database_url = f"sqlite://{work}/joule.db"
    password = secrets.token_urlsafe(18)
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOULE_")}
    env.update(JOULE_LOG="warn", JOULE_ADMIN_PASSWORD=password)
    server = Server(args.bin, database_url, env)
    log(f"server at {server.base}, database {database_url}")
    try:
        api = Api(server.base)
        secrets_env = credentials(api, password)
        seed(api)
        # Tokens and the key reach schemathesis through the environment, which its
        # config file (scripts/schemathesis.toml) and the hooks read; never the command line.
        st_env = dict(
            os.environ,
            **secrets_env,
            SCHEMATHESIS_HOOKS="conformance_hooks",
            PYTHONPATH=os.path.join(ROOT, "scripts"),
        )
        command = [
            args.schemathesis,
            "--config-file", os.path.join(ROOT, "scripts", "schemathesis.toml"),
            "run", f"{server.base}/api/v1/openapi.json",
            "--checks", CHECKS, *os.environ.get("CONFORMANCE_EXTRA", "").split(),
            "--max-examples", str(args.max_examples),
            "--seed", str(args.seed),
            "--workers", args.workers,
            "--phases", "examples,coverage,fuzzing,stateful",
            "--generation-database", "none",
            "--request-timeout", "30",
            "--suppress-health-check", "too_slow",
            "--no-color",
            "--report", "junit",
            "--report-dir", os.path.join(work, "report"),
        ]
        log("running " + " ".join(command))
        started = time.monotonic()
        code = subprocess.call(command, cwd=work, env=st_env)
        log(f"schemathesis finished in {time.monotonic() - started:.0f}s with exit code {code}")
        passed, failed = junit_counts(os.path.join(work, "report"))
        if server.proc.poll() is not None:
            log("the server died during the run:\n" + "\n".join(server.lines[-30:]))
            code = code or 1
        errors = [line for line in server.lines if " ERROR " in line or "panicked" in line]
        if errors:
            log(f"the server logged {len(errors)} error(s):\n" + "\n".join(errors[:20]))
        if passed is not None:
            # A closing line CI reads: operations (JUnit test cases) passed and failed.
            print(f"conformance: {passed} passed, {failed} failed", flush=True)
    finally:
        server.stop()
        if args.keep:
            log(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    sys.exit(code)


if __name__ == "__main__":
    main()
