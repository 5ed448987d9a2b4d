import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 37B (issue 11): round 36T's leftovers. A SystemExit the program raised is learnt by the tracer only at its own
/// last atexit hook, so its row stands after the atexit handlers' rows: it now says it was learnt then, not that the
/// handlers are still to come. A Pool's terminate() run by a with-block, an ExitStack or unittest's cleanups says who
/// called it, on its row and in the SIGTERM notes of its workers.
final class Gaps37BExitRowsIntegrationTests: XCTestCase {
    private typealias G = Gaps32BAtexitIntegrationTests

    private static func committed(_ name: String) throws -> String {
        try String(contentsOfFile: BinaryHarness.repoRoot + "/corpus/transcripts/\(name).jsonl", encoding: .utf8)
    }

    func testARaisedSystemExitRowSaysTheTracerLearntItAfterTheAtexitHandlers() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let text = try G.replay(Self.committed("r36t_argparse_hash_jobs--\(method)"))
            // the record's order: the handlers' rows, then the main end's; the row no longer says the handlers come after it
            XCTAssertTrue(G.inOrder(text, ["at exit, Python runs multiprocessing's own atexit handler",
                                           "only now, at exit and after the atexit handlers had run, could the tracer tell that its main code had ended by a SystemExit that a raise statement made"]),
                          "\(method): \(text)")
            XCTAssertFalse(text.contains("and nothing caught it: after the atexit handlers, Python exits"), "\(method): \(text)")
            let zh = try G.replay(Self.committed("r36t_argparse_hash_jobs--\(method)"), "zh")
            XCTAssertTrue(zh.contains("直到退出时、atexit 处理函数都已运行完，追踪器才得知：主代码早已因一条 raise 语句抛出的 SystemExit 而结束"), "\(method): \(zh)")
        }
    }

    func testAPoolTerminatedByUnittestsCleanupsSaysSoOnItsRowAndInTheSigtermNotes() throws {
        let (run, transcript) = try G.trace("r37b_unittest_pool_cleanups", "fork")
        XCTAssertEqual(run.status, .exited(0), run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.contains("tests run: 3 failures: 0 errors: 0"), run.stdout)
        let text = try G.replay(transcript)
        // three pools in setUp (one per test), one by addCleanup, one of the class: every terminate() was unittest's
        let rows = text.split(separator: "\n").filter { $0.contains(".terminate()") && !$0.contains("sent it") }
        XCTAssertEqual(rows.count, 5, text)
        XCTAssertEqual(rows.filter { $0.contains("unittest's cleanups call Pool#") }.count, 5, text)
        // A worker may end on its own before the SIGTERM lands (its exit begun, "this signal ended nothing": CI trial 44
        // saw it for every worker); each worker SIGTERM did end gets the note that names unittest's cleanups.
        let ended = Self.count("was ended by SIGTERM (its Pool's terminate() sent it", in: text)
        XCTAssertEqual(Self.count("(its Pool's terminate() sent it: unittest's cleanups called it, registered by TestCase.enterContext() or addCleanup())", in: text),
                       ended, text)
        XCTAssertFalse(text.contains("the program called terminate(), or left a with-block"), text)
        let zh = try G.replay(transcript, "zh")
        XCTAssertTrue(zh.contains("unittest 的清理函数调用了 Pool#"), zh)
        XCTAssertEqual(Self.count("是它所在进程池的 terminate() 发送的：unittest 的清理函数调用了它", in: zh), ended, zh)
    }

    func testAPoolTerminatedByAnExitStackOrItsWithBlockSaysWhich() throws {
        let (run, transcript) = try G.trace("r36t_exitstack_unwinds", "fork")
        XCTAssertEqual(run.status, .exited(0), run.stdout + run.stderr)
        let text = try G.replay(transcript)
        XCTAssertTrue(G.inOrder(text, ["map() of task 0 raised ValueError", "leaving the ExitStack's with-block calls Pool#1.terminate()",
                                       "leaving the with-block of Pool#2 calls Pool#2.terminate()"]), text)
        // each worker SIGTERM did end (one may end on its own first) gets the note naming its pool's caller
        let ended = Self.count("was ended by SIGTERM (its Pool's terminate() sent it", in: text)
        let byStack = Self.count("(its Pool's terminate() sent it: an ExitStack leaving its with-block called it)", in: text)
        let byWith = Self.count("(its Pool's terminate() sent it: the program left the Pool's with-block, whose __exit__ calls terminate())", in: text)
        XCTAssertEqual(byStack + byWith, ended, text)
        XCTAssertFalse(text.contains("the program called terminate(), or left a with-block"), text)
        let zh = try G.replay(transcript, "zh")
        XCTAssertTrue(zh.contains("离开 ExitStack 的 with 块时调用了 Pool#1.terminate()"), zh)
        if byStack > 0 {
            XCTAssertTrue(zh.contains("ExitStack 离开自己的 with 块时调用了它"), zh)
        }
    }

    /// How many times `part` is in `text` (a note's words: one per worker a SIGTERM ended).
    private static func count(_ part: String, in text: String) -> Int {
        text.components(separatedBy: part).count - 1
    }
}
