import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 31 (issue 11): numeric and scientific scripts; each finding on the committed recording of the round's program.
final class Round31Tests: XCTestCase {
    private func row(_ timeline: Timeline, _ index: Int) -> String {
        EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain)).describe(index)
    }

    /// r31_trapezoid_starmap (fork): "terminate() ForkPoolWorker-1 (SIGTERM to pid …)", then that worker's "run()
    /// returned; cleaning up before exit", "exited, code 0", and its parent saw exit code 0: the screen read as a SIGTERM
    /// that did nothing, with no word why. The worker had read its pool's sentinel and left by itself; the row is
    /// written just before the signal is sent. The row now says the signal ended nothing; ForkPoolWorker-2, which the
    /// SIGTERM did end (-15), keeps the plain row.
    func testATerminateWhoseTargetThenExitedByItselfSaysItEndedNothing() throws {
        let timeline = try Round22MTests.timeline("r31_trapezoid_starmap--fork")
        let events = timeline.events
        let rows = timeline.indices(of: .processTerminate).map { (events[$0].string(EventField.name) ?? "", row(timeline, $0)) }
        XCTAssertEqual(rows.count, 2, "\(rows)")
        let exit = try XCTUnwrap(events.first { $0.is(.processExit) && $0.process == "ForkPoolWorker-1" })
        let first = try XCTUnwrap(rows.first { $0.0 == "ForkPoolWorker-1" }).1
        XCTAssertEqual(first, "terminate() ForkPoolWorker-1 (SIGTERM to pid \(exit.pid)): this signal ended nothing: ForkPoolWorker-1 went on "
            + "to exit by itself at \(Format.seconds(exit.t)) with code 0, the end its parent then saw (this row is written just before the "
            + "signal is sent; a SIGTERM that reached it before its end would have given -15), so the signal, if it was sent at all, came after the process had ended")
        let second = try XCTUnwrap(rows.first { $0.0 == "ForkPoolWorker-2" }).1
        XCTAssertFalse(second.contains("ended nothing"), second)
        let index = try XCTUnwrap(timeline.indices(of: .processTerminate).first { events[$0].string(EventField.name) == "ForkPoolWorker-1" })
        let zh = Language.with(.zh) { row(timeline, index) }
        XCTAssertTrue(zh.contains("：这个信号什么也没有结束：ForkPoolWorker-1 之后在 \(Format.seconds(exit.t)) 自己退出，退出码 0"), zh)
    }

    /// The corpus's other terminate() rows: a target whose SIGTERM handler ran (r3_signal_terminate: the handler's
    /// sys.exit(0) is what ended it) or one that the signal ended (-15) get no such words; r10b_executor_worker_child
    /// (forkserver), whose worker had returned from run() just before the row and exited 0 after it, does.
    func testNoSuchWordsWhereTheSignalMayHaveEndedIt() throws {
        for name in ["r3_signal_terminate--fork", "r3_signal_terminate--spawn", "r31_grid_search_terminate--fork",
                     "r31_matmul_pool_rawarray--spawn"] {
            let timeline = try Round22MTests.timeline(name)
            for index in timeline.indices(of: .processTerminate) {
                XCTAssertFalse(row(timeline, index).contains("went on to exit by itself"), "\(name): \(row(timeline, index))")
            }
        }
        let timeline = try Round22MTests.timeline("r10b_executor_worker_child--forkserver")
        XCTAssertTrue(timeline.indices(of: .processTerminate).contains { row(timeline, $0).contains("went on to exit by itself") })
    }

    /// A scripted run: a kill() whose target exits 0 after it says SIGKILL and -9; the same with a signal.set of that
    /// signal in the run (SIG_IGN, inherited under fork) makes no claim.
    func testAKillSaysItsOwnSignalAndASetDispositionMakesNoClaim() {
        func script(setDisposition: Bool) -> (EventScript, Int) {
            var s = DocsExamplesDescriberTests.mainProcess()
            if setDisposition {
                s.add(0.5, pid: 100, process: "MainProcess", .signalSet, [("signum", .int(9)), ("signame", .string("SIGKILL")),
                                                                           ("disposition", .string("SIG_IGN"))])
            }
            s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("Process-1"))])
            s.add(2, pid: 201, ppid: 100, process: "Process-1", .processStart, [("name", .string("Process-1"))])
            let kill = s.add(10, pid: 100, process: "MainProcess", .processKill, [("child_pid", .int(201)), ("name", .string("Process-1"))])
            s.add(12, pid: 201, ppid: 100, process: "Process-1", .processExit, [("exitcode", .int(0))])
            s.add(13, pid: 100, process: "MainProcess", .processReaped,
                  [("child_pid", .int(201)), ("name", .string("Process-1")), ("exitcode", .int(0))])
            return (s, kill)
        }
        let (plain, kill) = script(setDisposition: false)
        let text = row(plain.timeline(), kill)
        XCTAssertTrue(text.hasSuffix("at 0.012 s with code 0, the end its parent then saw (this row is written just before the signal is "
            + "sent; a SIGKILL that reached it before its end would have given -9), so the signal, if it was sent at all, came after the process had ended"), text)
        let (set, setKill) = script(setDisposition: true)
        XCTAssertFalse(row(set.timeline(), setKill).contains("ended nothing"))
    }
}
