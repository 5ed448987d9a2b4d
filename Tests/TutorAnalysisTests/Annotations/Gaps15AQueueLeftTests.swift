import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 15A, item 1 (r14_queue_listener_stopped_early): an item put and never got was only in the summary's counts.
final class Gaps15AQueueLeftTests: XCTestCase {
    enum SlowEnd { case clean, signal, ownExit }

    /// The listener shape: the main process gets the fast child's record and stops; the slow child puts one more record
    /// and ends as `slowEnd` says.
    private func listener(slowEnd: SlowEnd = .clean, mainGets: Bool = false, dropped: Bool = false, cancelled: Bool = false,
                          slowExits: Bool = true, helper: String? = nil) -> (script: EventScript, put: Int) {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        if let helper {     // a resource tracker or fork server whose end the record does not hold (spawn, forkserver)
            s.add(0.5, pid: 11, ppid: 10, process: helper, .processStart, [("name", .string(helper)), ("role", .string(helper))])
        }
        s.add(1, pid: 10, process: "MainProcess", .queueCreate, object: "Queue#1", [("type", .string("Queue"))])
        for (pid, name) in [(20 as Int32, "fast"), (30, "slow")] {
            s.add(2, pid: pid, ppid: 10, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
        }
        s.add(100, pid: 20, ppid: 10, process: "fast", .queuePut, object: "Queue#1", [("item", .string("<LogRecord>"))])
        s.add(101, pid: 20, ppid: 10, process: "fast", .processRunEnd, [("name", .string("fast")), ("exitcode", .int(0))])
        s.add(102, pid: 10, process: "MainProcess", thread: "Thread-1 (_monitor)", .queueGet, object: "Queue#1",
              [("item", .string("<LogRecord>"))])
        s.add(103, pid: 20, ppid: 10, process: "fast", .processExit, [("exitcode", .int(0))])
        if cancelled { s.add(900, pid: 30, ppid: 10, process: "slow", .queueCancelJoin, object: "Queue#1") }
        let put = s.add(1000, pid: 30, ppid: 10, process: "slow", .queuePut, object: "Queue#1", [("item", .string("<LogRecord>"))])
        if dropped {
            s.add(1001, pid: 30, ppid: 10, process: "slow", thread: "QueueFeederThread", .queuePutDropped, object: "Queue#1",
                  [("item", .string("<LogRecord>")), ("type", .string("LogRecord")), ("message", .string("PicklingError: x")),
                   ("since_put_ns", .int(1_000_000))])
        }
        switch slowEnd {
        case .clean:
            s.add(1002, pid: 30, ppid: 10, process: "slow", .processRunEnd, [("name", .string("slow")), ("exitcode", .int(0))])
            if slowExits { s.add(1003, pid: 30, ppid: 10, process: "slow", .processExit, [("exitcode", .int(0))]) }
        case .signal:
            s.add(1003, pid: 30, ppid: 10, process: "slow", .processExit, [("exitcode", .int(-15))])
        case .ownExit:
            s.add(1002, pid: 30, ppid: 10, process: "slow", .processAtexitSkipped, [("count", .int(0)), ("via", .string("os._exit"))])
            s.add(1003, pid: 30, ppid: 10, process: "slow", .processExit, [("exitcode", .int(0))])
        }
        if mainGets {
            s.add(1004, pid: 10, process: "MainProcess", .queueGet, object: "Queue#1", [("item", .string("<LogRecord>"))])
        }
        s.add(1100, pid: 10, process: "MainProcess", .processExit, [("exitcode", .int(0)), ("observed_by", .string("mp-tutor"))])
        return (s, put)
    }

    func testAnItemPutAndNeverGotWhenEveryProcessEndedIsSaidAtTheEnd() throws {
        let (script, put) = listener()
        let timeline = script.timeline()
        let notes = Annotator(timeline: timeline).notes()
        let note = try XCTUnwrap(notes.first { $0.kind == .queueItemsLeft })
        XCTAssertEqual(note.eventIndex, timeline.events.count - 1)
        XCTAssertEqual(note.text, "Queue#1 still held 1 item when the run ended, and no get() ever took it: <LogRecord>, put by "
                       + "slow at 1.000 s. Each was in the queue's pipe (the process that put it ran multiprocessing's exit cleanup, "
                       + "which waits until a Queue's feeder thread has written what put() handed it), and every process of the program "
                       + "has ended (multiprocessing's helpers aside), so nothing read them: they were lost with the queue.")
        XCTAssertEqual(note.premise, .queueItemsLeft(queue: "Queue#1", puts: [put]))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations().filter { $0.invariant == "note-premise" }, [])
    }

    /// Round 16's r16_pipeline_stage_crash: under spawn and forkserver the note was missing, because the resource
    /// tracker's (or fork server's) end is not recorded and the query asked that every process had ended.
    func testAHelperWhoseEndIsNotRecordedDoesNotHideTheItemsLeft() throws {
        for helper in ["resource_tracker", "forkserver"] {
            let (script, put) = listener(helper: helper)
            let notes = Annotator(timeline: script.timeline()).notes().filter { $0.kind == .queueItemsLeft }
            XCTAssertEqual(notes.map(\.premise), [.queueItemsLeft(queue: "Queue#1", puts: [put])], helper)
        }
        // a process of the program's own that is still running still keeps it unsaid
        let (script, _) = listener(slowExits: false, helper: "resource_tracker")
        XCTAssertEqual(Annotator(timeline: script.timeline()).notes().filter { $0.kind == .queueItemsLeft }, [])
    }

    func testAnItemNotSureToBeInThePipeOrGotOrWithAProcessAliveIsNotSaid() {
        func said(_ s: EventScript, lost: Int = 0) -> Bool {
            Annotator(timeline: s.timeline(lost: lost)).notes().contains { $0.kind == .queueItemsLeft }
        }
        XCTAssertFalse(said(listener(mainGets: true).script), "got")
        XCTAssertFalse(said(listener(dropped: true).script), "dropped by the feeder")
        XCTAssertFalse(said(listener(slowEnd: .signal).script), "killed: its feeder may not have written it")
        XCTAssertFalse(said(listener(slowEnd: .ownExit).script), "os._exit(): no exit cleanup")
        XCTAssertFalse(said(listener(cancelled: true).script), "cancel_join_thread(): the exit does not wait for the feeder")
        XCTAssertFalse(said(listener(slowExits: false).script), "a process of the run had not ended")
        XCTAssertFalse(said(listener().script, lost: 2), "events were lost")
        let (script, put) = listener()
        let replayer = StateReplayer(timeline: script.timeline())
        XCTAssertTrue(NotePremise.queueItemsLeft(queue: "Queue#1", puts: [put]).holds(in: replayer))
        XCTAssertFalse(NotePremise.queueItemsLeft(queue: "Queue#1", puts: [put - 1]).holds(in: replayer))
        XCTAssertFalse(NotePremise.queueItemsLeft(queue: "Queue#2", puts: [put]).holds(in: replayer))
    }
}
