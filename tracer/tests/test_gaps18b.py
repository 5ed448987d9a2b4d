"""Gaps 18B of the truth review (docs/truth-review.md): a Pool task whose call raised before its function ran, and a
signal sent to a child that ignores it."""
import unittest
from mpt_helper import TraceCase

CALLS_THAT_FAIL = '''
import multiprocessing as mp
class Box:
    def grow(self, n):
        return n + 1
def square(n):
    return n * n
def fails(n):
    raise ValueError(n)
if __name__ == "__main__":
    with mp.Pool(1) as pool:
        rs = [pool.apply_async(square, (5)), pool.apply_async(square, (1, 2)), pool.apply_async(fails, (3,)),
              pool.apply_async(square, (4,)), pool.apply_async(len, (5,)), pool.apply_async(Box().grow, (1, 2))]
        for r in rs:
            r.wait(10)
        print([r.successful() for r in rs])
        try:
            pool.map(square, [(1, 2)])
        except TypeError:
            print("map")
'''

IGNORED_SIGNAL = '''
import multiprocessing as mp, os, signal
def deaf(ready, go):
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    ready.set()
    go.wait(10)
def hearing(ready, go):
    signal.signal(signal.SIGUSR1, lambda *a: None)
    ready.set()
    go.wait(10)
if __name__ == "__main__":
    for target, sig in ((deaf, signal.SIGINT), (hearing, signal.SIGUSR1)):
        ready, go = mp.Event(), mp.Event()
        p = mp.Process(target=target, args=(ready, go), name=target.__name__)
        p.start()
        ready.wait(10)
        os.kill(p.pid, sig)
        go.set()
        p.join()
        print(p.name, p.exitcode)
'''

PIPE_ARGUMENT = '''
import multiprocessing as mp
def child(w):
    pass
if __name__ == "__main__":
    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=child, args=(w,), name="holder")
    p.start()
    p.join()
    print(r.poll(0.2))
'''

TARGETS = '''
import multiprocessing as mp, time
class Meta(type):
    def __getattribute__(cls, name):
        print("program code ran:", name)
        return type.__getattribute__(cls, name)
class Job:
    def __call__(self):
        pass
class Loud(metaclass=Meta):
    def __call__(self):
        pass
class Plain:
    pass
if __name__ == "__main__":
    for target in (Job(), Loud(), time.sleep, Job, Plain()):
        p = mp.Process(target=target, args=(0,) if target is time.sleep else ())
        p.start()
        p.join()
'''


class TasksWhoseCallRaised(TraceCase):
    def test_a_task_whose_call_raised_before_its_function_ran_says_not_entered(self):
        """r17_apply_async_args_int_lost: apply_async(square, (5)) raised TypeError in the worker's func(*args), before
        square ran, and its end looked like square's own error. A function that raised itself, one that returned, a
        builtin (no code of its own: not known) and a map item given a tuple for one parameter (raised inside square)."""
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(CALLS_THAT_FAIL, method)
                self.assertEqual((r.rc, r.stdout), (0, "[False, False, False, True, False, False]\nmap\n"), r.dump())
                ends = sorted(r.of('pool.task.end'), key=lambda e: e['job'])
                self.assertEqual([(e['job'], e['ok'], e.get('not_entered')) for e in ends],
                                 [(0, False, True), (1, False, True), (2, False, None), (3, True, None),
                                  (4, False, None), (5, False, True), (6, False, None)], r.dump())


class SignalsAChildIgnores(TraceCase):
    def test_a_signal_sent_to_a_child_that_ignores_it_says_ignored(self):
        """r17_ctrl_c_group_pool_map: os.kill(pid, SIGINT) to a worker whose initializer set SIG_IGN: no row said it was
        ignored. A child with a handler of its own for the signal is not."""
        r = self.traced(IGNORED_SIGNAL, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "deaf 0\nhearing 0\n"), r.dump())
        self.assertEqual([(e['name'], e['signame'], e.get('ignored')) for e in r.of('process.signal')],
                         [('deaf', 'SIGINT', True), ('hearing', 'SIGUSR1', None)], r.dump())


class PipeEndsUnpickled(TraceCase):
    def test_a_child_given_a_pipe_end_as_an_argument_records_its_copy(self):
        """gaps 17A Left 2: under spawn a child given end B as a Process argument unpickles its own copy, which the record
        did not show, so a poll blind to EOF could not name it as a holder. Under fork the end is inherited: nothing."""
        for method, expected in (('spawn', [('holder', 'B')]), ('forkserver', [('holder', 'B')]), ('fork', [])):
            with self.subTest(method=method):
                r = self.traced(PIPE_ARGUMENT, method)
                self.assertEqual((r.rc, r.stdout), (0, "False\n"), r.dump())
                got = [(r.header(e['pid'])['name'], e['end']) for e in r.of('pipe.unpickled')]
                self.assertEqual(got, expected, r.dump())


class CallableTargets(TraceCase):
    def test_a_callable_object_a_builtin_and_a_class_are_named_without_the_programs_code(self):
        """gaps 17B Left 2: a target that was not a function, bound method or partial was not named. A callable object is
        named by its class (a metaclass's __getattribute__ never runs), a builtin and a class by their qualname; an
        object without __call__ is not named (run() raises TypeError)."""
        r = self.traced(TARGETS, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        self.assertNotIn("program code ran", r.stdout, r.dump())
        got = [(e.get('target'), e.get('target_object')) for e in r.of('process.spawn')]
        self.assertEqual(got, [('Job', True), ('Loud', True), ('sleep', None), ('Job', None), (None, None)], r.dump())


if __name__ == '__main__':
    unittest.main()
