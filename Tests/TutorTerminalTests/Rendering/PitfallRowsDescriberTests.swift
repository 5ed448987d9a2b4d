import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Rows for the pitfalls of the docs' programming guidelines (round 9B). A Queue's put() only appends the object; the feeder
/// thread pickles it later. A list changed after put() reached the
/// reader as it was when pickled, while the put row showed it as put() saw it, with nothing joining the two (round 9B,
/// r9b_queue_put_then_mutate).
final class PitfallRowsDescriberTests: XCTestCase {
    private func script() -> (Timeline, put: Int, changed: Int, get: Int) {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", "queue.create", object: "Queue#1", [("type", .string("Queue")), ("maxsize", .int(0))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(3, pid: 201, ppid: 100, process: "Process-1", .processStart, [("name", .string("Process-1"))])
        let put = s.add(10, pid: 100, process: "MainProcess", "queue.put", object: "Queue#1", [("item", .string("[0]"))])
        let changed = s.add(10.4, pid: 100, process: "MainProcess", thread: "QueueFeederThread", "queue.put.changed", object: "Queue#1",
                            [("item", .string("[0]")), ("sent", .string("[0, 0]")), ("since_put_ns", .int(400_000))])
        let get = s.add(11, pid: 201, ppid: 100, process: "Process-1", "queue.get", object: "Queue#1", [("item", .string("[0, 0]"))])
        return (s.timeline(), put, changed, get)
    }

    func testTheFeedersPicklingOfAChangedObjectHasItsRow() {
        let (timeline, _, changed, _) = script()
        let row = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain)).describe(changed)
        XCTAssertEqual(row, "pickles [0, 0] to send it on Queue#1: the put() 400 µs earlier saw [0]; the object was changed after put() "
                       + "returned, and the reader gets it as pickled now")
    }

    /// r9b_zombie_is_alive: an ended child stayed a zombie for a second until is_alive() reaped it; the row said only
    /// "sees Process-1 end", as for a join(). (A reap of multiprocessing's own has no `reaped_by` and keeps that row.)
    func testAReapByTheProgramsCallNamesItAndTheZombieTime() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(2, pid: 201, ppid: 100, process: "Process-1", .processStart, [("name", .string("Process-1"))])
        s.add(3, pid: 201, ppid: 100, process: "Process-1", .processExit, [("exitcode", .int(0))])
        let late = s.add(1003, pid: 100, process: "MainProcess", .processReaped,
                         [("child_pid", .int(201)), ("name", .string("Process-1")), ("exitcode", .int(0)), ("reaped_by", .string("is_alive()"))])
        let describer = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        XCTAssertEqual(describer.describe(late), "is_alive() sees Process-1 end: exitcode 0 (Process-1's own exit was 1.000 s before, at 0.003 s: "
                       + "an ended child stays a zombie until its parent reaps it, as this call did)")
    }

    /// r9b_pool_before_def: a worker forked before the task function existed read a chunk, could not unpickle it and died;
    /// its lane said only "run() raised AttributeError", and nothing said a task was taken and lost.
    func testAWorkersTaskItCouldNotUnpickleIsSaidLost() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", "pool.create", object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1"))])
        s.add(3, pid: 201, ppid: 100, process: "ForkPoolWorker-1", .processStart, [("name", .string("ForkPoolWorker-1"))])
        let lost = s.add(9, pid: 201, ppid: 100, process: "ForkPoolWorker-1", "pool.task.get.error",
                         [("error", .string("AttributeError: Can't get attribute 'square' on <module '__main__'>"))])
        let describer = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        XCTAssertEqual(describer.describe(lost), "took its next task off the pool's task queue but could not unpickle it: AttributeError: "
                       + "Can't get attribute 'square' on <module '__main__'>. That task is lost (a Pool never sends a task again), and this worker dies")
    }

    /// r9b_sync_misuse: wait() and notify() on a Condition the child did not hold raised AssertionError with no row.
    func testAConditionUsedWithoutItsLockHasARow() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let failed = s.add(5, pid: 100, process: "MainProcess", "condition.error", object: "Condition#1",
                           [("op", .string("notify()")), ("error", .string("AssertionError: lock is not owned"))])
        let describer = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        XCTAssertEqual(describer.describe(failed), "notify() on Condition#1 raised AssertionError: lock is not owned: it did nothing "
                       + "(a Condition's wait() and notify() need its lock held by the caller)")
    }

    func testTheGetIsLinkedToThePutWhoseObjectWasPickledAsItsItem() {
        let (timeline, put, _, get) = script()
        let links = CausalLinker.pairs(in: timeline)
        XCTAssertTrue(links.contains { $0.cause == put && $0.effect == get && $0.kind == .delivery }, "\(links)")
        // the state model's queue holds the item as it will be read
        let state = StateReplayer(timeline: timeline).state(after: get - 1)
        XCTAssertEqual(state.queues.first?.items.map(\.repr), ["[0, 0]"])
        XCTAssertEqual(StateReplayer(timeline: timeline).state(after: get).queues.first?.items.count, 0)
    }
}
