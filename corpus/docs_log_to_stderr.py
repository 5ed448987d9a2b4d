# Logging: log_to_stderr() at INFO while a Manager starts and is deleted.
# Source: the Python 3.11 documentation, Doc/library/multiprocessing.rst (as shipped in Debian's python3.11-doc).
# Copyright (c) 2001-2023 Python Software Foundation. Code in the Python documentation is dual-licensed
# under the PSF License Version 2 and the Zero-Clause BSD license.
# Changed for the truth corpus: the interactive session written as a script under a __main__ guard.

import multiprocessing, logging

if __name__ == '__main__':
    logger = multiprocessing.log_to_stderr()
    logger.setLevel(logging.INFO)
    logger.warning('doomed')
    m = multiprocessing.Manager()
    del m
