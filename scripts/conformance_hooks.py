"""Schemathesis hooks of `make conformance` (loaded through SCHEMATHESIS_HOOKS).

The run acts as one admin session and may call every operation, including those
that end sessions and manage users and keys. It must not lock itself out halfway:

- POST /auth/logout is sent with a spare session of the admin (made beforehand, one
  per call while they last) instead of the run's own session;
- a PATCH or DELETE of /users/{user_id} naming the run's admin, and a DELETE of
  /api-keys/{key_id} naming the run's writer key, go to an id that does not exist
  instead (and answer 404).

Every other id, value and operation is sent as generated. The ids and tokens come
from the JOULE_CONFORMANCE_* variables set by scripts/conformance.py.
"""

import os

import schemathesis

TOKEN = os.environ.get("JOULE_CONFORMANCE_TOKEN", "")
ADMIN_ID = int(os.environ.get("JOULE_CONFORMANCE_ADMIN_ID", "0"))
KEY_ID = int(os.environ.get("JOULE_CONFORMANCE_KEY_ID", "0"))
SPARE = [t for t in os.environ.get("JOULE_CONFORMANCE_SPARE_TOKENS", "").split(",") if t]
ELSEWHERE = 9_000_000_000_000


def _protect(case, path, method, parameter, own):
    operation = case.operation
    if (
        own
        and operation.path == path
        and operation.method.upper() in method
        and case.path_parameters
        and case.path_parameters.get(parameter) == own
    ):
        case.path_parameters[parameter] = ELSEWHERE


@schemathesis.hook
def before_call(context, case, kwargs):
    _protect(case, "/users/{user_id}", ("PATCH", "DELETE"), "user_id", ADMIN_ID)
    _protect(case, "/api-keys/{key_id}", ("DELETE",), "key_id", KEY_ID)
    if case.operation.path == "/auth/logout" and case.headers:
        for name in list(case.headers):
            if name.lower() == "authorization" and case.headers[name] == f"Bearer {TOKEN}":
                case.headers[name] = f"Bearer {SPARE.pop() if len(SPARE) > 1 else SPARE[0]}"
