import XCTest
import TutorTestSupport
@testable import TutorCore
@testable import TutorAnalysis

/// The waiting tasks of a pool, kept as runs: the same names in the same order as one name per task,
/// at a cost that does not grow with the number of tasks waiting.
final class PendingTasksTests: XCTestCase {
    func testAMapIsOneRunAndTakingTasksKeepsTheOthersInOrder() {
        var pending = PendingTasks()
        pending.submit(job: 4, chunks: 5)
        XCTAssertEqual(pending.runs.count, 1)
        XCTAssertEqual(Array(pending), ["task 4", "task 4.1", "task 4.2", "task 4.3", "task 4.4"])
        pending.start(job: 4, index: 0)
        pending.start(job: 4, index: 2)
        XCTAssertEqual(Array(pending), ["task 4.1", "task 4.3", "task 4.4"])
        XCTAssertEqual(pending.count, 3)
        pending.start(job: 4, index: 2) // not waiting any more: nothing changes
        pending.start(job: 9, index: 0)
        XCTAssertEqual(pending.count, 3)
        XCTAssertEqual(pending.names(limit: 2), ["task 4.1", "task 4.3"])
    }

    func testOneChunkJobsSubmittedInARowShareARun() {
        var pending = PendingTasks()
        for job in Int64(1)...1000 { pending.submit(job: job, chunks: 1) }
        XCTAssertEqual(pending.runs.count, 1, "a thousand apply_async calls in a row are one run")
        pending.start(job: 500, index: 0)
        XCTAssertEqual(pending.runs.count, 2)
        XCTAssertEqual(pending.count, 999)
        XCTAssertEqual(Array(pending.prefix(2)), ["task 1", "task 2"])
        XCTAssertFalse(pending.contains("task 500"))
        XCTAssertTrue(pending.contains("task 501"))
    }

    func testEqualityIsAboutTheTasksNotHowTheyAreStored() {
        var split = PendingTasks()
        split.submit(job: 1, chunks: 3)
        split.start(job: 1, index: 1)
        let built: PendingTasks = ["task 1", "task 1.2"]
        XCTAssertEqual(split, built)
        XCTAssertNotEqual(split, ["task 1.2", "task 1"])
        XCTAssertEqual(PendingTasks(), [])
    }

    /// Against the list of names it replaces, over random submits and starts (fixed seed).
    func testAgreesWithAListOfNamesOnRandomWork() {
        var generator = SplitMix(seed: 12)
        var pending = PendingTasks()
        var names: [String] = []
        var submitted: [(Int64, Int64)] = []
        var job: Int64 = 0
        for _ in 0..<3000 {
            if submitted.isEmpty || generator.next() % 3 == 0 {
                job += 1
                let chunks = Int64(generator.next() % 4 == 0 ? 1 + generator.next() % 6 : 1)
                pending.submit(job: job, chunks: chunks)
                for i in 0..<chunks {
                    names.append(PoolTask.name(job: job, index: i))
                    submitted.append((job, i))
                }
            } else {
                // Mostly the oldest, sometimes any: workers take tasks nearly in order.
                let pick = generator.next() % 5 == 0 ? Int(generator.next() % UInt64(submitted.count)) : 0
                let (j, i) = submitted.remove(at: pick)
                pending.start(job: j, index: i)
                names.removeAll { $0 == PoolTask.name(job: j, index: i) }
            }
            XCTAssertEqual(pending.count, names.count)
        }
        XCTAssertEqual(Array(pending), names)
    }

    func testAPoolMapOfManyItemsStaysSmallAtEveryCheckpoint() throws {
        // One map of 200k chunks, its tasks taken in order: the state's copy at each step checkpoint
        // holds one run, not the names of every task still waiting.
        var state = RunState()
        state.pools.append(.init(label: "Pool#1", workers: [], waiting: [], resultsArrived: 0, callbacksRun: 0))
        state.pools[0].waiting.submit(job: 0, chunks: 200_000)
        for index in Int64(0)..<199_990 { state.pools[0].waiting.start(job: 0, index: index) }
        XCTAssertEqual(state.pools[0].waiting.count, 10)
        XCTAssertEqual(state.pools[0].waiting.runs.count, 1)
        XCTAssertEqual(state.pools[0].waiting.names(limit: 1), ["task 0.199990"])
    }
}
