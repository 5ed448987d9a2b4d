import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A wait for a result of a terminated pool says it can only time out.
final class TerminatedPoolWaitRowTests: XCTestCase {
    /// r7a_pool_results_after_with: imap's iterator and map_async's get() read after the with-block had terminated the pool:
    /// "waits in get() for task 1", then TimeoutError, with nothing saying the pool was gone. Pool.join() after terminate()
    /// and a get() after a terminate() that raised are not such waits.
    func testAWaitForAResultOfATerminatedPoolSaysItCanOnlyTimeOut() {
        func script(terminateError: String?) -> EventScript {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(2))])
            s.add(2, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1", [("job", .int(1)), ("func", .string("slow_square")),
                  ("args", .string("<range>")), ("chunks", .int(4)), ("method", .string("map_async"))])
            s.add(3, pid: 100, process: "MainProcess", .poolTerminate, object: "Pool#1", terminateError.map { [("error", .string($0))] } ?? [])
            s.add(4, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1", [("job", .int(-1)), ("index", .int(-1)), ("call", .string("join()"))])
            s.add(5, pid: 100, process: "MainProcess", .poolJoin, object: "Pool#1", [("waited_ns", .int(0))])
            s.add(6, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1", [("job", .int(1)), ("index", .int(0)), ("call", .string("get()"))])
            s.add(1006, pid: 100, process: "MainProcess", .poolGet, object: "Pool#1",
                  [("job", .int(1)), ("waited_ns", .int(1_000_000_000)), ("ok", .bool(false)), ("error", .string("TimeoutError"))])
            return s
        }
        let s = script(terminateError: nil)
        let timeline = s.timeline()
        let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .waitOnTerminatedPool }
        let get = timeline.events.indices.last { timeline.events[$0].is(.poolWait) }!
        XCTAssertEqual(notes.map(\.eventIndex), [get])
        XCTAssertEqual(notes.first?.text, "Pool#1 was terminated at 0.003 s (terminate(), or the end of its with-block), before task 1's result "
                       + "came back: a terminated pool never computes nor delivers what it still owes, so this get() can only time out (without a "
                       + "timeout it waits forever). Read the results inside the with-block, or close() and join() the pool instead of terminating it.")
        XCTAssertEqual(notes.first?.premise, .waitAfterTerminate(waitStep: get, terminateStep: 3))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes, recorded: s.events).violations().map(\.message), [])
        let failed = script(terminateError: "AssertionError: Cannot have cache with result_hander not alive").timeline()
        XCTAssertEqual(Annotator(timeline: failed).notes().filter { $0.kind == .waitOnTerminatedPool }.count, 0)
    }
}
