import XCTest
@testable import TutorCore
@testable import TutorCapture

/// A failed proxy call is given the label of its Manager (from the proxy's key, `m<id>@<address>`), so that a call after
/// that manager's shutdown can be told (round 12, r12_manager_after_with).
final class ProxyManagerLabelTests: XCTestCase {
    func testAFailedProxyCallNamesItsManager() {
        func event(_ kind: String, key: String, _ fields: [(String, JSONValue)]) -> TraceEvent {
            TraceEvent(seq: 1, t: 0, pid: 1, ppid: 0, process: "P", thread: "MainThread", kind: kind, object: key, fields: JSONObject(fields))
        }
        var labeller = ObjectLabeller()
        var create = event("manager.create", key: "M/tmp/a", [("type", .string("SyncManager"))])
        var good = event("manager.call", key: "m7f@/tmp/a", [("type", .string("list")), ("ok", .bool(true))])
        var failed = event("manager.call", key: "m7f@/tmp/a", [("type", .string("list")), ("ok", .bool(false))])
        var elsewhere = event("manager.call", key: "m80@/tmp/b", [("type", .string("dict")), ("ok", .bool(false))])
        labeller.label(&create)
        labeller.label(&good)
        labeller.label(&failed)
        labeller.label(&elsewhere)
        XCTAssertEqual(failed.object, "list#1")
        XCTAssertEqual(failed.string("manager_label"), "SyncManager#1")
        XCTAssertNil(good["manager_label"])
        XCTAssertNil(elsewhere["manager_label"])
    }
}
