"""The main process's own end (gaps 11A): an uncaught exception is recorded with its type and the traceback's last
line, sys.exit(arg) with its argument and code, at the main process's interpreter exit (`process.main.end`); a
caught sys.exit(), the script's end and a hand-forked child's sys.exit() record nothing there."""
import unittest
from mpt_helper import TraceCase

MAIN = '''
import multiprocessing as mp, os, sys
def f():
    pass
if __name__ == "__main__":
    p = mp.Process(target=f); p.start(); p.join()
    mode = sys.argv[1]
    if mode == "raise":
        config = {}
        print(config["port"])
    if mode == "exit":
        sys.exit(300)
    if mode == "message":
        sys.exit("bad config")
    if mode == "caught":
        try:
            sys.exit(4)
        except SystemExit:
            pass
    if mode == "raise_exit":
        raise SystemExit(3)
    if mode == "site_exit":
        try:
            quit(2)
        except SystemExit:
            pass
        exit(4)
    if mode == "quit":
        quit()
    if mode == "exit_kw":
        try:
            sys.exit(status=3)
        except TypeError as e:
            print("TypeError", e)
        exit(code=4)
    if mode == "os_exit":
        import atexit
        atexit.register(print, "goodbye")
        os._exit(261)
    if mode == "hook":
        def hide(kind, value, tb):
            print("logged", kind.__name__)
        sys.excepthook = hide
        raise ValueError("config missing")
    if mode == "fork":
        pid = os.fork()
        if pid == 0:
            sys.exit(6)
        os.waitpid(pid, 0)
'''


class MainEnd(TraceCase):
    def test_an_uncaught_exception_in_main_is_recorded_with_its_message(self):
        r = self.traced(MAIN, args=('raise',))
        self.assertEqual(r.rc, 1, r.dump())
        end = r.one('process.main.end')
        self.assertEqual((end['via'], end['exitcode'], end['raised'], end['error']),
                         ('uncaught exception', 1, 'KeyError', "KeyError: 'port'"), r.dump())
        self.assertIn("KeyError: 'port'", r.stderr)

    def test_sys_exit_in_main_is_recorded_with_its_argument(self):
        r = self.traced(MAIN, args=('exit',))
        self.assertEqual(r.rc, 44, r.dump())
        end = r.one('process.main.end')
        self.assertEqual((end['via'], end['exitcode'], end['exit_arg']), ('sys.exit()', 44, '300'), r.dump())
        r = self.traced(MAIN, args=('message',))
        self.assertEqual(r.rc, 1, r.dump())
        end = r.one('process.main.end')
        self.assertEqual((end['via'], end['exitcode'], end['exit_arg']), ('sys.exit()', 1, "'bad config'"), r.dump())

    def test_a_caught_exit_the_scripts_end_and_a_forked_childs_exit_say_nothing_here(self):
        for mode in ('caught', 'end', 'fork'):
            r = self.traced(MAIN, args=(mode,))
            self.assertEqual(r.rc, 0, r.dump())
            self.assertEqual(r.of('process.main.end'), [], mode + r.dump())
        child_exit = [e for e in r.events if e['kind'] == 'process.exit' and e.get('via') == 'sys.exit()']
        self.assertEqual([e['exit_arg'] for e in child_exit], ['6'], r.dump())



class MainEndGaps12A(TraceCase):
    """gaps 12A: a SystemExit the program raised itself, the site's exit()/quit(), the main process's os._exit() and a
    replaced sys.excepthook are each recorded as what they are."""

    def test_a_raised_system_exit_is_told_from_sys_exit(self):
        r = self.traced(MAIN, args=('raise_exit',))
        self.assertEqual(r.rc, 3, r.dump())
        end = r.one('process.main.end')
        self.assertEqual(end['via'], 'SystemExit', r.dump())
        self.assertNotIn('exitcode', end)

    def test_the_sites_exit_and_quit_are_named(self):
        r = self.traced(MAIN, args=('site_exit',))
        self.assertEqual(r.rc, 4, r.dump())
        end = r.one('process.main.end')
        self.assertEqual((end['via'], end['exitcode'], end['exit_arg']), ('exit()', 4, '4'), r.dump())
        r = self.traced(MAIN, args=('exit_kw',))      # as untraced: exit(code=) works, sys.exit(status=) does not
        self.assertEqual(r.rc, 4, r.dump())
        self.assertIn('TypeError sys.exit() takes no keyword arguments', r.stdout, r.dump())
        self.assertEqual(r.one('process.main.end')['via'], 'exit()', r.dump())
        r = self.traced(MAIN, args=('quit',))
        self.assertEqual(r.rc, 0, r.dump())
        end = r.one('process.main.end')
        self.assertEqual((end['via'], end['exitcode'], end['exit_arg']), ('quit()', 0, 'None'), r.dump())

    def test_the_main_processs_os_exit_is_recorded_with_what_it_skips(self):
        r = self.traced(MAIN, args=('os_exit',))
        self.assertEqual(r.rc, 5, r.dump())
        self.assertNotIn('goodbye', r.stdout)
        end = r.one('process.main.end')
        self.assertEqual((end['via'], end['exitcode'], end['exit_arg']), ('os._exit()', 5, '261'), r.dump())
        skipped = r.one('process.atexit.skipped')
        self.assertEqual((skipped['handlers'], skipped['via']), ('print', 'os._exit'), r.dump())

    def test_a_replaced_excepthook_is_named(self):
        r = self.traced(MAIN, args=('hook',))
        self.assertEqual(r.rc, 1, r.dump())
        self.assertNotIn('Traceback', r.stderr)
        end = r.one('process.main.end')
        self.assertEqual((end['via'], end['raised'], end['excepthook']), ('uncaught exception', 'ValueError', 'hide'), r.dump())
        r = self.traced(MAIN, args=('raise',))
        self.assertNotIn('excepthook', r.one('process.main.end'), r.dump())


if __name__ == '__main__':
    unittest.main()
