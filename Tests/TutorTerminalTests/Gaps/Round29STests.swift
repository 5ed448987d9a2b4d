import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 29S (issue 11): programs that fail, hang or are misused, as learners' programs do; each finding on the
/// committed recording of the round's program.
final class Round29STests: XCTestCase {
    /// r29s_worker_ready_event: the worker raised KeyError before `ready.set()` and ended; the parent's
    /// `ready.wait(timeout=3)` ran the full 3 s and the row said only "woke after 3.001 s (timed out)". A note now says
    /// that no set() had been made and every other process had ended (so only the timeout could end the wait), and since when.
    func testAnEventWaitThatRanOutWithEveryOtherProcessEndedSaysSo() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("r29s_worker_ready_event--\(method)")
            let notes = Annotator(timeline: timeline).notes().filter { $0.text.contains("nothing could end this wait but its timeout") }
            XCTAssertEqual(notes.count, 1, "\(method): \(notes)")
            guard let note = notes.first else { continue }
            let wake = timeline.events[note.eventIndex]
            XCTAssertTrue(wake.is(.eventWake) && wake.outcome == false, method)
            let exit = try XCTUnwrap(timeline.events.first { $0.is(.processExit) && $0.process == "service" })
            XCTAssertTrue(note.text.hasPrefix("Event#1.wait() gave up after 3.0"), note.text)
            XCTAssertTrue(note.text.contains("no set() of Event#1 had been made, and every other process of the run had already ended "
                + "(service at \(Format.seconds(exit.t)), exitcode 1)"), note.text)
            let since = max(exit.t, wake.t - (wake.int(EventField.waitedNs) ?? 0))
            XCTAssertTrue(note.text.contains("for the last \(Format.duration(ns: wake.t - since)) (since \(Format.seconds(since)))"), note.text)
            let zh = Language.with(.zh) { Annotator(timeline: timeline).notes().filter { $0.text.contains("除了超时，没有任何东西能结束这次等待") } }
            XCTAssertEqual(zh.count, 1, "\(method): \(zh)")
            XCTAssertTrue(zh.first?.text.contains("（service 在 \(Format.seconds(exit.t)) 结束，退出码 1）") == true, "\(zh)")
        }
        // a threading.Event whose fork child set its own copy (g8_thread_event_to_process): no such note (the first
        // rule said "no set() … had been made" there, and a span of 340 ms for a wait of 316 ms)
        let copy = try Round22MTests.timeline("g8_thread_event_to_process--fork")
        XCTAssertEqual(Annotator(timeline: copy).notes().filter { $0.text.contains("nothing could end this wait") }.count, 0)
        // a wait(timeout) that ran out while the setter was alive (it set the Event later): no such note
        let alive = try Round22MTests.timeline("r5b_event_barrier_timeouts--fork")
        XCTAssertTrue(alive.indices(of: .eventWake).contains { alive.events[$0].outcome == false })
        XCTAssertEqual(Annotator(timeline: alive).notes().filter { $0.text.contains("nothing could end this wait") }.count, 0)
    }

    /// The rule's edges: a set() before the wake, another process not ended, a program thread of the waiter's process
    /// alive, each take the note away; the resource tracker alive does not.
    func testTheNoSetterNoteNeedsNoSetEveryOtherProcessEndedAndNoOtherThread() {
        func notes(set: Bool = false, childAlive: Bool = false, thread: Bool = false, threadingEvent: Bool = false) -> [Note] {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .eventCreate, object: "Event#1", threadingEvent ? [("threading", .bool(true))] : [])
            s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("w"))])
            s.add(3, pid: 150, process: "resource tracker", .processStart, [("name", .string("resource tracker")), ("role", .string("resource_tracker"))])
            if thread {
                s.add(4, pid: 100, process: "MainProcess", .threadStart, [("name", .string("Thread-1")), ("infra", .bool(false))])
            }
            s.add(5, pid: 100, process: "MainProcess", .eventWait, object: "Event#1", [("timeout", .int(3))])
            s.add(6, pid: 201, process: "w", .processStart, [("name", .string("w")), ("role", .string("child"))])
            if set { s.add(7, pid: 201, process: "w", .eventSet, object: "Event#1") }
            if !childAlive { s.add(8, pid: 201, process: "w", .processExit, [("exitcode", .int(1))]) }
            s.add(3005, pid: 100, process: "MainProcess", .eventWake, object: "Event#1",
                  [("waited_ns", .int(3_000_000_000)), ("outcome", .bool(false))])
            return Annotator(timeline: s.timeline()).notes().filter { $0.text.contains("nothing could end this wait") }
        }
        XCTAssertEqual(notes().count, 1)
        XCTAssertTrue(notes().first?.text.contains("(w at 0.008 s, exitcode 1)") == true, "\(notes())")
        XCTAssertTrue(notes().first?.text.contains("for the last 2.997 s (since 0.008 s)") == true, "\(notes())")
        XCTAssertEqual(notes(set: true).count, 0)
        XCTAssertEqual(notes(childAlive: true).count, 0)
        XCTAssertEqual(notes(threadingEvent: true).count, 0)
        XCTAssertEqual(notes(thread: true).count, 0)
    }
    /// r29s_pool_join_before_close: `pool.join()` before `close()` raised ValueError (Pool is still running); the summary
    /// counted it as "1 join() call that raised in the calling process, no task sent", as if a join() could send one.
    /// A join() is now counted without those words; the imap() refused after close() keeps them (a submitting call).
    func testARefusedJoinIsNotCountedAsACallThatSentNoTask() throws {
        let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("r29s_pool_join_before_close--\(method)")
            let summary = SummaryRenderer(timeline: timeline, capabilities: caps).render().replacingOccurrences(of: "\n    ", with: " ")
            XCTAssertTrue(summary.contains("1 map_async() call, 1 join() call that raised in the calling process, "
                + "1 imap() call that raised in the calling process, no task sent · "), "\(method): \(summary)")
            XCTAssertFalse(summary.contains("join() call that raised in the calling process, no task sent"), summary)
            let zh = Language.with(.zh) { SummaryRenderer(timeline: timeline, capabilities: caps).render() }
            XCTAssertTrue(zh.contains("1 次 join() 调用在发起调用的进程里就抛出了异常"), "\(method): \(zh)")
            XCTAssertFalse(zh.contains("1 次 join() 调用在发起调用的进程里就抛出了异常，没有发出任务"), zh)
        }
    }
}
