import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 26S: a lesson's demo, changed by a learner; each on its committed recording.
final class Round26STests: XCTestCase {
    static func rows(_ name: String, _ kind: EventKind, lang: Language = .en) throws -> [(event: TraceEvent, row: String)] {
        let timeline = TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot + "/corpus/transcripts/\(name).jsonl"))
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        return Language.with(lang) { timeline.indices(of: kind).map { (timeline.events[$0], describer.describe($0)) } }
    }

    /// r26s_pool_at_import (spawn, forkserver): Pool(2) out of the guard. Each worker re-runs it while importing the
    /// main module and its own first worker, named SpawnPoolWorker-1 by that child's fresh count, fails to start: the
    /// rows read "start() of SpawnPoolWorker-1 failed" on the lanes of SpawnPoolWorker-2, -3, …, as if the parent's
    /// SpawnPoolWorker-1 had failed. The row now says whose new object it was.
    func testAStartFailedWhileImportingMainSaysTheObjectIsNotTheLaneOfThatName() throws {
        for method in ["spawn", "forkserver"] {
            let failed = try Self.rows("r26s_pool_at_import--\(method)", .processError)
            XCTAssertGreaterThanOrEqual(failed.count, 2, method)
            let prefix = method == "spawn" ? "Spawn" : "ForkServer"
            for (e, row) in failed {
                XCTAssertEqual(e.string(EventField.name), "\(prefix)PoolWorker-1", method)
                if e.process == "\(prefix)PoolWorker-1" {
                    XCTAssertTrue(row.hasPrefix("start() of \(prefix)PoolWorker-1 (a new Process object that \(prefix)PoolWorker-1 made here, not \(prefix)PoolWorker-1 itself: "), row)
                } else {
                    XCTAssertTrue(row.hasPrefix("start() of \(prefix)PoolWorker-1 (a new Process object that \(e.process) made here, not the \(prefix)PoolWorker-1 of pid "), row)
                }
                XCTAssertTrue(row.contains("numbers the Process objects it makes from 1, as a main process does, so the names repeat) failed: RuntimeError"), row)
            }
            let zh = try Self.rows("r26s_pool_at_import--\(method)", .processError, lang: .zh)
            XCTAssertTrue(zh.allSatisfy { $0.row.contains("从 1 开始给自己新建的 Process 对象编号，所以名字会重复）的 start() 失败") }, zh.map(\.row).joined(separator: "\n"))
        }
        // the lesson's own no-guard child: Process-1 made a "Process-1"
        let own = try Self.rows("process_no_main_guard--spawn", .processError)
        XCTAssertEqual(own.count, 1)
        XCTAssertTrue(own[0].row.hasPrefix("start() of Process-1 (a new Process object that Process-1 made here, not Process-1 itself: "), own[0].row)
    }

    /// The object of that name itself keeps the plain row: start() twice, a daemon's refused child.
    func testAStartTwiceAndADaemonsChildKeepThePlainRow() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let rows = try Self.rows("r26s_daemon_set_late_start_twice--\(method)", .processError).map(\.row)
            XCTAssertEqual(rows.first, "start() of worker failed: AssertionError: cannot start a process twice", method)
            XCTAssertTrue(rows.last?.hasPrefix("start() of SpawnProcess-1:1 failed: AssertionError: daemonic processes") == true, rows.last ?? "none")
            XCTAssertFalse(rows.contains { $0.contains("a new Process object") }, rows.joined(separator: "\n"))
        }
    }
}
