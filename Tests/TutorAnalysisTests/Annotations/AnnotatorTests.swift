import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

final class AnnotatorTests: XCTestCase {
    private func rule(_ when: String, _ say: String, once: Bool = false) -> NoteRule {
        NoteRule(when: when, say: say, once: once, variants: [], line: 1)
    }

    private func index(_ timeline: Timeline, _ predicate: (TraceEvent) -> Bool) -> Int? {
        timeline.events.firstIndex(where: predicate)
    }

    // MARK: lesson notes

    func testTemplatePlaceholders() throws {
        let timeline = Fixtures.poolRun().timeline()
        let notes = Annotator(timeline: timeline,
                              rules: [rule("pool.task.start where queued > 50ms",
                                           "{task} waited {queued}; {worker} ran {func} at {t}; {workers} workers; {nope} stays")],
                              parameters: ["workers": "2"]).notes()
        let lesson = notes.filter { $0.source == .lesson }
        XCTAssertEqual(lesson.count, 1)
        XCTAssertEqual(lesson[0].eventIndex, index(timeline) { $0.kind == "pool.task.start" && $0.int("job") == 2 })
        XCTAssertEqual(lesson[0].text, "task 2 waited 57 ms; ForkPoolWorker-2 ran work at 62 ms; 2 workers; {nope} stays")
    }

    func testWaitedFromNsField() {
        var s = EventScript()
        s.add(1500, pid: 100, process: "MainProcess", "pool.join", object: "Pool#1", [("waited_ns", .int(1_234_000_000))])
        let notes = Annotator(timeline: s.timeline(), rules: [rule("pool.join", "join() returned after {waited} at {t}, {time}")]).notes()
        XCTAssertEqual(notes.map(\.text), ["join() returned after 1.234 s at 1.500 s, 1.500 s"])
    }

    func testSelectorUsesParameters() {
        let timeline = Fixtures.poolRun().timeline()
        let notes = Annotator(timeline: timeline, rules: [rule("pool.task.start where job >= {first}", "late {task}")],
                              parameters: ["first": "1"]).notes().filter { $0.source == .lesson }
        XCTAssertEqual(notes.map(\.text), ["late task 1", "late task 2"])
    }

    func testOnce() {
        let timeline = Fixtures.poolRun().timeline()
        let all = Annotator(timeline: timeline, rules: [rule("pool.task.start", "{task}")]).notes().filter { $0.source == .lesson }
        XCTAssertEqual(all.map(\.text), ["task 0", "task 1", "task 2"])
        let once = Annotator(timeline: timeline, rules: [rule("pool.task.start", "{task}", once: true)]).notes().filter { $0.source == .lesson }
        XCTAssertEqual(once.map(\.text), ["task 0"])
    }

    func testLessonNoteReplacesGenericNotesOnTheSameEvent() throws {
        let timeline = Fixtures.poolRun().timeline()
        let queuedStart = try XCTUnwrap(index(timeline) { $0.kind == "pool.task.start" && $0.int("job") == 2 })
        let generic = Annotator(timeline: timeline).notes()
        XCTAssertTrue(generic.contains { $0.eventIndex == queuedStart && $0.source == .rule })
        let withLesson = Annotator(timeline: timeline, rules: [rule("pool.task.start where job == 2", "mine")]).notes()
        XCTAssertEqual(withLesson.filter { $0.eventIndex == queuedStart }.map(\.text), ["mine"])
        // Other generic notes stay.
        XCTAssertTrue(withLesson.contains { $0.source == .rule && $0.text.hasPrefix("the callback") })
    }

    func testNotesAreInEventOrder() {
        let notes = Annotator(timeline: Fixtures.poolRun().timeline(), rules: [rule("print", "last"), rule("pool.create", "first")]).notes()
        XCTAssertEqual(notes.map(\.eventIndex), notes.map(\.eventIndex).sorted())
        XCTAssertEqual(notes.last?.text, "last")
    }

    func testUnreadableRuleIsSkipped() {
        let notes = Annotator(timeline: Fixtures.poolRun().timeline(), rules: [rule("print where", "x")]).notes()
        XCTAssertFalse(notes.contains { $0.source == .lesson })
    }

    // MARK: generic rules

    func testGenericPoolNotes() throws {
        let timeline = Fixtures.poolRun().timeline()
        let notes = Annotator(timeline: timeline).notes()
        let texts = Dictionary(notes.map { ($0.eventIndex, $0.text) }) { a, _ in a }
        let firstSubmit = try XCTUnwrap(index(timeline) { $0.kind == "pool.submit" })
        XCTAssertEqual(texts[firstSubmit], "apply_async only puts the task in the pool's task queue and returns: "
            + "3 submissions took 200 µs in all, without waiting for any worker.")
        let queuedStart = try XCTUnwrap(index(timeline) { $0.kind == "pool.task.start" && $0.int("job") == 2 })
        // The state model shows a worker free for 7 ms while tasks 0 and 1, submitted before task 2, still waited
        // to be taken, then both workers running tasks 0 and 1 for 50 ms: neither part is a hand-over of task 2.
        XCTAssertEqual(texts[queuedStart], "task 2 started 57 ms after it was submitted: 50 ms while every started worker "
            + "was running another task; 7 ms while a worker was free but tasks submitted earlier had not started "
            + "(tasks go out in order).")
        let premises = notes.compactMap(\.premise)
        XCTAssertEqual(premises.count, 3)
        XCTAssertEqual(Set(notes.map(\.kind)), [.submitBurst, .taskWait, .callbackPlace])
        let replayer = StateReplayer(timeline: timeline)
        XCTAssertTrue(premises.allSatisfy { $0.holds(in: replayer) })
        let firstCallback = try XCTUnwrap(index(timeline) { $0.kind == "pool.callback" })
        XCTAssertEqual(texts[firstCallback], "the callback collect runs in MainProcess (pid 100) on thread _handle_results, not in a worker: "
            + "task 1 was computed by ForkPoolWorker-2 (pid 202), and its result travelled back to the parent first.")
        XCTAssertEqual(notes.filter { $0.text.hasPrefix("the callback") }.count, 1)
        XCTAssertTrue(notes.allSatisfy { $0.source == .rule })
    }

    private func access(_ s: inout EventScript, _ ms: Double, _ pid: Int32, _ kind: String, _ value: String) {
        s.add(ms, pid: pid, process: "adder-\(pid - 200)", "shared.\(kind)", object: "Value#1",
              [("attr", .string("value")), ("value", .string(value))])
    }

    func testLostUpdateWhenBothReadTheSameValueBeforeEitherWrote() {
        var s = EventScript()
        access(&s, 1, 201, "read", "0")
        access(&s, 2, 202, "read", "0")
        access(&s, 3, 201, "write", "1")
        access(&s, 4, 202, "write", "1")
        access(&s, 5, 201, "read", "1")
        access(&s, 6, 201, "write", "2")         // nobody else read 1: no race here
        access(&s, 7, 202, "read", "2")
        access(&s, 8, 201, "read", "2")
        access(&s, 9, 202, "write", "3")
        access(&s, 10, 201, "write", "3")
        let notes = Annotator(timeline: s.timeline()).notes()
        XCTAssertEqual(notes.map(\.eventIndex), [3])
        XCTAssertEqual(notes.first?.text, "adder-1 and adder-2 both read 0 from Value#1.value; adder-1 wrote 1, then adder-2 wrote 1 "
            + "without reading again. If adder-2's value came from the 0 it read (as in `v.value += 1`), adder-1's update was lost: "
            + "each access took the lock on its own, and a read-modify-write needs one hold around both (`with v.get_lock():`). "
            + "In all, 2 of the 5 writes to Value#1.value overwrote a value another process or thread had written since the writer last "
            + "read it. If every write to Value#1.value computed its value from its writer's read just before it (as `v.value += 1` does), "
            + "the last value written, 3, builds on 3 of the 5 writes: 2 lost updates." + Phrase.noteLostUpdateTracingCost.text())
    }

    /// r3_value_no_lock (round 3): adder-1 read 0, adder-2 then counted 0 → 3 on its own, and adder-1 wrote 1 over it.
    /// The rule compared only adder-2's last write (which had read 2), and the run's 851 lost updates got no note.
    func testLostUpdateWhenTheOtherThreadWroteSeveralTimesSinceMyRead() {
        var s = EventScript()
        access(&s, 1, 201, "read", "0")
        for n in 0..<3 {
            access(&s, Double(2 + 2 * n), 202, "read", "\(n)")
            access(&s, Double(3 + 2 * n), 202, "write", "\(n + 1)")
        }
        access(&s, 9, 201, "write", "1")
        let timeline = s.timeline()
        let notes = Annotator(timeline: timeline).notes()
        XCTAssertEqual(notes.map(\.eventIndex), [7])
        XCTAssertTrue(notes.first?.text.hasPrefix("adder-2 and adder-1 both read 0 from Value#1.value; adder-2 wrote 1, then adder-1 wrote 1") == true,
                      notes.first?.text ?? "")
        // one overwriting write, but it replaced three updates: the count of overwrites is not the count of lost updates
        XCTAssertTrue(notes.first?.text.contains("Between adder-1's read and its write, 3 writes by other processes or threads went to Value#1.value") == true)
        XCTAssertTrue(notes.first?.text.contains("In all, 1 of the 4 writes to Value#1.value overwrote") == true)
        XCTAssertTrue(notes.first?.text.hasSuffix("the last value written, 1, builds on 1 of the 4 writes: 3 lost updates." + Phrase.noteLostUpdateTracingCost.text()) == true,
                      notes.first?.text ?? "")
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes, recorded: s.events).violations(), [])
    }

    func testNoLostUpdateWhenEachReadFollowsTheOtherWrite() {
        var s = EventScript()
        for step in 0..<4 {
            let pid: Int32 = step % 2 == 0 ? 201 : 202
            access(&s, Double(2 * step + 1), pid, "read", "\(step)")
            access(&s, Double(2 * step + 2), pid, "write", "\(step + 1)")
        }
        XCTAssertEqual(Annotator(timeline: s.timeline()).notes(), [])
    }

    func testLockWaitNamesTheHolder() throws {
        var s = EventScript()
        s.add(1, pid: 100, process: "MainProcess", "lock.acquire", object: "Lock#1", [("waited_ns", .int(0))])
        s.add(2, pid: 201, process: "Process-1", "lock.wait", object: "Lock#1")
        s.add(9, pid: 100, process: "MainProcess", "lock.release", object: "Lock#1")
        let acquire = s.add(9.5, pid: 201, process: "Process-1", "lock.acquire", object: "Lock#1", [("waited_ns", .int(7_500_000))])
        s.add(10, pid: 202, process: "Process-2", "lock.acquire", object: "Lock#2", [("waited_ns", .int(500_000))]) // under 1 ms: no note
        let timeline = s.timeline()
        let notes = Annotator(timeline: timeline).notes()
        XCTAssertEqual(notes.map(\.eventIndex), [acquire])
        XCTAssertEqual(notes.first?.text, "Process-1 waited 8 ms for Lock#1, held by MainProcess.")
        let holder = Annotator(timeline: timeline, rules: [rule("lock.acquire where waited > 1ms", "{holder} held it")]).notes()
        XCTAssertEqual(holder.map(\.text), ["MainProcess held it"])
    }

    func testProcessEndedBySignalAndByError() throws {
        var s = EventScript()
        let reaped = s.add(5, pid: 100, process: "MainProcess", "process.reaped", [("child_pid", .int(201)), ("name", .string("Process-1")), ("exitcode", .int(-15))])
        let killed = s.add(6, pid: 100, process: "MainProcess", "process.reaped", [("child_pid", .int(202)), ("name", .string("Process-2")), ("exitcode", .int(-9))])
        let failed = s.add(7, pid: 203, process: "Process-3", "process.exit", [("exitcode", .int(1))])
        s.add(8, pid: 100, process: "MainProcess", "process.reaped", [("child_pid", .int(203)), ("name", .string("Process-3")), ("exitcode", .int(1))])
        s.add(9, pid: 100, process: "MainProcess", "process.exit", [("exitcode", .int(0))])
        let notes = Annotator(timeline: s.timeline()).notes()
        XCTAssertEqual(notes.map(\.eventIndex), [reaped, killed, failed])
        // Nobody called terminate() or kill(): the note must not say they did.
        XCTAssertEqual(notes[0].text, "Process-1 was ended by SIGTERM (no kill() or terminate() call on it was recorded: "
            + "the process may have signalled itself, or another program did): exitcode -15.")
        XCTAssertFalse(notes[1].text.contains("kill() sends it"), notes[1].text)
        XCTAssertEqual(notes[2].text, "Process-3 exited with code 1: an uncaught exception, or sys.exit(1).")
    }

    func testSignalNoteNamesTheCallOnlyWhenItWasRecorded() throws {
        var s = EventScript()
        s.add(4, pid: 100, process: "MainProcess", "process.kill", [("child_pid", .int(202)), ("name", .string("Process-2"))])
        let killed = s.add(6, pid: 100, process: "MainProcess", "process.reaped", [("child_pid", .int(202)), ("name", .string("Process-2")), ("exitcode", .int(-9))])
        let timeline = s.timeline()
        let note = try XCTUnwrap(Annotator(timeline: timeline).notes().first { $0.eventIndex == killed })
        XCTAssertEqual(note.text, "Process-2 was ended by SIGKILL (MainProcess called kill() on it; SIGKILL cannot be caught): exitcode -9.")
        XCTAssertEqual(note.premise, .signalSent(childPid: 202, call: "kill()", beforeStep: killed))
        XCTAssertTrue(try XCTUnwrap(note.premise).holds(in: StateReplayer(timeline: timeline)))
    }

    func testWatchdogNoteWhenTimedOut() {
        var s = EventScript()
        s.add(1, pid: 100, process: "MainProcess", "print", [("text", .string("working"))])
        s.add(2000, pid: 100, process: "MainProcess", "process.exit", [("exitcode", .int(-15))])
        let timedOut = Annotator(timeline: s.timeline(run: RunFacts(exitCode: nil, signal: 15, timedOut: true, timeoutSeconds: 2))).notes()
        XCTAssertEqual(timedOut.last?.eventIndex, 1)
        XCTAssertEqual(timedOut.last?.text, "the watchdog stopped the run after 2.000 s: it was not finishing on its own. "
            + "At that moment: MainProcess (pid 100) last printed \"working\" at 0.001 s, then recorded nothing (blocked or busy).")
        let normal = Annotator(timeline: s.timeline(run: RunFacts(exitCode: nil, signal: 15))).notes()
        XCTAssertFalse(normal.contains { $0.text.contains("watchdog") })
    }

    /// docs_queue_join_deadlock (spawn): the resource tracker's shutdown warning was the run's last event, so the
    /// watchdog's note dragged the second of its two lines onto the screen, alone, from a lane hidden by default.
    func testTheWatchdogNoteSitsOnTheProgramsLastEventNotAHelpersLine() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 150, ppid: 100, process: "resource tracker", .processStart,
              [("name", .string("resource tracker")), ("role", .string("resource_tracker"))])
        s.add(2, pid: 100, process: "MainProcess", "print", [("text", .string("working"))])
        let exit = s.add(2000, pid: 100, process: "MainProcess", "process.exit", [("exitcode", .int(-15))])
        s.add(2010, pid: 150, ppid: 100, process: "resource tracker", "print", [("stream", .string("stderr")), ("text", .string("UserWarning: leaked"))])
        s.add(2010, pid: 150, ppid: 100, process: "resource tracker", "print", [("stream", .string("stderr")), ("text", .string("  warnings.warn("))])
        let notes = Annotator(timeline: s.timeline(run: RunFacts(exitCode: nil, signal: 15, timedOut: true, timeoutSeconds: 2))).notes()
        let watchdog = try? XCTUnwrap(notes.first { $0.text.hasPrefix("the watchdog stopped") })
        XCTAssertEqual(watchdog?.eventIndex, exit)
    }

    func testQuietRunHasNoNotes() {
        var s = EventScript()
        s.add(1, pid: 100, process: "MainProcess", "print", [("text", .string("hello"))])
        s.add(2, pid: 100, process: "MainProcess", "process.exit", [("exitcode", .int(0))])
        XCTAssertEqual(Annotator(timeline: s.timeline()).notes(), [])
    }
}
