import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 12B (r11_executor_manager_lock_queue): a Manager Lock's acquire() that waited 67 ms for the other worker's hold
/// read only "Lock#2.acquire() → True (round trip to the manager, after 67 ms)": the state model had no holder of a
/// proxy lock, so no lock-wait note could name it.
final class ManagerLockWaitNoteTests: XCTestCase {
    private func call(_ s: inout EventScript, _ ms: Double, pid: Int32, _ process: String, _ method: String,
                      result: String, waitedMs: Double, waited: Bool = false) -> Int {
        var fields: [(String, JSONValue)] = [("type", .string("Lock")), ("method", .string(method)),
                                             ("waited_ns", .int(Int64(waitedMs * 1_000_000))), ("ok", .bool(true)),
                                             ("args", .string("()")), ("result", .string(result))]
        if waited { fields.append(("waited", .bool(true))) }
        return s.add(ms, pid: pid, process: process, .managerCall, object: "Lock#2", fields)
    }

    private func wait(_ s: inout EventScript, _ ms: Double, pid: Int32, _ process: String) {
        s.add(ms, pid: pid, process: process, .managerWait, object: "Lock#2",
              [("type", .string("Lock")), ("method", .string("acquire")), ("args", .string("()"))])
    }

    /// Process-2 takes Lock#2 at 11 ms and releases it at 70 ms; Process-1 waits from 12 ms and gets it at 71 ms.
    private func run(otherHolds: Bool = true) -> (Timeline, Int) {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 11, process: "Process-1", .processStart, [("name", .string("Process-1")), ("role", .string("child"))])
        s.add(2, pid: 12, process: "Process-2", .processStart, [("name", .string("Process-2")), ("role", .string("child"))])
        if otherHolds {
            wait(&s, 10, pid: 12, "Process-2")
            _ = call(&s, 11, pid: 12, "Process-2", "acquire", result: "True", waitedMs: 1, waited: true)
        }
        wait(&s, 12, pid: 11, "Process-1")
        if otherHolds { _ = call(&s, 70, pid: 12, "Process-2", "release", result: "None", waitedMs: 0.4) }
        let at = call(&s, 71, pid: 11, "Process-1", "acquire", result: "True", waitedMs: 59, waited: true)
        return (s.timeline(), at)
    }

    func testTheWaitNamesTheProcessThatHeldTheManagersLock() throws {
        let (timeline, at) = run()
        let notes = Annotator(timeline: timeline).notes()
        let note = try XCTUnwrap(notes.first { $0.eventIndex == at })
        XCTAssertEqual(note.kind, .lockWaitHolders)
        XCTAssertEqual(note.text, "Process-1 waited 59 ms for Lock#2, held by Process-2: a Manager's Lock, whose acquire() waits in the "
                       + "manager's server process until a release() reaches it there.")
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
        // the state model: Process-2 holds it after its acquire, nobody after its release, Process-1 after its own
        let replayer = StateReplayer(timeline: timeline)
        XCTAssertEqual(replayer.state(after: 4).locks.first { $0.label == "Lock#2" }?.holders.map(\.who), ["Process-2"])
        XCTAssertEqual(replayer.state(after: at - 1).locks.first { $0.label == "Lock#2" }?.holders.map(\.who), [])
        XCTAssertEqual(replayer.state(after: at).locks.first { $0.label == "Lock#2" }?.holders.map(\.who), ["Process-1"])
    }

    func testNoNoteWhenTheStateShowsNoOtherHolder() {
        let (timeline, at) = run(otherHolds: false)
        XCTAssertNil(Annotator(timeline: timeline).notes().first { $0.eventIndex == at })
    }
}
