"""os.fork() by the program itself (issue 11, truth round 4's "left" list): the fork, the child's lane and end,
the parent's os.waitpid(); multiprocessing's own forks are not recorded twice."""
import unittest
from mpt_helper import TraceCase, run

HAND_FORK = '''
import multiprocessing as mp, os, sys, time
def child():
    print("mp child", flush=True)
if __name__ == "__main__":
    pid = os.fork()
    if pid == 0:
        print("raw child", flush=True)
        os._exit(3)
    _, status = os.waitpid(pid, 0)
    print("raw child exit", os.waitstatus_to_exitcode(status))
    p = mp.Process(target=child)
    p.start()
    p.join()
    pid2 = os.fork()
    if pid2 == 0:
        time.sleep(5)
        os._exit(0)
    os.kill(pid2, 9)
    print("killed", os.wait()[0] == pid2)
    pid3 = os.fork()
    if pid3 == 0:
        raise ValueError("boom")
    print("exc child", os.waitstatus_to_exitcode(os.waitpid(pid3, 0)[1]))
'''

POOL = '''
import multiprocessing as mp
def sq(x):
    return x * x
if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(sq, range(4)))
'''


class HandForks(TraceCase):
    def test_a_hand_fork_has_its_row_its_lane_its_end_and_its_wait(self):
        r = self.traced(HAND_FORK, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        self.assertIn("raw child exit 3\n", r.stdout)
        spawns = r.of('process.spawn', os_fork=True)
        self.assertEqual(len(spawns), 3, r.dump())
        main = r.main_pid
        first = spawns[0]
        self.assertEqual(first['pid'], main)
        self.assertEqual(first['name'], 'fork of MainProcess (pid %d)' % first['child_pid'])
        child = first['child_pid']
        start = r.one('process.start', pid=child)
        self.assertEqual((start['name'], start['os_fork'], start['parent_pid'], start['role']),
                         (first['name'], True, main, 'child'))
        self.assertEqual(r.header(child)['name'], first['name'])
        self.assertEqual(r.one('process.exit', pid=child)['exitcode'], 3)
        self.assertEqual(r.one('process.exit', pid=child)['via'], 'os._exit')
        wait = r.one('process.join.wait', child_pid=child)
        self.assertEqual(wait['call'], 'os.waitpid()')
        self.assertEqual(r.one('process.reaped', child_pid=child)['exitcode'], 3)
        self.assertEqual(r.one('process.join', child_pid=child)['call'], 'os.waitpid()')
        # the multiprocessing child: one spawn, not marked as a hand fork
        mp_spawn = r.one('process.spawn', name='Process-1')
        self.assertNotIn('os_fork', mp_spawn)
        # killed: the parent's os.wait() saw the signal; the child recorded no end of its own
        killed = spawns[1]['child_pid']
        self.assertEqual(r.one('process.reaped', child_pid=killed)['exitcode'], -9)
        self.assertEqual(r.one('process.reaped', child_pid=killed)['call'], 'os.wait()')
        self.assertEqual(r.of('process.exit', pid=killed), [])
        self.assertEqual(r.one('process.kill', child_pid=killed)['call'], 'os.kill()')
        # an uncaught exception in the child: Python exits 1
        raised = spawns[2]['child_pid']
        self.assertEqual((r.one('process.exit', pid=raised)['exitcode'], r.one('process.exit', pid=raised)['via']),
                         (1, 'uncaught exception'))
        self.assertEqual(r.one('process.reaped', child_pid=raised)['exitcode'], 1)

    def test_multiprocessing_own_forks_are_not_hand_forks(self):
        for method in ('fork', 'forkserver'):
            r = self.traced(POOL, method)
            self.assertEqual((r.rc, r.stdout), (0, "[0, 1, 4, 9]\n"), r.dump())
            self.assertEqual([e for e in r.events if e.get('os_fork')], [], r.dump())
            self.assertEqual([e for e in r.events if 'call' in e and e['kind'].startswith('process.')], [], r.dump())

    def test_the_program_sees_the_same_untraced(self):
        from mpt_helper import run
        traced, plain = run(HAND_FORK, 'fork'), run(HAND_FORK, 'fork', trace=False)
        self.assertEqual((traced.rc, sorted(traced.stdout.splitlines())), (plain.rc, sorted(plain.stdout.splitlines())))
        self.assertEqual(traced.stderr.count('ValueError: boom'), 1, traced.stderr)

    def test_unbuffered_text_lost_to_os_exit_is_stamped_when_written(self):
        """PYTHONUNBUFFERED: the text was on the terminal from its write on; os._exit comes 0.3 s later."""
        code = (
            "import os, sys, time\n"
            "pid = os.fork()\n"
            "if pid == 0:\n"
            "    sys.stdout.write('early')\n"
            "    time.sleep(0.3)\n"
            "    os._exit(0)\n"
            "os.waitpid(pid, 0)\n")
        r = self.traced(code, 'fork', env_extra={'PYTHONUNBUFFERED': '1'})
        self.assertEqual((r.rc, r.stdout), (0, 'early'), r.dump())
        text = r.one('print', text='early')
        end = r.one('process.exit', via='os._exit')
        self.assertIs(text['partial'], True)
        self.assertGreaterEqual(end['t'] - text['t'], 250_000_000, r.dump())
        self.assertGreaterEqual(text['found_after_ns'], 250_000_000, r.dump())
        self.assertLessEqual(text['found_after_ns'], end['t'] - text['t'], r.dump())

    def test_a_block_buffered_stdout_is_said_on_process_start(self):
        """A pipe without PYTHONUNBUFFERED: what a child prints waits in its buffer, and SIGKILL loses it (untraced too)."""
        code = (
            "import multiprocessing as mp, time\n"
            "def child():\n"
            "    print('still in the buffer')\n"
            "    time.sleep(5)\n"
            "if __name__ == '__main__':\n"
            "    p = mp.Process(target=child)\n"
            "    p.start()\n"
            "    time.sleep(0.5)\n"
            "    p.kill()\n"
            "    p.join()\n"
            "    print('exit', p.exitcode)\n")
        for method, env, buffered in (('fork', {'PYTHONUNBUFFERED': ''}, True), ('fork', {'PYTHONUNBUFFERED': '1'}, None),
                                      ('spawn', {'PYTHONUNBUFFERED': ''}, True)):
            r = self.traced(code, method, env_extra=env)
            plain = run(code, method, trace=False, env_extra=env)
            self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())
            self.assertEqual(r.stdout, 'exit -9\n' if buffered else 'still in the buffer\nexit -9\n')
            for start in r.of('process.start'):
                self.assertEqual(start.get('stdout_buffered'), buffered, r.dump())


MP_OS_KILL = """
import multiprocessing as mp, os, signal, sys, time
def nap():
    time.sleep(5)
def leave():
    sys.exit("cannot continue")
if __name__ == "__main__":
    a, b, c = mp.Process(target=nap), mp.Process(target=nap), mp.Process(target=nap)
    for p in (a, b, c):
        p.start()
    os.kill(a.pid, signal.SIGKILL)
    os.kill(b.pid, signal.SIGTERM)
    c.kill()
    for p in (a, b, c):
        p.join()
    os.kill(os.getpid(), 0)
    d = mp.Process(target=leave)
    d.start()
    d.join()
    print("codes", a.exitcode, b.exitcode, c.exitcode, d.exitcode)
"""


class OsKillOnMultiprocessingChildren(TraceCase):
    """Issue 11: os.kill() by the program on a multiprocessing child it started has its process.kill /
    process.terminate with `call: "os.kill()"`; Process.kill() (which calls os.kill inside) is recorded once."""
    def test_os_kill_on_a_child_is_recorded_once_and_sys_exit_keeps_its_message(self):
        for method in ('fork', 'spawn'):
            r = self.traced(MP_OS_KILL, method)
            self.assertEqual((r.rc, r.stdout), (0, "codes -9 -15 -9 1\n"), r.dump())
            a, b, c, d = (r.one('process.spawn', name='Process-%d' % i)['child_pid'] for i in (1, 2, 3, 4))
            self.assertEqual(r.one('process.kill', child_pid=a).get('call'), 'os.kill()', r.dump())
            self.assertEqual(r.one('process.terminate', child_pid=b).get('call'), 'os.kill()', r.dump())
            self.assertNotIn('call', r.one('process.kill', child_pid=c), r.dump())
            end = r.one('process.run.end', pid=d)
            self.assertEqual((end['raised'], end['exitcode'], end.get('exit_message')), ('SystemExit', 1, 'cannot continue'))


if __name__ == '__main__':
    unittest.main()
