import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// A join(timeout) that gave up says what the child was blocked in, when the state model shows it (round 9B,
/// r9b_bounded_queue_join_first: a put() on a full Queue(maxsize=2) that only the joining parent would read).
final class JoinTimeoutNotesTests: XCTestCase {
    private func run(childBlocks: Bool) -> (Timeline, Int) {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", "process.start", [("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", "queue.create", object: "Queue#1", [("type", .string("Queue")), ("maxsize", .int(2))])
        s.add(2, pid: 100, process: "MainProcess", "process.spawn", [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(3, pid: 201, ppid: 100, process: "Process-1", "process.start", [("name", .string("Process-1")), ("role", .string("child"))])
        s.add(4, pid: 100, process: "MainProcess", "process.join.wait", [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(5, pid: 201, ppid: 100, process: "Process-1", "queue.put", object: "Queue#1", [("item", .string("0"))])
        s.add(6, pid: 201, ppid: 100, process: "Process-1", "queue.put", object: "Queue#1", [("item", .string("1"))])
        if childBlocks { s.add(7, pid: 201, ppid: 100, process: "Process-1", "queue.wait", object: "Queue#1", [("op", .string("put"))]) }
        let join = s.add(1004, pid: 100, process: "MainProcess", "process.join",
                         [("child_pid", .int(201)), ("name", .string("Process-1")), ("waited_ns", .int(1_000_000_000)),
                          ("timeout", .double(1)), ("timed_out", .bool(true))])
        return (s.timeline(), join)
    }

    func testAJoinThatGaveUpNamesTheCallTheChildWasBlockedIn() throws {
        let (timeline, join) = run(childBlocks: true)
        let note = try XCTUnwrap(Annotator(timeline: timeline).notes().first { $0.eventIndex == join })
        XCTAssertEqual(note.kind, .joinGaveUpChildBlocked)
        XCTAssertTrue(note.text.hasPrefix("Process-1 was still running because it was blocked, since 0.007 s (997 ms by then): it waits to put on Queue#1 (full)."), note.text)
        XCTAssertTrue(note.text.contains("take the items before join()"), note.text)
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: [note]).violations().filter { $0.invariant == "note-premise" }, [])
    }

    /// r9b_pipe_send_big_join_first: the child's send() of a big result began before the join(timeout) and returned only
    /// after the parent gave up and began to recv(): nothing said so.
    func testAJoinThatGaveUpWhileTheChildWasInsideSendSaysSo() throws {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", "process.start", [("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", "pipe.create", object: "Pipe#1", [])
        s.add(2, pid: 100, process: "MainProcess", "process.spawn", [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(3, pid: 201, ppid: 100, process: "Process-1", "process.start", [("name", .string("Process-1")), ("role", .string("child"))])
        s.add(4, pid: 100, process: "MainProcess", "process.join.wait", [("child_pid", .int(201)), ("name", .string("Process-1"))])
        let send = s.add(30, pid: 201, ppid: 100, process: "Process-1", "pipe.send", object: "Pipe#1",
                         [("end", .string("B")), ("item", .string("[0, 1, 2, ...]")), ("took_ns", .int(1_990_000_000))])
        let join = s.add(2004, pid: 100, process: "MainProcess", "process.join",
                         [("child_pid", .int(201)), ("name", .string("Process-1")), ("waited_ns", .int(2_000_000_000)),
                          ("timeout", .double(2)), ("timed_out", .bool(true))])
        let timeline = s.timeline()
        let note = try XCTUnwrap(Annotator(timeline: timeline).notes().first { $0.eventIndex == join })
        XCTAssertEqual(note.premise, .childInSendAtJoin(step: join, sendStep: send))
        XCTAssertTrue(note.text.hasPrefix("Process-1 was still running because it was inside send() on Pipe#1 end B, which began at 0.030 s "
                                          + "and returned only at 2.020 s"), note.text)
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: [note]).violations().filter { $0.invariant == "note-premise" }, [])
    }

    /// No cause: at most gaps 33B's note of what the record knows (the child's last recorded event), which states none.
    func testAJoinThatGaveUpOnARunningChildStatesNoCause() {
        let (timeline, join) = run(childBlocks: false)
        let notes = Annotator(timeline: timeline).notes().filter { $0.eventIndex == join }
        XCTAssertEqual(notes.map(\.kind), [.joinGaveUpChildUnrecorded])
        XCTAssertFalse(notes.contains { $0.kind.statesCause || $0.premise != nil })
    }
}
