import XCTest
@testable import TutorCore
@testable import TutorAnalysis

/// `LazyJobSteps` answers as `JobSteps`, sorting only when first asked (perf 33): a lookup on a run with no
/// `terminate()` and no raising callback never sorts its submits and results.
final class LazyJobStepsTests: XCTestCase {
    private func event(_ seq: Int, _ kind: String, pid: Int32, job: Int64?) -> TraceEvent {
        TraceEvent(seq: seq, t: Int64(seq), pid: pid, ppid: 1, process: "P", thread: "MainThread", kind: kind,
                   object: "Pool#1", fields: JSONObject(job.map { [("job", JSONValue.int($0))] } ?? []))
    }

    func testAnswersAreJobStepsAnswersAndTheSortWaitsForTheFirstLookUp() {
        // Jobs repeated, out of order, across processes, with a job-less event and hostile job numbers (negative, huge).
        let jobs: [Int64?] = [3, 1, nil, 3, -1, Int64.max, 1, Int64.min, 0, 3, 2, nil, 0]
        let events = jobs.enumerated().map { event($0.offset + 1, "pool.result", pid: Int32($0.offset % 3), job: $0.element) }
        let indices = Array(events.indices)
        let lazy = LazyJobSteps(events, indices), eager = JobSteps(events, indices)
        XCTAssertFalse(lazy.isSorted)
        for pid: Int32 in [-1, 0, 1, 2, 3] {
            for job: Int64 in [Int64.min, -1, 0, 1, 2, 3, 4, Int64.max] {
                let key = PoolWaitLookup.JobKey(pid: pid, job: job)
                XCTAssertEqual(lazy[key].map(Array.init), eager[key].map(Array.init), "pid \(pid) job \(job)")
            }
        }
        XCTAssertTrue(lazy.isSorted)
        let empty = LazyJobSteps([], [])
        XCTAssertNil(empty[.init(pid: 0, job: 0)])
    }

    func testALookupOfARunWithoutTerminateOrRaisingCallbackNeverSorts() {
        // submit, wait, result of two jobs: neither query has an earlier cause to look a job up for.
        var events: [TraceEvent] = []
        for job: Int64 in [0, 1] {
            events.append(event(events.count + 1, "pool.submit", pid: 7, job: job))
            events.append(event(events.count + 1, "pool.result", pid: 7, job: job))
        }
        let lookup = PoolWaitLookup(events)
        for wait in events.indices {
            XCTAssertNil(StateQueries.terminatedBeforeWait(wait, in: lookup))
            XCTAssertNil(StateQueries.resultHandlerDiedBeforeWait(wait, in: lookup))
        }
        XCTAssertFalse(lookup.submits.isSorted)
        XCTAssertFalse(lookup.results.isSorted)
    }
}
