"""Round 6's fork and signal gaps (issue 11): a hand-forked child records its own normal end with the code where it
can know it (and never one its parent's wait contradicts); os.wait4/wait3/waitid/forkpty/killpg are followed; a
signal other than SIGKILL/SIGTERM sent to a child has its event; SystemExit's argument is kept in run()."""
import os
import unittest
from mpt_helper import TraceCase, run, slot_records

ENDS = '''
import os, sys
def fork_and(ending):
    pid = os.fork()
    if pid == 0:
        if ending == 1: sys.exit(3)
        if ending == 2: sys.exit("gives up")
        if ending == 3: raise SystemExit(4)
        if ending == 4:
            try:
                sys.exit(5)
            except SystemExit:
                pass
        if ending == 5: sys.exit(True)
        if ending == 6: sys.exit(256 + 7)
        if ending == 7: raise KeyboardInterrupt
        return True
    print(ending, os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), flush=True)
for ending in range(8):
    if fork_and(ending):
        break
'''

WAITS = '''
import os, signal, sys, time
pid = os.fork()
if pid == 0:
    os._exit(2)
print("wait4", os.waitstatus_to_exitcode(os.wait4(pid, 0)[1]), flush=True)
pid = os.fork()
if pid == 0:
    os._exit(3)
info = os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
print("peek", info.si_status, flush=True)
print("waitid", os.waitid(os.P_PID, pid, os.WEXITED).si_status, flush=True)
pid = os.fork()
if pid == 0:
    os._exit(4)
print("wait3", os.waitstatus_to_exitcode(os.wait3(0)[1]), flush=True)
pid = os.fork()
if pid == 0:
    signal.signal(signal.SIGUSR1, lambda *a: print("handled", flush=True))
    signal.pause()
    time.sleep(30)
    os._exit(0)
time.sleep(0.2)
os.kill(pid, 0)
os.kill(pid, signal.SIGUSR1)
time.sleep(0.1)
os.kill(pid, signal.SIGINT)
print("int", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), flush=True)
pid = os.fork()
if pid == 0:
    os.setpgid(0, 0)
    time.sleep(30)
    os._exit(0)
time.sleep(0.1)
os.killpg(pid, signal.SIGKILL)
print("killpg", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), flush=True)
'''

RUN_EXIT = '''
import multiprocessing as mp, sys
def one(): sys.exit(1)
def true(): sys.exit(True)
def false(): sys.exit(False)
if __name__ == "__main__":
    codes = []
    for f in (one, true, false):
        p = mp.Process(target=f)
        p.start(); p.join(); codes.append(p.exitcode)
    print(codes)
'''


class HandForkOwnEnds(TraceCase):
    def test_a_hand_forked_child_records_its_own_normal_end_and_its_parent_agrees(self):
        r = self.traced(ENDS, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        seen = dict(line.split() for line in r.stdout.splitlines())
        self.assertEqual(seen, {'0': '0', '1': '3', '2': '1', '3': '4', '4': '0', '5': '1', '6': '7', '7': '-2'}, r.dump())
        children = [e['child_pid'] for e in r.of('process.spawn', os_fork=True)]
        ends = [r.one('process.exit', pid=c) for c in children]
        self.assertEqual([(e['exitcode'], e['via'], e.get('exit_arg')) for e in ends], [
            (0, 'end of script', None), (3, 'sys.exit()', '3'), (1, 'sys.exit()', "'gives up'"),
            (None, 'SystemExit', None), (0, 'end of script', None), (1, 'sys.exit()', 'True'),
            (7, 'sys.exit()', '263'), (-2, 'uncaught KeyboardInterrupt', None)], r.dump())
        # one process, one exit: no code the child recorded contradicts its parent's wait
        for child, end in zip(children, ends):
            reaped = r.one('process.reaped', child_pid=child)['exitcode']
            self.assertIn(end['exitcode'], (None, reaped), r.dump())

    def test_the_program_sees_the_same_untraced(self):
        traced, plain = run(ENDS, 'fork'), run(ENDS, 'fork', trace=False)
        self.assertEqual((traced.rc, traced.stdout), (plain.rc, plain.stdout))
        self.assertEqual(traced.stderr.count('gives up'), plain.stderr.count('gives up'))


class OtherWaitsAndSignals(TraceCase):
    def test_wait4_waitid_wait3_and_signals_are_followed(self):
        r = self.traced(WAITS, 'fork')
        self.assertEqual(r.stdout, "wait4 2\npeek 3\nwaitid 3\nwait3 4\nhandled\nint -2\nkillpg -9\n", r.dump())
        a, b, c, d, e = (s['child_pid'] for s in r.of('process.spawn', os_fork=True))
        self.assertEqual([(x['call'], x['exitcode']) for x in r.of('process.reaped')],
                         [('os.wait4()', 2), ('os.waitid()', 3), ('os.wait3()', 4), ('os.waitpid()', -2),
                          ('os.waitpid()', -9)], r.dump())
        self.assertEqual(r.one('process.join.wait', child_pid=a)['call'], 'os.wait4()')
        # WNOWAIT leaves the child waitable: reaped once, by the second waitid
        self.assertEqual(len(r.of('process.join.wait', child_pid=b)), 2, r.dump())
        self.assertEqual([(s['signum'], s['signame'], s['call']) for s in r.of('process.signal', child_pid=d)],
                         [(0, None, 'os.kill()'), (10, 'SIGUSR1', 'os.kill()'), (2, 'SIGINT', 'os.kill()')], r.dump())
        self.assertEqual(r.one('process.kill', child_pid=e)['call'], 'os.killpg()')

    @unittest.skipUnless(hasattr(os, 'forkpty'), 'no forkpty')
    def test_forkpty_is_a_hand_fork(self):
        code = ("import os\npid, fd = os.forkpty()\nif pid == 0:\n    os._exit(0)\n"
                "os.close(fd)\nprint(os.waitpid(pid, 0)[0] == pid)\n")
        r = self.traced(code, 'fork')
        self.assertEqual(r.stdout, "True\n", r.dump())
        spawn = r.one('process.spawn', os_fork=True)
        self.assertEqual(r.one('process.reaped', child_pid=spawn['child_pid'])['call'], 'os.waitpid()')

    def test_a_program_without_children_passes_straight_through(self):
        r = self.traced("import os, signal\nos.kill(os.getpid(), 0)\nprint('ok')\n", 'fork')
        self.assertEqual((r.rc, r.stdout, r.of('process.signal')), (0, 'ok\n', []), r.dump())


class RunSystemExitArgument(TraceCase):
    def test_sys_exit_1_and_true_and_false_are_told_apart(self):
        r = self.traced(RUN_EXIT, 'fork')
        self.assertEqual(r.stdout, "[1, 1, 0]\n", r.dump())
        ends = [r.one('process.run.end', name='Process-%d' % i) for i in (1, 2, 3)]
        self.assertEqual([(e['exitcode'], e.get('exit_arg')) for e in ends], [(1, '1'), (1, 'True'), (0, 'False')], r.dump())
        self.assertEqual([r.one('process.exit', pid=e['pid'])['exitcode'] for e in ends], [1, 1, 0], r.dump())


if __name__ == '__main__':
    unittest.main()


KILLED_MID_LINE = '''
import os, signal, sys, time
pid = os.fork()
if pid == 0:
    sys.stdout.write("written, ")
    sys.stdout.write("not flushed")
    time.sleep(30)
    os._exit(0)
time.sleep(0.3)
os.kill(pid, signal.SIGKILL)
os.waitpid(pid, 0)
print("")
print("line", "done")
'''


class UnbufferedTextLostToASignal(TraceCase):
    """PYTHONUNBUFFERED: text without its newline reached the file when written; a SIGKILL runs none of our code, so
    the side slot beside the event file keeps it, stamped when written; emptied once the text is recorded."""
    def test_the_slot_keeps_text_a_killed_process_wrote_without_its_newline(self):
        r = self.traced(KILLED_MID_LINE, 'fork', env_extra={'PYTHONUNBUFFERED': '1'})
        self.assertEqual(r.stdout, "written, not flushed\nline done\n", r.dump())
        child = r.one('process.spawn', os_fork=True)['child_pid']
        self.assertEqual([e for e in r.of('print') if e['pid'] == child], [], 'no event: the child was killed first')
        slots = {int(name.split('-')[0]): slot_records(data) for name, data in r.slots.items()}
        line, = slots[child]
        self.assertEqual((line['text'], line['stream'], line['n']), ('written, not flushed', 'stdout', -1))
        self.assertIn(line['tid'], {e['tid'] for e in r.of('thread') if e['pid'] == child}, 'its thread is named in the event file')
        spawn_t = r.one('process.spawn', os_fork=True)['t']
        kill_t = r.one('process.kill', child_pid=child)['t']
        self.assertLess(line['t'], kill_t - 200_000_000, 'stamped when written, not when found')
        self.assertGreater(line['t'], spawn_t)
        # the parent's text all got recorded: its slot (if any) is empty
        self.assertEqual(slots.get(r.main_pid, []), [], slots)


KILLED_MID_LONG_LINES = '''
import os, signal, sys, time
pid = os.fork()
if pid == 0:
    sys.stdout.write("x" * 70000)
    sys.stderr.write("err \\u65e5")
    time.sleep(30)
    os._exit(0)
time.sleep(0.3)
os.kill(pid, signal.SIGKILL)
os.waitpid(pid, 0)
'''


class UnbufferedLongTextLostToASignal(TraceCase):
    """The slot's records per stream: a line cut at CUT characters keeps `chars` (how many were written); stderr's
    record is apart from stdout's; non-ASCII text is kept as UTF-8."""
    def test_each_streams_pending_text_has_its_record(self):
        r = self.traced(KILLED_MID_LONG_LINES, 'fork', env_extra={'PYTHONUNBUFFERED': '1'})
        child = r.one('process.spawn', os_fork=True)['child_pid']
        slots = {int(name.split('-')[0]): slot_records(data) for name, data in r.slots.items()}
        by_stream = {e['stream']: e for e in slots[child]}
        self.assertEqual(set(by_stream), {'stdout', 'stderr'}, slots[child])
        self.assertEqual((len(by_stream['stdout']['text']), by_stream['stdout']['chars']), (65536, 70000))
        self.assertEqual(by_stream['stderr']['text'], 'err \u65e5')
        self.assertNotIn('chars', by_stream['stderr'])
