# SharedMemory doctest, and SharedMemoryManager with ShareableList in two processes.
# Source: the Python 3.11 documentation, Doc/library/multiprocessing.shared_memory.rst (as shipped in Debian's python3.11-doc).
# Copyright (c) 2001-2023 Python Software Foundation. Code in the Python documentation is dual-licensed
# under the PSF License Version 2 and the Zero-Clause BSD license.
# Changed for the truth corpus: the interactive sessions written as a script under a __main__ guard; do_work (not given in the docs) adds a range of numbers into the list.

from multiprocessing import Process, shared_memory
from multiprocessing.managers import SharedMemoryManager
import array

def do_work(sl, start, end):
    for i in range(start, end):
        sl[i] = i

if __name__ == '__main__':
    shm_a = shared_memory.SharedMemory(create=True, size=10)
    print(type(shm_a.buf))
    buffer = shm_a.buf
    print(len(buffer))
    buffer[:4] = bytearray([22, 33, 44, 55])  # Modify multiple at once
    buffer[4] = 100                           # Modify single byte at a time
    # Attach to an existing shared memory block
    shm_b = shared_memory.SharedMemory(shm_a.name)
    print(array.array('b', shm_b.buf[:5]))  # Copy the data into a new array.array
    shm_b.buf[:5] = b'howdy'  # Modify via shm_b using bytes
    print(bytes(shm_a.buf[:5]))      # Access via shm_a
    shm_b.close()   # Close each SharedMemory instance
    shm_a.close()
    shm_a.unlink()  # Call unlink only once to release the shared memory

    with SharedMemoryManager() as smm:
        sl = smm.ShareableList(range(2000))
        # Divide the work among two processes, storing partial results in sl
        p1 = Process(target=do_work, args=(sl, 0, 1000))
        p2 = Process(target=do_work, args=(sl, 1000, 2000))
        p1.start()
        p2.start()  # A multiprocessing.Pool might be more efficient
        p1.join()
        p2.join()   # Wait for all work to complete in both processes
        total_result = sum(sl)  # Consolidate the partial results now in sl
        print(total_result)
