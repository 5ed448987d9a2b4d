import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 13B: a Pool task whose argument could not be pickled read "the task handler failed to send it (for example, it
/// could not be pickled)", with neither the exception's text nor the argument; a spawn start() that failed to pickle
/// its Process named no argument.
final class PickleCulpritRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    private func taskRow(_ extra: [(String, JSONValue)]) -> String {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1)), ("maxtasksperchild", .null)])
        s.add(2, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(0)), ("func", .string("work")), ("args", .string("(1, <lock>)")), ("chunks", .int(1)), ("method", .string("apply_async"))])
        let result = s.add(3, pid: 100, process: "MainProcess", thread: "Thread-2 (_handle_tasks)", .poolResult, object: "Pool#1",
                           [("job", .int(0)), ("index", .int(0)), ("ok", .bool(false)), ("error", .string("TypeError"))] + extra)
        return EventDescriber(timeline: s.timeline(), painter: painter).describe(result)
    }

    func testATaskThatCouldNotBeSentNamesItsArgumentAndTheMessage() {
        let message: (String, JSONValue) = ("message", .string("TypeError: cannot pickle '_thread.lock' object"))
        XCTAssertEqual(taskRow([message, ("argument", .string("thing")), ("argument_type", .string("lock"))]),
                       "task 0 never reached a worker: its argument thing (a lock) could not be pickled (TypeError: cannot pickle "
                       + "'_thread.lock' object), so the task handler failed to send it and set its result to that exception")
        XCTAssertEqual(taskRow([message]), "task 0 never reached a worker: the task handler failed to send it (TypeError: cannot pickle "
                       + "'_thread.lock' object) and set its result to that exception")
        XCTAssertEqual(taskRow([]), "task 0 never reached a worker: the task handler failed to send it (for example, it could not be "
                       + "pickled) and set its result to that exception", "an older transcript reads as before")
    }

    func testAFailedSpawnStartNamesTheArgument() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let fields: [(String, JSONValue)] = [("name", .string("SpawnProcess-3")), ("op", .string("start")),
                                             ("error", .string("TypeError: cannot pickle '_thread.lock' object"))]
        let plain = s.add(1, pid: 100, process: "MainProcess", .processError, fields)
        let named = s.add(2, pid: 100, process: "MainProcess", .processError,
                          fields + [("argument", .string("extra")), ("argument_type", .string("lock"))])
        let describer = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(describer.describe(plain), "start() of SpawnProcess-3 failed: TypeError: cannot pickle '_thread.lock' object")
        XCTAssertEqual(describer.describe(named), "start() of SpawnProcess-3 failed: TypeError: cannot pickle '_thread.lock' object "
                       + "(the argument that could not be pickled: extra, a lock)")
    }
}
