"""What a write to a shared ctypes value stores (round 18E).

ctypes converts without a word: a c_int keeps the low 32 bits of an int (2147483647 + 1 is stored as -2147483648),
a c_ubyte the low 8 (255 + 1 as 0), a c_float rounds.  A synchronized Value's or Array's write is recorded with the
value as stored, converted in a fresh object of the same simple type: the shared memory is not read back (round 5:
another process may write it between).  Anything else (a Structure, a c_char array's bytes, an element that is an
array) is recorded as given.  An int stored as another int (it did not fit: its low bits were kept) also has the
program's own int, `given`, and what the type holds, `bits` and `signed` (gaps 20A).
"""
import sys

from .describe import JSON_BOOL, short_json


def stored(ctype, value):
    """`value` as an object of the simple ctypes type `ctype` holds it, else `value` itself."""
    if type(getattr(ctype, '_type_', None)) is str:     # a simple type (c_int's _type_ is 'i'), not an Array type
        try:
            return ctype(value).value
        except Exception:
            pass
    return value


def stored_items(ctype, values):
    """A slice write's values as stored: each element converted as stored() does (a list or tuple; else as given)."""
    if type(values) in (list, tuple):
        return type(values)(stored(ctype, v) for v in values)
    return values


def stored_json(ctype, value):
    """The JSON text of a write's `value` field, as stored() gives it; with `,"given":…,"bits":N,"signed":…` after it
    when an int was stored as another int (ctypes kept its low bits).  Never raises for the types a Value may have."""
    v = stored(ctype, value)
    text = short_json(v)
    if type(value) is int and type(v) is int and v != value:
        try:
            bits, signed = sys.modules['ctypes'].sizeof(ctype) * 8, ctype(-1).value < 0
            text += f',"given":{short_json(value)},"bits":{bits},"signed":{JSON_BOOL[signed]}'
        except Exception:
            pass
    return text
