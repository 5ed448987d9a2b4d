# The Process class example.
# Source: the Python 3.11 documentation, Doc/library/multiprocessing.rst (as shipped in Debian's python3.11-doc).
# Copyright (c) 2001-2023 Python Software Foundation. Code in the Python documentation is dual-licensed
# under the PSF License Version 2 and the Zero-Clause BSD license.
# Changed for the truth corpus: nothing.

from multiprocessing import Process

def f(name):
    print('hello', name)

if __name__ == '__main__':
    p = Process(target=f, args=('bob',))
    p.start()
    p.join()
