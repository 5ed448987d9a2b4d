"""A fork child's atexit handlers are skipped (it ends with os._exit() after Process._bootstrap); a spawn child runs
them (r7b_atexit_children). `process.atexit.skipped` names the program's handlers at such a child's end (gaps 10B)."""
import sys
import unittest
from mpt_helper import TraceCase

HANDLERS = '''
import atexit, multiprocessing as mp, sys
def parent_handler():
    print("parent handler", flush=True)
def child_handler():
    print("child handler", flush=True)
def gone():
    pass
def child():
    atexit.register(child_handler)
    atexit.register(gone)
    atexit.unregister(gone)
if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1])
    if sys.argv[1] == "fork":
        atexit.register(parent_handler)
    p = ctx.Process(target=child)
    p.start(); p.join()
'''


class AtexitSkipped(TraceCase):
    def test_a_fork_child_says_which_handlers_it_skips(self):
        r = self.traced(HANDLERS, args=('fork',))
        if sys.version_info >= (3, 13):
            # 3.13's fork child clears the parent's handlers and runs those it registers (popen_fork: atexit._clear(),
            # then _run_exitfuncs() after _bootstrap): the cleared one is said as such (via), none is skipped by an
            # os._exit, and its exit comes after its handler's print
            self.assertEqual((r.rc, r.stdout), (0, "child handler\nparent handler\n"), r.dump())
            self.assertEqual([(e['handlers'], e.get('via')) for e in r.of('process.atexit.skipped')],
                             [('parent_handler', 'atexit._clear')], r.dump())
            printed = r.one('print', text='child handler')
            self.assertLessEqual(printed['t'], r.one('process.exit', pid=printed['pid'])['t'], r.dump())
            return
        self.assertEqual((r.rc, r.stdout), (0, "parent handler\n"), r.dump())
        skipped = r.one('process.atexit.skipped')
        self.assertEqual((skipped['count'], skipped['handlers']), (2, 'parent_handler, child_handler'), r.dump())
        exit_ = [e for e in r.events if e['kind'] == 'process.exit' and e['pid'] == skipped['pid']]
        self.assertTrue(exit_ and exit_[0]['t'] >= skipped['t'], r.dump())

    def test_a_spawn_child_runs_them_and_says_nothing(self):
        r = self.traced(HANDLERS, args=('spawn',))
        self.assertEqual((r.rc, r.stdout), (0, "child handler\n"), r.dump())
        self.assertEqual(r.of('process.atexit.skipped'), [], r.dump())


LIBRARY_AND_HAND_FORK = '''
import atexit, logging, multiprocessing as mp, os, sys
def handler():
    print("handler ran", os.getpid() == parent, flush=True)
def child():
    pass
if __name__ == "__main__":
    parent = os.getpid()
    logging.basicConfig()
    atexit.register(handler)
    if sys.argv[1] == "mp":
        p = mp.get_context("fork").Process(target=child); p.start(); p.join()
    else:
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        os.waitpid(pid, 0)
'''


class AtexitSkippedMore(TraceCase):
    """Gaps 11A: handlers libraries registered (logging's shutdown) are named apart, multiprocessing's own exit
    function (which _bootstrap runs itself) is not counted; a hand-forked child's os._exit() skips them too."""
    def test_library_handlers_are_named_apart(self):
        r = self.traced(LIBRARY_AND_HAND_FORK, args=('mp',))
        self.assertEqual((r.rc, r.stdout), (0, "handler ran True\n"), r.dump())
        if sys.version_info >= (3, 13):
            # 3.13's fork child drops the parent's handlers at the fork (atexit._clear()) and runs its own: no handler
            # is skipped by an os._exit there; the record says they were cleared (via), not the os._exit cause
            skipped = r.one('process.atexit.skipped')
            self.assertEqual((skipped['count'], skipped['handlers'], skipped['library_handlers'], skipped['via']),
                             (1, 'handler', 'logging.shutdown', 'atexit._clear'), r.dump())
            return
        skipped = r.one('process.atexit.skipped')
        self.assertEqual((skipped['count'], skipped['handlers'], skipped['library_handlers']),
                         (1, 'handler', 'logging.shutdown'), r.dump())
        self.assertNotIn('via', skipped)

    def test_a_hand_forked_childs_os_exit_skips_them(self):
        r = self.traced(LIBRARY_AND_HAND_FORK, args=('fork',))
        self.assertEqual((r.rc, r.stdout), (0, "handler ran True\n"), r.dump())
        skipped = r.one('process.atexit.skipped')
        self.assertEqual((skipped['count'], skipped['handlers'], skipped['via']), (1, 'handler', 'os._exit'), r.dump())
        exit_ = r.one('process.exit', pid=skipped['pid'])
        self.assertGreaterEqual(exit_['t'], skipped['t'])


if __name__ == '__main__':
    unittest.main()
