# The Process.terminate() doctest, as a script.
# Source: the Python 3.11 documentation, Doc/library/multiprocessing.rst (as shipped in Debian's python3.11-doc).
# Copyright (c) 2001-2023 Python Software Foundation. Code in the Python documentation is dual-licensed
# under the PSF License Version 2 and the Zero-Clause BSD license.
# Changed for the truth corpus: the interactive session written as a script under a __main__ guard.

import multiprocessing, time, signal

if __name__ == '__main__':
    p = multiprocessing.Process(target=time.sleep, args=(1000,))
    print(p, p.is_alive())
    p.start()
    print(p, p.is_alive())
    p.terminate()
    time.sleep(0.1)
    print(p, p.is_alive())
    print(p.exitcode == -signal.SIGTERM)
