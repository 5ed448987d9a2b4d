import unittest
from mpt_helper import TraceCase

# threading.Timer(1.0, p.terminate) as a watchdog of a Process (round 14F's r14f_timer_watchdog_process): the rows
# named the function "BaseProcess.terminate", not whose. The start, fire and cancel name the Process (`bound`); a
# Timer of a plain function has no such field.
PROGRAM = '''
import multiprocessing as mp, threading, time
def nap(s):
    time.sleep(s)
def hello():
    print("hello", flush=True)
if __name__ == "__main__":
    quick = mp.Process(target=nap, args=(0.05,))
    quick.start()
    dog = threading.Timer(5.0, quick.terminate)
    dog.start()
    quick.join()
    dog.cancel()
    slow = mp.Process(target=nap, args=(10,), name="slow")
    slow.start()
    dog = threading.Timer(0.3, slow.terminate)
    dog.start()
    slow.join()
    other = threading.Timer(0.01, hello)
    other.start()
    other.join()
    print("exit", slow.exitcode, flush=True)
'''


class TimerBoundProcess(TraceCase):
    def test_a_timer_of_a_process_method_names_the_process(self):
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(PROGRAM, method)
                self.assertEqual(r.rc, 0, r.dump())
                self.assertIn("exit -15", r.stdout, r.dump())
                got = [(e['kind'], e['func'], e.get('bound')) for e in r.events if e['kind'].startswith('thread.timer')]
                self.assertEqual(got, [('thread.timer', 'BaseProcess.terminate', 'Process-1'),
                                       ('thread.timer.cancel', 'BaseProcess.terminate', 'Process-1'),
                                       ('thread.timer', 'BaseProcess.terminate', 'slow'),
                                       ('thread.timer.fire', 'BaseProcess.terminate', 'slow'),
                                       ('thread.timer', 'hello', None), ('thread.timer.fire', 'hello', None)], r.dump())


if __name__ == '__main__':
    unittest.main()
