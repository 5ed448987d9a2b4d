import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Executors inside pool workers: each counts its items, and a broken one names the result it could not unpickle, run live.
final class NestedExecutorIntegrationTests: XCTestCase {
    /// The screen with the continuation lines of a wide row joined back to it.
    private func trace(_ program: String, _ method: String) throws -> (String, Transcript) {
        let (wrapped, transcript) = try CorpusTrace.run(program, method: method, timeout: "20", width: 400)
        return (wrapped.replacingOccurrences(of: "\n    ", with: " "), transcript)
    }

    /// A ThreadPoolExecutor in each ProcessPoolExecutor work item: every thread pool's three items ran.
    func testEveryThreadPoolInsideAWorkerCountsItsItems() throws {
        let (screen, transcript) = try trace("r6a_futures_threads_in_worker.py", "spawn")
        let pools = transcript.events.filter { $0.is(.executorCreate) && $0.objectType == "ThreadPoolExecutor" }.compactMap(\.object)
        XCTAssertEqual(pools.count, 3, screen)
        for pool in pools { XCTAssertTrue(screen.contains("\(pool) (max_workers 3): 3 work items submitted, 3 ran"), screen) }
    }

    /// No worker died: the parent could not unpickle the custom exception a work item raised.
    func testABrokenExecutorNamesTheResultItCouldNotUnpickle() throws {
        let (screen, _) = try trace("r6a_futures_exception_unpicklable.py", "fork")
        XCTAssertTrue(screen.contains("No worker died: ProcessPoolExecutor#1's manager thread could not unpickle what a worker sent back for work item 1 "
                                      + "(TypeError: ValidationError.__init__() missing 1 required positional argument: 'value'"), screen)
        XCTAssertTrue(screen.contains("is broken: its 1 pending work item fails with BrokenProcessPool"), screen)
    }
}
