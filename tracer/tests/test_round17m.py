"""Round 17M of the truth review (docs/truth-review.md): library-style code (logging, custom managers, connections,
signals)."""
import textwrap
import unittest
from mpt_helper import TraceCase

FORCED = textwrap.dedent('''
    import multiprocessing as mp
    if __name__ == "__main__":
        first = mp.get_start_method()          # fixes the method: a later call without force raises
        try:
            mp.set_start_method(first)
        except RuntimeError:
            pass
        other = "spawn" if first != "spawn" else "fork"
        mp.set_start_method(other, force=True)
        mp.set_start_method(other, force=True)
        mp.set_start_method(None, force=True)  # resets: nothing fixed now
        mp.set_start_method(first, force=True)
        print("ok", flush=True)
''')


class ForcedStartMethod(TraceCase):
    def test_a_forced_call_says_force_and_the_method_it_replaced(self):
        """r17m_set_start_method_twice: set_start_method(other, force=True) had the same row as a plain call, just
        after one that raised "context has already been set"; `force` and `was` (the method fixed before) say why."""
        r = self.traced(FORCED, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "ok\n"), r.dump())
        calls = r.of('process.start_method')
        self.assertEqual([(e['method'], e.get('ok', True), e.get('force', False), e.get('was', 'absent')) for e in calls],
                         [('fork', False, False, 'absent'), ('spawn', True, True, 'fork'), ('spawn', True, True, 'spawn'),
                          ('fork', True, True, None)], r.dump())


if __name__ == '__main__':
    unittest.main()
