"""mptutor-boot.zip: the one entry mp-tutor puts on PYTHONPATH (sitecustomize.py alone, stored).

Every import an interpreter makes before sitecustomize runs looks in each PYTHONPATH entry first:
a zip answers "not here" from its table in memory, where a folder costs a stat and a dozen path
joins each time.  But zipimport compiles a .py it finds there, at every interpreter's start
(sitecustomize.py: about 0.5 ms, more than reading all of the tracer's bytecode), so the run's
first interpreter rewrites the zip with sitecustomize.pyc beside the source (compile_areas): a
CHECKED hash-based .pyc, which zipimport checks against the source in the zip and skips for
another Python version (bad magic: it compiles the source, as before).  Written beside the zip,
then renamed over it, before any other interpreter of the run exists.  Loaded by the first
interpreter only.
"""
import os

_CRC_TABLE = []


def crc32(data):
    """zlib's CRC-32, in Python: importing zlib or binascii would load a C extension into the
    program's process for one small file."""
    table = _CRC_TABLE
    if not table:
        for n in range(256):
            c = n
            for _ in range(8):
                c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
            table.append(c)
    c = 0xFFFFFFFF
    for b in data:
        c = table[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def stored_zip(entries):
    """The bytes of a zip holding entries [(name, data)], uncompressed (DOS date 1980-01-01)."""
    def u16(n):
        return n.to_bytes(2, 'little')

    def u32(n):
        return n.to_bytes(4, 'little')
    body, central = [], []
    offset = 0
    for name, data in entries:
        raw = name.encode('ascii')
        fields = u16(0) + u16(0) + u16(0) + u16(0x21) + u32(crc32(data)) + u32(len(data)) * 2 + u16(len(raw)) + u16(0)
        local = b'PK\x03\x04' + u16(20) + fields + raw
        central.append(b'PK\x01\x02' + u16(20) + u16(20) + fields + u16(0) * 3 + u32(0) + u32(offset) + raw)
        body += [local, data]
        offset += len(local) + len(data)
    directory = b''.join(central)
    end = b'PK\x05\x06' + u16(0) * 2 + u16(len(entries)) * 2 + u32(len(directory)) + u32(offset) + u16(0)
    return b''.join(body) + directory + end


def add_bytecode(path, site, pyc_of, write_whole):
    """Rewrites the boot zip at path with sitecustomize.pyc (pyc_of(code, source)) beside its source."""
    source = site.__loader__.get_data(site.__file__)
    code = compile(source, site.__file__, 'exec', dont_inherit=True, optimize=0)
    write_whole(path, stored_zip([('sitecustomize.py', source), ('sitecustomize.pyc', pyc_of(code, source))]))
