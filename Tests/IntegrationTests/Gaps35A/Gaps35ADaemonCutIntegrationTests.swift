import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 35A (issue 11): the built binary traces two daemons the parent's exit cuts off: an indexer with a job taken from
/// its Queue and not done, a watcher blocked in get() on an empty one. The replay names the indexer's job as taken and
/// cut off by multiprocessing's exit function; the watcher, with nothing taken, gets no such note.
final class Gaps35ADaemonCutIntegrationTests: XCTestCase {
    func testTheDaemonCutWithAJobInHandIsNamedWithItsJob() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let (run, transcript) = try Gaps32BAtexitIntegrationTests.trace("g35a_daemon_item_cut", method)
            XCTAssertEqual(run.status, .exited(0), run.stdout + run.stderr)
            let text = try Gaps32BAtexitIntegrationTests.replay(transcript).replacingOccurrences(of: "\n    ", with: " ")
            XCTAssertTrue(Gaps32BAtexitIntegrationTests.inOrder(text, [
                "got 'doc-0' from Queue#1", "(a daemon process: SIGTERM to pid", "indexer had an item in hand when multiprocessing's exit function terminated it",
            ]), "\(method): \(text)")
            XCTAssertNotNil(text.range(of: #"it took 'doc-0' from Queue#1 at [0-9.]+ s, its last get, and recorded 1 more event \(the last at [0-9.]+ s\), "#
                                       + #"none of them a get, a task_done\(\) or the end of run\(\), before that SIGTERM; its run\(\) never returned"#,
                                       options: .regularExpression), "\(method): \(text)")
            XCTAssertFalse(text.contains("watcher had an item in hand"), "\(method): \(text)")
            let zh = try Gaps32BAtexitIntegrationTests.replay(transcript, "zh").replacingOccurrences(of: "\n    ", with: "")
            XCTAssertTrue(zh.contains("终止 indexer 时，它手里还有一项：它在"), "\(method): \(zh)")
        }
    }
}
