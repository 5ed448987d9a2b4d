"""Gaps 36B: _thread.interrupt_main() recorded (process.interrupt_main), so a KeyboardInterrupt it raised has a
sender in the record; the call stays transparent (same output, exit status and traceback as untraced)."""
import unittest
from mpt_helper import TraceCase, run

MAINER = '''
import _thread, signal, sys, threading, time, multiprocessing as mp
def child():
    threading.Timer(0.05, _thread.interrupt_main).start()
    try:
        time.sleep(5)
    except KeyboardInterrupt:
        print("child interrupted", flush=True)
        sys.exit(130)
if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=child, name="mainer")
    p.start(); p.join()
    print("child exit", p.exitcode, flush=True)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _thread.interrupt_main()          # does nothing: SIGINT is ignored
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        _thread.interrupt_main(signal.SIGINT)
        time.sleep(1)
    except KeyboardInterrupt:
        print("parent interrupted", flush=True)
    try:
        _thread.interrupt_main("x")
    except TypeError as e:
        print("TypeError", e, flush=True)
    _thread.interrupt_main()
'''


class InterruptMain(TraceCase):
    def test_interrupt_main_is_recorded_with_its_handler_and_stays_transparent(self):
        for method in ('fork', 'spawn'):
            plain = run(MAINER, trace=False, args=(method,))
            r = self.traced(MAINER, None, args=(method,))
            self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())
            self.assertIn("child interrupted\nchild exit 130\nparent interrupted\nTypeError", r.stdout, r.dump())
            self.assertEqual(r.rc, -2, r.dump())     # the last interrupt_main(): an uncaught KeyboardInterrupt (Python ends by SIGINT)
            self.assertNotIn('mptutor_trace', r.stderr, r.dump())
            self.assertEqual(r.stderr.splitlines()[-1], plain.stderr.splitlines()[-1], r.dump())
            calls = [e for e in r.events if e['kind'] == 'process.interrupt_main']
            got = [(e['signum'], e['signame'], e['handler'], e['function']) for e in calls]
            self.assertEqual(got, [(2, 'SIGINT', 'keyboard_interrupt', None), (2, 'SIGINT', 'ignored', None),
                                   (2, 'SIGINT', 'keyboard_interrupt', None), (2, 'SIGINT', 'keyboard_interrupt', None)], r.dump())
            # the child's call came from its Timer thread, not the thread it interrupted
            self.assertNotEqual(r.thread_name(calls[0]['pid'], calls[0]['tid']), 'MainThread', r.dump())


if __name__ == '__main__':
    unittest.main()
