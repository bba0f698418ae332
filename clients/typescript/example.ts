// A first program with the TypeScript client generated from api-spec.yaml (`make clients`,
// typescript-fetch; Node 20's own fetch).
//
// Signs in, registers a site, a device and a datapoint, writes an hour of values, reads
// them back as a range and as 15-minute means, reads the sites as GeoJSON, and shows how
// a refused batch is reported (a 422 problem naming the field). Every step asserts what
// it got, so the program fails loudly when the client and the server disagree.
//
// Usage: npm run build && JOULE_URL=http://127.0.0.1:8080 JOULE_USERNAME=admin \
//        JOULE_PASSWORD=… npm run example

import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import {
  AggregateFunction,
  AuthApi,
  Configuration,
  DatapointsApi,
  DevicesApi,
  Interval,
  ProblemFromJSON,
  ResponseError,
  SiteFeatureCollectionFromJSON,
  SitesApi,
  ValuesApi,
} from "../out/typescript/src";

const minutes = (start: Date, m: number) => new Date(start.getTime() + m * 60_000);

async function main(): Promise<void> {
  const basePath = (process.env.JOULE_URL ?? "http://127.0.0.1:8080") + "/api/v1";
  const username = process.env.JOULE_USERNAME ?? "admin";
  const password = process.env.JOULE_PASSWORD;
  assert.ok(password, "set JOULE_PASSWORD");

  // 1. Sign in: the token pair's access token authenticates every later call.
  const tokens = await new AuthApi(new Configuration({ basePath })).authLogin({
    loginRequest: { username, password },
  });
  assert.equal(tokens.tokenType, "Bearer");
  const config = new Configuration({ basePath, accessToken: tokens.accessToken });
  const me = await new AuthApi(config).authMe();
  console.log(`typescript: signed in as ${me.username} (${me.role})`);

  // 2. A site (with coordinates), a device on it, and a power datapoint (0–5 kW).
  const run = randomUUID().slice(0, 8);
  const sites = new SitesApi(config);
  const site = await sites.siteCreate({
    siteCreate: {
      name: `Depot ${run}`,
      timezone: "Europe/Berlin",
      latitude: 49.0069,
      longitude: 8.4037,
      address: "Hauptstraße 1, Karlsruhe",
    },
  });
  const device = await new DevicesApi(config).deviceCreate({
    deviceCreate: { siteId: site.id, name: "main meter", kind: "meter" },
  });
  const datapoint = await new DatapointsApi(config).datapointCreate({
    datapointCreate: {
      key: `depot-${run}.power`,
      deviceId: device.id,
      type: "sensor",
      dataFormat: "continuous_numeric",
      unit: "W",
      minValue: 0,
      maxValue: 5000,
    },
  });
  assert.equal(datapoint.deviceId, device.id);
  console.log(`typescript: site ${site.id}, device ${device.id}, datapoint ${datapoint.id}`);

  // 3. An hour of values, one a minute: 1000 W, rising by 10 W a minute.
  const start = new Date("2026-01-31T12:00:00Z");
  const values = new ValuesApi(config);
  const batch = Array.from({ length: 60 }, (_, m) => ({
    timestamp: minutes(start, m).toISOString(),
    value: 1000 + 10 * m,
  }));
  const written = await values.datapointValuesWrite({
    datapointId: datapoint.id,
    valueWrite: batch,
  });
  assert.equal(written.written, 60);

  // 4. A range: [12:10, 12:20) holds ten values, in order.
  const page = await values.datapointValuesList({
    datapointId: datapoint.id,
    from: minutes(start, 10),
    to: minutes(start, 20),
  });
  assert.deepEqual(
    page.items.map((v) => v.value),
    Array.from({ length: 10 }, (_, m) => 1100 + 10 * m),
  );
  assert.equal(page.items[0].timestamp.getTime(), minutes(start, 10).getTime());
  assert.equal(page.nextCursor, null);

  // 5. An aggregate: 15-minute means over the hour.
  const result = await values.datapointAggregate({
    datapointId: datapoint.id,
    from: start,
    to: minutes(start, 60),
    interval: Interval._15m,
    _function: new Set([AggregateFunction.Mean]),
  });
  const means = result.buckets.map((b) => b.value);
  assert.deepEqual(means, [1070, 1220, 1370, 1520]);
  // Bucket labels are text: UTC for short buckets, the local offset for days and longer.
  assert.equal(new Date(result.buckets[1].timestamp).getTime(), minutes(start, 15).getTime());
  console.log(`typescript: wrote 60 values, read 10 back, 15-minute means ${means}`);

  // 6. The sites as GeoJSON: the same operation with Accept: application/geo+json.
  const geo = await sites.sitesListRaw({}, async ({ init }) => ({
    headers: { ...(init.headers as Record<string, string>), Accept: "application/geo+json" },
  }));
  assert.equal(geo.raw.headers.get("content-type"), "application/geo+json");
  const collection = SiteFeatureCollectionFromJSON(await geo.raw.json());
  const feature = collection.features.find((f) => f.id === site.id);
  assert.ok(feature, "the new site is a feature");
  assert.deepEqual(feature.geometry.coordinates, [8.4037, 49.0069]); // longitude first
  assert.equal(feature.properties.deviceCount, 1);

  // 7. A refused batch: the second value is above max_value. Nothing is stored, and
  //    the problem body names the item and the field.
  const bad = [
    { timestamp: minutes(start, 120).toISOString(), value: 10 },
    { timestamp: minutes(start, 121).toISOString(), value: 9000 },
  ];
  const refused = await values
    .datapointValuesWrite({ datapointId: datapoint.id, valueWrite: bad })
    .then(
      () => assert.fail("a value above max_value was accepted"),
      (e: unknown) => e,
    );
  assert.ok(refused instanceof ResponseError, `not a ResponseError: ${refused}`);
  assert.equal(refused.response.status, 422);
  assert.equal(refused.response.headers.get("content-type"), "application/problem+json");
  const problem = ProblemFromJSON(await refused.response.json());
  assert.equal(problem.status, 422);
  assert.equal(problem.title, "Unprocessable Entity");
  assert.deepEqual(problem.errors?.map((e) => e.field), ["[1].value"]);
  assert.match(problem.errors?.[0].message ?? "", /5000/);
  console.log(`typescript: refused as expected: ${problem.detail}`);
  const after = await values.datapointValuesList({
    datapointId: datapoint.id,
    from: minutes(start, 120),
    to: minutes(start, 180),
  });
  assert.deepEqual(after.items, [], "nothing of a refused batch is stored");

  console.log("typescript: example passed");
}

main().catch((failure: unknown) => {
  console.error("typescript: example FAILED:", failure);
  process.exit(1);
});
