"""A "downloader" as one writes it while learning: a tiny http.server started in a thread of the
script (127.0.0.1, port 0), a Pool of three fetching the file list with urllib.request, the sizes
summed. One file is missing on the server: its HTTPError 404 is caught in the worker and reported."""
import http.server
import multiprocessing as mp
import sys
import threading
import urllib.error
import urllib.request

FILES = {"/a.bin": 1000, "/b.bin": 2500, "/c.bin": 400, "/d.bin": 7000, "/e.bin": 50}


class Files(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        size = FILES.get(self.path)
        if size is None:
            self.send_error(404, "no such file")
            return
        self.send_response(200)
        self.send_header("Content-Length", str(size))
        self.end_headers()
        self.wfile.write(b"x" * size)

    def log_message(self, *args):
        pass


def download(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return url, len(resp.read()), None
    except urllib.error.HTTPError as e:
        return url, 0, f"HTTP {e.code}"


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Files)
    port = server.server_address[1]
    threading.Thread(target=server.serve_forever, name="http-server", daemon=True).start()
    urls = [f"http://127.0.0.1:{port}{p}" for p in [*FILES, "/missing.bin"]]
    with ctx.Pool(3) as pool:
        results = pool.map(download, urls)
    total = 0
    for url, size, error in results:
        name = url.rsplit("/", 1)[1]
        print(f"{name:12} {error or f'{size} bytes'}")
        total += size
    print(f"downloaded {total} bytes from {len(results) - 1} of {len(results)} urls")
    server.shutdown()
    server.server_close()
