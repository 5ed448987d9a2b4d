import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Pool wait rows: imap_unordered's next() names no task; a run that raised and a map wait.
final class PoolWaitRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    private func rows(_ s: EventScript) -> [String] {
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        return timeline.events.indices.dropFirst().map(describer.describe)
    }

    /// r3_progress_imap_unordered: "waits in next() for task 0" / "next() for task 0 returned", while the result it
    /// returned was task 0.1's (imap_unordered's next() takes whichever item finishes first; the index counts results).
    func testImapUnorderedNextNamesNoTask() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(0)), ("func", .string("work")), ("args", .string("<range>")), ("chunks", .null), ("method", .string("imap_unordered"))])
        s.add(2, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1", [("job", .int(0)), ("index", .int(1)), ("call", .string("next()"))])
        s.add(9, pid: 100, process: "MainProcess", .poolWaited, object: "Pool#1",
              [("job", .int(0)), ("index", .int(1)), ("call", .string("next()")), ("waited_ns", .int(7_000_000)), ("ok", .bool(true)), ("error", .null)])
        s.add(10, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(1)), ("func", .string("work")), ("args", .string("<range>")), ("chunks", .null), ("method", .string("imap"))])
        s.add(11, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1", [("job", .int(1)), ("index", .int(2)), ("call", .string("next()"))])
        XCTAssertEqual(rows(s), [
            "imap_unordered → task 0 work(<range>)",
            "waits in next() for the next item of task 0 to finish (imap_unordered: any item)",
            "next() for the next item of task 0 to finish (imap_unordered: any item) returned after 7 ms",
            "imap → task 1 work(<range>)",
            "waits in next() for task 1.2",
        ])
        // the state model's blocked call says the same
        let blocked = StateReplayer(timeline: s.timeline()).state(after: 2).blocked
        XCTAssertEqual(blocked.map(\.what), ["waits in next() for the next item of task 0 of Pool#1 to finish (imap_unordered: any item)"])
    }

    /// r3_signal_terminate: a SIGTERM handler called sys.exit(0) inside run(), shown as "run() returned".
    /// r3_thread_executor_map_timeout: Executor.map's wait ended as "result() of work item 2 raised TimeoutError".
    func testARunThatRaisedAndAMapWaitAreSaidAsTheyWere() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 201, process: "Process-1", .processRunEnd, [("name", .string("Process-1")), ("exitcode", .int(0)), ("direct", .bool(false)),
                                                                  ("raised", .string("SystemExit"))])
        s.add(2, pid: 202, process: "Process-2", .processRunEnd, [("name", .string("Process-2")), ("exitcode", .int(0)), ("direct", .bool(false)),
                                                                  ("raised", .null)])
        s.add(3, pid: 100, process: "MainProcess", .futureWait, object: "ThreadPoolExecutor#1", [("work", .int(2)), ("call", .string("map()"))])
        s.add(80, pid: 100, process: "MainProcess", .futureWaited, object: "ThreadPoolExecutor#1",
              [("work", .int(2)), ("waited_ns", .int(77_000_000)), ("ok", .bool(false)), ("error", .string("TimeoutError"))])
        s.add(81, pid: 100, process: "MainProcess", .futureWait, object: "ThreadPoolExecutor#1", [("work", .int(3)), ("call", .string("result()"))])
        s.add(82, pid: 100, process: "MainProcess", .futureWaited, object: "ThreadPoolExecutor#1",
              [("work", .int(3)), ("waited_ns", .int(1_000_000)), ("ok", .bool(true)), ("error", .null)])
        XCTAssertEqual(rows(s), [
            "run() raised SystemExit (exit code 0); cleaning up before exit",
            "run() returned; cleaning up before exit",
            "waits in next() of map()'s result iterator, for work item 2",
            "next() of map()'s result iterator raised TimeoutError for work item 2 after 77 ms",
            "waits in result() of work item 3",
            "result() of work item 3 returned after 1 ms",
        ])
    }
}
