import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// imap() over a generator that raises: the pool's task handler sends the exception to a worker as a task of
/// `_helper_reraises_exception` (lead's round 9). The row says what that task is, not the helper's name as if the
/// program had called it; a program function that happens to take an exception keeps its own row.
final class ReraisedInputRowTests: XCTestCase {
    private let painter = Painter(capabilities: .plain)

    private func taskRow(function: String, args: String) -> String? {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolSubmit, [("object", .string("Pool#1")), ("job", .int(0)), ("func", .string("square")),
                                                                 ("args", .string("<generator>")), ("method", .string("imap"))])
        let start = s.add(2, pid: 201, ppid: 100, process: "ForkPoolWorker-1", .taskStart,
                          [("job", .int(0)), ("index", .int(2)), ("func", .string(function)), ("args", .string(args)), ("call", .bool(true))])
        return EventDescriber(timeline: s.timeline(), painter: painter).describe(start)
    }

    func testTheTaskThatReRaisesAnInputErrorSaysWhereTheErrorCameFrom() {
        let row = taskRow(function: "_helper_reraises_exception", args: "(<ValueError>,)")
        XCTAssertEqual(row?.hasPrefix("▶ task 0.2 re-raises ValueError (not the program's function: the iterable given to imap()"), true, row ?? "nil")
        XCTAssertEqual(row?.contains("_helper_reraises_exception"), false)
    }

    func testAProgramFunctionKeepsItsOwnCall() {
        XCTAssertEqual(taskRow(function: "report", args: "(<ValueError>,)"), "▶ task 0.2 report(<ValueError>)")
    }
}
