import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 31B (issue 11): a ThreadPoolExecutor broken by its worker thread's initializer had no `executor.broken` (3.11's
/// thread.py breaks it in `_initializer_failed()`, which the tracer did not see): the screen never said it broke, and the
/// later refused submit() said no why. Traced live through the built binary on the corpus program, every start method.
final class Gaps31BThreadPoolBreakIntegrationTests: XCTestCase {
    private func trace(_ method: String) throws -> (screen: String, transcript: Transcript) {
        let (screen, transcript) = try CorpusTrace.run("g31b_thread_init_breaks.py", method: method, timeout: "30", width: 400)
        return (screen.replacingOccurrences(of: "\n    ", with: " "), transcript)
    }

    func testTheThreadPoolsBreakIsRecordedAndSaidOnTheRowTheNoteTheSummaryAndTheRefusal() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let (screen, transcript) = try trace(method)
            let broken = transcript.events.filter { $0.is(.executorBroken) }
            XCTAssertEqual(broken.count, 2, "\(method): one per executor: \(screen)")
            let thread = try XCTUnwrap(broken.first { $0.thread.hasPrefix("ThreadPoolExecutor-") }, screen)
            XCTAssertEqual(thread.pending, 3, screen)
            XCTAssertEqual(thread.string(EventField.error), "A thread initializer failed, the thread pool is not usable anymore")
            XCTAssertTrue(screen.contains("ThreadPoolExecutor#1 is broken: the initializer open_database raised in its worker thread "
                + "ThreadPoolExecutor-0_0, which marks the pool broken itself; its 3 queued work items fail with BrokenThreadPool, "
                + "and so does every later submit()"), "\(method): \(screen)")
            XCTAssertTrue(screen.contains("submit(lookup) on ThreadPoolExecutor#1 raised BrokenThreadPool: no work item was made (the executor broke at "), screen)
            XCTAssertTrue(screen.contains("because ThreadPoolExecutor#1 broke at ") && screen.contains("every work item still queued ended then with BrokenThreadPool"), screen)
            XCTAssertTrue(screen.contains("The initializer open_database raised (ConnectionError: database is down) in ThreadPoolExecutor-0_0."), screen)
            XCTAssertTrue(screen.contains("ThreadPoolExecutor#1 (max_workers 1): 3 work items submitted · BROKEN (a worker thread's initializer raised): 3 queued work items failed with BrokenThreadPool"), screen)
            // the thread pool's break never speaks of the process pool's exception
            let threadLines = screen.split(separator: "\n").filter { $0.contains("ThreadPoolExecutor#1") }
            XCTAssertFalse(threadLines.contains { $0.contains("BrokenProcessPool") }, threadLines.joined(separator: "\n"))
        }
    }

    func testTheChineseScreenSaysItToo() throws {
        let record = NSTemporaryDirectory() + "g31b-zh-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: record) }
        let run = try BinaryHarness.run(["trace", "--start-method", "fork", "--timeout", "30", "--color", "never", "--width", "400",
                                         "--lang", "zh", "--record", record, "corpus/g31b_thread_init_breaks.py"])
        XCTAssertTrue(run.stdout.contains("ThreadPoolExecutor#1 已损坏：初始化函数 open_database 在它的工作线程 ThreadPoolExecutor-0_0 中抛出了异常"), run.stdout)
        XCTAssertTrue(run.stdout.contains("排队中的 3 个工作项以 BrokenThreadPool 失败"), run.stdout)
    }
}
