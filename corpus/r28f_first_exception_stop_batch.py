"""Validate shards in parallel and stop the batch at the first bad one: wait(return_when=FIRST_EXCEPTION),
then shutdown(wait=False, cancel_futures=True) so no queued shard starts; report what happened to each."""
import multiprocessing
import sys
import time
from concurrent import futures


class ShardError(Exception):
    pass


def validate(shard):
    time.sleep(0.3 if shard != 2 else 0.1)
    if shard == 2:
        raise ShardError(f"shard {shard}: checksum mismatch")
    return f"shard {shard} ok"


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1]) if len(sys.argv) > 1 else None
    ex = futures.ProcessPoolExecutor(max_workers=3, mp_context=ctx)
    fs = [ex.submit(validate, shard) for shard in range(9)]
    done, not_done = futures.wait(fs, timeout=10, return_when=futures.FIRST_EXCEPTION)
    failed = [f for f in done if f.exception() is not None]
    print(f"wait() returned: {len(done)} done, {len(not_done)} not done, {len(failed)} failed", flush=True)
    for f in failed:
        print("first failure:", repr(f.exception()), flush=True)
    ex.shutdown(wait=False, cancel_futures=True)
    futures.wait([f for f in fs if not f.cancelled()], timeout=10)
    for shard, f in enumerate(fs):
        state = "cancelled" if f.cancelled() else ("failed" if f.exception() else f.result())
        print(f"shard {shard}: {state}")
