import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// The server's row for a shared object a registered callable made (gaps 10B): what it is and where its methods run.
final class ManagerReferentRowTests: XCTestCase {
    func testTheServerSaysWhatTheRegisteredCallableReturned() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let i = s.add(5, pid: 300, ppid: 100, process: "StoreManager-1", thread: "Thread-2", "manager.referent", object: "Store#1",
                      [("type", .string("Store")), ("typeid", .string("get_store"))])
        let row = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain)).describe(i)
        XCTAssertEqual(row, "makes the shared object Store#1: the callable registered as \"get_store\" returned a Store; every proxy of it "
                       + "calls its methods here, in the server process")
    }
}
