import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 34B (issue 11): the built binary traces two programs under each start method. An event loop whose
/// `from select import epoll` comes before `import multiprocessing` made C epolls whose waits were in no row (the time
/// was "other"); the tracer now gives that name its stand-in. A Pool worker that could not pickle a task's value or
/// exception sent MaybeEncodingError, and the row said so without the reason; the tracer now records the pickling
/// error and the row quotes it.
final class Gaps34BTracerGapsIntegrationTests: XCTestCase {
    func testAnEpollTakenBeforeMultiprocessingHasItsWaitRows() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let (run, transcript) = try Gaps32BAtexitIntegrationTests.trace("g34b_epoll_taken_early", method)
            XCTAssertEqual(run.status, .exited(0), run.stdout + run.stderr)
            XCTAssertTrue(run.stdout.contains("got worker-1 line 1"), run.stdout)
            let text = try Gaps32BAtexitIntegrationTests.replay(transcript)
            XCTAssertTrue(Gaps32BAtexitIntegrationTests.inOrder(text, ["waits in epoll.poll() until one of ", "epoll.poll() returned after "]),
                          "\(method): \(text)")
            let summary = try XCTUnwrap(text.split(separator: "\n").first { $0.contains("MainProcess  of ") }, text)
            XCTAssertTrue(summary.contains("epoll.poll() "), "\(method): \(summary)")
            let zh = try Gaps32BAtexitIntegrationTests.replay(transcript, "zh")
            XCTAssertTrue(zh.contains("在 epoll.poll() 中等待"), "\(method): \(zh)")
        }
    }

    func testAMaybeEncodingErrorRowQuotesTheWorkersPicklingError() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let (run, transcript) = try Gaps32BAtexitIntegrationTests.trace("g34b_pool_result_unpicklable", method)
            XCTAssertEqual(run.status, .exited(0), run.stdout + run.stderr)
            let text = try Gaps32BAtexitIntegrationTests.replay(transcript)
            XCTAssertTrue(Gaps32BAtexitIntegrationTests.inOrder(text, [
                "MaybeEncodingError in place of its value (the worker could not pickle what the task returned, so it sent this error instead); "
                    + "the worker's pickle raised TypeError(\"cannot pickle 'sqlite3.Connection' object\")",
                "MaybeEncodingError in place of the exception the task raised (the worker could not pickle that exception, so it sent this error "
                    + "instead); the worker's pickle raised AttributeError(\"Can't pickle local object 'check_db.<locals>.SchemaError'\")",
            ]), "\(method): \(text)")
            let zh = try Gaps32BAtexitIntegrationTests.replay(transcript, "zh")
            XCTAssertTrue(zh.contains("；工作进程用 pickle 序列化时抛出了 TypeError(\"cannot pickle 'sqlite3.Connection' object\")"), "\(method): \(zh)")
        }
    }

    /// A done-callback added to the program's own Future after a relay thread set it runs at once in the main thread;
    /// the one added before runs in the relay thread, inside set_result(), and gets no such words.
    func testACallbackAddedToADoneFutureSaysItRanAtOnce() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let (run, transcript) = try Gaps32BAtexitIntegrationTests.trace("g34b_future_callback_late", method)
            XCTAssertEqual(run.status, .exited(0), run.stdout + run.stderr)
            let text = try Gaps32BAtexitIntegrationTests.replay(transcript)
            let runs = text.split(separator: "\n").filter { $0.contains("runs done-callback report of Future#1") }
            XCTAssertEqual(runs.count, 2, "\(method): \(text)")
            XCTAssertFalse(runs.first?.contains("at once") ?? true, "\(method): \(runs)")
            XCTAssertNotNil(runs.last?.range(of: #"runs done-callback report of Future#1, at once, inside add_done_callback\(\) and in this thread: "#
                + #"Future#1 was already done \(set at [0-9.]+ s, by relay\), and a callback added to a done Future runs right away"#,
                options: .regularExpression), "\(method): \(runs)")
            let zh = try Gaps32BAtexitIntegrationTests.replay(transcript, "zh")
            XCTAssertNotNil(zh.range(of: #"运行 Future#1 的完成回调 report，是在 add_done_callback\(\) 里、在这个线程中立即运行的：Future#1 那时已经完成（在 [0-9.]+ s 由 relay 设置）"#,
                                     options: .regularExpression), "\(method): \(zh)")
        }
    }
}
