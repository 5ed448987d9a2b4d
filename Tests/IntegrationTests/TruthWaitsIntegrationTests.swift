import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Waits on concurrent.futures and on Manager proxies, lost updates through a proxy, and how processes end, run live
/// through the binary on the truth corpus's programs; `mp-tutor check` judges every recorded run.
final class TruthWaitsIntegrationTests: XCTestCase {
    private func traceAndCheck(_ program: String, method: String, timeout: String, status: Int32 = 0, line: UInt = #line,
                               then: (String) throws -> Void = { _ in }) throws -> (screen: String, transcript: Transcript) {
        let (screen, transcript) = try CorpusTrace.run(program, method: method, timeout: timeout, status: status, width: 200,
                                                       line: line, then: then)
        // notes and summary lines wrap with a four-space indent: read them as one line
        return (screen.replacingOccurrences(of: "\n    ", with: " "), transcript)
    }

    /// A work item that never finishes: the hang names as_completed() as written, the work item and the worker running it,
    /// in English and in Chinese; the summary counts the wait that never ended.
    func testAHangInsideAsCompletedIsExplained() throws {
        var chinese = ""
        let (screen, transcript) = try traceAndCheck("futures_as_completed_hang.py", method: "forkserver", timeout: "8", status: 124) { record in
            chinese = try BinaryHarness.run(["replay", "--lang", "zh", "--no-pager", "--color", "never", "--width", "200", record]).stdout
        }
        XCTAssertTrue(screen.contains("waits in as_completed() for work item 2 of ProcessPoolExecutor#1 since"), screen)
        XCTAssertTrue(screen.range(of: #"ForkServerProcess-\d started work item 2 at [0-9.]+ s and never finished it"#, options: .regularExpression) != nil, screen)
        XCTAssertTrue(screen.contains("waits cut by the end of their process: MainProcess in as_completed() on ProcessPoolExecutor#1"), screen)
        XCTAssertTrue(chinese.contains("在 as_completed() 中等待 ProcessPoolExecutor#1 的"), chinese)
        XCTAssertTrue(chinese.contains("一直没有完成"), chinese)
        let waits = transcript.events.filter { $0.is(.executorWait) }
        XCTAssertEqual(waits.last?.string("call"), "as_completed()")
        XCTAssertEqual(waits.last?.fields["works"]?.arrayValue?.compactMap(\.intValue), [2])
        XCTAssertEqual(transcript.events.filter { $0.is(.executorWaited) }.count, waits.count - 1, "only the last wait never ended")
    }

    /// wait(timeout), as_completed(), map() iteration and shutdown(wait=True) each open a wait that closes.
    func testEveryFuturesWaitOpensAndCloses() throws {
        let (screen, transcript) = try traceAndCheck("futures_waits.py", method: "spawn", timeout: "30")
        XCTAssertTrue(screen.contains("wait() gave up: timed out"), screen)
        XCTAssertTrue(screen.contains("waits in shutdown() for ProcessPoolExecutor#1 to run its 1 unfinished work item and stop its workers"), screen)
        let calls = Set(transcript.events.filter { $0.is(.executorWait) }.compactMap { $0.string("call") })
        XCTAssertEqual(calls, ["wait()", "as_completed()", "shutdown()"])
        XCTAssertTrue(transcript.events.contains { $0.is(.futureWait) && $0.string("call") == "map()" })
        XCTAssertTrue(WaitLedger(TimelineBuilder.build(transcript)).unfinished.isEmpty)
    }

    /// v.value += 1 and items[0] += 1 through Manager proxies: whenever the program's own output shows updates lost, a
    /// note states the lost update the values prove; a run where the scheduler happened to lose none gets no such note
    /// (nothing false), and is tried again, up to 4 runs, since the race itself is the scheduler's.
    func testAManagerLostUpdateIsExplained() throws {
        for attempt in 1...4 {
            let (screen, transcript) = try traceAndCheck("manager_value_race.py", method: "fork", timeout: "20")
            XCTAssertTrue(transcript.events.contains { $0.is(.managerCall) && $0.string("access") == "write" && $0.string("type") == "Value" })
            let figures = try XCTUnwrap(screen.firstMatch(of: /expected 120 got (\d+) and (\d+)/), screen)
            let lost = (120 - (Int(figures.1) ?? 120)) + (120 - (Int(figures.2) ?? 120))
            let races = ProxyRace.all(in: TimelineBuilder.build(transcript))
            // the note wraps at the screen's width, and where depends on the values it names: read it as one line
            let unwrapped = screen.replacingOccurrences(of: #"\n\s+"#, with: " ", options: .regularExpression)
            let said = unwrapped.range(of: #"Process-\d and Process-\d both read \S+ from (Value#1\.value|list#1\[0\])"#,
                                       options: .regularExpression) != nil
            guard lost > 0 else {
                XCTAssertTrue(races.isEmpty && !said, "no update lost, yet a race is stated (attempt \(attempt))\n" + screen)
                continue
            }
            XCTAssertFalse(races.isEmpty, "\(lost) updates lost and no race proved (attempt \(attempt))")
            XCTAssertTrue(said, screen)
            XCTAssertTrue(unwrapped.contains("a read-modify-write needs one lock held around both"), screen)
            return
        }
        XCTFail("4 runs of two processes doing 60 read-then-write round trips each lost no update: the race never happened")
    }

    /// A Manager Queue get() that never gets its answer is a blocked call the hang names.
    func testAManagerQueueHangNamesTheProxyCall() throws {
        let (screen, transcript) = try traceAndCheck("manager_queue_hang.py", method: "spawn", timeout: "8", status: 124)
        XCTAssertTrue(screen.contains("Process-2 waits in Queue#1.get() for the manager's answer"), screen)
        XCTAssertTrue(screen.contains("Process-2 in get() on Queue#1 since"), screen)
        XCTAssertTrue(transcript.events.contains { $0.is(.managerWait) && $0.string("method") == "get" })
    }

    /// Every way a process ends, under every start method: no recorded exit contradicts the parent, and the lanes
    /// show the signal that really ended each.
    func testExitsAgreeWithTheParentUnderEveryStartMethod() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let (screen, transcript) = try traceAndCheck("exits_everywhere.py", method: method, timeout: "30")
            XCTAssertTrue(screen.contains("exit codes 7 -9 -15"), screen)
            var parentSaw: [Int32: Int64] = [:]
            for e in transcript.events where e.is(.processReaped) {
                if let pid = e.int("child_pid"), let code = e.int("exitcode") { parentSaw[Int32(pid)] = code }
            }
            for e in transcript.events where e.is(.processExit) && e.string("observed_by") == nil {
                if let seen = parentSaw[e.pid] { XCTAssertEqual(e.int("exitcode"), seen, "\(method): \(e.process)") }
            }
            XCTAssertTrue(screen.contains("was ended by SIGKILL"), screen)
            // a worker its parent saw end by a signal never has a lane row saying it exited normally
            for e in transcript.events where e.is(.processReaped) && (e.int("exitcode") ?? 0) < 0 {
                let name = e.string("name") ?? "?"
                XCTAssertNil(screen.range(of: "\(name) +exited, code 0", options: .regularExpression), "\(method): \(name)\n" + screen)
            }
        }
    }
}
