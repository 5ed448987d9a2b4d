import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// Runs that do not end by themselves: the watchdog, processes left behind, Ctrl-C.
final class RunningSupervisorStoppingTests: XCTestCase {
    func testTimeoutStopsTheRunQuickly() throws {
        let (request, marker) = RunTestSupport.shell("exec sleep 30", timeout: 0.5)
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = try Supervisor().run(request)
        XCTAssertLessThan(clock.now - start, .seconds(2.5))
        XCTAssertTrue(outcome.timedOut)
        XCTAssertEqual(outcome.termination, .signaled(SIGTERM))
        XCTAssertEqual(outcome.leftoverPids, [])
        RunTestSupport.assertNothingLeft(marker: marker, pgid: outcome.pid)
    }

    func testBackgroundChildrenLeftByTheMainProcessAreStoppedAndReported() throws {
        let (request, marker) = RunTestSupport.shell("sleep 30 & echo $!; sleep 30 & echo $!; exit 0")
        let outcome = try Supervisor().run(request)
        XCTAssertEqual(outcome.termination, .exited(0))
        let started = String(decoding: outcome.stdout, as: UTF8.self).split(separator: "\n").compactMap { Int32($0) }
        XCTAssertEqual(started.count, 2)
        XCTAssertEqual(outcome.leftoverPids, started.sorted())
        RunTestSupport.assertNothingLeft(marker: marker, pgid: outcome.pid)
    }

    func testChildrenThatFinishWithinTheGraceAreWaitedFor() throws {
        let (request, marker) = RunTestSupport.shell("(sleep 0.2; echo late) & echo early; exit 0", exitGrace: 1.5)
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = try Supervisor().run(request)
        XCTAssertLessThan(clock.now - start, .seconds(1.2), "waited for the whole grace")
        XCTAssertEqual(String(decoding: outcome.stdout, as: UTF8.self), "early\nlate\n")
        XCTAssertEqual(outcome.leftoverPids, [])
        RunTestSupport.assertNothingLeft(marker: marker, pgid: outcome.pid)
    }

    func testLeftoversIgnoringSIGTERMAreKilled() throws {
        // SIG_IGN is inherited through exec: both the inner sh and its sleep ignore SIGTERM.
        let (request, marker) = RunTestSupport.shell(
            "sh -c 'trap \"\" TERM; sleep 30; echo never' & exit 0", exitGrace: 0.2)
        let outcome = try Supervisor().run(request)
        XCTAssertEqual(outcome.termination, .exited(0))
        XCTAssertEqual(outcome.leftoverPids.count, 2, "\(outcome.leftoverPids)")
        XCTAssertEqual(outcome.stdout, [])
        RunTestSupport.assertNothingLeft(marker: marker, pgid: outcome.pid)
    }

    func testWorkersOfAKilledPythonMainAreStopped() throws {
        let python = try RunTestSupport.python()
        let script = """
            import multiprocessing as mp, os, signal, time
            def work():
                time.sleep(30)
            if __name__ == "__main__":
                mp.set_start_method("fork")
                workers = [mp.Process(target=work) for _ in range(3)]
                for w in workers:
                    w.start()
                print(" ".join(str(w.pid) for w in workers), flush=True)
                os.kill(os.getpid(), signal.SIGKILL)
            """
        let marker = RunTestSupport.newRunMarker()
        let request = RunRequest(
            executable: python, arguments: ["-c", script],
            environment: RunTestSupport.environment([marker.name: marker.value]), exitGrace: 0.3)
        let outcome = try Supervisor().run(request)
        XCTAssertEqual(outcome.termination, .signaled(SIGKILL))
        let workers = String(decoding: outcome.stdout, as: UTF8.self)
            .split(whereSeparator: \.isWhitespace).compactMap { Int32($0) }
        XCTAssertEqual(workers.count, 3, String(decoding: outcome.stderr, as: UTF8.self))
        XCTAssertEqual(Set(outcome.leftoverPids), Set(workers))
        RunTestSupport.assertNothingLeft(marker: marker.entry, pgid: outcome.pid)
    }

    func testCtrlCIsForwardedToTheRunAsSIGINT() throws {
        // A non-interactive sh starts `sleep &` with SIGINT ignored: it survives the SIGINT,
        // so it must be stopped with SIGTERM after the interrupt grace.
        let (request, marker) = RunTestSupport.shell("trap 'echo got-int; exit 3' INT; sleep 10 & wait")
        let outcome = try Supervisor().run(request, onStart: { _, _ in
            Self.interruptOurselves(after: 0.3)
        })
        XCTAssertTrue(outcome.interrupted)
        XCTAssertFalse(outcome.timedOut)
        XCTAssertEqual(outcome.termination, .exited(3))
        XCTAssertEqual(String(decoding: outcome.stdout, as: UTF8.self), "got-int\n")
        XCTAssertEqual(outcome.leftoverPids.count, 1)
        RunTestSupport.assertNothingLeft(marker: marker, pgid: outcome.pid)
    }

    func testPythonSeesKeyboardInterrupt() throws {
        let python = try RunTestSupport.python()
        let script = """
            import time
            print("ready", flush=True)
            try:
                time.sleep(10)
            except KeyboardInterrupt:
                print("cleaned-up", flush=True)
            """
        let marker = RunTestSupport.newRunMarker()
        let request = RunRequest(
            executable: python, arguments: ["-c", script],
            environment: RunTestSupport.environment([marker.name: marker.value]), interruptGrace: 1)
        let outcome = try Supervisor().run(request, onOutput: { stream, bytes in
            if stream == .stdout, String(decoding: bytes, as: UTF8.self).contains("ready") {
                Self.interruptOurselves(after: 0.05)
            }
        })
        XCTAssertTrue(outcome.interrupted)
        XCTAssertEqual(outcome.termination, .exited(0), String(decoding: outcome.stderr, as: UTF8.self))
        XCTAssertEqual(String(decoding: outcome.stdout, as: UTF8.self), "ready\ncleaned-up\n")
        RunTestSupport.assertNothingLeft(marker: marker.entry, pgid: outcome.pid)
    }

    func testAnErrorMidRunStillStopsEverything() throws {
        // Reaping the main process behind the supervisor's back makes it lose track of the run:
        // it must throw, and still kill the background sleep first.
        let (request, marker) = RunTestSupport.shell("sleep 30 & exit 5")
        XCTAssertThrowsError(try Supervisor().run(request, onStart: { pid, _ in
            var status: Int32 = 0
            XCTAssertEqual(waitpid(pid, &status, 0), pid)
        })) { error in
            guard case .runFailed = error as? MPTutorError else { return XCTFail("got \(error)") }
        }
        #if os(Linux)
        XCTAssertEqual(ProcessTable.pids(withEnvironmentEntry: marker), [])
        #endif
    }

    func testOverlappingRunsEachReapOnlyTheirOwnProcesses() throws {
        let results = LockedBox<[Int: RunOutcome]>([:])
        let runs = [
            RunTestSupport.shell("sleep 0.3; exit 1"),
            RunTestSupport.shell("sleep 30 & exit 2", exitGrace: 0.1),
        ]
        DispatchQueue.concurrentPerform(iterations: runs.count) { index in
            if let outcome = try? Supervisor().run(runs[index].request) {
                results.update { $0[index] = outcome }
            }
        }
        XCTAssertEqual(results.value[0]?.termination, .exited(1))
        XCTAssertEqual(results.value[1]?.termination, .exited(2))
        XCTAssertEqual(results.value[0]?.leftoverPids, [])
        XCTAssertEqual(results.value[1]?.leftoverPids.count, 1)
        for (index, run) in runs.enumerated() {
            RunTestSupport.assertNothingLeft(marker: run.marker, pgid: results.value[index]?.pid ?? 0)
        }
    }

    /// Sends SIGINT to the test process itself, as a Ctrl-C at the terminal would.
    private static func interruptOurselves(after seconds: Double) {
        Thread.detachNewThread {
            Thread.sleep(forTimeInterval: seconds)
            kill(getpid(), SIGINT)
        }
    }
}
