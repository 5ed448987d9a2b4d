import XCTest
@testable import TutorCore
@testable import TutorCapture

/// A `BaseManager.register("get_store", callable=get_store)` proxy was labelled `get_store#1` (its typeid: the callable's
/// name), not by what it is. The server's `manager.referent` (the shared object's class) comes before any proxy call
/// and labels the object (gaps 10B, r6a_basemanager_shared_store).
final class ManagerReferentLabelTests: XCTestCase {
    private func event(_ kind: String, key: String, _ fields: [(String, JSONValue)]) -> TraceEvent {
        TraceEvent(seq: 1, t: 0, pid: 1, ppid: 0, process: "P", thread: "MainThread", kind: kind, object: key, fields: JSONObject(fields))
    }

    func testAProxyIsLabelledByItsReferentsClass() {
        var labeller = ObjectLabeller()
        var sequence = [
            event("manager.referent", key: "m7f@/tmp/l", [("type", .string("Store")), ("typeid", .string("get_store"))]),
            event("manager.call", key: "m7f@/tmp/l", [("type", .string("get_store")), ("method", .string("put"))]),
            event("manager.call", key: "m80@/tmp/l", [("type", .string("Counter")), ("method", .string("bump"))]),
        ]
        for i in sequence.indices { labeller.label(&sequence[i]) }
        XCTAssertEqual(sequence.map(\.object), ["Store#1", "Store#1", "Counter#1"])
    }
}
