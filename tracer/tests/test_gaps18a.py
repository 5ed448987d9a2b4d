"""Gaps 18A of the truth review (docs/truth-review.md): the program's get_start_method() that fixes the start method."""
import textwrap
import unittest
from mpt_helper import TraceCase

FIXED = textwrap.dedent('''
    import multiprocessing as mp
    if __name__ == "__main__":
        print(mp.get_start_method(allow_none=True), flush=True)   # fixes nothing
        first = mp.get_start_method()          # fixes the method: a later call without force raises
        again = mp.get_start_method()          # already fixed: not a second record
        try:
            mp.set_start_method(first)
        except RuntimeError:
            pass
        print(first == again, flush=True)
''')


class StartMethodFixed(TraceCase):
    def test_only_the_call_that_fixes_the_method_is_recorded(self):
        """r17m_set_start_method_twice: "set_start_method("fork") raised … context has already been set" had nothing
        above it that set the context; the program's own get_start_method() had fixed it, unrecorded."""
        r = self.traced(FIXED, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "None\nTrue\n"), r.dump())
        fixed = r.of('process.start_method.fixed')
        self.assertEqual([(e['method'], e['call']) for e in fixed], [('fork', 'get_start_method()')], r.dump())
        self.assertTrue(fixed[0]['site'].endswith(':5'), r.dump())
        raised = r.of('process.start_method')
        self.assertEqual([e.get('ok') for e in raised], [False], r.dump())
        self.assertLess(fixed[0]['n'], raised[0]['n'], r.dump())


if __name__ == '__main__':
    unittest.main()
