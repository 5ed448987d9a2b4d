"""pool-crawler: pool workers fetch slow pages from a local web server; the main process parses them in the callback.

Run by `mp-tutor lesson pool-crawler`; it also runs on its own: python3 demo.py --pages 6 --workers 3
Nothing leaves this machine: the "web site" is an http.server in a child process, on 127.0.0.1.
"""
import argparse
import http.server
import os
import random
import re
import socketserver
import tempfile
import time
import urllib.error
import urllib.request
from multiprocessing import Pipe, Pool, Process


# ---------------------------------------------------------------- the web site (a child process)
class SlowPages(http.server.BaseHTTPRequestHandler):
    """Serves /page/<k> after a delay, as a slow web site would. Page `missing` answers 404 at once."""
    delays = {}
    missing = -1

    def do_GET(self):
        started = time.monotonic()
        k = int(self.path.rsplit("/", 1)[-1])
        if k == self.missing:  # a missing page is answered at once
            self.send_error(404)
            print(f"server: {self.path} answered 404 Not Found")
            return
        time.sleep(self.delays.get(k, 0.3))
        links = "".join(f'<a href="/page/{j}">page {j}</a> ' for j in range(k + 1))
        body = f"<html><head><title>Page {k}</title></head><body>{links}</body></html>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        print(f"server: {self.path} sent after {time.monotonic() - started:.2f} s")

    def log_message(self, *args):
        pass  # no access log on stderr


class PageServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = False  # server_close() then waits for the request threads


def serve(port_out, requests, delays, missing):
    """The server process: answers exactly `requests` requests, each in its own thread, then stops."""
    SlowPages.delays, SlowPages.missing = delays, missing
    server = PageServer(("127.0.0.1", 0), SlowPages)  # port 0: the OS picks a free port
    server.timeout = 5  # handle_request() gives up after 5 s without a client
    port_out.send(server.server_address[1])
    for _ in range(requests):
        server.handle_request()
    server.server_close()


# ---------------------------------------------------------------- the crawler
def get_page(url):
    """The task, in a pool worker: the slow part, waiting for the network."""
    print(f"<pid {os.getpid()}> get {url}")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never use a proxy
    try:
        with opener.open(url, timeout=5) as response:
            return {"url": url, "text": response.read().decode()}
    except urllib.error.HTTPError as error:
        print(f"<pid {os.getpid()}> {url}: HTTP {error.code}")
        return None  # like the article: nothing for a page that is not 200 OK


DB_PATH = None    # the results file, in a temporary folder; set by main()
GUARD = True      # check for None before parsing (the article does not)


def parse_page(result):
    """The callback, in the main process: quick work on a page that has already arrived."""
    if GUARD and result is None:
        print(f"<pid {os.getpid()}> parse: nothing to parse, skipped")
        return
    url, text = result["url"], result["text"]  # fails when result is None
    title = re.search(r"<title>(.*?)</title>", text).group(1)
    links = len(re.findall(r"<a href=", text))
    print(f"<pid {os.getpid()}> parse {url}: title {title!r}, {links} links")
    with open(DB_PATH, "a") as db:
        db.write(f"url:<{url}> size:[{len(text)}] links:[{links}]\n")


def main():
    global DB_PATH, GUARD
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=6, help="pages to fetch")
    parser.add_argument("--workers", type=int, default=3, help="processes in the pool")
    parser.add_argument("--missing", type=int, default=-1, help="this page answers 404 (-1: none)")
    parser.add_argument("--no-guard", action="store_true", help="parse like the article, without checking for None")
    parser.add_argument("--seed", type=int, default=1, help="seed for the page delays")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    GUARD = not args.no_guard

    delays = {k: round(rng.uniform(0.3, 0.6), 2) for k in range(args.pages)}
    port_in, port_out = Pipe(duplex=False)
    server = Process(target=serve, name="http-server", args=(port_out, args.pages, delays, args.missing))
    server.start()
    port = port_in.recv()
    urls = [f"http://127.0.0.1:{port}/page/{k}" for k in range(args.pages)]
    print(f"main process pid {os.getpid()}: the site is on 127.0.0.1:{port}")

    with tempfile.TemporaryDirectory() as folder:
        DB_PATH = os.path.join(folder, "db.txt")
        pool = Pool(args.workers)
        pending = [pool.apply_async(get_page, (url,), callback=parse_page) for url in urls]
        pool.close()
        pool.join()
        with open(DB_PATH) as db:
            print(f"db.txt holds {len(db.readlines())} lines")
        # The results went to the callback already; get() would return the same dicts again.
        print(f"{sum(r.successful() for r in pending)} tasks succeeded")
    server.join()


if __name__ == "__main__":
    main()
