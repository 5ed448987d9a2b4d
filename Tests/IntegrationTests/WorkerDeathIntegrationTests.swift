import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// The truth corpus's hardest cases run live through the binary, and `mp-tutor check FILE.jsonl` judges
/// their recorded runs: a worker that dies inside map(), with Pool and with ProcessPoolExecutor.
final class WorkerDeathIntegrationTests: XCTestCase {
    private func traceAndCheck(_ program: String, method: String, timeout: String, status: Int32 = 0,
                               line: UInt = #line) throws -> (screen: String, transcript: Transcript) {
        try CorpusTrace.run(program, method: method, timeout: timeout, status: status, width: 160, line: line)
    }

    /// A Pool worker calls os._exit inside map(): the hang is explained by the blocked call as written and the lost chunk.
    func testAPoolHangAfterAWorkerDiedNamesMapAndTheLostChunk() throws {
        let (wrapped, transcript) = try traceAndCheck("pool_worker_dies.py", method: "fork", timeout: "3", status: 124)   // 124: the watchdog stopped it
        // Notes and the summary wrap where their figures put them (pids, times): read them with the wraps joined.
        let screen = wrapped.replacingOccurrences(of: "\n    ", with: " ")
        XCTAssertTrue(screen.contains("waits in map() for task 0 of Pool#1, but"), wrapped)
        XCTAssertTrue(screen.contains("ended (exitcode 7) while running task 0.3"), wrapped)
        XCTAssertTrue(screen.contains("1 lost with a worker that ended inside it (task 0.3)"), wrapped)
        XCTAssertTrue(transcript.events.contains { $0.is(.poolWait) && $0.string(EventField.call) == "map()" })
    }

    /// The same death under ProcessPoolExecutor: the pool breaks, and the note says which worker died in which work item.
    func testABrokenExecutorIsExplained() throws {
        let (wrapped, transcript) = try traceAndCheck("futures_broken_pool.py", method: "spawn", timeout: "30")
        // Notes and the summary wrap where their figures put them: read them with the wraps joined.
        let screen = wrapped.replacingOccurrences(of: "\n    ", with: " ")
        XCTAssertTrue(screen.contains("while running work item 1"), wrapped)
        XCTAssertTrue(screen.contains("fail with BrokenProcessPool"), wrapped)
        // How many items were still pending depends on whether work item 0 finished before the pool broke
        // (a loaded machine delays it): the summary must give the number the executor recorded.
        let broken = try XCTUnwrap(transcript.events.first { $0.is(.executorBroken) }, "no executor.broken event")
        let pending = try XCTUnwrap(broken.int(EventField.pending))
        XCTAssertTrue((1...3).contains(pending), "pending \(pending)")
        let plural = pending == 1 ? "" : "s"
        XCTAssertTrue(screen.contains("BROKEN: \(pending) pending work item\(plural) failed with BrokenProcessPool"), wrapped)
    }

    /// A transcript whose worker says "exit 0" while its parent saw -15 is a violation the checker names.
    func testTheCheckerNamesAContradictedExit() throws {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("W-1"))])
        s.add(2, pid: 201, ppid: 100, process: "W-1", .processExit, [("exitcode", .int(0))])
        s.add(3, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(201)), ("name", .string("W-1")), ("exitcode", .int(-15))])
        let path = NSTemporaryDirectory() + "truth-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try TranscriptWriter.write(s.transcript(), to: path)
        let check = try BinaryHarness.run(["check", path])
        XCTAssertEqual(check.status, .exited(1), check.stdout)
        XCTAssertTrue(check.stdout.contains("one-exit: W-1 (pid 201) recorded exitcode 0 on process.exit at seq 3, but its parent saw exitcode -15"), check.stdout)
    }
}
