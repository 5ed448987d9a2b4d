# Programming guidelines, 'Safe importing of main module': no __main__ guard.
# Source: the Python 3.11 documentation, Doc/library/multiprocessing.rst (as shipped in Debian's python3.11-doc).
# Copyright (c) 2001-2023 Python Software Foundation. Code in the Python documentation is dual-licensed
# under the PSF License Version 2 and the Zero-Clause BSD license.
# Changed for the truth corpus: nothing (under spawn and forkserver the child fails, as the docs say).

from multiprocessing import Process

def foo():
    print('hello')

p = Process(target=foo)
p.start()
