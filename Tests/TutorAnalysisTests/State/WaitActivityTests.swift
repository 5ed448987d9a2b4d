import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 26A (round 25's Left; issue 11): the state panel said "MainProcess  running" while the main process waited in
/// `connection.wait()`, a `join()`, a Pipe's `recv()`, an Event, a Pool's `get()`... Its activity followed queues, locks and
/// pool tasks only. Now every recorded wait with a begin and an end is said until it ends, in the notes' words.
final class WaitActivityTests: XCTestCase {
    static let waitBegins: [EventKind] = [.processJoinWait, .pipeWait, .eventWait, .conditionWait, .connectionWait, .poolWait,
                                          .futureWait, .executorWait, .managerWait, .managerStartWait]

    /// g26a_main_waits (all three start methods): after each wait the main process begins, and until the event that ends
    /// it, its activity is that wait (`BlockedCall.what`, "since" its time), never "running"; after the end it is not.
    func testEveryRecordedWaitOfTheMainProcessIsItsActivityUntilItEnds() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = TimelineBuilder.build(try TranscriptReader.read(
                path: BinaryHarness.repoRoot + "/corpus/transcripts/g26a_main_waits--\(method).jsonl"))
            let events = timeline.events
            let main = try XCTUnwrap(events.first { $0.is(.processStart) }?.pid)
            let replayer = StateReplayer(timeline: timeline)
            var kindsSeen = Set<EventKind>()
            for index in events.indices where events[index].pid == main && events[index].thread == "MainThread" {
                guard let kind = events[index].known, Self.waitBegins.contains(kind) else { continue }
                kindsSeen.insert(kind)
                let state = replayer.state(after: index)
                let call = try XCTUnwrap(state.blocked.last { $0.pid == main && $0.thread == "MainThread" }, "\(method) step \(index)")
                let expected = Language.with(.en) { Phrase.activityWaitsSince.text(["what": call.what, "t": Format.seconds(call.since)]) }
                let activity = Language.with(.en) { state.processes.first { $0.pid == main }?.activity }
                XCTAssertEqual(activity, expected, "\(method) step \(index + 1): \(kind)")
                // the next event of the main thread that ends the wait (none between begins another of its waits)
                func mainWaits(_ s: RunState) -> Int { s.blocked.filter { $0.pid == main && $0.thread == "MainThread" }.count }
                guard let end = events.indices.first(where: { $0 > index && events[$0].pid == main && events[$0].thread == "MainThread"
                                                            && mainWaits(state) > mainWaits(replayer.state(after: $0)) }) else { continue }
                let after = Language.with(.en) { replayer.state(after: end).processes.first { $0.pid == main }?.activity ?? "" }
                XCTAssertFalse(after.contains(call.what), "\(method) step \(end + 1) after the wait ended: \(after)")
            }
            XCTAssertEqual(kindsSeen.count, Self.waitBegins.count, "\(method): waits recorded \(kindsSeen)")
        }
    }

    /// A thread's wait follows its process's activity, named by the thread; a wait still open at the run's last event is
    /// said to be one (en and zh).
    func testAThreadsWaitAndAWaitOpenWhenTheRunEndedAreSaid() {
        var s = EventScript()
        s.add(0, pid: 1, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(1, pid: 2, process: "Child", .processStart, [("role", .string("child"))])
        let joins = s.add(2, pid: 1, process: "MainProcess", thread: "Thread-1", .processJoinWait, [("child_pid", .int(2)), ("name", .string("Child"))])
        let waits = s.add(3, pid: 1, process: "MainProcess", .eventWait, object: "Event#1")
        let timeline = s.timeline()
        let replayer = StateReplayer(timeline: timeline)
        Language.with(.en) {
            let threadOnly = replayer.state(after: joins).processes[0].activity
            XCTAssertEqual(threadOnly, "running; thread Thread-1 waits in join(Child) since 0.002 s")
            let last = replayer.state(after: waits).processes[0].activity
            XCTAssertEqual(last, "waits for Event#1 to be set since 0.003 s: still waiting when the run ended; "
                           + "thread Thread-1 waits in join(Child) since 0.002 s: still waiting when the run ended")
        }
        Language.with(.zh) {
            var state = RunState()
            for index in timeline.events.indices { state.apply(index, of: timeline) }
            XCTAssertEqual(state.processes[0].activity, "从 0.003 s 起等待 Event#1 被 set，运行结束时仍在等待；线程 Thread-1 从 0.002 s 起在 join(Child) 中等待，运行结束时仍在等待")
        }
    }

    /// Load 33: a live view's transcript carries a trailer summing up the events so far, and the panel said of the main
    /// process's join "still waiting when the run ended" while the run went on (guard 26's bg test took it for the run's
    /// end, pressed q, and stopped the run: status 130). The last event so far of a run that goes on ends no wait.
    func testAWaitOpenAtTheLastEventSoFarOfALiveRunIsNotSaidToOutliveTheRun() {
        var s = EventScript()
        s.add(0, pid: 1, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(1, pid: 2, process: "Child", .processStart, [("role", .string("child"))])
        let joins = s.add(2, pid: 1, process: "MainProcess", .processJoinWait, [("child_pid", .int(2)), ("name", .string("Child"))])
        var live = RunFacts(exitCode: nil)
        live.isOver = false
        let replayer = StateReplayer(timeline: s.timeline(run: live))
        Language.with(.en) {
            XCTAssertEqual(replayer.state(after: joins).processes[0].activity, "waits in join(Child) since 0.002 s")
        }
        // the same events once the run is over: the wait outlived it
        let over = StateReplayer(timeline: s.timeline(run: RunFacts(exitCode: nil, signal: 9)))
        Language.with(.en) {
            XCTAssertEqual(over.state(after: joins).processes[0].activity, "waits in join(Child) since 0.002 s: still waiting when the run ended")
        }
    }
}
