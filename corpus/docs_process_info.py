# The Process example printing parent and own process ids.
# Source: the Python 3.11 documentation, Doc/library/multiprocessing.rst (as shipped in Debian's python3.11-doc).
# Copyright (c) 2001-2023 Python Software Foundation. Code in the Python documentation is dual-licensed
# under the PSF License Version 2 and the Zero-Clause BSD license.
# Changed for the truth corpus: nothing.

from multiprocessing import Process
import os

def info(title):
    print(title)
    print('module name:', __name__)
    print('parent process:', os.getppid())
    print('process id:', os.getpid())

def f(name):
    info('function f')
    print('hello', name)

if __name__ == '__main__':
    info('main line')
    p = Process(target=f, args=('bob',))
    p.start()
    p.join()
