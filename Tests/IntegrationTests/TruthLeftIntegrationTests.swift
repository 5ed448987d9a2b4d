import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// The leftovers of "true on any program": run()'s end never contradicts the real exit, `check <lesson>`
/// verifies the invariants of its live run, hangs are explained with several executors and inside proxy
/// calls of registered Manager types.
final class TruthLeftIntegrationTests: XCTestCase {
    /// run() returned 0, then the child blocked in its exit cleanup until terminate(): the recorded
    /// `process.run.end` carries the real end (-15) and keeps run()'s 0 in `run_exitcode`; its row says both.
    func testRunEndCarriesTheRealExitAndKeepsWhatRunGave() throws {
        let (screen, transcript) = try CorpusTrace.run("run_returned_then_terminated.py", method: "fork", timeout: "20", width: 200)
        let reaped = try XCTUnwrap(transcript.events.first { $0.is(.processReaped) })
        XCTAssertEqual(reaped.exitCode, -15)
        let runEnd = try XCTUnwrap(transcript.events.first { $0.is(.processRunEnd) && $0.pid == reaped.childPid })
        XCTAssertEqual(runEnd.exitCode, -15, "run.end must not carry an exit code the parent contradicts")
        XCTAssertEqual(runEnd.int(EventField.runExitCode), 0)
        XCTAssertTrue(screen.contains("run() returned; cleaning up before exit; then SIGTERM ended it in that cleanup (exitcode -15"), screen)
    }

    /// A lesson whose demo sleeps until the watchdog proves its claim, but its run names no blocked call:
    /// `check <lesson>` must fail on the invariant, as `check FILE.jsonl` does on the recording.
    func testCheckOfALessonVerifiesTheInvariantsOfItsLiveRun() throws {
        let project = try TemporaryFolder()
        defer { project.remove() }
        try project.write("lessons/sleeper/demo.py", "import time\nprint('sleeping', flush=True)\ntime.sleep(60)\n")
        try project.write("lessons/sleeper/sleeper.md", """
            ---
            id: sleeper
            title: Sleeper
            summary: sleeps until the watchdog
            demo: demo.py
            timeout: 2
            claims:
              - say: it printed one line
                check: count(print) == 1
            ---
            Sleeps.

            """)
        try project.write("lessons/index.md", "## Unit\n- sleeper\n")
        let record = project.path + "/recorded"
        try FileManager.default.createDirectory(atPath: record, withIntermediateDirectories: true)
        let check = try BinaryHarness.run(["check", "sleeper", "--record-dir", record],
                                          environment: ["MP_TUTOR_HOME": project.path])
        XCTAssertEqual(check.status, .exited(1), check.stdout + check.stderr)
        XCTAssertTrue(check.stdout.contains("FAIL sleeper"), check.stdout)
        XCTAssertTrue(check.stdout.contains("✓ it printed one line"), check.stdout)
        XCTAssertTrue(check.stdout.contains("the recorded run breaks an invariant (waits): the watchdog stopped the run"), check.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: record + "/sleeper.jsonl"), "a failing run is not recorded")
    }

    /// The same command on a lesson whose run holds every invariant still passes.
    func testCheckOfAGoodLessonStillPasses() throws {
        let check = try BinaryHarness.run(["check", "pool-async", "--set", "tasks=6", "--set", "seconds=0.1"])
        XCTAssertEqual(check.status, .exited(0), check.stdout + check.stderr)
        XCTAssertFalse(check.stdout.contains("breaks an invariant"), check.stdout)
    }

    /// Two executors: the first finished, the second's work item 1 never does. The hang names the second
    /// executor's worker that holds it (before, a run with two executors got no such part at all).
    func testAHangWithTwoExecutorsNamesTheWorkerOfTheExecutorWaitedOn() throws {
        let (wrapped, transcript) = try CorpusTrace.run("futures_two_executors_hang.py", method: "fork", timeout: "4", status: 124, width: 400)
        let screen = wrapped.replacingOccurrences(of: "\n    ", with: " ")
        let start = try XCTUnwrap(transcript.events.last { $0.is(.futureStart) && $0.work == 1 }, "no start of work item 1")
        XCTAssertTrue(screen.contains("Why: MainProcess waits in as_completed() for work item 1 of ProcessPoolExecutor#2 since"), screen)
        XCTAssertTrue(screen.contains(": \(start.process), a worker of ProcessPoolExecutor#2, started work item 1 at"), screen)
        XCTAssertFalse(screen.contains("a worker of ProcessPoolExecutor#1"), screen)
    }

    /// A registered type's method blocks in the manager's server: its call is a wait (ended by its
    /// manager.call when it answers), so the hang names it; a call that answered at once is not a hang.
    func testAHangInARegisteredProxyCallIsNamed() throws {
        let (wrapped, transcript) = try CorpusTrace.run("manager_registered_hang.py", method: "spawn", timeout: "4", status: 124, width: 400)
        let screen = wrapped.replacingOccurrences(of: "\n    ", with: " ")
        let waits = transcript.events.filter { $0.is(.managerWait) }
        XCTAssertEqual(waits.compactMap(\.method), ["size", "take"])
        XCTAssertTrue(transcript.events.contains { $0.is(.managerCall) && $0.method == "size" })
        XCTAssertFalse(transcript.events.contains { $0.is(.managerCall) && $0.method == "take" })
        XCTAssertTrue(screen.contains("Why: MainProcess waits in Mailbox#1.take() for the manager's answer since"), screen)
        XCTAssertTrue(screen.contains("waits cut by the end of their process: MainProcess in take() on Mailbox#1"), screen)
        XCTAssertFalse(screen.contains("in size()"), screen)
    }

    /// Two Pools: the first finished, the second's task never does. The hang names the second pool's worker
    /// that holds it (before, only tasks lost with a dead worker were named).
    func testAHangWithTwoPoolsNamesTheWorkerOfThePoolWaitedOn() throws {
        let (wrapped, transcript) = try CorpusTrace.run("pool_two_pools_hang.py", method: "fork", timeout: "4", status: 124, width: 400)
        let screen = wrapped.replacingOccurrences(of: "\n    ", with: " ")
        let start = try XCTUnwrap(transcript.events.last { $0.is(.taskStart) }, "no task started")
        XCTAssertTrue(screen.contains("Why: MainProcess waits in get() for task 1 of Pool#2 since"), screen)
        XCTAssertTrue(screen.contains(": \(start.process), a worker of Pool#2, started task 1 at"), screen)
        XCTAssertFalse(screen.contains("a worker of Pool#1"), screen)
    }
}
