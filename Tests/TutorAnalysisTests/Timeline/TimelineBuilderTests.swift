import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

final class TimelineBuilderTests: XCTestCase {
    private let ms = Fixtures.ms

    private func start(_ s: inout EventScript, _ t: Double, pid: Int32, ppid: Int32, name: String, role: String) {
        s.add(t, pid: pid, ppid: ppid, process: name, .processStart, [("name", .string(name)), ("role", .string(role))])
    }

    // MARK: lanes

    func testLaneOrder() {
        var s = EventScript()
        start(&s, 0, pid: 100, ppid: 1, name: "MainProcess", role: "main")
        start(&s, 1, pid: 300, ppid: 100, name: "ForkServer", role: "forkserver")
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(202))])
        s.add(3, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201))])
        start(&s, 4, pid: 201, ppid: 100, name: "Process-2", role: "child")
        s.add(5, pid: 201, process: "Process-2", thread: "Thread-1 (worker_thread)", .print, [("text", .string("x"))])
        start(&s, 6, pid: 202, ppid: 100, name: "Process-1", role: "child")
        start(&s, 7, pid: 400, ppid: 100, name: "ResourceTracker", role: "resource_tracker")
        s.add(8, pid: 100, process: "MainProcess", thread: "Thread-2 (_handle_results)", .print, [("text", .string("y"))])
        s.add(9, pid: 500, process: "pid 500", .print, [("text", .string("z"))])
        let timeline = s.timeline()
        let order = timeline.lanes.map { "\($0.pid) \($0.thread)" }
        XCTAssertEqual(order, [
            "100 MainThread", "100 Thread-2 (_handle_results)",
            "202 MainThread", "201 MainThread", "201 Thread-1 (worker_thread)",
            "500 MainThread",
            "300 MainThread", "400 MainThread",
        ])
        XCTAssertEqual(timeline.lanes.map(\.role), ["main", "main", "child", "child", "child", "other", "forkserver", "resource_tracker"])
        // Every event points at the lane of its own pid and thread.
        XCTAssertEqual(timeline.laneOfEvent, [0, 6, 0, 0, 3, 4, 2, 7, 1, 5])
        for (i, event) in timeline.events.enumerated() {
            XCTAssertEqual(timeline.lane(of: i).pid, event.pid)
            XCTAssertEqual(timeline.lane(of: i).thread, event.thread)
        }
        XCTAssertEqual(timeline.lanes[1].label, "MainProcess · _handle_results")
        XCTAssertEqual(timeline.lanes[0].label, "MainProcess")
        XCTAssertTrue(timeline.lanes[6].isInfrastructure)
        XCTAssertFalse(timeline.lanes[2].isInfrastructure)
    }

    func testPoolRunLanes() {
        let timeline = Fixtures.poolRun().timeline()
        XCTAssertEqual(timeline.lanes.map(\.label), ["MainProcess", "MainProcess · _handle_results", "ForkPoolWorker-1", "ForkPoolWorker-2"])
    }

    // MARK: processes

    func testProcessLives() throws {
        let timeline = Fixtures.poolRun().timeline()
        XCTAssertEqual(timeline.processes.map(\.pid), [100, 202, 201])
        let main = try XCTUnwrap(timeline.process(pid: 100))
        XCTAssertEqual(main.role, "main")
        XCTAssertEqual(main.startT, 0)
        XCTAssertEqual(main.endT, 200 * ms)
        XCTAssertEqual(main.exitCode, 0)
        XCTAssertNil(main.signal)
        let worker = try XCTUnwrap(timeline.process(pid: 201))
        XCTAssertEqual(worker.name, "ForkPoolWorker-1")
        XCTAssertEqual(worker.ppid, 100)
        XCTAssertEqual(worker.role, "child")
        XCTAssertEqual(worker.startT, 4 * ms)
        XCTAssertEqual(worker.endT, 170 * ms)
    }

    func testExitCodeFromProcessExitAndSignalFromReaped() throws {
        var s = EventScript()
        start(&s, 0, pid: 100, ppid: 1, name: "MainProcess", role: "main")
        start(&s, 1, pid: 201, ppid: 100, name: "Process-1", role: "child")
        start(&s, 2, pid: 202, ppid: 100, name: "Process-2", role: "child")
        s.add(10, pid: 201, ppid: 100, process: "Process-1", .processExit, [("exitcode", .int(1))])
        s.add(11, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(201)), ("exitcode", .int(1))])
        // Process-2 was killed by SIGTERM: it never reported its own end.
        s.add(20, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(202)), ("exitcode", .int(-15))])
        s.add(30, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        let timeline = s.timeline()
        let one = try XCTUnwrap(timeline.process(pid: 201))
        XCTAssertEqual(one.exitCode, 1)
        XCTAssertEqual(one.endT, 10 * ms) // its own report, not the later reaping
        XCTAssertNil(one.signal)
        let two = try XCTUnwrap(timeline.process(pid: 202))
        XCTAssertEqual(two.exitCode, -15)
        XCTAssertEqual(two.signal, 15)
        XCTAssertEqual(two.endT, 20 * ms)
    }

    func testProcessNeverSeenEndingHasNoEnd() throws {
        var s = EventScript()
        start(&s, 0, pid: 100, ppid: 1, name: "MainProcess", role: "main")
        start(&s, 1, pid: 201, ppid: 100, name: "Process-1", role: "child")
        let life = try XCTUnwrap(s.timeline().process(pid: 201))
        XCTAssertNil(life.endT)
        XCTAssertNil(life.exitCode)
    }

    func testDurationIsTheLaterOfLastEventAndRunDuration() {
        var s = EventScript()
        start(&s, 0, pid: 100, ppid: 1, name: "MainProcess", role: "main")
        s.add(40, pid: 100, process: "MainProcess", .print, [("text", .string("x"))])
        XCTAssertEqual(s.timeline(run: RunFacts(durationNs: 90 * ms)).durationNs, 90 * ms)
        XCTAssertEqual(s.timeline(run: RunFacts(durationNs: 10 * ms)).durationNs, 40 * ms)
    }

    // MARK: pool tasks

    func testPoolTasks() throws {
        let timeline = Fixtures.poolRun().timeline()
        XCTAssertEqual(timeline.tasks.map(\.name), ["task 0", "task 1", "task 2"])
        let t0 = timeline.tasks[0], t1 = timeline.tasks[1], t2 = timeline.tasks[2]
        XCTAssertEqual(t0.pool, "Pool#1")
        XCTAssertEqual(t0.function(in: timeline.events), "work")
        XCTAssertEqual(t0.arguments(in: timeline.events), "(0,)")
        XCTAssertEqual(t0.submitT, 5 * ms)
        XCTAssertEqual(t0.startT, 10 * ms)
        XCTAssertEqual(t0.endT, 110 * ms)
        XCTAssertEqual(t0.resultT, 111 * ms)
        XCTAssertEqual(t0.callbackT, 112 * ms)
        XCTAssertNil(t0.callbackEndT)
        XCTAssertEqual(t0.workerPid, 201)
        XCTAssertEqual(t0.worker, "ForkPoolWorker-1")
        XCTAssertEqual(t0.succeeded, true)
        XCTAssertEqual(t0.result(in: timeline.events), "0")
        XCTAssertEqual(t0.queuedNs, 5 * ms)
        XCTAssertEqual(t1.callbackEndT, 65 * ms)
        XCTAssertEqual(t1.worker, "ForkPoolWorker-2")
        XCTAssertEqual(t2.workerPid, 202)
        XCTAssertEqual(t2.queuedNs, 62 * ms - 5_200_000)
    }

    func testMapChunksAndOneCallbackForTheJob() throws {
        var s = EventScript()
        start(&s, 0, pid: 100, ppid: 1, name: "MainProcess", role: "main")
        s.add(1, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(4)), ("method", .string("map_async")), ("func", .string("f")), ("args", .string("[0, 1, 2]")), ("chunks", .int(2))])
        s.add(2, pid: 201, process: "ForkPoolWorker-1", .taskStart, [("job", .int(4)), ("index", .int(1)), ("args", .string("[2]"))])
        s.add(3, pid: 201, process: "ForkPoolWorker-1", .taskEnd, [("job", .int(4)), ("index", .int(1)), ("ok", .bool(false))])
        s.add(4, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolCallback, [("job", .int(4)), ("error", .bool(true))])
        let timeline = s.timeline(), tasks = timeline.tasks
        XCTAssertEqual(tasks.map(\.name), ["task 4", "task 4.1"])
        XCTAssertEqual(tasks.map(\.submitT), [1 * ms, 1 * ms])
        XCTAssertEqual(tasks.map { $0.function(in: timeline.events) }, ["f", "f"])
        XCTAssertEqual(tasks[0].arguments(in: timeline.events), nil) // a job's args are not one chunk's
        XCTAssertEqual(tasks[1].arguments(in: timeline.events), "[2]")
        XCTAssertNil(tasks[0].startT)
        XCTAssertEqual(tasks[1].succeeded, false)
        XCTAssertEqual(tasks.map(\.callbackT), [4 * ms, 4 * ms])
    }

    // MARK: locks

    func testLockHoldsAndWhoBlockedWhom() throws {
        var s = EventScript()
        start(&s, 0, pid: 100, ppid: 1, name: "MainProcess", role: "main")
        s.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "Lock#1", [("type", .string("Lock")), ("site", .string("x.py:3"))])
        s.add(2, pid: 100, process: "MainProcess", .lockAcquire, object: "Lock#1", [("waited_ns", .int(0))])
        s.add(3, pid: 201, process: "Process-1", .lockWait, object: "Lock#1")
        s.add(4, pid: 202, process: "Process-2", .lockWait, object: "Lock#1")
        s.add(10, pid: 100, process: "MainProcess", .lockRelease, object: "Lock#1")
        s.add(10.5, pid: 201, process: "Process-1", .lockAcquire, object: "Lock#1", [("waited_ns", .int(7_500_000))])
        s.add(20, pid: 201, process: "Process-1", .lockRelease, object: "Lock#1")
        s.add(20.5, pid: 202, process: "Process-2", .lockAcquire, object: "Lock#1", [("waited_ns", .int(16_500_000))])
        s.add(30, pid: 202, process: "Process-2", .lockRelease, object: "Lock#1")
        s.add(40, pid: 201, process: "Process-1", .lockAcquire, object: "Lock#1", [("waited_ns", .int(0))])
        let locks = s.timeline().locks
        XCTAssertEqual(locks.count, 1)
        let lock = locks[0]
        XCTAssertEqual(lock.object, "Lock#1")
        XCTAssertEqual(lock.type, "Lock")
        XCTAssertEqual(lock.site, "x.py:3")
        XCTAssertEqual(lock.holds.map(\.process), ["MainProcess", "Process-1", "Process-2", "Process-1"])
        XCTAssertEqual(lock.holds.map(\.acquiredT), [2 * ms, 10_500_000, 20_500_000, 40 * ms])
        XCTAssertEqual(lock.holds.map(\.releasedT), [10 * ms, 20 * ms, 30 * ms, nil])
        XCTAssertEqual(lock.holds.map(\.waitedNs), [0, 7_500_000, 16_500_000, 0])
        // Process-2 started waiting while MainProcess held the lock, not Process-1.
        XCTAssertEqual(lock.holds.map(\.blockedBy), [nil, "MainProcess", "MainProcess", nil])
        XCTAssertEqual(lock.contended.map(\.process), ["Process-1", "Process-2"])
    }

    func testSemaphoreReleasedByAnotherProcessClosesTheOldestHold() {
        var s = EventScript()
        s.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "Semaphore#1", [("type", .string("Semaphore")), ("value", .int(2))])
        s.add(2, pid: 201, process: "Process-1", .lockAcquire, object: "Semaphore#1", [("waited_ns", .int(0))])
        s.add(3, pid: 202, process: "Process-2", .lockAcquire, object: "Semaphore#1", [("waited_ns", .int(0))])
        s.add(4, pid: 100, process: "MainProcess", .lockRelease, object: "Semaphore#1")
        s.add(5, pid: 202, process: "Process-2", .lockRelease, object: "Semaphore#1")
        let lock = s.timeline().locks[0]
        XCTAssertEqual(lock.type, "Semaphore")
        XCTAssertEqual(lock.holds.map(\.releasedT), [4 * ms, 5 * ms])
    }

    func testSeparateLocksAreTrackedApart() {
        var s = EventScript()
        s.add(1, pid: 100, process: "MainProcess", .lockAcquire, object: "Lock#1", [("waited_ns", .int(0))])
        s.add(2, pid: 100, process: "MainProcess", .lockAcquire, object: "RLock#1", [("waited_ns", .int(0))])
        s.add(3, pid: 201, process: "Process-1", .lockWait, object: "Lock#2")
        s.add(4, pid: 201, process: "Process-1", .lockAcquire, object: "Lock#2", [("waited_ns", .int(1000))])
        let locks = s.timeline().locks
        XCTAssertEqual(locks.map(\.object), ["Lock#1", "RLock#1", "Lock#2"])
        XCTAssertEqual(locks[2].holds.map(\.blockedBy), [nil]) // Lock#2 was free (nobody held it) when it waited
    }
}
