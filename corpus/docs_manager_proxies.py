# Managers and proxy objects: the Namespace, list, nested proxy and _callmethod doctests, as one script.
# Source: the Python 3.11 documentation, Doc/library/multiprocessing.rst (as shipped in Debian's python3.11-doc).
# Copyright (c) 2001-2023 Python Software Foundation. Code in the Python documentation is dual-licensed
# under the PSF License Version 2 and the Zero-Clause BSD license.
# Changed for the truth corpus: the interactive sessions written as one script under a __main__ guard, one Manager for all.

import multiprocessing
from multiprocessing import Manager

if __name__ == '__main__':
    manager = multiprocessing.Manager()
    Global = manager.Namespace()
    Global.x = 10
    Global.y = 'hello'
    Global._z = 12.3    # this is an attribute of the proxy
    print(Global)

    l = manager.list([i*i for i in range(10)])
    print(l)
    print(l[4])
    print(l[2:5])

    a = manager.list()
    b = manager.list()
    a.append(b)         # referent of a now contains referent of b
    b.append('hello')
    print(a[0], b)

    l_outer = manager.list([ manager.dict() for i in range(2) ])
    d_first_inner = l_outer[0]
    d_first_inner['a'] = 1
    d_first_inner['b'] = 2
    l_outer[1]['c'] = 3
    l_outer[1]['z'] = 26
    print(l_outer[0])
    print(l_outer[1])

    print(manager.list([1,2,3]) == [1,2,3])

    l = manager.list(range(10))
    print(l._callmethod('__len__'))
    print(l._callmethod('__getitem__', (slice(2, 7),))) # equivalent to l[2:7]
    try:
        l._callmethod('__getitem__', (20,))          # equivalent to l[20]
    except IndexError as e:
        print('IndexError:', e)
