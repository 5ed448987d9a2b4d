import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 13B (g13b_pool_bound_method): `pool.apply_async(self.method, …)` and `pool.map(self.method, …)` pickle the whole
/// instance with each task, under fork too, so each task changes its own copy: nothing said so (gaps 12B did executors).
final class PoolBoundMethodNoteTests: XCTestCase {
    /// A Pool#1 created by MainProcess, with worker processes spawned (or none: a ThreadPool's workers are threads), then
    /// three submissions: two of `Resizer.process` (bound), one of a plain function.
    private func run(workers: Bool, spawnBeforeCreate: Bool = false) -> (Timeline, [Int]) {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        let spawn = { (t: Double) in
            s.add(t, pid: 10, process: "MainProcess", .processSpawn, [("child_pid", .int(11)), ("name", .string("ForkPoolWorker-1")),
                                                                    ("daemon", .bool(true))])
        }
        if workers && spawnBeforeCreate { _ = spawn(0.5) }
        s.add(1, pid: 10, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1)), ("maxtasksperchild", .null)])
        if workers && !spawnBeforeCreate { _ = spawn(1.5) }
        var submits: [Int] = []
        for job in 0..<3 {
            var fields: [(String, JSONValue)] = [("job", .int(Int64(job))), ("args", .string("(\(job),)")), ("chunks", .int(1)),
                                                 ("method", .string(job == 1 ? "map" : "apply_async"))]
            fields.append(("func", .string(job == 2 ? "scale" : "Resizer.process")))
            if job < 2 { fields.append(("bound", .string("Resizer"))) }
            submits.append(s.add(Double(2 + job), pid: 10, process: "MainProcess", .poolSubmit, object: "Pool#1", fields))
        }
        return (s.timeline(), submits)
    }

    func testTheFirstTaskOfABoundMethodSaysEachTaskGetsItsOwnCopy() throws {
        let (timeline, submits) = run(workers: true)
        let all = Annotator(timeline: timeline).notes()
        let notes = all.filter { $0.kind == .boundMethodCopied }
        XCTAssertEqual(notes.map(\.eventIndex), [submits[0]], "once per pool and class")
        XCTAssertEqual(notes.first?.text, "apply_async() was given a bound method, Resizer.process: a process Pool pickles each task to "
                       + "send it to a worker (under fork too: only the workers were forked, the tasks reach them through a pipe), and "
                       + "pickling the method pickles its instance, a Resizer, with it. So every task of Pool#1 (every chunk of a map()) "
                       + "runs Resizer.process on its own copy of that Resizer, unpickled in the worker process. What Resizer.process "
                       + "changes in self stays in that copy: the Resizer in MainProcess never sees it, and only what the method returns "
                       + "comes back.")
        XCTAssertEqual(notes.first?.premise, .boundMethodPickled(step: submits[0]))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: all).violations(), [])
    }

    func testAPoolWithoutWorkerProcessesIsNotSaidToPickle() {
        let (timeline, submits) = run(workers: false)
        XCTAssertTrue(Annotator(timeline: timeline).notes().filter { $0.kind == .boundMethodCopied }.isEmpty)
        XCTAssertNil(StateQueries.boundMethodPickled(at: submits[0], in: timeline.events))
        // a worker spawned before this pool was created is another pool's, not its own
        let (other, at) = run(workers: true, spawnBeforeCreate: true)
        XCTAssertNil(StateQueries.boundMethodPickled(at: at[0], in: other.events))
    }
}
