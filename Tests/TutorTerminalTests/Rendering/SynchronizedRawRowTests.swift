import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTerminal
@testable import TutorTestSupport

/// `sharedctypes.synchronized(raw)` read "Value#2 created (c_int = 0, lock RLock#1)" right after "Value#1 created
/// (c_int = 0; raw …)": two values, where the program had one piece of shared memory and a locked wrapper around it
/// (round 12, r12_sharedctypes_synchronized). The tracer's `wraps` names the raw object; the row says it is the same memory.
final class SynchronizedRawRowTests: XCTestCase {
    private func event(_ kind: String, key: String, _ fields: [(String, JSONValue)]) -> TraceEvent {
        TraceEvent(seq: 1, t: 0, pid: 1, ppid: 0, process: "MainProcess", thread: "MainThread", kind: kind, object: key,
                   fields: JSONObject(fields))
    }

    private func row(_ fields: [(String, JSONValue)]) -> String {
        var s = EventScript()
        s.add(1, pid: 100, process: "MainProcess", "shared.create", object: "Value#2", fields)
        return EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain)).describe(0)
    }

    func testTheLabellerNamesTheWrappedRawObject() {
        var labeller = ObjectLabeller()
        var raw = event("shared.create", key: "s9-1", [("type", .string("Value")), ("lock", .bool(false))])
        var lock = event("lock.create", key: "h1", [("type", .string("RLock"))])
        var wrapper = event("shared.create", key: "s9-2", [("type", .string("Value")), ("lock", .string("h1")),
                                                          ("wraps", .string("s9-1"))])
        var unknown = event("shared.create", key: "s9-3", [("type", .string("Value")), ("lock", .string("h1")),
                                                          ("wraps", .string("s8-7"))])
        labeller.label(&raw)
        labeller.label(&lock)
        labeller.label(&wrapper)
        labeller.label(&unknown)
        XCTAssertEqual(wrapper.object, "Value#2")
        XCTAssertEqual(wrapper.string("wraps"), "Value#1")
        XCTAssertNil(unknown.string("wraps"))
    }

    func testTheRowSaysItIsTheSameMemory() {
        let fields: [(String, JSONValue)] = [("ctype", .string("c_int")), ("value", .string("0")), ("lock", .string("h1")),
                                             ("lock_label", .string("RLock#1")), ("user_lock", .bool(false))]
        XCTAssertEqual(row(fields + [("wraps", .string("Value#1"))]),
                       "Value#2 = synchronized(Value#1) (c_int = 0, lock RLock#1): the same shared memory as Value#1, not a new "
                       + "object: reads and writes through Value#1 itself still take no lock and are not traced")
        // without `wraps` (a Value() of its own, or an older record), as before
        XCTAssertEqual(row(fields), "Value#2 created (c_int = 0, lock RLock#1)")
    }
}
