#!/usr/bin/env python3
"""The web console in a real browser: headless Chromium driven by selenium.

Starts `joule serve` on a fresh SQLite database and a free port (as
scripts/conformance.py does), then, in the browser: signs in as the admin, creates a
site, a device and a datapoint with the console's forms; writes values through the
API; opens the chart and checks that uPlot holds exactly the written values and that
the canvas shows the series' colour; checks the aggregated (min–max band) view of a
week, a value arriving live over the WebSocket and the CSV of what is drawn; then
shows an actuator's setpoint and replaces its schedule; creates an API key (its secret
shown once); stays signed in past two lifetimes of an access token; then signs in as a viewer and opens the key's read-only view, where no
edit button may be shown. Any error in the browser's console fails the run. Screenshots are saved to
--out (target/console-test/ from `make console-test`).

Usage: scripts/console_test.py [--bin target/release/joule] [--out target/console-test]
                               [--chromium /usr/bin/chromium] [--driver /usr/bin/chromedriver]
"""

import argparse
import json
import math
import os
import random
import secrets
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from conformance import ROOT, Api, Server  # noqa: E402

SERIES_RGB = (0x1F, 0x6F, 0xB4)  # COLORS[0] of server-impl/assets/console/chart.js
# Access tokens live this long here, so the console must renew its session (with
# the refresh token, on a timer and on a 401) several times during the run.
TOKEN_TTL_SECS = 8


def log(message):
    print(f"console-test: {message}", flush=True)


def browser(chromium, driver_path):
    # Imported here so that a missing venv package is reported with the fix.
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    # Never let selenium fetch a browser or driver: Debian's are used.
    os.environ["SE_OFFLINE"] = "true"
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--window-size=1280,1000", "--disable-gpu", "--lang=en-GB"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service(executable_path=driver_path))


class Console:
    """The browser on one server, with the waits the checks need."""

    def __init__(self, driver, base, out):
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait

        self.by = By
        self.driver = driver
        self.base = base
        self.out = out
        self.wait = WebDriverWait(driver, 20)

    def css(self, selector):
        return self.driver.find_elements(self.by.CSS_SELECTOR, selector)

    def one(self, selector):
        self.wait.until(lambda d: self.css(selector), f"no {selector}")
        return self.css(selector)[0]

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def go(self, fragment):
        """Follows a link inside the page (the session stays in memory)."""
        self.js("location.hash = arguments[0]", fragment)

    def fill_form(self, form, values):
        for name, value in values.items():
            field = form.find_element(self.by.NAME, name)
            if field.tag_name == "select":
                from selenium.webdriver.support.ui import Select

                Select(field).select_by_value(value)
            else:
                field.clear()
                field.send_keys(value)
        form.find_element(self.by.CSS_SELECTOR, "button[type=submit]").click()

    def sign_in(self, username, password):
        # A fresh page load (the query makes the URL new): nothing of a previous
        # session is left in memory.
        self.driver.get(f"{self.base}/?signin={time.monotonic_ns()}#/")
        form = self.one(".signin form")
        self.fill_form(form, {"username": username, "password": password})
        self.wait.until(lambda d: username in self.one("[data-testid=who]").text,
                        "the navigation does not name the user")

    def sign_out(self):
        self.one("[data-testid=sign-out]").click()
        self.one(".signin form")

    def create(self, opener_label, values):
        """Opens the "New …" form, submits it, and answers the new page's id."""
        before = self.driver.current_url
        button = next(b for b in self.css(".opener button") if b.text == opener_label)
        button.click()
        self.fill_form(self.one(".opener form"), values)
        self.wait.until(lambda d: d.current_url != before, f"{opener_label} did not open its page")
        return int(self.driver.current_url.rsplit("/", 1)[1])

    def create_in_place(self, opener_label, values):
        """Opens a "New …" form of a list page and submits it; the page stays."""
        button = next(b for b in self.css(".opener button") if b.text == opener_label)
        button.click()
        self.fill_form(self.one(".opener form"), values)
        self.wait.until(lambda d: not self.css(".opener form"), f"{opener_label} was refused")

    def chart_drawn(self):
        self.wait.until(lambda d: self.js(
            "const c = document.querySelector('.chart');"
            "return c && c.dataset.state === 'drawn'"), "the chart was not drawn")

    def range(self, name):
        self.one(f"button[data-range={name}]").click()
        self.wait.until(lambda d: self.one(f"button[data-range={name}]").get_attribute("class") == "active")
        self.chart_drawn()

    def plotted(self):
        """uPlot's data (x in seconds, then one column per series) and the range shown."""
        return self.js(
            "const c = window.jouleConsole.chart;"
            "return {data: c.plot.data.map(col => Array.from(col)),"
            " labels: c.plot.series.map(s => s.label),"
            " modes: c.results.map(r => r.mode),"
            " from: c.shown.from.getTime() / 1000, to: c.shown.to.getTime() / 1000}")

    def series_pixels(self, rgb):
        """How many pixels of the chart's canvas are (close to) the colour `rgb`."""
        return self.js(
            "const [r, g, b] = arguments[0];"
            "const canvas = document.querySelector('.chart-plot canvas');"
            "const px = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;"
            "let n = 0;"
            "for (let i = 0; i < px.length; i += 4)"
            "  if (px[i + 3] > 200 && Math.abs(px[i] - r) < 24 && Math.abs(px[i + 1] - g) < 24"
            "      && Math.abs(px[i + 2] - b) < 24) n++;"
            "return n;", list(rgb))

    def screenshot(self, name):
        path = os.path.join(self.out, f"{name}.png")
        self.driver.save_screenshot(path)
        log(f"screenshot {path}")

    def browser_errors(self):
        """Errors the page logged; an API answer that is not a 2xx (a 404 for a
        datapoint without values, the 409 provoked above) is not one."""
        return [e for e in self.driver.get_log("browser") if e.get("level") == "SEVERE"
                and "the server responded with a status of" not in e.get("message", "")]


class AdminApi(Api):
    """The admin's calls from the test itself, signing in again before the short-lived
    token expires."""

    def __init__(self, base, password):
        super().__init__(base)
        self.password = password
        self.signed_in = 0.0

    def call(self, method, path, body=None, expect=(200, 201, 204), token=None):
        if time.monotonic() - self.signed_in > TOKEN_TTL_SECS / 2:
            self.token = None
            self.token = super().call("POST", "/auth/login",
                                      {"username": "admin", "password": self.password})["access_token"]
            self.signed_in = time.monotonic()
        return super().call(method, path, body, expect, token)


def stamp(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def run(console, api, password):
    # --- the admin creates the registry in the browser --------------------------
    console.sign_in("admin", password)
    signed_in = time.monotonic()
    site = console.create("New site", {"name": "Depot", "timezone": "Europe/Berlin"})
    device = console.create("New device", {"name": "main meter", "kind": "meter"})
    datapoint = console.create("New datapoint", {"key": "depot.power", "name": "Depot power", "unit": "W"})
    stored = api.call("GET", f"/datapoints/{datapoint}")
    check(stored["device_id"] == device and stored["unit"] == "W", f"datapoint as stored: {stored}")
    log(f"created site {site}, device {device}, datapoint {datapoint} in the browser")

    # A refusal is shown with the field it names, and nothing is created.
    console.go(f"/devices/{device}")
    console.one(".opener button").click()
    console.fill_form(console.one(".opener form"), {"key": "depot.power", "min_value": "ten"})
    problem = console.one(".opener .error")
    check("not a number" in problem.text, f"a field that is not a number is named: {problem.text!r}")
    check([e.get_attribute("name") for e in console.css("[aria-invalid=true]")] == ["min_value"],
          "the field is marked")
    console.fill_form(console.one(".opener form"), {"min_value": "10"})
    console.wait.until(lambda d: "409" in console.one(".opener .error").text,
                       "a duplicate key is not refused visibly")

    # --- values through the API; the chart draws them ---------------------------
    now = datetime.now(timezone.utc).replace(second=0, microsecond=0)
    written = {}
    for i in range(1, 241):
        moment = now - timedelta(minutes=i)
        written[moment.timestamp()] = round(1500 + 600 * math.sin(i / 15), 3)
    # A week of values every 5 minutes before those, with a daily shape and noise, for
    # the aggregated view (a min–max band around the mean).
    hourly = {}
    noise = random.Random(7)
    for i in range(12 * 4 + 1, 12 * 24 * 7):
        moment = now - timedelta(minutes=5 * i)
        hourly[moment.timestamp()] = round(
            800 + 300 * math.sin(i / 48) + noise.uniform(-60, 60), 3)
    values = [{"timestamp": stamp(datetime.fromtimestamp(t, timezone.utc)), "value": v}
              for t, v in {**written, **hourly}.items()]
    api.call("POST", f"/datapoints/{datapoint}/values", values)
    log(f"wrote {len(values)} values through the API")

    console.go(f"/datapoints/{datapoint}")
    console.chart_drawn()
    check(console.css(".edit"), "an admin sees the edit buttons")
    console.range("hour")
    shown = console.plotted()
    check(shown["modes"] == ["raw"], f"an hour is drawn from stored values: {shown['modes']}")
    expected = sorted((t, v) for t, v in written.items() if shown["from"] <= t < shown["to"])
    drawn = list(zip(shown["data"][0], shown["data"][1]))
    check(len(expected) >= 55, f"the hour holds the written values: {len(expected)}")
    check(drawn == expected, f"uPlot holds the written values:\n{drawn[:5]}…\n{expected[:5]}…")
    pixels = console.series_pixels(SERIES_RGB)
    check(pixels > 300, f"the series is drawn on the canvas ({pixels} pixels of its colour)")
    log(f"hour: {len(drawn)} stored values drawn, {pixels} pixels of the series' colour")

    csv = console.js("return window.jouleConsole.chart.csv()").splitlines()
    check(csv[0] == "timestamp,depot.power (W)", f"CSV header: {csv[0]!r}")
    check(len(csv) == len(expected) + 1, "the CSV has a row per drawn point")
    first = csv[1].split(",")
    check(float(first[1]) == expected[0][1], f"the CSV holds the drawn values: {csv[1]!r}")

    # --- a week: buckets of the aggregate API, mean with a min–max band -----------
    console.range("week")
    week = console.plotted()
    check(week["modes"] == ["aggregate"], f"a week is aggregated: {week['modes']}")
    check(week["labels"][1:] == ["Depot power mean", "Depot power min", "Depot power max"], week["labels"])
    rows = [(mean, low, high) for mean, low, high in zip(*week["data"][1:4]) if mean is not None]
    check(len(rows) >= 24 * 6, f"the week's buckets are drawn: {len(rows)}")
    check(all(low <= mean <= high for mean, low, high in rows), "min ≤ mean ≤ max in every bucket")
    check(console.series_pixels(SERIES_RGB) > 300, "the week's mean is drawn")
    status = console.one("[data-testid=chart-status]").text
    check("15m buckets" in status, f"the status names the interval: {status!r}")
    log(f"week: {len(rows)} buckets of 15m, min–max band")

    # --- another datapoint overlaid, on its own axis ------------------------------
    temperature = api.call("POST", "/datapoints", {
        "key": "depot.temperature", "name": "Depot hall temperature", "device_id": device,
        "type": "sensor", "data_format": "continuous_numeric", "unit": "°C"})["id"]
    api.call("POST", f"/datapoints/{temperature}/values", [
        {"timestamp": stamp(now - timedelta(minutes=10 * i)),
         "value": round(19 + 3 * math.sin(i / 24), 2)} for i in range(6 * 24 * 7)])
    search = console.one(".overlays input")
    search.send_keys("hall temperature")
    console.one(".overlay-results button").click()
    console.wait.until(lambda d: len(console.plotted()["labels"]) == 7, "the overlay was not drawn")
    console.chart_drawn()
    overlay = console.plotted()
    check(overlay["labels"][4:] == ["Depot hall temperature mean", "Depot hall temperature min",
                                    "Depot hall temperature max"], overlay["labels"])
    axes = console.js("return window.jouleConsole.chart.plot.axes.map(a => a.label || null)")
    check(axes[1:] == ["W", "°C"], f"one axis per unit: {axes}")
    check(any(v is not None for v in overlay["data"][4]), "the overlay has values")
    csv_header = console.js("return window.jouleConsole.chart.csv()").splitlines()[0]
    check("depot.temperature mean (°C)" in csv_header, f"the CSV names the overlay: {csv_header}")
    console.driver.set_window_size(1280, 1500)
    console.screenshot("datapoint-week-overlay-admin")
    console.driver.set_window_size(1280, 1000)
    log("a second datapoint overlaid on its own axis (°C beside W)")
    console.one(".chip button").click()
    console.wait.until(lambda d: len(console.plotted()["labels"]) == 4, "the overlay was not removed")

    # --- a value written while the page is open arrives live ---------------------
    console.range("hour")
    live_at = datetime.now(timezone.utc).replace(microsecond=0)
    api.call("POST", f"/datapoints/{datapoint}/values", [{"timestamp": stamp(live_at), "value": 4242.5}])
    console.wait.until(lambda d: "4242.5" in console.one("[data-testid=latest-value]").text,
                       "the latest value did not update live")
    console.wait.until(lambda d: 4242.5 in console.plotted()["data"][1], "the chart did not get the live value")
    console.screenshot("datapoint-hour-admin")
    log("a value written through the API arrived live (latest value and chart)")

    # --- an actuator's setpoint and schedule ----------------------------------------
    valve = api.call("POST", "/datapoints", {
        "key": "depot.valve", "device_id": device, "type": "actuator",
        "data_format": "continuous_numeric", "unit": "%", "min_value": 0, "max_value": 100})["id"]
    api.call("PUT", f"/datapoints/{valve}/setpoint",
             [{"from_timestamp": None, "to_timestamp": None, "preferred_value": 40,
               "min_value": 20, "max_value": 60}])
    console.go(f"/datapoints/{valve}")
    console.wait.until(lambda d: "40" in console.one("[data-testid=setpoint] table").text,
                       "the setpoint is not shown")
    check("No schedule yet" in console.one("[data-testid=schedule]").text, "the empty schedule is said")
    # An editor replaces the schedule from the page.
    button = next(b for b in console.css("[data-testid=schedule] button") if b.text.startswith("Replace"))
    button.click()
    editor = console.one("[data-testid=schedule] textarea")
    editor.clear()
    editor.send_keys('[{"from_timestamp": "2030-01-01T06:00:00Z", "to_timestamp": null, "value": 55}]')
    console.one("[data-testid=schedule] form button[type=submit]").click()
    console.wait.until(lambda d: console.css("[data-testid=schedule] table"), "the schedule was not stored")
    schedule = api.call("GET", f"/datapoints/{valve}/schedule")["schedule"]
    check(schedule[0]["value"] == 55, f"the schedule as stored: {schedule}")
    log("an actuator's setpoint is shown and its schedule replaced from the page")

    # --- an admin creates an API key; its secret is shown once -------------------
    console.go("/api-keys")
    console.create_in_place("New API key", {"name": "hall display", "role": "reader"})
    secret = console.one("[data-testid=secret]").get_attribute("value")
    check(secret.startswith("jk_"), f"the secret is shown: {secret[:6]}…")
    check(secret not in console.one(".paged").text, "the list does not show the secret")
    console.screenshot("api-keys-admin")

    # --- the session outlived its first access tokens --------------------------------
    time.sleep(max(0.0, signed_in + 2 * TOKEN_TTL_SECS - time.monotonic()))
    console.go("/users")
    console.wait.until(lambda d: "admin" in console.one(".paged table").text, "the users page did not load")
    check(console.css("[data-testid=sign-out]"), "the session was renewed, not ended")
    log(f"the session was renewed past {2 * TOKEN_TTL_SECS} s with {TOKEN_TTL_SECS} s tokens")

    # --- a viewer sees no edit buttons ------------------------------------------
    api.call("POST", "/users", {"username": "vera", "password": "vera-password", "role": "viewer"})
    console.sign_out()
    console.sign_in("vera", "vera-password")
    for page in (f"/sites/{site}", f"/devices/{device}", f"/datapoints/{datapoint}"):
        console.go(page)
        console.one("h1")
        console.wait.until(lambda d: "Loading" not in console.one("main").text[:40], f"{page} did not load")
        if page.startswith("/datapoints"):
            console.chart_drawn()
        check(not console.css(".edit"), f"a viewer sees no edit buttons on {page}")
        check(not console.css("nav .admin"), "a viewer has no admin pages")
    check(console.series_pixels(SERIES_RGB) > 300, "the viewer sees the chart")
    console.screenshot("datapoint-viewer")
    log("a viewer sees the chart and no edit buttons")

    # --- the API key's read-only display -------------------------------------------
    console.sign_out()
    console.one(".keymode summary").click()
    console.fill_form(console.one(".keymode form"), {"api_key": secret})
    console.wait.until(lambda d: "API key" in console.one("[data-testid=who]").text, "the key was not taken")
    console.go(f"/datapoints/{datapoint}")
    console.chart_drawn()
    check(not console.css(".edit"), "an API key's view has no edit buttons")
    console.driver.set_window_size(400, 900)
    console.js("document.querySelector('.chart').scrollIntoView()")
    time.sleep(0.5)
    console.screenshot("datapoint-phone-key")
    log("an API key opens a read-only view")

    errors = console.browser_errors()
    check(not errors, "the browser logged errors:\n" + json.dumps(errors, indent=1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default=os.path.join(ROOT, "target/release/joule"))
    parser.add_argument("--out", default=os.path.join(ROOT, "target/console-test"))
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--driver", default=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    args = parser.parse_args()
    for path, package in ((args.chromium, "chromium"), (args.driver, "chromium-driver")):
        if not os.path.exists(path):
            raise SystemExit(f"console-test: {path} not found: install Debian's {package} "
                             "(apt-get install chromium chromium-driver)")
    os.makedirs(args.out, exist_ok=True)
    for old in os.listdir(args.out):
        if old.endswith(".png"):
            os.remove(os.path.join(args.out, old))

    started = time.monotonic()
    work = tempfile.mkdtemp(prefix="joule-console-")
    password = secrets.token_urlsafe(18)
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOULE_")}
    env.update(JOULE_LOG="warn", JOULE_ADMIN_PASSWORD=password,
               JOULE_AUTH__ACCESS_TOKEN_TTL_SECS=str(TOKEN_TTL_SECS))
    server = Server(args.bin, f"sqlite://{work}/joule.db", env)
    driver = None
    console = None
    try:
        api = AdminApi(server.base, password)
        driver = browser(args.chromium, args.driver)
        console = Console(driver, server.base, args.out)
        run(console, api, password)
        log(f"passed in {time.monotonic() - started:.0f} s")
    except Exception:
        if console:
            console.screenshot("failure")
        raise
    finally:
        if driver:
            driver.quit()
        server.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
