#!/usr/bin/env python3
"""A first program with the Python client generated from api-spec.yaml (`make clients`).

Signs in, registers a site, a device and a datapoint, writes an hour of values, reads
them back as a range and as 15-minute means, reads the site as GeoJSON, and shows how
a refused batch is reported (a 422 problem naming the field). Every step asserts what
it got, so the program fails loudly when the client and the server disagree.

Usage (with clients/out/python on PYTHONPATH):
    JOULE_URL=http://127.0.0.1:8080 JOULE_USERNAME=admin JOULE_PASSWORD=… python example.py
"""

import json
import os
import sys
import uuid
from datetime import datetime, timedelta, timezone

import joule_client
from joule_client.models import (
    AggregateFunction,
    DatapointCreate,
    DeviceCreate,
    Interval,
    LoginRequest,
    SiteCreate,
    SiteFeatureCollection,
    ValueWrite,
)


def main():
    base = os.environ.get("JOULE_URL", "http://127.0.0.1:8080") + "/api/v1"
    username = os.environ.get("JOULE_USERNAME", "admin")
    password = os.environ["JOULE_PASSWORD"]

    # 1. Sign in: the token pair's access token authenticates every later call.
    anonymous = joule_client.ApiClient(joule_client.Configuration(host=base))
    tokens = joule_client.AuthApi(anonymous).auth_login(
        LoginRequest(username=username, password=password)
    )
    assert tokens.token_type == "Bearer" and tokens.expires_in > 0
    client = joule_client.ApiClient(
        joule_client.Configuration(host=base, access_token=tokens.access_token)
    )
    me = joule_client.AuthApi(client).auth_me()
    print(f"python: signed in as {me.username} ({me.role.value})")

    # 2. A site (with coordinates), a device on it, and a power datapoint (0–5 kW).
    run = uuid.uuid4().hex[:8]
    site = joule_client.SitesApi(client).site_create(
        SiteCreate(name=f"Depot {run}", timezone="Europe/Berlin",
                   latitude=49.0069, longitude=8.4037, address="Hauptstraße 1, Karlsruhe")
    )
    device = joule_client.DevicesApi(client).device_create(
        DeviceCreate(site_id=site.id, name="main meter", kind="meter")
    )
    datapoint = joule_client.DatapointsApi(client).datapoint_create(
        DatapointCreate(key=f"depot-{run}.power", device_id=device.id, type="sensor",
                        data_format="continuous_numeric", unit="W", min_value=0, max_value=5000)
    )
    assert datapoint.device_id == device.id and datapoint.unit == "W"
    print(f"python: site {site.id}, device {device.id}, datapoint {datapoint.id} ({datapoint.key})")

    # 3. An hour of values, one a minute: 1000 W, rising by 10 W a minute.
    start = datetime(2026, 1, 31, 12, 0, tzinfo=timezone.utc)
    values = joule_client.ValuesApi(client)
    batch = [
        ValueWrite(timestamp=(start + timedelta(minutes=m)).isoformat(), value=1000.0 + 10 * m)
        for m in range(60)
    ]
    written = values.datapoint_values_write(datapoint.id, batch)
    assert written.written == 60, written

    # 4. A range: [12:10, 12:20) holds ten values, in order.
    page = values.datapoint_values_list(
        datapoint.id, var_from=start + timedelta(minutes=10), to=start + timedelta(minutes=20)
    )
    assert [v.value for v in page.items] == [1100.0 + 10 * m for m in range(10)], page
    assert page.items[0].timestamp == start + timedelta(minutes=10)
    assert page.next_cursor is None

    # 5. An aggregate: 15-minute means over the hour.
    result = values.datapoint_aggregate(
        datapoint.id, start, start + timedelta(hours=1), Interval.ENUM_15M,
        function=[AggregateFunction.MEAN],
    )
    means = [b.value for b in result.buckets]
    assert means == [1070.0, 1220.0, 1370.0, 1520.0], means
    # Bucket labels are text: UTC for short buckets, the local offset for days and longer.
    assert datetime.fromisoformat(result.buckets[1].timestamp) == start + timedelta(minutes=15)
    print(f"python: wrote 60 values, read 10 back, 15-minute means {means}")

    # 6. The site as GeoJSON (Accept: application/geo+json): a FeatureCollection.
    raw = joule_client.SitesApi(client).sites_list_without_preload_content(
        _headers={"Accept": "application/geo+json"}
    )
    assert raw.status == 200 and raw.headers["content-type"] == "application/geo+json"
    collection = SiteFeatureCollection.from_json(raw.data.decode())
    feature = next(f for f in collection.features if f.id == site.id)
    assert feature.geometry.coordinates == [8.4037, 49.0069]  # longitude first
    assert feature.properties.device_count == 1
    assert json.loads(raw.data)["type"] == "FeatureCollection"

    # 7. A refused batch: the second value is above max_value. Nothing is stored, and
    #    the problem body names the item and the field.
    bad = [
        ValueWrite(timestamp=(start + timedelta(hours=2)).isoformat(), value=10.0),
        ValueWrite(timestamp=(start + timedelta(hours=2, minutes=1)).isoformat(), value=9000.0),
    ]
    try:
        values.datapoint_values_write(datapoint.id, bad)
        raise AssertionError("a value above max_value was accepted")
    except joule_client.exceptions.UnprocessableEntityException as refused:
        assert refused.status == 422
        assert refused.headers["content-type"] == "application/problem+json"
        problem = refused.data
        assert problem.status == 422 and problem.title == "Unprocessable Entity", problem
        assert [e.var_field for e in problem.errors] == ["[1].value"], problem
        assert "5000" in problem.errors[0].message, problem
        print(f"python: refused as expected: {problem.detail}")
    after = values.datapoint_values_list(
        datapoint.id, var_from=start + timedelta(hours=2), to=start + timedelta(hours=3)
    )
    assert after.items == [], "nothing of a refused batch is stored"

    print("python: example passed")


if __name__ == "__main__":
    try:
        main()
    except (AssertionError, joule_client.exceptions.OpenApiException) as failure:
        print(f"python: example FAILED: {failure!r}", file=sys.stderr)
        raise
