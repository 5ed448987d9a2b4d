import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// `dict(pool.imap_unordered(...))` (r8_checksums_imap_unordered) read "waits in next()" though the program wrote no
/// next(): the tracer now says when next() was reached by iterating (`iterated`), and the rows say the iteration.
final class PoolIterationDescriberTests: XCTestCase {
    private let painter = Painter(capabilities: .plain)

    private func script(iterated: Bool) -> (Timeline, Int, Int) {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(2))])
        s.add(2, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(0)), ("method", .string("imap_unordered")), ("chunks", .int(3))])
        let flag: [(String, JSONValue)] = iterated ? [("iterated", .bool(true))] : []
        let wait = s.add(3, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1",
                         [("job", .int(0)), ("index", .int(0)), ("call", .string("next()"))] + flag)
        let waited = s.add(12, pid: 100, process: "MainProcess", .poolWaited, object: "Pool#1",
                           [("job", .int(0)), ("index", .int(0)), ("call", .string("next()")), ("waited_ns", .int(9_000_000)),
                            ("ok", .bool(true)), ("error", .null)] + flag)
        return (s.timeline(), wait, waited)
    }

    func testAnIteratedImapResultSaysTheIterationNotNext() {
        let (timeline, wait, waited) = script(iterated: true)
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(describer.describe(wait), "waits in the iteration over the imap_unordered() result for the next item of task 0 "
                       + "to finish (imap_unordered: any item)")
        XCTAssertEqual(describer.describe(waited), "the iteration over the imap_unordered() result for the next item of task 0 to "
                       + "finish (imap_unordered: any item) returned after 9 ms")
    }

    func testANextTheProgramWroteKeepsNext() {
        let (timeline, wait, _) = script(iterated: false)
        XCTAssertEqual(EventDescriber(timeline: timeline, painter: painter).describe(wait),
                       "waits in next() for the next item of task 0 to finish (imap_unordered: any item)")
    }
}
