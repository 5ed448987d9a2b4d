import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Load 31: the watchdog counted wall time from launch, so on a busy machine a lesson's limit ran out during a start-up
/// (`check --all` at load 25: pool-crawler and producer-consumer stopped after 1 event, process-states and
/// cpu-scheduling before their spinners ended). Now the time a process of the run stood ready with no core is not
/// counted. The busy machine is made here: eight spinners of the test's own, pinned to CPU 0 with the run (the run
/// would need about 9 times its CPU time in wall time: start-up and 0.3 s of work, well past 3 s).
final class WatchdogOnABusyMachineIntegrationTests: XCTestCase {
    func testARunSlowedByOtherProgramsIsNotCutAndTheSummarySaysWhatWasNotCounted() throws {
        let python = try RunTestSupport.python()
        let script = try BinaryHarness.script("l31_busy.py", """
        import multiprocessing as mp, time

        def work():
            start = time.process_time()
            while time.process_time() - start < 0.3:
                pass

        if __name__ == "__main__":
            mp.set_start_method("fork")
            p = mp.Process(target=work)
            p.start()
            p.join()
            print("finished its work")
        """)
        let pin = "import os, sys; os.sched_setaffinity(0, {0}); os.execvp(sys.argv[1], sys.argv[1:])"
        // The spinners are the test's: their pids are written and killed, each, however the test ends.
        let result = try BinaryHarness.shell("""
        pids=""
        for i in 1 2 3 4 5 6 7 8; do '\(python)' -c 'import os; os.sched_setaffinity(0, {0})
        while 1: pass' & pids="$pids $!"; done
        trap 'kill $pids' EXIT
        sleep 0.5
        '\(python)' -c '\(pin)' "$MPTUTOR" trace --timeout 3 --color never --width 200 --python '\(python)' '\(script)'
        echo "status $?"
        """, timeout: 120)
        let out = result.stdout
        XCTAssertTrue(out.contains("status 0"), out + result.stderr)
        XCTAssertTrue(out.contains("finished its work"), out)
        XCTAssertFalse(out.contains("the watchdog stopped this run"), out)
    }
}
