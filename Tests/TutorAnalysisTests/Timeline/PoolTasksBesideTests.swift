import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// A long run's pool tasks are made on a second thread (`TimelineBuilder.parallelFromEvents`): the tasks must be the
/// ones the build makes in line, and the rest of the timeline must not depend on which way they were made.
final class PoolTasksBesideTests: XCTestCase {
    func testALongRunsTasksMadeBesideAreTheTasksMadeInLine() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(0.1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(2))])
        s.add(0.2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1"))])
        s.add(0.3, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(202)), ("name", .string("ForkPoolWorker-2"))])
        var t = 1.0
        let jobs = TimelineBuilder.parallelFromEvents / 4 + 10
        for job in 0..<jobs {
            let pid: Int32 = job % 2 == 0 ? 201 : 202
            let worker = pid == 201 ? "ForkPoolWorker-1" : "ForkPoolWorker-2"
            s.add(t, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
                  [("job", .int(Int64(job))), ("method", .string("apply_async")), ("func", .string("f")), ("args", .string("(\(job),)"))])
            s.add(t + 0.01, pid: pid, process: worker, .taskStart, [("job", .int(Int64(job))), ("index", .int(0))])
            s.add(t + 0.02, pid: pid, process: worker, .taskEnd, [("job", .int(Int64(job))), ("index", .int(0)), ("ok", .bool(job % 7 != 3))])
            s.add(t + 0.03, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolResult,
                  [("job", .int(Int64(job))), ("index", .int(0)), ("ok", .bool(job % 7 != 3))])
            t += 0.05
        }
        let transcript = s.transcript()
        XCTAssertGreaterThanOrEqual(transcript.events.count, TimelineBuilder.parallelFromEvents)
        let beside = TimelineBuilder.build(transcript)
        // `addingPoolTasks` makes them in line, after a build that made none.
        let inLine = TimelineBuilder.addingPoolTasks(to: TimelineBuilder.build(transcript, poolTasks: false))
        XCTAssertEqual(beside.tasks.count, jobs)
        XCTAssertEqual(beside.tasks, inLine.tasks)
        XCTAssertEqual(beside.tasks.filter { $0.succeeded == false }.count, (0..<jobs).filter { $0 % 7 == 3 }.count)
        XCTAssertEqual(beside.lanes.map(\.thread), inLine.lanes.map(\.thread))
        XCTAssertEqual(beside.laneOfEvent, inLine.laneOfEvent)
        XCTAssertEqual(beside.poolOfWorker, inLine.poolOfWorker)
    }
}
