"""A nightly backup: the script forks a checksum helper by hand with os.fork() and waits for it with os.waitpid(),
then starts the upload in a multiprocessing.Process. The uploader reports that it started on a Queue, then stalls
in a long time.sleep() (a slow server, simulated), so the parent's join(timeout=1) gives up and it terminates the
upload. The summary's waiting time must name os.waitpid() as the call the program made, not join(); the gave-up
join must say what the record knows of the uploader (its last recorded event), not guess what it was doing."""
import multiprocessing as mp
import os
import sys
import time


def upload(archive, status):
    print(f"uploading {archive}", flush=True)
    status.put(("started", archive))
    time.sleep(5)                      # the server stalls; nothing the tracer records happens here
    status.put(("done", archive))


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    pid = os.fork()
    if pid == 0:
        time.sleep(0.3)                # checksumming the archive
        print("checksum ok", flush=True)
        os._exit(0)
    _, status_word = os.waitpid(pid, 0)
    print("checksum helper exit status", os.waitstatus_to_exitcode(status_word), flush=True)
    status = ctx.Queue()
    p = ctx.Process(target=upload, args=("backup-2026-12-07.tar.gz", status), name="uploader")
    p.start()
    print("uploader says", status.get(timeout=30), flush=True)
    p.join(timeout=1)
    if p.is_alive():
        print("upload stalled, terminating it", flush=True)
        p.terminate()
        p.join()
    print("uploader exitcode", p.exitcode, flush=True)
