"""subprocess: Popen (call, run, check_output, communicate use it), in the caller's lane.

Events: subprocess.spawn, subprocess.exit.
"""
from . import schema, writer
from .describe import argv_json
from .wrapping import hide_wrapper_frame, wraps
from .writer import emit, now_ns


def patch_subprocess(m):
    P = m.Popen
    o_init = P.__init__
    o_handle = P.__dict__.get('_handle_exitstatus')

    def __init__(self, *args, **kwargs):
        try:
            o_init(self, *args, **kwargs)
            if not writer.disabled:
                try:
                    self.__dict__['_mptutor'] = True
                    argv = argv_json(args[0] if args else kwargs.get('args'))
                    streams = _streams(m, args, kwargs)
                    if streams:
                        emit(schema.SUBPROCESS_SPAWN_STREAMS, now_ns(), (self.pid, argv, streams))
                    else:
                        emit(schema.SUBPROCESS_SPAWN, now_ns(), (self.pid, argv))
                except Exception:
                    writer.disable()
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    P.__init__ = wraps(o_init, __init__)
    if o_handle is None:
        return

    def _handle_exitstatus(self, *args, **kwargs):
        try:
            r = o_handle(self, *args, **kwargs)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
        if not writer.disabled and self.__dict__.get('_mptutor') and type(self.returncode) is int:
            emit(schema.SUBPROCESS_EXIT, now_ns(), (self.pid, self.returncode))
        return r
    P._handle_exitstatus = wraps(o_handle, _handle_exitstatus)


# Popen's positional parameters: args, bufsize, executable, stdin, stdout, stderr
_STREAM_POSITIONS = (('stdout', 4), ('stderr', 5))


def _streams(m, args, kwargs):
    """',"stdout":"pipe"' and the like for the child's streams that were not inherited ('' when both were): its
    output then never reached the terminal as the program's does (run(capture_output=True) reads it through pipes)."""
    out = ''
    for name, position in _STREAM_POSITIONS:
        value = kwargs.get(name) if name in kwargs else (args[position] if len(args) > position else None)
        if value is None:
            continue
        # PIPE, DEVNULL and STDOUT are small negative ints; anything else (a file object, a descriptor) is a file
        special = {m.PIPE: 'pipe', m.DEVNULL: 'devnull', m.STDOUT: 'stdout'} if type(value) is int else {}
        where = special.get(value, 'file')
        out += ',"%s":"%s"' % (name, where)
    return out
