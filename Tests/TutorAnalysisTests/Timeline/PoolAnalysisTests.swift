import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

final class PoolAnalysisTests: XCTestCase {
    private let ms = Fixtures.ms

    private func task(_ s: inout EventScript, job: Int64, pid: Int32, worker: String, start: Double, end: Double?) {
        s.add(start, pid: pid, ppid: 100, process: worker, .taskStart, [("job", .int(job)), ("index", .int(0))])
        if let end { s.add(end, pid: pid, ppid: 100, process: worker, .taskEnd, [("job", .int(job)), ("index", .int(0)), ("ok", .bool(true))]) }
    }

    private func sorted(_ s: EventScript) -> EventScript {
        var out = EventScript()
        for e in s.events.sorted(by: { ($0.t, $0.seq) < ($1.t, $1.seq) }) {
            out.add(Double(e.t) / 1e6, pid: e.pid, ppid: e.ppid, process: e.process, thread: e.thread, e.kind, object: e.object,
                    e.fields.members.map { ($0.key, $0.value) })
        }
        return out
    }

    func testPoolRunFigures() throws {
        let analysis = PoolAnalysis(Fixtures.poolRun().timeline())
        XCTAssertEqual(analysis.submitted, 3)
        XCTAssertEqual(analysis.started, 3)
        XCTAssertEqual(analysis.finished, 3)
        // Task 1 ends at 62 ms on Worker-2 and task 2 starts there at 62 ms: 2 at once, never 3.
        XCTAssertEqual(analysis.maxConcurrent, 2)
        XCTAssertEqual(analysis.maxConcurrentAt, 12 * ms)
        XCTAssertEqual(analysis.workers.map(\.name), ["ForkPoolWorker-1", "ForkPoolWorker-2"])
        XCTAssertEqual(analysis.workers.map { $0.tasks.map(\.job) }, [[0], [1, 2]])
        XCTAssertEqual(analysis.workers.map(\.busyNs), [100 * ms, 50 * ms + 98 * ms])
        XCTAssertEqual(analysis.longestQueued?.job, 2)
    }

    func testEndAtTheSameInstantAsAStartCountsFirst() {
        var s = EventScript()
        task(&s, job: 0, pid: 201, worker: "W-1", start: 0, end: 10)
        task(&s, job: 1, pid: 201, worker: "W-1", start: 10, end: 20)
        task(&s, job: 2, pid: 201, worker: "W-1", start: 20, end: 30)
        let analysis = PoolAnalysis(sorted(s).timeline())
        XCTAssertEqual(analysis.maxConcurrent, 1)
        XCTAssertEqual(analysis.maxConcurrentAt, 0)
        XCTAssertEqual(analysis.workers.count, 1)
        XCTAssertEqual(analysis.workers[0].tasks.count, 3)
    }

    func testOverlapIsCounted() {
        var s = EventScript()
        task(&s, job: 0, pid: 201, worker: "W-1", start: 0, end: 10)
        task(&s, job: 1, pid: 202, worker: "W-2", start: 5, end: 15)
        task(&s, job: 2, pid: 203, worker: "W-3", start: 9, end: 12)
        task(&s, job: 3, pid: 204, worker: "W-4", start: 14, end: 16)
        let analysis = PoolAnalysis(sorted(s).timeline())
        XCTAssertEqual(analysis.maxConcurrent, 3)
        XCTAssertEqual(analysis.maxConcurrentAt, 9 * ms)
    }

    func testTaskNeverEndedCountsUntilItsWorkerEnds() {
        var s = EventScript()
        s.add(0, pid: 100, ppid: 1, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(5, pid: 301, ppid: 100, process: "W-1", .processStart, [("role", .string("child"))])
        task(&s, job: 0, pid: 301, worker: "W-1", start: 10, end: nil)
        task(&s, job: 1, pid: 302, worker: "W-2", start: 40, end: 45)
        // W-1 was killed; its parent saw it end at 50 ms.
        s.add(50, pid: 100, ppid: 1, process: "MainProcess", .processReaped, [("child_pid", .int(301)), ("exitcode", .int(-9))])
        task(&s, job: 2, pid: 302, worker: "W-2", start: 60, end: 70)
        task(&s, job: 3, pid: 303, worker: "W-3", start: 62, end: 68)
        let timeline = sorted(s).timeline(run: RunFacts(durationNs: 100 * ms))
        let analysis = PoolAnalysis(timeline)
        XCTAssertEqual(analysis.started, 4)
        XCTAssertEqual(analysis.finished, 3)
        // Counted until 50 ms, task 0 overlaps task 1 only; counted to the run's end it would overlap 2 and 3 too.
        XCTAssertEqual(analysis.maxConcurrent, 2)
        XCTAssertEqual(analysis.maxConcurrentAt, 40 * ms)
    }

    func testTaskNeverEndedWithoutAWorkerEndCountsUntilTheRunEnds() {
        var s = EventScript()
        task(&s, job: 0, pid: 301, worker: "W-1", start: 10, end: nil)
        task(&s, job: 1, pid: 302, worker: "W-2", start: 60, end: 70)
        let analysis = PoolAnalysis(s.timeline(run: RunFacts(durationNs: 100 * ms)))
        XCTAssertEqual(analysis.maxConcurrent, 2)
        XCTAssertEqual(analysis.maxConcurrentAt, 60 * ms)
    }

    func testWorkersAreOrderedByNumberNotText() {
        var s = EventScript()
        task(&s, job: 0, pid: 210, worker: "ForkPoolWorker-10", start: 0, end: 1)
        task(&s, job: 1, pid: 202, worker: "ForkPoolWorker-2", start: 2, end: 3)
        task(&s, job: 2, pid: 201, worker: "ForkPoolWorker-1", start: 4, end: 5)
        XCTAssertEqual(PoolAnalysis(s.timeline()).workers.map(\.name), ["ForkPoolWorker-1", "ForkPoolWorker-2", "ForkPoolWorker-10"])
    }

    func testNoTasks() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .print, [("text", .string("x"))])
        let analysis = PoolAnalysis(s.timeline())
        XCTAssertEqual(analysis.maxConcurrent, 0)
        XCTAssertNil(analysis.maxConcurrentAt)
        XCTAssertEqual(analysis.workers, [])
        XCTAssertNil(analysis.longestQueued)
    }
}
