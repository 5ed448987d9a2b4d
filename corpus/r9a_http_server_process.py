"""A tiny HTTP server in a child Process (http.server), the parent fetches two pages with urllib, then
terminate()s the server, which never returns from serve_forever()."""
import http.server
import sys
import urllib.request
import multiprocessing as mp


class Hello(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = f"hello from {self.path}".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt, *args):
        print("server:", fmt % args, flush=True)


def serve(port_q):
    httpd = http.server.HTTPServer(("127.0.0.1", 0), Hello)
    port_q.put(httpd.server_address[1])
    httpd.serve_forever()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    port_q = mp.Queue()
    server = mp.Process(target=serve, args=(port_q,))
    server.start()
    port = port_q.get(timeout=10)
    for path in ("/a", "/b"):
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}") as r:
            print(r.status, r.read().decode())
    server.terminate()
    server.join()
    print("server exitcode", server.exitcode)
