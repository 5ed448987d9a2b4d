"""Compact lines: a hot event's line with its numbers in hex, put back as its JSON line by the reader (issue 12).

An int's decimal text costs the program about as much as the rest of a hot line together (CPython's int to decimal
divides; %x only shifts).  So the hottest lines are written as

    ~ LETTER HEX , HEX , ... HEX , TAIL \\n

`~` (no JSON line starts with it), the shape's letter, its numbers (as many as the shape says) as Python's %x
writes them (lowercase hex digits, '-' before a negative one), each followed by ',', then TAIL: the rest of the
line's text as the JSON line has it, verbatim, up to the newline.  The reader (mp-tutor's CompactLine, expand()
below for the tests and tools) writes the shape's template with the numbers in decimal and TAIL in place of `@`:
byte for byte the JSON line the tracer wrote before (docs/tracer-protocol.md, "Compact lines").

A template is the JSON line with `#k` for number k in decimal and `@` for TAIL; no literal text of a template holds
`#` or `@` (TAIL can hold anything: it is never scanned for them).  A number has 1 to 16 digits and lies strictly
between -2**63 and 2**63: the writers keep bigger items on the TAIL's JSON path.  Nothing here has state: a line lost or cut off takes no other
with it, and a line is readable alone.
"""
from . import schema

# Every int a compact number can hold, as `LO < x < HI` (no negation per test, describe.NBIG's reason).
HI = 1 << 63
LO = -HI

# letter -> template.  s/r: a Pipe send/recv of an int item (in the line as a JSON string of its decimal);
# S/R: any other item, its JSON in TAIL.  TAIL always starts with the thread's id.
TEMPLATES = {
    's': schema.PIPE_SEND + '#0,"n":#1,"tid":@"#2","took_ns":#3}',
    'S': schema.PIPE_SEND + '#0,"n":#1,"tid":@,"took_ns":#2}',
    'r': schema.PIPE_RECV + '#0,"n":#1,"tid":@"#2","waited_ns":#3}',
    'R': schema.PIPE_RECV + '#0,"n":#1,"tid":@,"waited_ns":#2}',
    'p': schema.PRINT + '#0,"n":#1,"tid":@',        # a print()'s line; TAIL: tid, stream prefix, text JSON, '}'
    # tracer 25: a Queue put/get of an int item (Queue and JoinableQueue where qsize() works: the line has a depth)
    'q': schema.QUEUE_PUT + '#0,"n":#1,"tid":@"#2","waited_ns":#3,"depth":#4}',
    'g': schema.QUEUE_GET + '#0,"n":#1,"tid":@"#2","waited_ns":#3,"depth":#4}',
    # tracer 25: a Pool's apply_async task with one int argument and an int result: its submission (A), a worker's
    # start (B) and end (E) of it, the result handler's result (D), the caller's get() (G)
    'A': schema.POOL_SUBMIT + '#0,"n":#1,"tid":@"(#2,)","chunks":1,"method":"apply_async"}',
    'B': schema.POOL_TASK_START + '#0,"n":#1,"tid":@"(#2,)","items":null,"call":true}',
    'E': schema.POOL_TASK_END + '#0,"n":#1,"tid":@,"ok":true,"result":"#2"}',
    'D': schema.POOL_RESULT + '#0,"n":#1,"tid":@,"job":#2,"index":#3,"ok":true}',
    'G': schema.POOL_GET + '#0,"n":#1,"tid":@,"job":#2,"ok":true,"waited_ns":#3,"error":null}',
    # tracer 28: a Queue get about to wait for an item put but not yet written by its putter's feeder thread
    'w': schema.QUEUE_WAIT + '#0,"n":#1,"tid":@,"op":"get","in_flight":true}',
    # tracer 29: a worker's start (C) and end (F) of a map's chunk of one int item with an int result (map(f, xs,
    # chunksize=1), and any map whose chunk holds one item)
    'C': schema.POOL_TASK_START + '#0,"n":#1,"tid":@"(#2,)","items":1,"call":false}',
    'F': schema.POOL_TASK_END + '#0,"n":#1,"tid":@,"ok":true,"result":"[#2]"}',
}

# The writers' bytes %-formats: numbers first (%x), then the TAIL's parts (%s of bytes: copied, not converted).
PIPE_SEND_INT = b'~s%x,%x,%x,%x,%s%s\n'         # t, n, item, took_ns; tid, item prefix
PIPE_SEND_ANY = b'~S%x,%x,%x,%s%s%s\n'          # t, n, took_ns; tid, item prefix, item JSON
PIPE_RECV_INT = b'~r%x,%x,%x,%x,%s%s\n'         # t, n, item, waited_ns; tid, item prefix
PIPE_RECV_ANY = b'~R%x,%x,%x,%s%s%s\n'          # t, n, waited_ns; tid, item prefix, item JSON
PRINT_LINE = b'~p%x,%x,%s%s%s}\n'                # t, n; tid, stream prefix, the text's JSON
QUEUE_PUT_INT = b'~q%x,%x,%x,%x,%x,%s,"object":%s,"item":\n'     # t, n, item, waited_ns, depth; tid, queue key
QUEUE_GET_INT = b'~g%x,%x,%x,%x,%x,%s,"object":%s,"item":\n'     # the same
POOL_SUBMIT_INT = b'~A%x,%x,%x,%s,"object":%s,"job":%d,"func":%s,"args":\n'   # t, n, arg; tid, pool key, job, func
POOL_START_INT = b'~B%x,%x,%x,%s,"job":%d,"index":%d%s\n'     # t, n, arg; tid, job, index, ',"func":F,"args":'
POOL_END_INT = b'~E%x,%x,%x,%s,"job":%d,"index":%d\n'           # t, n, result; tid, job, index
POOL_RESULT_OK = b'~D%x,%x,%x,%x,%s,"object":%s\n'               # t, n, job, index; tid, pool key
POOL_GET_OK = b'~G%x,%x,%x,%x,%s,"object":%s\n'                  # t, n, job, waited_ns; tid, pool key
QUEUE_WAIT_IN_FLIGHT = b'~w%x,%x,%s,"object":%s\n'               # t, n; tid, queue key
POOL_CHUNK1_START = b'~C%x,%x,%x,%s,"job":%d,"index":%d%s\n'  # t, n, item; tid, job, index, ',"func":F,"args":'
POOL_CHUNK1_END = b'~F%x,%x,%x,%s,"job":%d,"index":%d\n'       # t, n, the one result; tid, job, index


def _numbers(template):
    return len(set(part[0] for part in template.split('#')[1:]))


def expand(line):
    """The JSON line (bytes, no newline) of one line as written (bytes, without its newline): a compact line
    put back, any other line as it is.  ValueError when a compact line is not well formed."""
    if not line.startswith(b'~'):
        return line
    template = TEMPLATES.get(line[1:2].decode('latin-1'))
    if template is None:
        raise ValueError('unknown compact shape %r' % line[1:2])
    values, at = [], 2
    for _ in range(_numbers(template)):
        comma = line.find(b',', at, at + 18)      # '-' and 16 digits at most
        digits = line[at + (line[at:at + 1] == b'-'):comma]
        if comma < 0 or not 0 < len(digits) <= 16 or digits.strip(b'0123456789abcdef'):
            raise ValueError('compact number %d not well formed' % len(values))
        v = int(line[at:comma], 16)
        if not LO < v < HI:
            raise ValueError('compact number out of range')
        values.append(v)
        at = comma + 1
    tail = line[at:]
    out = []
    for i, piece in enumerate(template.split('@')):
        if i:
            out.append(tail)
        parts = piece.split('#')
        out.append(parts[0].encode())
        for p in parts[1:]:
            out.append(b'%d' % values[int(p[0])] + p[1:].encode())
    return b''.join(out)
