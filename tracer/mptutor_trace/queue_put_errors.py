"""A SimpleQueue's put() that raised in the caller (gaps 19A): `queue.put.error`, on the exception path only.

SimpleQueue.put pickles the item in the calling thread (a Queue's feeder thread does it later), so an
unpicklable item raises right there and nothing is sent: `pickling` true when the raise came from
multiprocessing.reduction's dumps() (the traceback says), false for anything else (a closed queue's pipe).
"""
from . import schema, writer
from .describe import JSON_BOOL, exception_text, json_str, short_json
from .writer import emit, now_ns


def simple_put_failed(key, obj, e):
    try:
        if writer.disabled:
            return
        text = exception_text(e)
        if ':' not in text and e.args and all(type(a) is str for a in e.args):
            text = '%s: %s' % (text, ' '.join(e.args)[:200])
        tb, pickling = e.__traceback__, False
        while tb is not None:
            code = tb.tb_frame.f_code
            if code.co_name == 'dumps' and code.co_filename.endswith('reduction.py'):
                pickling = True
            tb = tb.tb_next
        emit(schema.QUEUE_PUT_ERROR, now_ns(), (key, short_json(obj), json_str(text), JSON_BOOL[pickling]))
    except Exception:
        writer.disable()
