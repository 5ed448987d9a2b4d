import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 22H: gist-sized scripts, as people post them.
final class Round22HRowTests: XCTestCase {
    private func rows(_ name: String, _ kind: EventKind) throws -> [String] {
        let timeline = TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot + "/corpus/transcripts/\(name).jsonl"))
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        return timeline.events.indices.filter { timeline.events[$0].is(kind) }.map { describer.describe($0) }
    }

    /// r22h_download_retry_error_callback: each failed download's error_callback submits it again. Its row said
    /// "error_callback main.<locals>.submit.<locals>.<lambda>(the exception of task 1)" and its end "callback for task 1
    /// returns", as if a second callable, the success callback, had run.
    func testAnErrorCallbacksEndIsNamedAsAnErrorCallback() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let name = "r22h_download_retry_error_callback--\(method)"
            // tasks 0 (a) and 3 (b's second try) succeeded; 1, 2, 4, 5 failed (b's first try, c's three)
            XCTAssertEqual(Set(try rows(name, .poolCallbackEnd)),
                           ["callback for task 0 returns", "callback for task 3 returns", "error_callback for task 1 returns",
                            "error_callback for task 2 returns", "error_callback for task 4 returns", "error_callback for task 5 returns"], name)
            let chinese = try Language.with(.zh) { try rows(name, .poolCallbackEnd) }
            XCTAssertEqual(chinese.filter { $0.hasSuffix("的 error_callback 返回") }.count, 4, "\(chinese)")
        }
        // pool_apply_wait: two callbacks and one error_callback, each end named by its own start
        let other = try rows("pool_apply_wait--fork", .poolCallbackEnd)
        XCTAssertEqual(other.filter { $0.hasPrefix("error_callback for") }.count, 1, "\(other)")
        XCTAssertGreaterThan(other.filter { $0.hasPrefix("callback for") }.count, 0, "\(other)")
    }
}

extension Round22HRowTests {
    /// r22h_slow_source_to_writer: a for loop over imap_unordered() ended, every result read; its last read's row said
    /// "the iteration over the imap_unordered() result for the next item of task 0 to finish (imap_unordered: any item)
    /// raised StopIteration", said like an error, of an item there was not.
    func testALoopsLastReadSaysTheLoopCameToItsEnd() throws {
        let rows = try rows("r22h_slow_source_to_writer--fork", .poolWaited).filter { $0.contains("StopIteration") }
        XCTAssertEqual(rows, ["the iteration over the imap_unordered() result of task 0 came to its end: every item had been read "
                              + "(the StopIteration that ends a loop, not an error)"])
        let chinese = try Language.with(.zh) { try self.rows("r22h_slow_source_to_writer--fork", .poolWaited) }.filter { $0.contains("StopIteration") }
        XCTAssertEqual(chinese.count, 1, "\(chinese)")
        XCTAssertTrue(chinese[0].contains("（task 0）走到了尽头"), chinese[0])
        // a next() the program called raises StopIteration to it: said as raised
        let called = try self.rows("r7a_pool_imap_lazy_source--fork", .poolWaited).filter { $0.contains("StopIteration") }
        XCTAssertEqual(called.count, 1, "\(called)")
        XCTAssertTrue(called[0].contains("raised StopIteration"), called[0])
    }
}
