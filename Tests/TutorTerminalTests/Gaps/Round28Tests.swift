import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 28 (issue 11): small real-world scripts; each finding on the committed recording of the round's program.
final class Round28Tests: XCTestCase {
    /// r28_three_stage_joinable (spawn): the parent's `a.join()` and `b.join()` ran before the spawned producer had
    /// started; both returned at once (nothing put, count 0) and the program printed "queue A fully processed" before
    /// any item existed. The rows said only "JoinableQueue#1.join() returned". A note now says why, and that the items
    /// put later were not waited for; the fork recording's joins waited (queue.join.wait) and get no such note.
    func testAJoinableJoinBeforeAnyPutSaysItReturnedAtOnce() throws {
        let spawn = try Round22MTests.timeline("r28_three_stage_joinable--spawn")
        let notes = Annotator(timeline: spawn).notes().filter { $0.text.contains("returned at once") }
        XCTAssertEqual(notes.map { spawn.events[$0.eventIndex].object ?? "" }, ["JoinableQueue#1", "JoinableQueue#2"], "\(notes)")
        XCTAssertEqual(notes.first?.text, "JoinableQueue#1.join() returned at once: no put() on JoinableQueue#1 had been made yet, "
            + "so its count of unfinished tasks was 0. join() waits only while that count is above 0 (each put() adds one, each "
            + "task_done() takes one away); it does not wait for items still to come. The 7 items put on it later (the first "
            + "by producer at 2.467 s) were not waited for.")
        XCTAssertTrue(notes.last?.text.contains("The 6 items put on it later (the first by parser-1 at 2.468 s)") == true, "\(notes)")
        let zh = Language.with(.zh) { Annotator(timeline: spawn).notes().filter { $0.text.contains("立刻就返回了") } }
        XCTAssertEqual(zh.count, 2, "\(zh)")
        XCTAssertTrue(zh.first?.text.contains("之后才放进去的 7 项（第一项由 producer 在 2.467 s 放入）不在 join() 等待之列") == true, "\(zh)")
        let fork = try Round22MTests.timeline("r28_three_stage_joinable--fork")
        XCTAssertEqual(Annotator(timeline: fork).notes().filter { $0.text.contains("returned at once") }.count, 0)
    }

    /// The rule's edges: a join() that waited (queue.join.wait) or that followed a put(), and one on a queue nobody
    /// put on later, get no note; one before the first put() does.
    func testAJoinBeforePutsNeedsNoWaitNoEarlierPutAndALaterPut() {
        func notes(waited: Bool, putBefore: Bool, putAfter: Bool) -> [Note] {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "JoinableQueue#1", [("type", .string("JoinableQueue"))])
            if putBefore { s.add(2, pid: 201, process: "Process-1", .queuePut, object: "JoinableQueue#1", [("item", .string("'a'"))]) }
            if waited { s.add(3, pid: 100, process: "MainProcess", .queueJoinWait, object: "JoinableQueue#1") }
            s.add(4, pid: 100, process: "MainProcess", .queueJoin, object: "JoinableQueue#1", [("waited_ns", .int(1000))])
            if putAfter { s.add(5, pid: 201, process: "Process-1", .queuePut, object: "JoinableQueue#1", [("item", .string("'b'"))]) }
            return Annotator(timeline: s.timeline()).notes().filter { $0.text.contains("returned at once") }
        }
        XCTAssertEqual(notes(waited: false, putBefore: false, putAfter: true).count, 1)
        XCTAssertTrue(notes(waited: false, putBefore: false, putAfter: true).first?.text.contains("(the first by Process-1 at 0.005 s)") == true)
        XCTAssertEqual(notes(waited: true, putBefore: false, putAfter: true).count, 0)
        XCTAssertEqual(notes(waited: false, putBefore: true, putAfter: true).count, 0)
        XCTAssertEqual(notes(waited: false, putBefore: false, putAfter: false).count, 0)
    }

    /// r28_three_stage_joinable (spawn), --step: at the join() that returned at once the panel read
    /// "JoinableQueue#1 (JoinableQueue, 0 items, unbounded): empty", the items held, not the count join() waits on. The row of a
    /// JoinableQueue now ends with that count: 0 at the join, 7 after the producer's puts, 6 after the first task_done().
    func testThePanelShowsAJoinableQueuesUnfinishedCount() throws {
        let timeline = try Round22MTests.timeline("r28_three_stage_joinable--spawn")
        let events = timeline.events
        func row(after step: Int) -> String {
            Gaps23Tests.panel(timeline, after: step).first { $0.hasPrefix("JoinableQueue#1 ") } ?? ""
        }
        let join = try XCTUnwrap(timeline.indices(of: .queueJoin).first)
        XCTAssertTrue(row(after: join).contains("unfinished tasks: 0 (join() waits until 0)"), row(after: join))
        let lastPut = try XCTUnwrap(timeline.indices(of: .queuePut).last { events[$0].object == "JoinableQueue#1" })
        XCTAssertTrue(row(after: lastPut).contains("unfinished tasks: 7 (join() waits until 0)"), row(after: lastPut))
        let firstDone = try XCTUnwrap(timeline.indices(of: .queueTaskDone).first { events[$0].object == "JoinableQueue#1" })
        XCTAssertTrue(row(after: firstDone).contains("unfinished tasks: 6 (join() waits until 0)"), row(after: firstDone))
        let zh = Language.with(.zh) { Gaps23Tests.panel(timeline, after: firstDone).first { $0.hasPrefix("JoinableQueue#1（") } ?? "" }
        XCTAssertTrue(zh.hasSuffix("未完成任务：6 个（join() 要等到 0 才返回）"), zh)
        // a plain Queue's row has no such count
        let plain = try Round22MTests.timeline("r28_log_queue_listener--fork")
        let put = try XCTUnwrap(plain.indices(of: .queuePut).first)
        let queueRow = Gaps23Tests.panel(plain, after: put).first { $0.hasPrefix("Queue#1 ") } ?? ""
        XCTAssertFalse(queueRow.isEmpty)
        XCTAssertFalse(queueRow.contains("unfinished"), queueRow)
    }
}
