import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Round 36T (issue 11): multiprocessing inside the tools people build around their code. The built binary traces the
/// round's corpus programs: a manager shut down by an ExitStack or by unittest's cleanups is not said to leave a
/// with-block; json's JSONDecodeError (raised `from None`) is not said to be raised while handling StopIteration; a
/// Pool wait whose timeout ran out while every worker died in the pool's initializer says why no task started.
final class Round36TToolsIntegrationTests: XCTestCase {
    private typealias G = Gaps32BAtexitIntegrationTests

    func testAManagerShutDownByAnExitStackOrUnittestsCleanupsIsNotALeftWithBlock() throws {
        let (stackRun, stack) = try G.trace("r36t_exitstack_unwinds", "fork")
        XCTAssertEqual(stackRun.status, .exited(0), stackRun.stdout + stackRun.stderr)
        let text = try G.replay(stack)
        XCTAssertTrue(G.inOrder(text, [
            "map() of task 0 raised ValueError", "leaving the ExitStack's with-block shuts SyncManager#1 down (the stack calls the __exit__",
            "print \"caught: bad key k3\"", "print \"second run keys:", "ExitStack.close() shuts SyncManager#2 down (it calls the __exit__",
        ]), text)
        XCTAssertFalse(text.contains("leaving the with-block shuts"), text)
        let zh = try G.replay(stack, "zh")
        XCTAssertTrue(zh.contains("离开 ExitStack 的 with 块时关闭 SyncManager#1") && zh.contains("ExitStack.close() 关闭 SyncManager#2"), zh)

        let (testRun, tests) = try G.trace("r36t_unittest_pool_and_failing_child", "fork")
        XCTAssertEqual(testRun.status, .exited(0), testRun.stdout + testRun.stderr)
        let testText = try G.replay(tests)
        XCTAssertTrue(G.inOrder(testText, [
            "test_manager_dict_from_pool", "unittest's cleanups shut SyncManager#1 down (its __exit__ was registered as a cleanup",
            "print \"tests run: 4 failures: 0 errors: 0\"",
        ]), testText)
        XCTAssertFalse(testText.contains("leaving the with-block shuts"), testText)
    }

    func testAnErrorRaisedFromNoneIsNotSaidRaisedWhileHandlingItsHiddenContext() throws {
        let (run, transcript) = try G.trace("r36t_initializer_json_config", "fork")
        XCTAssertEqual(run.status, .exited(0), run.stdout + run.stderr)
        let text = try G.replay(transcript)
        XCTAssertTrue(text.contains("run() raised JSONDecodeError (exit code 1)"), text)
        XCTAssertFalse(text.contains("while handling StopIteration"), text)
        // a context the program's own handler had is still said
        let (logRun, log) = try G.trace("r36t_queue_logging_listener", "fork")
        XCTAssertEqual(logRun.status, .exited(0), logRun.stdout + logRun.stderr)
        XCTAssertTrue(try G.replay(log).contains("run() raised SystemExit while handling KeyError (exit code 3)"))
    }

    func testAPoolTimeoutWhileEveryWorkerDiedInTheInitializerSaysNoTaskStarted() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let (run, transcript) = try G.trace("r36t_initializer_json_config", method)
            XCTAssertEqual(run.status, .exited(0), run.stdout + run.stderr)
            XCTAssertTrue(run.stdout.contains("bad config: no result in 1 s"), run.stdout)
            let text = try G.replay(transcript).replacingOccurrences(of: "\n    ", with: " ")
            XCTAssertTrue(G.inOrder(text, ["get() of task 1 raised TimeoutError after 1.0", "print \"bad config: no result in 1 s\""]), "\(method): \(text)")
            XCTAssertNotNil(text.range(of: #"No task of Pool#2 had started when this wait gave up: the initializer load_config raised \(JSONDecodeError\) in [0-9]+ of its workers and none got through it; the pool started [0-9]+ workers? in place of those that ended\. .* only a timeout ends such a wait\."#,
                                       options: .regularExpression), "\(method): \(text)")
            // Pool#1's get()-less map() ran on a good config: no such note for it
            XCTAssertFalse(text.contains("No task of Pool#1"), "\(method): \(text)")
            let zh = try G.replay(transcript, "zh").replacingOccurrences(of: "\n    ", with: "")
            XCTAssertTrue(zh.contains("这次等待放弃时，Pool#2 还没有任何任务开始过：初始化函数 load_config"), "\(method): \(zh)")
        }
    }
}
