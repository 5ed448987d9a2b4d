import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Round 21 (r21_get_in_submit_loop): `pool.apply_async(square, (x,)).get()` inside the submit loop of a Pool(3) ran its
/// tasks one at a time; the summary said "at most 1 at once" and nothing said why.
final class SerialGetsNoteTests: XCTestCase {
    /// A Pool(3) in pid 10 (workers 11–13) given three apply_async tasks. `serial`: each submitted after a get() of the
    /// one before; else all submitted first, then read. `firstReachesWorker`: task 0 starts in a worker (false: its
    /// arguments could not be pickled, the task handler reports the error, as in r17_queue_arg_to_pool_task).
    private func run(serial: Bool, firstReachesWorker: Bool = true) -> (Timeline, [Int]) {
        var s = EventScript()
        let results = "Thread-3 (_handle_results)"
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 10, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(3))])
        for w in 1...3 {
            s.add(Double(1 + w), pid: 10, process: "MainProcess", .processSpawn,
                  [("child_pid", .int(Int64(10 + w))), ("name", .string("ForkPoolWorker-\(w)"))])
        }
        var submits: [Int] = []
        var t = 10.0
        func submit(_ job: Int) {
            submits.append(s.add(t, pid: 10, process: "MainProcess", .poolSubmit, object: "Pool#1",
                                 [("job", .int(Int64(job))), ("func", .string("square")), ("args", .string("(\(job),)")),
                                  ("chunks", .int(1)), ("method", .string("apply_async"))]))
            t += 0.1
        }
        func runAndGet(_ job: Int) {
            let worker = Int32(11 + job)
            s.add(t, pid: 10, process: "MainProcess", .poolWait, object: "Pool#1", [("job", .int(Int64(job))), ("index", .int(0)), ("call", .string("get()"))])
            if job > 0 || firstReachesWorker {
                s.add(t + 1, pid: worker, ppid: 10, process: "ForkPoolWorker-\(job + 1)", .taskStart,
                      [("job", .int(Int64(job))), ("index", .int(0)), ("func", .string("square")), ("args", .string("(\(job),)")), ("call", .bool(true))])
                s.add(t + 200, pid: worker, ppid: 10, process: "ForkPoolWorker-\(job + 1)", .taskEnd,
                      [("job", .int(Int64(job))), ("index", .int(0)), ("ok", .bool(true)), ("result", .string("\(job * job)"))])
            }
            s.add(t + 201, pid: 10, process: "MainProcess", thread: results, .poolResult, object: "Pool#1",
                  [("job", .int(Int64(job))), ("index", .int(0)), ("ok", .bool(true))])
            s.add(t + 202, pid: 10, process: "MainProcess", .poolGet, object: "Pool#1",
                  [("job", .int(Int64(job))), ("ok", .bool(true)), ("waited_ns", .int(201_000_000))])
            t += 203
        }
        if serial {
            for job in 0..<3 { submit(job); runAndGet(job) }
        } else {
            for job in 0..<3 { submit(job) }
            for job in 0..<3 { runAndGet(job) }
        }
        return (s.timeline(), submits)
    }

    func testEachSubmittedAfterTheGetOfTheOneBeforeSaysTheyRanOneAtATime() {
        let (timeline, submits) = run(serial: true)
        let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .serialGets }
        XCTAssertEqual(notes.map(\.eventIndex), [submits[1]], "once, at the second submission")
        XCTAssertEqual(notes.first?.text, "task 1 was submitted only after get() of task 0 had waited 201 ms for that task to end and come back, "
                       + "so no other task of Pool#1 was waiting or running then. Pool#1's first 3 tasks were each submitted this way: they ran one "
                       + "at a time, though Pool#1 has 3 workers. A get() right after each apply_async() (apply_async(...).get() in the loop) waits "
                       + "for that task before the next is submitted. To run them at once, submit them all first (keep the AsyncResults in a list), "
                       + "then call get() on each.")
        let found = StateQueries.serialGets(at: submits[1], in: timeline.events)
        XCTAssertEqual(found?.submits, submits)
        XCTAssertEqual(notes.first?.premise, found.map { .serialGets(step: submits[1], found: $0) })
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: Annotator(timeline: timeline).notes()).violations(), [])
    }

    func testTasksSubmittedFirstAndReadAfterSayNothing() {
        let (timeline, _) = run(serial: false)
        XCTAssertTrue(Annotator(timeline: timeline).notes().filter { $0.kind == .serialGets }.isEmpty)
    }

    /// A task whose get() raised the task handler's pickling error never ran in a worker: "ran one at a time" is not said of it.
    func testATaskThatNeverReachedAWorkerIsNotCounted() {
        let (timeline, submits) = run(serial: true, firstReachesWorker: false)
        XCTAssertNil(StateQueries.serialGets(at: submits[1], in: timeline.events))
        XCTAssertTrue(Annotator(timeline: timeline).notes().filter { $0.kind == .serialGets }.isEmpty)
    }
}
