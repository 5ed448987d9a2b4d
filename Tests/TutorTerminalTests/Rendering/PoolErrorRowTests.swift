import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A Pool's terminate() that raised says what.
final class PoolErrorRowTests: XCTestCase {
    /// r7b_pool_exception_unpicklable: leaving the with-block raised AssertionError from terminate() (the result handler
    /// had died): no row said terminate() was called, nor that it raised.
    func testAPoolTerminateThatRaisedSaysWhat() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .poolTerminate, object: "Pool#1",
              [("error", .string("AssertionError: Cannot have cache with result_hander not alive"))])
        let describer = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        XCTAssertEqual(describer.describe(2), "Pool#1.terminate() raised AssertionError: Cannot have cache with result_hander not alive")
    }

    /// Round 12 saw "Pool#2 created: 1 workers" (r12_pool_closed_apply_async): one worker is singular.
    func testAOneWorkerPoolIsSingular() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#2", [("processes", .int(3))])
        let describer = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        XCTAssertEqual(describer.describe(1), "Pool#1 created: 1 worker")
        XCTAssertEqual(describer.describe(2), "Pool#2 created: 3 workers")
    }
}
