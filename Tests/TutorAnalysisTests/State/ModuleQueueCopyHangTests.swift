import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// A Queue made at module level under spawn (truth review round 10B, corpus/r10b_module_queue_spawn_hang.py): the child
/// ran the main module again and put on its own Queue#2 while the parent's get() waited on Queue#1. The hang said "a
/// consumer needs an end signal (e.g. one None per consumer) or a timeout", a cause that was not this one.
final class ModuleQueueCopyHangTests: XCTestCase {
    private let timedOut = RunFacts(exitCode: nil, signal: 15, timedOut: true, timeoutSeconds: 3)

    private func run(sameSite: Bool) -> Timeline {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1", [("type", .string("Queue")), ("site", .string("prog.py:7"))])
        s.add(5, pid: 201, process: "Process-1", .queueCreate, object: "Queue#2",
              [("type", .string("Queue")), ("site", .string(sameSite ? "prog.py:7" : "prog.py:12"))])
        s.add(6, pid: 201, process: "Process-1", .processStart, [("name", .string("Process-1")), ("role", .string("child"))])
        s.add(7, pid: 201, process: "Process-1", .queuePut, object: "Queue#2", [("item", .string("49")), ("waited_ns", .int(0))])
        s.add(8, pid: 201, process: "Process-1", .processExit, [("exitcode", .int(0))])
        s.add(10, pid: 100, process: "MainProcess", .queueWait, object: "Queue#1", [("op", .string("get"))])
        s.add(3000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
        return s.timeline(run: timedOut)
    }

    func testAGetOnAModuleLevelQueueWhoseItemWentToAChildsCopySaysSo() throws {
        let timeline = run(sameSite: true)
        let reason = try XCTUnwrap(HangExplainer(timeline: timeline).reasons().first)
        XCTAssertTrue(reason.text.hasSuffix("Process-1 put 49 on Queue#2 instead, a queue of its own made by the same line (prog.py:7): under spawn and "
                                            + "forkserver a child runs the main module again, so a Queue made at module level is a new one in each child, "
                                            + "not the parent's. Pass the queue to the child as an argument (Process(target=..., args=(q,)))."), reason.text)
        XCTAssertFalse(reason.text.contains("end signal"), reason.text)
        XCTAssertTrue(reason.premise.holds(in: StateReplayer(timeline: timeline)))
    }

    /// Another line's queue is not a copy: the usual words stay.
    func testAQueueMadeByAnotherLineIsNoCopy() throws {
        let reason = try XCTUnwrap(HangExplainer(timeline: run(sameSite: false)).reasons().first)
        XCTAssertTrue(reason.text.contains("end signal"), reason.text)
    }
}
