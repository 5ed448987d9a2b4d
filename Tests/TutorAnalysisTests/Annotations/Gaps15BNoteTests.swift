import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 15B: a target whose call with a string's characters as its arguments raised TypeError is tied to the row of
/// the string args (g15b_thread_hooks_args).
final class Gaps15BNoteTests: XCTestCase {
    /// Process-2 made with args='abc'; its child's traceback ends in run()'s call of the target (`callLine`), with
    /// "but `given` were given"; thread T-greet started with args='abc', ending by `threadError`.
    private func run(callLine: String = "    self._target(*self._args, **self._kwargs)", given: Int = 3,
                     threadError: String = "TypeError: greet() takes 1 positional argument but 3 were given") -> (Timeline, [Int]) {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        let threadArgs = s.add(1, pid: 10, process: "MainProcess", .threadArgsString,
                               [("name", .string("T-greet")), ("value", .string("'abc'")), ("type", .string("str")),
                                ("count", .int(3)), ("site", .string("prog.py:30"))])
        s.add(2, pid: 10, process: "MainProcess", .threadStart, [("name", .string("T-greet")), ("target", .string("greet"))])
        let threadExit = s.add(3, pid: 10, process: "MainProcess", thread: "T-greet", .threadExit,
                               [("name", .string("T-greet")), ("raised", .string("TypeError")), ("error", .string(threadError))])
        let processArgs = s.add(10, pid: 10, process: "MainProcess", .processArgsString,
                                [("name", .string("Process-2")), ("value", .string("'abc'")), ("type", .string("str")),
                                 ("count", .int(3)), ("site", .string("prog.py:36"))])
        s.add(11, pid: 10, process: "MainProcess", .processSpawn, [("name", .string("Process-2")), ("child_pid", .int(20))])
        s.add(12, pid: 20, process: "Process-2", .processStart, [("name", .string("Process-2")), ("role", .string("child"))])
        let end = s.add(13, pid: 20, process: "Process-2", .processRunEnd,
                        [("name", .string("Process-2")), ("exitcode", .int(1)), ("raised", .string("TypeError"))])
        for line in ["Process Process-2:", "Traceback (most recent call last):",
                     "  File \"/usr/lib/python3.11/multiprocessing/process.py\", line 108, in run", callLine,
                     "    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                     "TypeError: greet() takes 1 positional argument but \(given) were given"] {
            s.add(14, pid: 20, process: "Process-2", .print, [("stream", .string("stderr")), ("text", .string(line))])
        }
        return (s.timeline(), [threadArgs, threadExit, processArgs, end])
    }

    func testATargetThatRefusedAStringsCharactersIsTiedToTheArgsRow() throws {
        let (timeline, steps) = run()
        let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .argsStringCall }
        XCTAssertEqual(notes.map(\.eventIndex), [steps[1], steps[3]])
        XCTAssertEqual(notes.first?.text, "thread T-greet's run() raised TypeError: greet() takes 1 positional argument but 3 were given: the 3 arguments are the items of args='abc' (its row at 0.001 s), which run() passed to greet with *args, one per character. Write args=('abc',) to pass it as one argument")
        XCTAssertEqual(notes.last?.text, "Process-2's run() raised TypeError: greet() takes 1 positional argument but 3 were given, at its call of the target itself (its traceback ends in run()'s self._target(*self._args, **self._kwargs)): the 3 arguments are the items of args='abc', the string its row at 0.010 s names, which Process made into a tuple of its characters. Write args=('abc',) to pass it as one argument")
        XCTAssertEqual(notes.last?.premise, .argsStringCall(ArgsStringCall(argsStep: steps[2], failStep: steps[3])))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations().filter { $0.invariant == "note-premise" }, [])
    }

    func testATypeErrorRaisedElsewhereOrOfAnotherCountIsNotTied() {
        // the traceback goes on inside the target (not the call itself), or the counts differ, or another function
        let inside = run(callLine: "    helper(x, y)").0
        XCTAssertFalse(Annotator(timeline: inside).notes().contains { $0.kind == .argsStringCall && $0.text.hasPrefix("Process-2") })
        let other = run(given: 2, threadError: "TypeError: greet() takes 1 positional argument but 2 were given").0
        XCTAssertFalse(Annotator(timeline: other).notes().contains { $0.kind == .argsStringCall })
        let elsewhere = run(threadError: "TypeError: helper() takes 1 positional argument but 3 were given").0
        XCTAssertFalse(Annotator(timeline: elsewhere).notes().contains { $0.kind == .argsStringCall && $0.text.hasPrefix("thread") })
        // a premise naming another failure does not hold
        let (timeline, steps) = run()
        XCTAssertFalse(NotePremise.argsStringCall(ArgsStringCall(argsStep: steps[2], failStep: steps[1])).holds(in: StateReplayer(timeline: timeline)))
    }
}
