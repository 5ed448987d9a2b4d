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


if __name__ == '__main__':
    unittest.main()
