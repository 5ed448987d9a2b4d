# Executor deadlocks: two futures each waiting on the other.
# Source: the Python 3.11 documentation, Doc/library/concurrent.futures.rst (as shipped in Debian's python3.11-doc).
# Copyright (c) 2001-2023 Python Software Foundation. Code in the Python documentation is dual-licensed
# under the PSF License Version 2 and the Zero-Clause BSD license.
# Changed for the truth corpus: an import line (it hangs, as the docs say; the sleeps are 0.5 s, not 5 s).

from concurrent.futures import ThreadPoolExecutor
import time
def wait_on_b():
    time.sleep(0.5)
    print(b.result())  # b will never complete because it is waiting on a.
    return 5

def wait_on_a():
    time.sleep(0.5)
    print(a.result())  # a will never complete because it is waiting on b.
    return 6


executor = ThreadPoolExecutor(max_workers=2)
a = executor.submit(wait_on_b)
b = executor.submit(wait_on_a)
