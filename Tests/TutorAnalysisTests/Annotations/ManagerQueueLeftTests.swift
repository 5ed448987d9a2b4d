import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// The lead, session 16 (gaps 15A's Left 1): items left in a Manager queue when every process had ended got no note,
/// because only `multiprocessing.Queue` (queue.put / queue.get events) was counted.
final class ManagerQueueLeftTests: XCTestCase {
    /// Two workers put into a Manager Queue; the main process gets `got` of the items; every process ends unless
    /// `workerAlive`.
    private func run(values: [String] = ["('result', 0)", "('result', 1)", "('result', 2)"], got: [String]? = nil,
                     connect: Bool = false, workerAlive: Bool = false, openWait: Bool = false, emptyGet: Bool = false,
                     serverAlive: Bool = false) -> (EventScript, [Int]) {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 11, ppid: 10, process: "SyncManager-1", .processStart, [("name", .string("SyncManager-1")), ("role", .string("manager"))])
        s.add(1.5, pid: 12, ppid: 10, process: "resource tracker", .processStart,
              [("name", .string("resource tracker")), ("role", .string("resource_tracker"))])     // never seen to end
        s.add(2, pid: 10, process: "MainProcess", .managerCreate, object: "SyncManager#1", [("type", .string("SyncManager")), ("server_pid", .int(11))])
        if connect { s.add(3, pid: 10, process: "MainProcess", .managerConnect, object: "BaseManager#1", [("type", .string("BaseManager"))]) }
        s.add(4, pid: 20, ppid: 10, process: "worker", .processStart, [("name", .string("worker")), ("role", .string("child"))])
        func call(_ ms: Double, pid: Int32, process: String, _ method: String, args: String, result: String, ok: Bool = true,
                  error: String? = nil, into s: inout EventScript) -> Int {
            s.add(ms - 0.5, pid: pid, process: process, .managerWait, object: "Queue#1",
                  [("type", .string("Queue")), ("method", .string(method)), ("args", .string(args))])
            var fields: [(String, JSONValue)] = [("type", .string("Queue")), ("method", .string(method)), ("ok", .bool(ok)),
                                                 ("args", .string(args)), ("result", .string(result)), ("waited", .bool(true))]
            if let error { fields.append(("error", .string(error))) }
            return s.add(ms, pid: pid, ppid: 10, process: process, .managerCall, object: "Queue#1", fields)
        }
        var puts: [Int] = []
        for (n, value) in values.enumerated() {
            puts.append(call(10 + Double(n), pid: 20, process: "worker", "put", args: "(\(value),)", result: "None", into: &s))
        }
        if emptyGet {
            s.add(30, pid: 10, process: "MainProcess", .managerCall, object: "Queue#1",
                  [("type", .string("Queue")), ("method", .string("get_nowait")), ("ok", .bool(false)), ("args", .string("()")),
                   ("result", .null), ("error", .string("Empty"))])
        }
        for (n, value) in (got ?? Array(values.prefix(2))).enumerated() {
            _ = call(40 + Double(n), pid: 10, process: "MainProcess", "get", args: "()", result: value, into: &s)
        }
        if openWait {
            s.add(50, pid: 20, process: "worker", .managerWait, object: "Queue#1",
                  [("type", .string("Queue")), ("method", .string("get")), ("args", .string("()"))])
        }
        if !workerAlive { s.add(60, pid: 20, ppid: 10, process: "worker", .processExit, [("exitcode", .int(0))]) }
        if !serverAlive { s.add(70, pid: 11, ppid: 10, process: "SyncManager-1", .processExit, [("exitcode", .int(0))]) }
        s.add(80, pid: 10, process: "MainProcess", .processExit, [("exitcode", .int(0)), ("observed_by", .string("mp-tutor"))])
        return (s, puts)
    }

    private func leftNotes(_ timeline: Timeline) -> [Note] {
        Annotator(timeline: timeline).notes().filter { $0.kind == .managerQueueItemsLeft }
    }

    func testAnItemPutIntoAManagerQueueAndNeverGotIsSaidAtTheEnd() throws {
        let (script, puts) = run()
        let timeline = script.timeline()
        let notes = Annotator(timeline: timeline).notes()
        let note = try XCTUnwrap(notes.first { $0.kind == .managerQueueItemsLeft })
        XCTAssertEqual(note.eventIndex, timeline.events.count - 1)
        XCTAssertEqual(note.text, "Queue#1, a Manager queue, still held 1 item when the run ended, and no get() ever took it: "
                       + "('result', 2), put by worker at 0.012 s. A Manager queue lives in the manager's server process: 3 put() "
                       + "calls on it returned, each having added its item there, and 2 get() calls returned one. Every process "
                       + "of the program has ended, the manager's server process too, so the items left were lost with it.")
        XCTAssertEqual(note.premise, .managerQueueItemsLeft(queue: "Queue#1", puts: 3, gets: 2))
        XCTAssertEqual(StateQueries.managerQueueLeftovers(in: StateReplayer(timeline: timeline)).first?.left, [puts[2]])
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations().filter { $0.invariant == "note-premise" }, [])
    }

    func testAGetNowaitThatFoundTheQueueEmptyTakesNothing() {
        XCTAssertEqual(leftNotes(run(emptyGet: true).0.timeline()).count, 1)
    }

    func testItemsTheRecordCannotTellApartAreCountedNotNamed() throws {
        // the same value put twice, got once: which put's item is left depends on the order they reached the server
        let (script, _) = run(values: ["7", "7", "8"], got: ["7", "8"])
        let note = try XCTUnwrap(leftNotes(script.timeline()).first)
        XCTAssertTrue(note.text.contains("no get() ever took it: which ones the record cannot tell"), note.text)
        // a value cut by the tracer is no value to match
        let (cut, _) = run(values: ["'aaaa...'", "1", "2"], got: ["1", "2"])
        XCTAssertTrue(try XCTUnwrap(leftNotes(cut.timeline()).first).text.contains("which ones the record cannot tell"))
    }

    func testNothingIsSaidWhereTheItemsMayStillBeThereOrTheCountIsUnsure() {
        XCTAssertEqual(leftNotes(run(got: ["('result', 0)", "('result', 1)", "('result', 2)"]).0.timeline()), [], "all got")
        XCTAssertEqual(leftNotes(run(connect: true).0.timeline()), [], "a server the run may not own (connect())")
        XCTAssertEqual(leftNotes(run(workerAlive: true).0.timeline()), [], "a process still running")
        XCTAssertEqual(leftNotes(run(serverAlive: true).0.timeline()), [], "the manager's server still running")
        XCTAssertEqual(leftNotes(run(openWait: true).0.timeline()), [], "a get() still in the server may have taken one")
        XCTAssertEqual(leftNotes(run().0.timeline(lost: 3)), [], "events lost")
    }

    func testThePremiseFailsForOtherCounts() {
        let timeline = run().0.timeline()
        let wrong = Note(eventIndex: timeline.events.count - 1, text: "x", source: .rule, kind: .managerQueueItemsLeft,
                         premise: .managerQueueItemsLeft(queue: "Queue#1", puts: 3, gets: 1))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: [wrong]).violations().filter { $0.invariant == "note-premise" }.count, 1)
    }
}
