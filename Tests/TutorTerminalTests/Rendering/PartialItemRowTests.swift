import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A get() waiting for the rest of an item: its writer killed, or still writing.
final class PartialItemRowTests: XCTestCase {
    /// r6b_terminate_during_put: terminate() of a child whose feeder thread was writing a 200 kB item; the parent's get()
    /// found the first bytes in the pipe and waits forever for the rest. Before, the get had no row (no wait was recorded)
    /// and the watchdog said only "last printed … then recorded nothing"; `mp-tutor check` failed the run.
    private func partialGetScript(withWait: Bool = true) -> EventScript {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1", [("type", .string("Queue")), ("maxsize", .int(0))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(3, pid: 201, ppid: 100, process: "Process-1", .processStart, [("name", .string("Process-1")), ("role", .string("child"))])
        s.add(4, pid: 201, ppid: 100, process: "Process-1", .queuePut, object: "Queue#1", [("item", .string("b'xxxx...")), ("depth", .int(1))])
        s.add(500, pid: 100, process: "MainProcess", .processTerminate, [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(501, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(201)), ("name", .string("Process-1")), ("exitcode", .int(-15))])
        if withWait { s.add(502, pid: 100, process: "MainProcess", .queueWait, object: "Queue#1", [("op", .string("get")), ("partial", .bool(true))]) }
        s.add(4000, pid: 100, process: "MainProcess", .processExit, [("observed_by", .string("mp-tutor")), ("exitcode", .int(-15)), ("signal", .int(15))])
        return s
    }

    func testAGetWaitingForTheRestOfAnItemWhoseWriterWasKilledSaysItNeverComes() {
        let timeline = partialGetScript().timeline(run: RunFacts(exitCode: nil, signal: 15, timedOut: true, timeoutSeconds: 4))
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        XCTAssertEqual(describer.describe(7), "waits to get from Queue#1: part of an item is in the pipe, but every process that put on it, Process-1, had ended: the rest of the item will never come")
        let replayer = StateReplayer(timeline: timeline)
        let notes = Annotator(timeline: timeline).notes()
        let watchdog = notes.first { $0.kind == .watchdog }
        XCTAssertTrue(watchdog?.text.contains("Why: MainProcess waits in get() on Queue#1 for the rest of an item: part of it was in the pipe, but every process that put on Queue#1 had ended (Process-1: exitcode -15) before its feeder thread had written the whole item, so the rest never comes.") == true, watchdog?.text ?? "no watchdog note")
        XCTAssertEqual(watchdog?.premise?.holds(in: replayer), true)
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
    }

    /// An item still being written by a live feeder: the row says so, and no hang cause names it.
    func testAGetWaitingForTheRestOfAnItemStillBeingWrittenSaysSo() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1", [("type", .string("Queue")), ("maxsize", .int(0))])
        s.add(2, pid: 201, ppid: 100, process: "Process-1", .queuePut, object: "Queue#1", [("item", .string("b'yyyy..."))])
        s.add(3, pid: 100, process: "MainProcess", .queueWait, object: "Queue#1", [("op", .string("get")), ("partial", .bool(true))])
        s.add(9, pid: 100, process: "MainProcess", .queueGet, object: "Queue#1", [("item", .string("b'yyyy...")), ("waited_ns", .int(8_000_000))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        XCTAssertEqual(describer.describe(3), "waits to get from Queue#1: part of an item is in the pipe, and the rest is still to come (the putter's feeder thread is writing it)")
    }
}
