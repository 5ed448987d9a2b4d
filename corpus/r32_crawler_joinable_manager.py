"""A crawler of a tiny local site: workers take urls from a JoinableQueue and put back unseen links
(seen pages in a Manager dict); the parent's join() on the queue ends the crawl, then one None each."""
import http.server
import multiprocessing as mp
import re
import sys
import threading
import urllib.error
import urllib.request

SITE = {"/": ["/about", "/blog"], "/about": ["/", "/team"], "/blog": ["/blog/1", "/blog/2", "/gone"],
        "/blog/1": ["/blog/2"], "/blog/2": ["/"], "/team": []}


class Site(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path not in SITE:
            return self.send_error(404)
        body = "".join(f'<a href="{link}">{link}</a>\n' for link in SITE[self.path]).encode()
        self.send_response(200)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def crawl(base, todo, seen, lock):
    while (path := todo.get()) is not None:
        try:
            html, status = urllib.request.urlopen(base + path, timeout=5).read().decode(), 200
        except urllib.error.HTTPError as e:
            html, status = "", e.code
        with lock:
            seen[path] = status
            new = [l for l in re.findall(r'href="([^"]+)"', html) if l not in seen]
            for link in new:
                seen[link] = None
        for link in new:
            todo.put(link)
        todo.task_done()
    todo.task_done()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    with ctx.Manager() as manager:
        todo, seen, lock = ctx.JoinableQueue(), manager.dict({"/": None}), manager.Lock()
        workers = [ctx.Process(target=crawl, args=(base, todo, seen, lock)) for _ in range(3)]
        for w in workers: w.start()
        todo.put("/")
        todo.join()
        for w in workers: todo.put(None)
        for w in workers: w.join()
        for path, status in sorted(seen.items()):
            print(f"{status} {path}")
    server.shutdown()
