#!/usr/bin/env python3
"""Writes the copy of api-spec.yaml that the rust-server generator is given.

openapi-generator's rust-server (7.26.0) encodes a response body as JSON only for
`application/json`, `application/merge-patch+json` and `application/problem+json`;
any other `+json` media type (such as `application/geo+json`) is written as plain
text, so a schema there generates `body_from_string(model)`, which does not compile.
In this copy, the schema of each such response media type is a string: the server
serializes the (generated) model itself and answers that text. Everything else is
unchanged, and api-spec.yaml itself, which the server serves, the route table reads
and the Python and TypeScript clients are generated from, keeps the real schema.

Usage: scripts/rust_server_spec.py api-spec.yaml > spec-for-rust-server.yaml
"""

import sys

import yaml

ENCODED_AS_JSON = ("application/json", "application/merge-patch+json", "application/problem+json")


def json_text_only(media_type):
    """A JSON media type that rust-server would write as plain text."""
    essence = media_type.split(";", 1)[0].strip().lower()
    return essence.endswith("+json") and not essence.startswith(ENCODED_AS_JSON)


def responses(spec):
    for path in spec.get("paths", {}).values():
        for operation in path.values():
            if isinstance(operation, dict):
                yield from operation.get("responses", {}).values()
    yield from spec.get("components", {}).get("responses", {}).values()


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    for response in responses(spec):
        for media_type, content in (response.get("content") or {}).items():
            if json_text_only(media_type):
                content["schema"] = {
                    "type": "string",
                    "description": "JSON text (see api-spec.yaml for its schema).",
                }
    yaml.safe_dump(spec, sys.stdout, sort_keys=False, allow_unicode=True, width=1000)


if __name__ == "__main__":
    main()
