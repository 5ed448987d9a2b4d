#!/usr/bin/env python3
"""Opens mp-tutor HTML exports in headless Chromium and checks them, driving the page through the
DevTools protocol over --remote-debugging-pipe (Python standard library only).

For each page it fails on any console error, uncaught exception or failed request, then checks that:
- every lane, note, arrow (cause→effect link) and bar of the run is an element in the DOM
  (with helper lanes shown, all of them; with helpers hidden, the helper lanes are gone);
- the step slider moves with the keyboard (End, ←, →) and the state panel changes with it;
- the note list, claims and summary are filled; the chart has a time axis;
- no element carries text of the run as markup (no extra <script>, no on* attribute anywhere);
and saves a screenshot when asked.

Usage: browser_check.py [--chromium PATH] [--screenshot-dir DIR] [--step N] [--measure] [--event-at N]... PAGE.html...
Prints one JSON line per page; exit status 1 if any check failed. Each --event-at N (a 0-based step) adds to the line, in
"stepEvents", the page's text of that step's event after moving there.
"""
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time


class Browser:
    """One headless Chromium, spoken to over fds 3 (commands) and 4 (replies and events)."""

    def __init__(self, chromium):
        to_chrome_r, to_chrome_w = os.pipe()
        from_chrome_r, from_chrome_w = os.pipe()
        self.profile = tempfile.mkdtemp(prefix="mp-tutor-chromium-")

        def wire_fds():
            # Move the pipe ends to 3 and 4 where Chromium expects them.
            a, b = os.dup(to_chrome_r), os.dup(from_chrome_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        args = [chromium, "--headless=new", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--mute-audio",
                "--user-data-dir=" + self.profile, "--window-size=1600,1000", "about:blank"]
        self.process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, preexec_fn=wire_fds, close_fds=False)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.write_fd, self.read_fd = to_chrome_w, from_chrome_r
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.write_fd, json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while True:
            reply = self.read(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError("%s failed: %s" % (method, reply["error"]))
                return reply.get("result", {})
            self.events.append(reply)

    def read(self, deadline):
        while b"\0" not in self.buffer:
            if time.time() > deadline:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self.read_fd, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def wait_for(self, method, timeout=30):
        deadline = time.time() + timeout
        for i, event in enumerate(self.events):
            if event.get("method") == method:
                return self.events.pop(i)
        while True:
            event = self.read(deadline)
            if event.get("method") == method:
                return event
            self.events.append(event)

    def close(self):
        try:
            self.send("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self.write_fd)
        os.close(self.read_fd)
        shutil.rmtree(self.profile, ignore_errors=True)


class Page:
    def __init__(self, browser):
        self.browser = browser
        targets = browser.send("Target.getTargets")["targetInfos"]
        target = next(t for t in targets if t["type"] == "page")
        self.session = browser.send("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(domain + ".enable")
        self.send("Emulation.setDeviceMetricsOverride", {"width": 1600, "height": 1000, "deviceScaleFactor": 1, "mobile": False})

    def send(self, method, params=None, timeout=60):
        return self.browser.send(method, params, session=self.session, timeout=timeout)

    def eval(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError("page script failed: %s" % result["exceptionDetails"].get("text"))
        return result["result"].get("value")

    def key(self, key, code, keycode):
        for kind in ("keyDown", "keyUp"):
            self.send("Input.dispatchKeyEvent", {"type": kind, "key": key, "code": code, "windowsVirtualKeyCode": keycode})

    def problems(self):
        """Console errors, exceptions and failed requests seen so far."""
        found = []
        for event in self.browser.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append("console.%s: %s" % (params["type"], " ".join(str(a.get("value", a.get("description"))) for a in params.get("args", []))))
            elif method == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                found.append("exception: %s %s" % (details.get("text"), details.get("exception", {}).get("description", "")))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                found.append("log error: %s" % params["entry"].get("text"))
            elif method == "Network.loadingFailed":
                found.append("request failed: %s" % params.get("errorText"))
            elif method == "Network.requestWillBeSent" and not params.get("request", {}).get("url", "").startswith(("file:", "data:", "about:")):
                found.append("network request: %s" % params["request"]["url"])
        return found


COUNTS = """(() => {
  const shown = D.lanes.filter((l) => !l.helper || document.getElementById('helpers').checked).length;
  const q = (s) => document.querySelectorAll(s).length;
  const drawn = (s) => Array.from(document.querySelectorAll(s)).filter((n) => !n.hasAttribute('display')).length;
  return { N: N, large: LARGE, lanesData: D.lanes.length, lanesShown: shown, lanesDom: q('#chart [data-lane]'),
    notesData: D.notes.length, notesDom: q('#chart [data-note]'), noteItems: q('#notes [data-note-item]'),
    linksData: D.links.length, linksDom: q('#chart [data-link]'), linksDrawn: drawn('#chart [data-link]'),
    spansData: D.spans.length, spansDom: q('#chart [data-span]'), ticksDom: q('#chart [data-lane-ticks][d]'),
    tickLanes: new Set(Array.from(E.lane).filter((l) => !D.lanes[l].helper || document.getElementById('helpers').checked)).size,
    countersData: D.counters.length, countersDom: q('#chart [data-counter]'),
    claimsData: D.claims.length, claimsDom: q('#claims [data-claim]'), axisTicks: q('#chart .axis text'),
    scripts: q('script'), onAttributes: Array.from(document.querySelectorAll('*')).filter((n) =>
      Array.from(n.attributes).some((a) => a.name.toLowerCase().startsWith('on'))).length,
    summary: document.getElementById('summary').textContent.length, titleIsText: document.title === D.title,
    pwned: typeof window.pwned !== 'undefined',
    // Drawn, not just present: the first tick has a stroke and every kind of bar a fill.
    unpainted: [document.querySelector('#chart [data-event]')].concat(
      ['task', 'callback', 'hold', 'wait'].map((k) => document.querySelector('#chart .span-' + k)))
      .filter((n) => n && (n.tagName === 'line' ? getComputedStyle(n).stroke : getComputedStyle(n).fill) === 'none')
      .map((n) => n.getAttribute('class')) };
})()"""

STATE = "({step: document.getElementById('step').value, label: document.getElementById('step-label').textContent, " \
        "panel: document.getElementById('state-panel').textContent, event: document.getElementById('step-event').textContent})"

MEASURE = """(async () => {
  // Each frame: one zoom or pan step, then two animation frames, so style, layout and paint are counted.
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await frame();
  const frames = [];
  for (let i = 0; i < 40; i++) {
    const t0 = performance.now();
    if (i < 10) zoom(0.7, D.duration / 2); else if (i < 20) zoom(1 / 0.7, D.duration / 2); else pan((view.t1 - view.t0) * 0.05);
    await frame();
    frames.push(performance.now() - t0);
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  frames.sort((a, b) => a - b);
  return { median: Math.round(frames[frames.length >> 1]), p90: Math.round(frames[Math.floor(frames.length * 0.9)]),
    worst: Math.round(frames[frames.length - 1]), elements: document.querySelectorAll('#chart *').length };
})()"""


def check_page(browser, path, screenshot, step, measure, event_steps=()):
    failures = []
    page = Page(browser)
    page.send("Page.navigate", {"url": "file://" + os.path.abspath(path)})
    browser.wait_for("Page.loadEventFired", timeout=60)
    if not page.eval("document.body.getAttribute('data-ready') === 'true'"):
        failures.append("the page's script did not finish (body[data-ready] missing)")
        return {"page": path, "failures": failures + page.problems()}
    counts = page.eval(COUNTS)

    def expect(condition, message):
        if not condition:
            failures.append(message)

    expect(counts["lanesDom"] == counts["lanesShown"], "lanes drawn %d, expected %d" % (counts["lanesDom"], counts["lanesShown"]))
    expect(counts["noteItems"] == counts["notesData"], "notes listed %d of %d" % (counts["noteItems"], counts["notesData"]))
    expect(counts["claimsDom"] == counts["claimsData"], "claims shown %d of %d" % (counts["claimsDom"], counts["claimsData"]))
    expect(counts["summary"] > 0, "summary empty")
    expect(counts["axisTicks"] >= 2, "time axis has no labels")
    expect(counts["scripts"] == 2, "the page has %d script elements, expected 2" % counts["scripts"])
    expect(counts["onAttributes"] == 0, "%d elements carry on* attributes" % counts["onAttributes"])
    expect(not counts["pwned"], "a script from the run's text ran (window.pwned is set)")
    expect(not counts["unpainted"], "elements drawn without colour: %s" % counts["unpainted"])
    expect(counts["titleIsText"], "the page title is not the run's title as text")
    if not counts["large"]:
        expect(counts["notesDom"] == counts["notesData"], "note badges %d of %d" % (counts["notesDom"], counts["notesData"]))
        expect(counts["linksDom"] == counts["linksData"], "arrows %d of %d" % (counts["linksDom"], counts["linksData"]))
        expect(counts["spansDom"] == counts["spansData"], "bars %d of %d" % (counts["spansDom"], counts["spansData"]))
        expect(counts["ticksDom"] == counts["tickLanes"], "event tick paths %d for %d lanes with events" % (counts["ticksDom"], counts["tickLanes"]))
        expect(counts["countersDom"] == counts["countersData"], "queue depth rows %d of %d" % (counts["countersDom"], counts["countersData"]))
        # Helper lanes: the toggle brings every lane, and every arrow, into view.
        page.eval("document.getElementById('helpers').click()")
        shown = page.eval(COUNTS)
        expect(shown["lanesDom"] == shown["lanesData"], "with helpers shown: lanes %d of %d" % (shown["lanesDom"], shown["lanesData"]))
        expect(shown["linksDrawn"] == shown["linksData"], "with helpers shown: arrows drawn %d of %d" % (shown["linksDrawn"], shown["linksData"]))
        page.eval("document.getElementById('helpers').click()")
    if counts["N"] > 1:
        page.eval("document.getElementById('step').focus()")
        first = page.eval(STATE)
        page.key("End", "End", 35)
        last = page.eval(STATE)
        expect(last["step"] == str(counts["N"] - 1), "End did not move the slider to the last step (at %s)" % last["step"])
        expect(last["panel"] != first["panel"], "the state panel did not change between the first and last step")
        page.key("ArrowLeft", "ArrowLeft", 37)
        back = page.eval(STATE)
        expect(back["step"] == str(counts["N"] - 2), "← did not step back (at %s)" % back["step"])
        expect(back["event"] != last["event"], "the step's event did not change with ←")
        page.key("ArrowRight", "ArrowRight", 39)
        expect(page.eval(STATE)["step"] == str(counts["N"] - 1), "→ did not step forward")
    figures = page.eval(MEASURE) if measure else None
    if screenshot:
        page.eval("document.getElementById('step').value")
        target = min(step, counts["N"] - 1) if step is not None else 0
        page.eval("setStep(%d, true); fit(); 0" % target)
        time.sleep(0.3)
        shot = page.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
        with open(screenshot, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
    failures += page.problems()
    result = {"page": path, "events": counts["N"], "lanes": counts["lanesData"], "notes": counts["notesData"],
              "arrows": counts["linksData"], "bars": counts["spansData"], "failures": failures}
    # What the page says of lost events (gaps 30B): the lines drawn under a lane's name, and the state panel at the last step.
    result["laneLost"] = page.eval("Array.from(document.querySelectorAll('#chart [data-lane-lost]')).map((n) => "
                                   "[D.lanes[+n.getAttribute('data-lane-lost')].label, n.textContent])")
    if counts["N"] > 1:
        result["panelLast"] = last["panel"]
    # gaps 33D: the step text the page shows at each asked step (0-based), as a reader sees it after moving there
    if event_steps:
        result["stepEvents"] = [page.eval("setStep(%d, true); document.getElementById('step-event').textContent" % n)
                                for n in event_steps]
    if figures:
        result["frame_ms"] = figures
    if screenshot:
        result["screenshot"] = screenshot
    return result


def main(argv):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    shots, step, measure, pages, event_steps = None, None, False, [], []
    i = 0
    while i < len(argv):
        if argv[i] == "--chromium":
            chromium = argv[i + 1]; i += 2
        elif argv[i] == "--screenshot-dir":
            shots = argv[i + 1]; i += 2
        elif argv[i] == "--step":
            step = int(argv[i + 1]); i += 2
        elif argv[i] == "--event-at":
            event_steps.append(int(argv[i + 1])); i += 2
        elif argv[i] == "--measure":
            measure = True; i += 1
        else:
            pages.append(argv[i]); i += 1
    if not chromium:
        print("no chromium found: install it (apt-get install -y chromium)")
        return 2
    failed = False
    for path in pages:
        browser = Browser(chromium)
        try:
            shot = os.path.join(shots, os.path.splitext(os.path.basename(path))[0] + ".png") if shots else None
            result = check_page(browser, path, shot, step, measure, event_steps)
        except Exception as error:  # a crash of the driver is a failure of the check, with its reason
            result = {"page": path, "failures": ["driver: %s: %s" % (type(error).__name__, error)]}
        finally:
            browser.close()
        failed = failed or bool(result["failures"])
        print(json.dumps(result, ensure_ascii=False))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
