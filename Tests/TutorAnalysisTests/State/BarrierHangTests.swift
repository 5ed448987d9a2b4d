import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// A Barrier that can never fill (truth review round 10B, corpus/r10b_barrier_short_hang.py: Barrier(3), two worker
/// processes, the parent joining them): the hang's "Why" only repeated that each one waited.
final class BarrierHangTests: XCTestCase {
    private let timedOut = RunFacts(exitCode: nil, signal: 15, timedOut: true, timeoutSeconds: 3)

    private func run(thirdAlive: Bool) -> Timeline {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .barrierCreate, object: "Barrier#1", [("parties", .int(3))])
        for (pid, name) in [(201, "Process-1"), (202, "Process-2")] as [(Int32, String)] {
            s.add(5, pid: pid, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
            s.add(10, pid: pid, process: name, .barrierWait, object: "Barrier#1", [("parties", .int(3))])
        }
        // a third child that is running (blocked in nothing) could still call wait()
        if thirdAlive { s.add(11, pid: 203, process: "Process-3", .processStart, [("name", .string("Process-3")), ("role", .string("child"))]) }
        s.add(12, pid: 100, process: "MainProcess", .processJoinWait, [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(3000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
        return s.timeline(run: timedOut)
    }

    func testABarrierWithFewerWaitersThanPartiesAndNoOneElseFreeIsSaidShort() throws {
        let timeline = run(thirdAlive: false)
        let explainer = HangExplainer(timeline: timeline)
        let reason = try XCTUnwrap(explainer.reasons().first { $0.text.hasPrefix("Barrier#1") })
        XCTAssertEqual(reason.text, "Barrier#1 waits for 3 parties, and only 2 wait at it (Process-1; Process-2); every other process of the program still "
                       + "alive is blocked elsewhere (MainProcess waits in join(Process-1)), so no other wait() can come: a Barrier's wait() without a "
                       + "timeout returns only when as many processes as its parties have called it (Barrier(n) must match the processes that call "
                       + "wait(), or give wait() a timeout).")
        XCTAssertTrue(reason.premise.holds(in: StateReplayer(timeline: timeline)))
    }

    func testABarrierAnotherLiveProcessCouldStillReachIsNotSaidShort() {
        let explainer = HangExplainer(timeline: run(thirdAlive: true))
        XCTAssertFalse(explainer.reasons().contains { $0.text.hasPrefix("Barrier#1") })
    }
}
