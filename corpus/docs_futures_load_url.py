# The ThreadPoolExecutor example: load five URLs, one failing.
# Source: the Python 3.11 documentation, Doc/library/concurrent.futures.rst (as shipped in Debian's python3.11-doc).
# Copyright (c) 2001-2023 Python Software Foundation. Code in the Python documentation is dual-licensed
# under the PSF License Version 2 and the Zero-Clause BSD license.
# Changed for the truth corpus: the URLs point at a local http.server on 127.0.0.1 started in a thread (four pages and one missing); timeout 5.

import concurrent.futures
import urllib.request

import http.server, threading

class Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == '/missing':
            self.send_error(404)
            return
        body = self.path.encode() * 100
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass

server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Pages)
threading.Thread(target=server.serve_forever, daemon=True).start()
BASE = 'http://127.0.0.1:%d' % server.server_address[1]
URLS = [BASE + '/foxnews', BASE + '/cnn', BASE + '/wsj', BASE + '/bbc', BASE + '/missing']

# Retrieve a single page and report the URL and contents
def load_url(url, timeout):
    with urllib.request.urlopen(url, timeout=timeout) as conn:
        return conn.read()

# We can use a with statement to ensure threads are cleaned up promptly
with concurrent.futures.ThreadPoolExecutor(max_workers=5) as executor:
    # Start the load operations and mark each future with its URL
    future_to_url = {executor.submit(load_url, url, 5): url for url in URLS}
    for future in concurrent.futures.as_completed(future_to_url):
        url = future_to_url[future]
        try:
            data = future.result()
        except Exception as exc:
            print('%r generated an exception: %s' % (url, exc))
        else:
            print('%r page is %d bytes' % (url, len(data)))
