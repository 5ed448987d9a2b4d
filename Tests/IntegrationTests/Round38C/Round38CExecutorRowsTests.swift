import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Round 38C: concurrent.futures as people use it. Two rows the record could say and did not:
/// - `executor.map(..., chunksize=3)` whose second chunk raised: the iterator's next() that reached the already-failed
///   chunk was shown as "result() of work item 1, already done" (the program never called result()), and nothing said
///   that a chunk is one call whose exception loses all its items' results (the program printed 3 of 10, not 4).
/// - `max_tasks_per_child=1`: each worker the manager thread started in place of one that had left after its one work
///   item had a bare "start() → SpawnProcess-3" row; only a replacement made after shutdown() was explained.
final class Round38CExecutorRowsTests: XCTestCase {
    func testMapIteratorReachingAFailedChunkSaysNextAndTheChunkLoss() throws {
        for method in ["fork", "spawn"] {
            var chinese = ""
            let (screen, transcript) = try CorpusTrace.run("r38c_map_chunks_raise.py", method: method, timeout: "30", width: 400) { record in
                chinese = try BinaryHarness.run(["replay", record, "--full", "--no-pager", "--color", "never", "--width", "400", "--lang", "zh"]).stdout
            }
            let failed = try XCTUnwrap(transcript.events.first { $0.is(.futureResult) && $0.ok == false }?.work, screen)
            let submit = try XCTUnwrap(transcript.events.first { $0.is(.futureSubmit) && $0.work == failed }, screen)
            let items = try XCTUnwrap(submit.int(EventField.items), screen)
            XCTAssertFalse(screen.contains("result() of work item \(failed)"), "\(method): the program never called result()\n\(screen)")
            let read = transcript.events.contains { $0.is(.futureRead) && $0.work == failed }
            let row = try XCTUnwrap(screen.components(separatedBy: "\n").first {
                $0.contains("next() of map()'s result iterator") && $0.contains("work item \(failed)")
                    && ($0.contains("already done") || $0.contains("raised OSError")) }, "\(method)\n\(screen)")
            if read {
                XCTAssertTrue(row.contains("reached work item \(failed), already done"), "\(method): \(row)")
            }
            XCTAssertTrue(row.contains("work item \(failed) is a map() chunk of \(items) \(items == 1 ? "item" : "items")"), "\(method): \(row)")
            XCTAssertTrue(row.contains(items == 1 ? "so its result does not come back" : "so none of these results comes back"), "\(method): \(row)")
            XCTAssertTrue(chinese.contains("是 map() 的一个任务块，含 \(items) 个元素"), "\(method): \(chinese)")
            XCTAssertFalse(chinese.contains("对已完成的工作项 \(failed) 调用 result()"), "\(method): \(chinese)")
        }
    }

    func testAWorkerStartedInPlaceOfOneThatLeftAfterMaxTasksSaysSo() throws {
        let (screen, transcript) = try CorpusTrace.run("r38c_spawn_ctx_fresh_workers.py", method: "fork", timeout: "30", width: 400)
        let events = transcript.events
        let lines = screen.components(separatedBy: "\n")
        var checked = 0
        // every worker the manager thread started after joining a worker that ended by itself after its one work item
        for (i, e) in events.enumerated() where e.is(.processSpawn) && e.thread != "MainThread" {
            guard let child = e.childPid, let name = e.name,
                  let join = events[..<i].last(where: { $0.is(.processJoin) && $0.pid == e.pid && $0.thread == e.thread }),
                  let old = join.name, let oldPid = join.childPid,
                  events.filter({ $0.is(.futureStart) && $0.pid == oldPid }).count == 1 else { continue }
            let row = try XCTUnwrap(lines.first { $0.contains("start() → \(name) pid \(child)") }, screen)
            XCTAssertTrue(row.contains("in place of \(old), which left after its max_tasks_per_child (1) work items"), row)
            let tookNone = !events.contains { $0.is(.futureStart) && $0.pid == child }
            XCTAssertEqual(row.contains("\(name) took no work item"), tookNone, row)
            checked += 1
        }
        XCTAssertGreaterThanOrEqual(checked, 3, screen)
        let chinese = try lines.isEmpty ? "" : { () throws -> String in
            let record = NSTemporaryDirectory() + "r38c-zh-\(UUID().uuidString).jsonl"
            defer { try? FileManager.default.removeItem(atPath: record) }
            _ = try BinaryHarness.run(["trace", "--start-method", "fork", "--color", "never", "--record", record, "corpus/r38c_spawn_ctx_fresh_workers.py"])
            return try BinaryHarness.run(["replay", record, "--full", "--no-pager", "--color", "never", "--width", "400", "--lang", "zh"]).stdout
        }()
        XCTAssertTrue(chinese.contains("的管理线程启动它来顶替 SpawnProcess-1（SpawnProcess-1 做完 max_tasks_per_child 规定的 1 个工作项后退出了）"), chinese)
    }
}
