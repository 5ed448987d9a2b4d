import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 15: small real-world scripts as learners write them.
final class Round15RowTests: XCTestCase {
    /// r15_nestable_pool_nodaemon: a Pool made inside a (non-daemon) pool worker numbers its first job 0, like the main
    /// process's first: each process has its own job counter. Tasks were keyed by the number alone, so the inner pool's
    /// task 0 took the outer one's place: the summary said "Pool#1 … 0 of 1 chunks ran", and the inner task's wait was
    /// measured from the outer submission.
    func testTasksOfAPoolMadeInAPoolWorkerAreNotTakenForTheOuterPoolsTasks() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("NoDaemonPoolWorker-1"))])
        s.add(3, pid: 201, ppid: 100, process: "NoDaemonPoolWorker-1", .processStart, [("name", .string("NoDaemonPoolWorker-1")), ("role", .string("child"))])
        s.add(4, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(0)), ("func", .string("outer")), ("chunks", .int(1)), ("method", .string("map"))])
        s.add(5, pid: 201, ppid: 100, process: "NoDaemonPoolWorker-1", .taskStart, [("job", .int(0)), ("index", .int(0)), ("func", .string("outer"))])
        s.add(6, pid: 201, ppid: 100, process: "NoDaemonPoolWorker-1", .poolCreate, object: "Pool#2", [("processes", .int(1))])
        s.add(7, pid: 201, ppid: 100, process: "NoDaemonPoolWorker-1", .processSpawn, [("child_pid", .int(301)), ("name", .string("ForkPoolWorker-1:1"))])
        s.add(8, pid: 301, ppid: 201, process: "ForkPoolWorker-1:1", .processStart, [("name", .string("ForkPoolWorker-1:1")), ("role", .string("child"))])
        s.add(20, pid: 201, ppid: 100, process: "NoDaemonPoolWorker-1", .poolSubmit, object: "Pool#2",
              [("job", .int(0)), ("func", .string("inner")), ("chunks", .int(1)), ("method", .string("map"))])
        s.add(21, pid: 301, ppid: 201, process: "ForkPoolWorker-1:1", .taskStart, [("job", .int(0)), ("index", .int(0)), ("func", .string("inner"))])
        s.add(22, pid: 301, ppid: 201, process: "ForkPoolWorker-1:1", .taskEnd, [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
        s.add(23, pid: 201, ppid: 100, process: "NoDaemonPoolWorker-1", thread: "Thread-3 (_handle_results)", .poolResult, object: "Pool#2",
              [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
        s.add(24, pid: 201, ppid: 100, process: "NoDaemonPoolWorker-1", .taskEnd, [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
        s.add(25, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolResult, object: "Pool#1",
              [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
        let timeline = s.timeline()
        let outer = timeline.tasks(ofPool: "Pool#1"), inner = timeline.tasks(ofPool: "Pool#2")
        XCTAssertEqual(outer.map { $0.worker ?? "-" }, ["NoDaemonPoolWorker-1"])
        XCTAssertEqual(inner.map { $0.worker ?? "-" }, ["ForkPoolWorker-1:1"])
        XCTAssertEqual(outer.map(\.name), ["task 0"])
        XCTAssertEqual(inner.first?.queuedNs, 1_000_000, "the inner task waited 1 ms after its own submission, not the outer one's")
        XCTAssertEqual(outer.first?.queuedNs, 1_000_000)
    }

    /// r15_self_open_file_pool: pool.map(self.score, words) where self holds an open file: every chunk failed to pickle
    /// in the task handler, and the note said "every task of Pool#1 … runs Scorer.score on its own copy of that Scorer".
    func testABoundMethodWhoseEveryChunkFailedToPickleSaysNothingRan() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1"))])
        s.add(3, pid: 201, ppid: 100, process: "ForkPoolWorker-1", .processStart, [("name", .string("ForkPoolWorker-1")), ("role", .string("child"))])
        let submit = s.add(4, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
                           [("job", .int(0)), ("func", .string("Scorer.score")), ("chunks", .int(2)), ("method", .string("map")),
                            ("bound", .string("Scorer"))])
        for i in 0..<2 {
            s.add(5 + Double(i), pid: 100, process: "MainProcess", thread: "Thread-2 (_handle_tasks)", .poolResult, object: "Pool#1",
                  [("job", .int(0)), ("index", .int(Int64(i))), ("ok", .bool(false)), ("error", .string("TypeError")),
                   ("message", .string("TypeError: cannot pickle '_io.TextIOWrapper' object"))])
        }
        let notes = Annotator(timeline: s.timeline()).notes().filter { $0.eventIndex == submit }.map(\.text)
        XCTAssertFalse(notes.contains { $0.contains("on its own copy of that Scorer") }, "\(notes)")
        XCTAssertTrue(notes.contains {
            $0.contains("Here that pickling failed for every chunk of task 0 (TypeError: cannot pickle '_io.TextIOWrapper' object): none reached a worker, nothing ran")
        }, "\(notes)")
    }

    /// r15_self_open_file_pool, in the step view: a chunk the task handler could not send was linked to the map() that
    /// submitted it, and the link said "task 0.1 was finished by MainProcess"; no worker ever had it.
    func testTheLinkOfAnUnsentTaskSaysItWasSubmittedNotFinished() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(4, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(0)), ("func", .string("work")), ("chunks", .int(1)), ("method", .string("map"))])
        let unsent = s.add(5, pid: 100, process: "MainProcess", thread: "Thread-2 (_handle_tasks)", .poolResult, object: "Pool#1",
                           [("job", .int(0)), ("index", .int(0)), ("ok", .bool(false)), ("error", .string("TypeError")),
                            ("message", .string("TypeError: cannot pickle '_io.TextIOWrapper' object"))])
        let texts = CausalLinker.links(in: s.timeline()).filter { $0.effect == unsent }.map(\.text)
        XCTAssertFalse(texts.isEmpty)
        XCTAssertFalse(texts.contains { $0.contains("finished by") }, "\(texts)")
        XCTAssertTrue(texts.contains { $0.contains("task 0 was submitted by MainProcess") }, "\(texts)")
    }

    /// r15_self_open_file_pool, in the step view's state: after the task handler had failed to send chunks 0 and 0.1
    /// (their results set to the TypeError), the state still said "tasks 4 waiting: 0 0.1 0.2 0.3".
    func testAnUnsentTaskNoLongerWaitsInTheState() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(4, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(0)), ("func", .string("work")), ("chunks", .int(3)), ("method", .string("map"))])
        var last = 0
        for i in 0..<2 {
            last = s.add(5 + Double(i), pid: 100, process: "MainProcess", thread: "Thread-2 (_handle_tasks)", .poolResult, object: "Pool#1",
                         [("job", .int(0)), ("index", .int(Int64(i))), ("ok", .bool(false)), ("error", .string("TypeError"))])
        }
        let state = StateReplayer(timeline: s.timeline()).state(after: last)
        XCTAssertEqual(state.pools.first?.waiting.count, 1, "only task 0.2 still waits")
        XCTAssertEqual(state.pools.first?.resultsArrived, 2)
    }

    /// r15_consumers_sentinel_short_terminate: three consumers, two None. The join(timeout) note said only "consumer-2 …
    /// waits to get from Queue#1"; that the queue was empty, every item put having been got, was not said.
    func testAJoinTimeoutOnAConsumerOfAnEmptiedQueueSaysItWasEmpty() {
        func joinNote(allGot: Bool) -> String? {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1", [("type", .string("Queue"))])
            for (pid, name) in [(Int32(201), "consumer-0"), (Int32(202), "consumer-1")] {
                s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(Int64(pid))), ("name", .string(name))])
                s.add(3, pid: pid, ppid: 100, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
            }
            s.add(4, pid: 100, process: "MainProcess", .queuePut, object: "Queue#1", [("item", .string("1"))])
            s.add(5, pid: 100, process: "MainProcess", .queuePut, object: "Queue#1", [("item", .string("None"))])
            if !allGot { s.add(5.5, pid: 100, process: "MainProcess", .queuePut, object: "Queue#1", [("item", .string("2"))]) }
            s.add(6, pid: 201, ppid: 100, process: "consumer-0", .queueGet, object: "Queue#1", [("item", .string("1"))])
            s.add(7, pid: 201, ppid: 100, process: "consumer-0", .queueGet, object: "Queue#1", [("item", .string("None"))])
            if allGot { s.add(8, pid: 202, ppid: 100, process: "consumer-1", .queueWait, object: "Queue#1", [("op", .string("get"))]) }
            s.add(9, pid: 100, process: "MainProcess", .processJoinWait, [("child_pid", .int(202)), ("name", .string("consumer-1")), ("timeout", .double(1.0))])
            let join = s.add(1009, pid: 100, process: "MainProcess", .processJoin,
                             [("child_pid", .int(202)), ("name", .string("consumer-1")), ("timed_out", .bool(true))])
            return Annotator(timeline: s.timeline()).notes().first { $0.eventIndex == join && $0.kind == .joinGaveUpChildBlocked }?.text
        }
        let note = joinNote(allGot: true)
        XCTAssertEqual(note?.contains("it waits to get from Queue#1. Queue#1 was empty then: all 2 items put on it had been got (consumer-0 got 2)."),
                       true, note ?? "no note")
        XCTAssertEqual(note?.contains("one None per consumer"), true, note ?? "no note")
        XCTAssertNil(joinNote(allGot: false), "consumer-1 was not blocked: no note")
    }

    /// r15_nestable_pool_nodaemon, in the step view's state: an inner pool's task 0.1 starting in its worker took the
    /// outer pool's task 0.1 out of the outer pool's waiting tasks too (both are job 0 of their own process).
    func testAnInnerPoolsTaskStartLeavesTheOuterPoolsWaitingTaskWaiting() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("NoDaemonPoolWorker-1"))])
        s.add(3, pid: 201, ppid: 100, process: "NoDaemonPoolWorker-1", .processStart, [("name", .string("NoDaemonPoolWorker-1")), ("role", .string("child"))])
        s.add(4, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(0)), ("func", .string("outer")), ("chunks", .int(2)), ("method", .string("map"))])
        s.add(5, pid: 201, ppid: 100, process: "NoDaemonPoolWorker-1", .taskStart, [("job", .int(0)), ("index", .int(0)), ("func", .string("outer"))])
        s.add(6, pid: 201, ppid: 100, process: "NoDaemonPoolWorker-1", .poolCreate, object: "Pool#2", [("processes", .int(1))])
        s.add(7, pid: 201, ppid: 100, process: "NoDaemonPoolWorker-1", .processSpawn, [("child_pid", .int(301)), ("name", .string("ForkPoolWorker-1:1"))])
        s.add(8, pid: 301, ppid: 201, process: "ForkPoolWorker-1:1", .processStart, [("name", .string("ForkPoolWorker-1:1")), ("role", .string("child"))])
        s.add(9, pid: 201, ppid: 100, process: "NoDaemonPoolWorker-1", .poolSubmit, object: "Pool#2",
              [("job", .int(0)), ("func", .string("inner")), ("chunks", .int(2)), ("method", .string("map"))])
        s.add(10, pid: 301, ppid: 201, process: "ForkPoolWorker-1:1", .taskStart, [("job", .int(0)), ("index", .int(0)), ("func", .string("inner"))])
        let last = s.add(11, pid: 301, ppid: 201, process: "ForkPoolWorker-1:1", .taskStart, [("job", .int(0)), ("index", .int(1)), ("func", .string("inner"))])
        let state = StateReplayer(timeline: s.timeline()).state(after: last)
        XCTAssertEqual(state.pools.first { $0.label == "Pool#1" }?.waiting.count, 1, "the outer task 0.1 still waits")
        XCTAssertEqual(state.pools.first { $0.label == "Pool#2" }?.waiting.count, 0)
    }
}
