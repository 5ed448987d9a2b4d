import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 16: classic exercises as learners write them.
final class Round16RowTests: XCTestCase {
    /// r16_pipeline_stage_crash: the middle stage of a read → square → write pipeline raised before forwarding its
    /// None, and the writer's join(timeout) note said "A consumer needs an end signal (e.g. one None per consumer)":
    /// the program had one; its only sender had ended (exit code 1) before the join gave up.
    func testAJoinTimeoutOnAConsumerWhoseEveryPutterEndedSaysSoNotThatItNeedsAnEndSignal() {
        func joinNote(putterEnds: Bool) -> String? {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#2", [("type", .string("Queue"))])
            for (pid, name) in [(Int32(202), "squarer"), (Int32(203), "writer")] {
                s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(Int64(pid))), ("name", .string(name))])
                s.add(3, pid: pid, ppid: 100, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
            }
            s.add(4, pid: 202, ppid: 100, process: "squarer", .queuePut, object: "Queue#2", [("item", .string("1"))])
            s.add(5, pid: 203, ppid: 100, process: "writer", .queueGet, object: "Queue#2", [("item", .string("1"))])
            s.add(6, pid: 203, ppid: 100, process: "writer", .queueWait, object: "Queue#2", [("op", .string("get"))])
            if putterEnds { s.add(7, pid: 202, ppid: 100, process: "squarer", .processExit, [("exitcode", .int(1))]) }
            s.add(9, pid: 100, process: "MainProcess", .processJoinWait, [("child_pid", .int(203)), ("name", .string("writer")), ("timeout", .double(1.0))])
            let join = s.add(1009, pid: 100, process: "MainProcess", .processJoin,
                             [("child_pid", .int(203)), ("name", .string("writer")), ("timed_out", .bool(true))])
            return Annotator(timeline: s.timeline()).notes().first { $0.eventIndex == join && $0.kind == .joinGaveUpChildBlocked }?.text
        }
        let ended = joinNote(putterEnds: true)
        XCTAssertEqual(ended?.contains("Queue#2 was empty then: all 1 item put on it had been got (writer got 1)."), true, ended ?? "no note")
        XCTAssertEqual(ended?.contains("Every process that put on Queue#2 had ended by then (squarer exited with code 1 at "), true,
                       ended ?? "no note")
        XCTAssertEqual(ended?.contains("one None per consumer"), false, ended ?? "no note")
        let alive = joinNote(putterEnds: false)
        XCTAssertEqual(alive?.contains("one None per consumer"), true, alive ?? "no note")
        XCTAssertEqual(alive?.contains("had ended by then"), false, alive ?? "no note")
    }

    /// r16_philosophers_deadlock_ordered: three philosophers each hold their left fork's Lock and wait for the right
    /// one. The join(timeout) note said only "it waits to acquire Lock#2": the state model shows a circle of waits
    /// (phil-0 → phil-1 → phil-2 → phil-0) at the give-up, and that is why the child was still running.
    func testAJoinTimeoutOnAChildInALockCycleSaysItWasADeadlock() {
        func joinNote(circle: Bool) -> String? {
            var s = DocsExamplesDescriberTests.mainProcess()
            let names = ["phil-0", "phil-1", "phil-2"]
            for i in 0..<3 { s.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "Lock#\(i + 1)") }
            for (i, name) in names.enumerated() {
                let pid = Int32(201 + i)
                s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(Int64(pid))), ("name", .string(name))])
                s.add(3, pid: pid, ppid: 100, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
                s.add(4, pid: pid, ppid: 100, process: name, .lockAcquire, object: "Lock#\(i + 1)", [("waited_ns", .int(0))])
            }
            for (i, name) in names.enumerated() where circle || i < 2 {
                s.add(5, pid: Int32(201 + i), ppid: 100, process: name, .lockWait, object: "Lock#\((i + 1) % 3 + 1)")
            }
            s.add(9, pid: 100, process: "MainProcess", .processJoinWait, [("child_pid", .int(201)), ("name", .string("phil-0")), ("timeout", .double(1.0))])
            let join = s.add(1009, pid: 100, process: "MainProcess", .processJoin,
                             [("child_pid", .int(201)), ("name", .string("phil-0")), ("timed_out", .bool(true))])
            let timeline = s.timeline()
            let note = Annotator(timeline: timeline).notes().first { $0.eventIndex == join && $0.kind == .joinGaveUpChildBlocked }
            if let premise = note?.premise { XCTAssertTrue(premise.holds(in: StateReplayer(timeline: timeline)), "the note's premise holds") }
            return note?.text
        }
        let circle = joinNote(circle: true)
        XCTAssertEqual(circle?.contains("it waits to acquire Lock#2. It was in a deadlock: phil-0 holds Lock#1 and waits to acquire Lock#2; "
                                        + "phil-1 holds Lock#2 and waits to acquire Lock#3; phil-2 holds Lock#3 and waits to acquire Lock#1."),
                       true, circle ?? "no note")
        let open = joinNote(circle: false)
        XCTAssertEqual(open?.contains("it waits to acquire Lock#2"), true, open ?? "no note")
        XCTAssertEqual(open?.contains("deadlock"), false, "phil-2 runs: no circle\n" + (open ?? "no note"))
    }

    /// r16_progress_queue_join_first: workers put ticks and a big result on one Queue and the parent joins them before
    /// reading it. The join(timeout) note said the child "waits in Queue._finalize_join() for Queue#1's feeder thread
    /// to write its items to the pipe", not that every item it put was still unread while its parent sat in join().
    func testAJoinTimeoutOnAChildWaitingForItsFeederAtExitSaysItsItemsWereUnread() {
        func joinNote(parentReadsFirst: Bool) -> String? {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1", [("type", .string("Queue"))])
            s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("w0"))])
            s.add(3, pid: 201, ppid: 100, process: "w0", .processStart, [("name", .string("w0")), ("role", .string("child"))])
            s.add(4, pid: 201, ppid: 100, process: "w0", .queuePut, object: "Queue#1", [("item", .string("('tick', 0, 0)"))])
            s.add(5, pid: 201, ppid: 100, process: "w0", .queuePut, object: "Queue#1", [("item", .string("('result', 0, [0, 1, 2])"))])
            if parentReadsFirst {
                s.add(5.5, pid: 100, process: "MainProcess", .queueGet, object: "Queue#1", [("item", .string("('tick', 0, 0)"))])
                s.add(5.6, pid: 100, process: "MainProcess", .queueGet, object: "Queue#1", [("item", .string("('result', 0, [0, 1, 2])"))])
            }
            s.add(6, pid: 201, ppid: 100, process: "w0", .queueFeederWait, object: "Queue#1", [("at_exit", .bool(true))])
            s.add(9, pid: 100, process: "MainProcess", .processJoinWait, [("child_pid", .int(201)), ("name", .string("w0")), ("timeout", .double(1.0))])
            let join = s.add(1009, pid: 100, process: "MainProcess", .processJoin,
                             [("child_pid", .int(201)), ("name", .string("w0")), ("timed_out", .bool(true))])
            return Annotator(timeline: s.timeline()).notes().first { $0.eventIndex == join && $0.kind == .joinGaveUpChildBlocked }?.text
        }
        let unread = joinNote(parentReadsFirst: false)
        XCTAssertEqual(unread?.contains("2 items w0 put on Queue#1 were still unread (the first, ('tick', 0, 0), put at 0.004 s)"), true,
                       unread ?? "no note")
        XCTAssertEqual(unread?.contains("joining processes that use queues"), true, unread ?? "no note")
        let read = joinNote(parentReadsFirst: true)
        XCTAssertEqual(read?.contains("still unread"), false, read ?? "no note")
    }
}
