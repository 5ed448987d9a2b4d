"""Which interpreter of a run this is: one of multiprocessing's helpers, told by its exact command line (fix 25).

CPython 3.11-3.13 (read in their multiprocessing/spawn.py, forkserver.py and resource_tracker.py) launch them as
`exe [interpreter flags] -c CODE [--multiprocessing-fork]`, CODE one of three fixed shapes below (a frozen executable's
spawn child: `exe --multiprocessing-fork ...`).  Before, any command line CONTAINING `spawn_main`, `multiprocessing.
forkserver` or `multiprocessing.resource_tracker` was taken for that helper: a program's own `python -c "import
multiprocessing.resource_tracker; print(1)"` became a tracker lane, with the tracker's reduced start-up."""
import sys

# role, the -c CODE's fixed start (its end: `)`), what its arguments look like, what follows CODE on the command line;
# no `re` here: every interpreter of a run asks, at its start, and re's import costs more than the whole check
_SHAPES = (
    ('child', 'from multiprocessing.spawn import spawn_main; spawn_main(', 'keywords', ('--multiprocessing-fork',)),
    ('forkserver', 'from multiprocessing.forkserver import main; main(', 'two fds', ()),
    ('resource_tracker', 'from multiprocessing.resource_tracker import main;main(', 'one fd', ()),
)
_KEYWORD_CHARS = frozenset('abcdefghijklmnopqrstuvwxyz_0123456789=, -')


def _args_fit(args, shape):
    """spawn_main(pipe_handle=7, parent_pid=9, tracker_fd=5); main(3, 4, [...], **{...}); main(5)."""
    if shape == 'one fd':
        return args.lstrip('-').isdigit()
    if shape == 'two fds':
        parts = args.split(', ', 2)
        return len(parts) == 3 and parts[0].isdigit() and parts[1].isdigit()
    return _KEYWORD_CHARS.issuperset(args)


def helper_role(argv=None, orig_argv=None, frozen=None):
    """'child', 'forkserver' or 'resource_tracker' when this interpreter's command line is the one multiprocessing
    launches that helper with, else None.  argv: sys.argv (['-c', ...] only when CODE came by -c, not when `-c` is a
    script's argument); orig_argv: sys.orig_argv (3.10+: CODE; before it only a spawn child's sys.argv is known)."""
    argv = sys.argv if argv is None else argv
    orig_argv = getattr(sys, 'orig_argv', None) if orig_argv is None else orig_argv
    if (getattr(sys, 'frozen', False) if frozen is None else frozen):
        return 'child' if len(argv) >= 2 and argv[1] == '--multiprocessing-fork' else None
    if not argv or argv[0] != '-c':
        return None
    if orig_argv is None:
        return 'child' if list(argv) == ['-c', '--multiprocessing-fork'] else None
    for role, start, args, tail in _SHAPES:
        n = len(tail)
        if list(argv[1:]) == list(tail) and len(orig_argv) >= n + 3 and orig_argv[-n - 2] == '-c':
            code = orig_argv[-n - 1]
            if code.startswith(start) and code.endswith(')') and _args_fit(code[len(start):-1], args):
                return role
    return None
