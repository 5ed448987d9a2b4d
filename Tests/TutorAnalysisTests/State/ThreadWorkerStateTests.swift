import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 26A (round 25's Left): a `multiprocessing.dummy.Pool`'s row counted its worker threads and did not list them with
/// their tasks and idle states as a process Pool's row does. Each task is now the thread's the record names.
final class ThreadWorkerStateTests: XCTestCase {
    func testEachTaskOfADummyPoolIsTheThreadsThatRanIt() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = TimelineBuilder.build(try TranscriptReader.read(
                path: BinaryHarness.repoRoot + "/corpus/transcripts/r25_dummy_vs_process_pool_init--\(method).jsonl"))
            let events = timeline.events
            let replayer = StateReplayer(timeline: timeline)
            let starts = timeline.indices(of: .taskStart).filter { events[$0].thread.hasSuffix("(worker)") }
            XCTAssertFalse(starts.isEmpty, method)
            for index in starts {
                let pool = try XCTUnwrap(replayer.state(after: index).pools.first { $0.threadWorkersStarted > 0 }, method)
                let thread = pool.threadWorkers.first { $0.name == events[index].thread }
                XCTAssertEqual(thread?.task, RunState.taskName(events[index].job ?? 0, events[index].index ?? 0), "\(method) step \(index + 1)")
                XCTAssertEqual(pool.threadWorkers.count + pool.threadWorkersEnded, pool.threadWorkersStarted, method)
            }
            let last = replayer.state(after: events.count - 1).pools.first { $0.threadWorkersStarted > 0 }
            XCTAssertEqual(last?.threadWorkers.count, 0, method)
            XCTAssertEqual(last?.threadWorkersEnded, last?.threadWorkersStarted, method)
        }
    }
}
