import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Fix 35 (issue 11): the built binary traces children whose KeyboardInterrupt came four ways (f35_interrupt_sources)
/// and Futures set through a reference taken before the tracer wrapped the setters (f35_future_setter_taken_early).
final class Fix35InterruptRowIntegrationTests: XCTestCase {
    /// The replay's lines holding `part`, wrapped lines joined.
    static func lines(_ text: String, _ part: String) -> [String] {
        text.replacingOccurrences(of: "\n    ", with: " ").split(separator: "\n").map(String.init).filter { $0.contains(part) }
    }

    /// The row of run()'s end says what the record's `context` says: SystemExit raised while handling a KeyboardInterrupt
    /// (before: "run() raised SystemExit (exit code 130)", the note alone said why).
    func testTheRunEndRowSaysWhatItsExceptionWasHandling() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let (run, transcript) = try Gaps32BAtexitIntegrationTests.trace("f35_interrupt_sources", method)
            XCTAssertEqual(run.status, .exited(0), run.stdout + run.stderr)
            for part in ["catcher: exit 130", "shrugger: exit 0", "raiser: exit 130", "mainer: exit 130"] {
                XCTAssertTrue(run.stdout.contains(part), "\(method): \(run.stdout)")
            }
            let text = try Gaps32BAtexitIntegrationTests.replay(transcript)
            let rows = Self.lines(text, "run() raised SystemExit while handling KeyboardInterrupt (exit code 130)")
            XCTAssertEqual(rows.count, 3, "\(method): \(text)")      // catcher, raiser, mainer
            XCTAssertEqual(Self.lines(text, "run() raised SystemExit (exit code 130)"), [], "\(method): \(text)")
            // shrugger caught it and returned: its run() returned, and no note says a KeyboardInterrupt ended it
            XCTAssertEqual(Self.lines(text, "shrugger's run()"), [], "\(method): \(text)")
            // raiser's own signal.raise_signal() is named; mainer's _thread.interrupt_main() sent no SIGINT, and since gaps 36B
            // the tracer records that call, so the note names it (before: "the record does not show what set it off")
            XCTAssertEqual(Self.lines(text, "raiser's run() raised SystemExit while handling a KeyboardInterrupt").filter {
                $0.contains("when the SIGINT raiser sent it with signal.raise_signal() at") }.count, 1, "\(method): \(text)")
            let mainer = Self.lines(text, "mainer's run() raised SystemExit while handling a KeyboardInterrupt")
            XCTAssertEqual(mainer.count, 1, "\(method): \(text)")
            XCTAssertTrue(mainer.allSatisfy { $0.contains("after the program's own _thread.interrupt_main() call (mainer, at ")
                && $0.contains("that call sends no signal") && !$0.contains("at a SIGINT the record does not show the sender of") },
                          "\(method): \(mainer)")
            let zh = try Gaps32BAtexitIntegrationTests.replay(transcript, "zh")
            XCTAssertEqual(Self.lines(zh, "mainer 的 run() 在处理 KeyboardInterrupt 时抛出了 SystemExit：").filter {
                $0.contains("起因是程序自己在") && $0.contains("调用的 _thread.interrupt_main()（调用者 mainer）") }.count, 1, "\(method): \(zh)")
            XCTAssertEqual(Self.lines(zh, "run() 在处理 KeyboardInterrupt 时抛出了 SystemExit（退出码 130）").count, 3, "\(method): \(zh)")
        }
    }

    /// Futures set through Future.set_result taken before the first Future(): no future.set is recorded, and the
    /// summary says so rather than "never set" (both were set: result() returned each value).
    func testFuturesSetThroughAnEarlyReferenceAreNotCountedNeverSet() throws {
        let (run, transcript) = try Gaps32BAtexitIntegrationTests.trace("f35_future_setter_taken_early", "fork")
        XCTAssertEqual(run.status, .exited(0), run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.contains("first: set through the early reference") && run.stdout.contains("second: 42"), run.stdout)
        let text = try Gaps32BAtexitIntegrationTests.replay(transcript)
        XCTAssertEqual(Self.lines(text, "cancelled 0, never set"), [], text)     // before: "… cancelled 0, never set 2"
        XCTAssertEqual(Self.lines(text, "with no set or cancel in the record 2 (not proof it was never set: a call through a reference to Future.set_result").count, 1, text)
        let zh = try Gaps32BAtexitIntegrationTests.replay(transcript, "zh")
        XCTAssertEqual(Self.lines(zh, "从未设置 2 个").count, 0, zh)
        XCTAssertEqual(Self.lines(zh, "记录里没有设置或取消的 2 个（这不能证明它从未被设置").count, 1, zh)
    }
}
