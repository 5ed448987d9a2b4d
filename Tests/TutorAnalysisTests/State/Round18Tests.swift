import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Round 18 of the truth review (docs/truth-review.md): the exercises a course sets, as students write them.
final class Round18Tests: XCTestCase {
    private let timedOut = RunFacts(exitCode: nil, signal: 15, timedOut: true, timeoutSeconds: 8)

    private func start(_ s: inout EventScript) {
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
    }

    private func child(_ s: inout EventScript, _ pid: Int32, _ name: String, at t: Double) {
        s.add(t, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(Int64(pid))), ("name", .string(name))])
        s.add(t + 1, pid: pid, ppid: 100, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
    }

    /// r18_start_gun_condition_wait_for: runners notify_all() before the starter waits, and the starter waits with
    /// cond.wait_for(...), which returned True. The note said "the notification is lost … Check the shared state in a
    /// loop before waiting (… or cond.wait_for(predicate))": advice the program already followed.
    func testANotifyNobodyHeardWhoseLaterWaiterUsedWaitForSaysSoNotTheAdvice() throws {
        func notifyNote(waitFor: Bool) -> Note? {
            var s = EventScript()
            start(&s)
            s.add(1, pid: 100, process: "MainProcess", .conditionCreate, object: "Condition#1")
            child(&s, 201, "runner-0", at: 2)
            let notify = s.add(5, pid: 201, ppid: 100, process: "runner-0", .conditionNotify, object: "Condition#1",
                               [("all", .bool(true)), ("waiting", .int(0))])
            s.add(10, pid: 100, process: "MainProcess", .conditionWait, object: "Condition#1", [("timeout", .double(5))])
            child(&s, 202, "runner-1", at: 11)
            s.add(14, pid: 202, ppid: 100, process: "runner-1", .conditionNotify, object: "Condition#1",
                  [("all", .bool(true)), ("waiting", .int(1))])
            s.add(15, pid: 100, process: "MainProcess", .conditionWake, object: "Condition#1", [("waited_ns", .int(5_000_000)), ("outcome", .bool(true))])
            if waitFor {
                s.add(15, pid: 100, process: "MainProcess", .conditionWaitFor, object: "Condition#1",
                      [("result", .string("True")), ("held", .bool(true)), ("waited_ns", .int(5_100_000)), ("timeout", .double(5))])
            }
            let timeline = s.timeline()
            let note = Annotator(timeline: timeline).notes().first { $0.eventIndex == notify && $0.kind == .notifyLost }
            if let premise = note?.premise { XCTAssertTrue(premise.holds(in: StateReplayer(timeline: timeline)), "the note's premise holds") }
            return note
        }
        let withWaitFor = try XCTUnwrap(notifyNote(waitFor: true)?.text)
        XCTAssertEqual(withWaitFor, "notify_all() on Condition#1 found nobody waiting, so it woke nobody. A Condition does not remember a "
                       + "notify(), but no later waiter here depended on it: every later wait on Condition#1 was inside wait_for() "
                       + "(MainProcess), which tests its predicate before it waits and after each wake-up, so it sees the shared state an "
                       + "earlier notify() announced.")
        // a plain wait() later: the advice stays
        let plain = try XCTUnwrap(notifyNote(waitFor: false)?.text)
        XCTAssertTrue(plain.contains("the notification is lost") && plain.contains("cond.wait_for(predicate)"), plain)
    }

    /// r18_joinable_worker_raises_hang: w1 raised on a job before task_done(), and the None meant for it was never got.
    /// The hang said "8 were put and 6 marked done, so 2 are unfinished (w1 took 2 items and called task_done() once,
    /// then ended)": the parenthesis accounted for one of the two; the other was the item no get() had taken.
    func testAJoinableJoinHangCountsTheItemsNoGetTook() throws {
        var s = EventScript()
        start(&s)
        s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "JoinableQueue#1", [("type", .string("JoinableQueue"))])
        child(&s, 201, "w0", at: 2)
        child(&s, 202, "w1", at: 4)
        for item in ["'a'", "'bad'", "None", "None"] {
            s.add(10, pid: 100, process: "MainProcess", .queuePut, object: "JoinableQueue#1", [("item", .string(item))])
        }
        s.add(20, pid: 201, ppid: 100, process: "w0", .queueGet, object: "JoinableQueue#1", [("item", .string("'a'"))])
        s.add(21, pid: 202, ppid: 100, process: "w1", .queueGet, object: "JoinableQueue#1", [("item", .string("'bad'"))])
        s.add(30, pid: 201, ppid: 100, process: "w0", .queueTaskDone, object: "JoinableQueue#1", [("unfinished", .int(3))])
        s.add(31, pid: 201, ppid: 100, process: "w0", .queueGet, object: "JoinableQueue#1", [("item", .string("None"))])
        s.add(32, pid: 201, ppid: 100, process: "w0", .queueTaskDone, object: "JoinableQueue#1", [("unfinished", .int(2))])
        s.add(40, pid: 202, ppid: 100, process: "w1", .processExit, [("exitcode", .int(1))])
        s.add(41, pid: 201, ppid: 100, process: "w0", .processExit, [("exitcode", .int(0))])
        s.add(50, pid: 100, process: "MainProcess", .queueJoinWait, object: "JoinableQueue#1")
        s.add(8000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
        let timeline = s.timeline(run: timedOut)
        let reason = try XCTUnwrap(HangExplainer(timeline: timeline).reasons().first { $0.text.contains("JoinableQueue#1.join()") })
        XCTAssertTrue(reason.text.hasSuffix("4 were put and 2 marked done, so 2 are unfinished (w1 took 1 item and called task_done() "
                                            + "0 times, then ended; 1 item put on it and not yet taken off by any get())."), reason.text)
        XCTAssertTrue(reason.premise.holds(in: StateReplayer(timeline: timeline)))
    }

    /// r18_philosophers_backoff_watchdog: three greedy philosophers each hold their left fork's Lock and wait for the
    /// right one; the parent's watchdog loop terminates them. The notes said only "greedy-0 was ended by SIGTERM
    /// (MainProcess called terminate() on it)": the state model shows the circle of waits the terminate() ended.
    func testATerminateOfAChildInALockCycleSaysItEndedADeadlock() {
        func terminateNotes(circle: Bool) -> [Note] {
            var s = EventScript()
            start(&s)
            let names = ["greedy-0", "greedy-1", "greedy-2"]
            for i in 0..<3 { s.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "Lock#\(i + 4)") }
            for (i, name) in names.enumerated() {
                child(&s, Int32(201 + i), name, at: 2)
                s.add(4, pid: Int32(201 + i), ppid: 100, process: name, .lockAcquire, object: "Lock#\(i + 4)", [("waited_ns", .int(0))])
            }
            for (i, name) in names.enumerated() where circle || i < 2 {
                s.add(5, pid: Int32(201 + i), ppid: 100, process: name, .lockWait, object: "Lock#\((i + 1) % 3 + 4)")
            }
            for (i, name) in names.enumerated() {
                let pid = Int64(201 + i)
                s.add(2000 + Double(i), pid: 100, process: "MainProcess", .processTerminate,
                      [("child_pid", .int(pid)), ("name", .string(name)), ("at_exit", .bool(false))])
                s.add(2000 + Double(i), pid: 100, process: "MainProcess", .processReaped,
                      [("child_pid", .int(pid)), ("name", .string(name)), ("exitcode", .int(-15))])
            }
            let timeline = s.timeline()
            let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .terminatedInDeadlock }
            for note in notes { XCTAssertTrue(note.premise?.holds(in: StateReplayer(timeline: timeline)) == true, "the premise holds") }
            return notes
        }
        let notes = terminateNotes(circle: true)
        XCTAssertEqual(notes.count, 1, "said once, at the first terminate(): \(notes.map(\.text))")
        XCTAssertEqual(notes.first?.text, "greedy-0 was in a deadlock when MainProcess called terminate() on it: greedy-0 holds Lock#4 and "
                       + "waits to acquire Lock#5; greedy-1 holds Lock#5 and waits to acquire Lock#6; greedy-2 holds Lock#6 and waits to "
                       + "acquire Lock#4. Each waits for the next, in a circle, so none could go on by itself: the signal ended the wait, "
                       + "the program's design did not. Take locks in one fixed order everywhere, or never wait while holding one.")
        XCTAssertTrue(terminateNotes(circle: false).isEmpty, "greedy-2 runs: no circle")
    }

    /// r18_start_gun_condition_wait_for (spawn): the summary said "MainProcess of 792 ms: … condition 885 ms …": the
    /// wait_for()'s own span (443 ms) was counted on top of the condition waits inside it (443 ms), more than its life.
    func testAWaitForIsNotCountedOnTopOfTheConditionWaitsInsideIt() throws {
        var s = EventScript()
        start(&s)
        s.add(1, pid: 100, process: "MainProcess", .conditionCreate, object: "Condition#1")
        s.add(10, pid: 100, process: "MainProcess", .conditionWait, object: "Condition#1", [("timeout", .double(5))])
        s.add(410, pid: 100, process: "MainProcess", .conditionWake, object: "Condition#1", [("waited_ns", .int(400_000_000)), ("outcome", .bool(true))])
        s.add(410, pid: 100, process: "MainProcess", .conditionWait, object: "Condition#1", [("timeout", .double(4.6))])
        s.add(450, pid: 100, process: "MainProcess", .conditionWake, object: "Condition#1", [("waited_ns", .int(40_000_000)), ("outcome", .bool(true))])
        s.add(450, pid: 100, process: "MainProcess", .conditionWaitFor, object: "Condition#1",
              [("result", .string("True")), ("held", .bool(true)), ("waited_ns", .int(440_000_000)), ("timeout", .double(5))])
        s.add(500, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        let main = try XCTUnwrap(ProcessTimeAnalysis(s.timeline()).processes.first { $0.name == "MainProcess" })
        XCTAssertEqual(main.waits.first { $0.reason == "condition" }?.ns, 440_000_000, "\(main.waits)")
        XCTAssertLessThanOrEqual(main.waits.reduce(0) { $0 + $1.ns }, main.lifetimeNs)
    }
}
