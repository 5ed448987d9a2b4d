import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 31C part 1: a `Pool()` that raised while being made left no row of its own (the tracer wrote `pool.create` only
/// after `__init__` returned): in a daemonic process only the worker's failed start() was seen. The tracer now writes
/// `pool.create.error`; the row says which call raised what, that no pool was made, the workers its own clean-up
/// ended, and, from the record's `daemon` flag, why a daemon's Pool() raises. Those workers are no earlier pool's.
final class Gaps31CPoolCreateErrorTests: XCTestCase {
    static func replay(_ name: String, _ language: String = "en") throws -> String {
        let run = try BinaryHarness.run(["replay", "corpus/transcripts/\(name).jsonl", "--full", "--no-pager", "--color", "never",
                                         "--width", "900", "--lang", language])
        XCTAssertEqual(run.status, .exited(0), run.stderr)
        return run.stdout
    }

    func testEachPoolThatRaisedIsARowThatSaysNoPoolWasMade() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let text = try Self.replay("g31c_pool_made_in_daemon--\(method)")
            XCTAssertTrue(text.contains("Pool(2) raised AssertionError: daemonic processes are not allowed to have children (no pool was made) "
                + "(keeper is a daemonic process, daemon=True: a daemonic process may not have children, and Pool() starts its workers "
                + "before it returns, so Pool() itself raised)"), "\(method): \(text)")
            XCTAssertTrue(text.contains("Pool(0) raised ValueError: Number of processes must be at least 1 (no pool was made)\n"), text)
            XCTAssertFalse(text.contains("Pool(0) raised ValueError: Number of processes must be at least 1 (no pool was made) ("), text)
            if method == "fork" {
                XCTAssertTrue(text.contains("Pool#2 created: 3 workers"), text)     // fork pickles no initargs: made
                XCTAssertFalse(text.contains("Pool(3) raised"), text)
            } else {
                XCTAssertTrue(text.contains("Pool(3) raised TypeError: this token was already sent to a worker (no pool was made); "
                    + "the 1 worker it had started was terminated and joined by Pool()'s own clean-up\n"), "\(method): \(text)")
                // the worker it started (SpawnPoolWorker-3 / ForkServerPoolWorker-3) is not counted as Pool#1's
                XCTAssertTrue(text.contains("Pool#1 (1 worker)"), text)
                let members = text.split(separator: "\n").filter { $0.hasPrefix("    ") && $0.contains("PoolWorker-3 ") && $0.contains("chunk") }
                XCTAssertEqual(members, [], text)
                XCTAssertFalse(text.contains("Pool#2"), text)
            }
            let zh = try Self.replay("g31c_pool_made_in_daemon--\(method)", "zh")
            XCTAssertTrue(zh.contains("Pool(2) 抛出了 AssertionError: daemonic processes are not allowed to have children（进程池没有建成）"
                + "（keeper 是守护进程，daemon=True：守护进程不允许有子进程，而 Pool() 在返回之前就要启动它的工作进程，所以是 Pool() 本身抛出了异常）"), zh)
        }
    }

    /// The state model: a failed Pool()'s started worker belongs to no pool (before: to the process's last pool).
    func testTheWorkerAFailedPoolStartedBelongsToNoPool() throws {
        for method in ["spawn", "forkserver"] {
            let transcript = try TranscriptReader.read(path: BinaryHarness.repoRoot + "/corpus/transcripts/g31c_pool_made_in_daemon--\(method).jsonl")
            let timeline = TimelineBuilder.build(transcript)
            let spawned = timeline.events.filter { $0.is(.processSpawn) }.compactMap { e in e.childPid.map { ($0, e.name ?? "") } }
            let third = try XCTUnwrap(spawned.first { $0.1.hasSuffix("PoolWorker-3") }, "\(spawned)")
            XCTAssertNil(timeline.poolOfWorker[third.0], "\(method): \(third.1) is counted as \(timeline.poolOfWorker[third.0] ?? "")'s")
            let second = try XCTUnwrap(spawned.first { $0.1.hasSuffix("PoolWorker-2") }, "\(spawned)")
            XCTAssertEqual(timeline.poolOfWorker[second.0], "Pool#1")
        }
    }
}
