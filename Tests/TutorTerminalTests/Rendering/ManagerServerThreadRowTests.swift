import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A manager server's threads serving clients are not the clients' threads.
final class ManagerServerThreadRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    /// r6a_logging_queue_listener: the manager's thread serving a QueueListener's thread was the lane
    /// "SyncManager-3 · _monitor" and its end "thread MainProcess|Thread-4 (_monitor) ends", as if the manager had a
    /// _monitor thread: the server renames a connection's thread to its client, `process|thread` for a non-main thread.
    func testAManagersThreadServingAClientThreadIsNotThatThread() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 300, process: "SyncManager-3", .processStart, [("name", .string("SyncManager-3")), ("role", .string("manager"))])
        s.add(2, pid: 300, process: "SyncManager-3", thread: "MainProcess|Thread-4 (_monitor)", .threadExit,
              [("name", .string("MainProcess|Thread-4 (_monitor)"))])
        s.add(3, pid: 300, process: "SyncManager-3", thread: "Thread-5 (handle_request)", .threadExit, [("name", .string("Thread-5 (handle_request)"))])
        s.add(4, pid: 300, process: "SyncManager-3", thread: "ForkPoolWorker-1", .threadExit, [("name", .string("ForkPoolWorker-1"))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(describer.describe(2), "the thread serving MainProcess|Thread-4 (_monitor) ends")
        XCTAssertEqual(describer.describe(3), "thread Thread-5 (handle_request) ends")
        XCTAssertEqual(describer.describe(4), "the thread serving ForkPoolWorker-1 ends")
        let labels = timeline.lanes.map(\.label)
        XCTAssertTrue(labels.contains("SyncManager-3 · serves MainProcess|Thread-4 (_monitor)"), "\(labels)")
        XCTAssertFalse(labels.contains("SyncManager-3 · _monitor"), "\(labels)")
    }

    /// r8_manager_serve_forever: a Process running `get_server().serve_forever()` had lanes "Process-1 · Process-2"
    /// whose one row "thread Process-2 ends" came as Process-2 (the client process) ended: the server names each
    /// connection's thread after its client, so it read as the client ending inside the server.
    func testAProcessThatServesAManagerItselfNamesItsThreadsAsServingTheirClients() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 200, process: "Process-1", .processStart, [("name", .string("Process-1")), ("role", .string("child"))])
        s.add(2, pid: 200, process: "Process-1", .managerServe, [("address", .string("('127.0.0.1', 50871)"))])
        s.add(3, pid: 200, process: "Process-1", thread: "Process-2", .threadExit, [("name", .string("Process-2"))])
        s.add(4, pid: 200, process: "Process-1", thread: "Thread-5 (handle_request)", .threadExit, [("name", .string("Thread-5 (handle_request)"))])
        // A process that serves nothing keeps its threads' names as they are.
        s.add(5, pid: 300, process: "Process-3", .processStart, [("name", .string("Process-3")), ("role", .string("child"))])
        s.add(6, pid: 300, process: "Process-3", thread: "Worker", .threadExit, [("name", .string("Worker"))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        func row(_ ms: Int64) -> String { describer.describe(timeline.events.firstIndex { $0.t == ms * 1_000_000 }!) }
        XCTAssertEqual(row(2), "serve_forever(): this process is now a manager's server at ('127.0.0.1', 50871); it answers clients "
                       + "until the process ends, each client's connection served by a thread the server names after that client")
        XCTAssertEqual(row(3), "the thread serving Process-2 ends")
        XCTAssertEqual(row(4), "thread Thread-5 (handle_request) ends")
        XCTAssertEqual(row(6), "thread Worker ends")
        let labels = timeline.lanes.map(\.label)
        XCTAssertTrue(labels.contains("Process-1 · serves Process-2"), "\(labels)")
        XCTAssertTrue(labels.contains("Process-3 · Worker"), "\(labels)")
    }
}
