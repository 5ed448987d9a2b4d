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

    // MARK: g15b_manager_get_then_set: `if cache.get(key) is None: cache[key] = …` in two processes

    /// A and B each call get('k') (returning `bResult` for B, by method `bMethod`), then set it.
    private func getRace(bMethod: String = "get", bResult: String = "None") -> (Timeline, set: Int) {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        for (pid, name) in [(20 as Int32, "Process-2"), (30, "Process-3")] {
            s.add(1, pid: pid, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
        }
        func test(_ ms: Double, _ pid: Int32, _ name: String, _ method: String, _ result: String) {
            s.add(ms, pid: pid, process: name, .managerCall, object: "dict#1",
                  [("type", .string("dict")), ("method", .string(method)), ("waited_ns", .int(500_000)), ("ok", .bool(true)),
                   ("args", .string("('k',)")), ("result", .string(result))])
        }
        func set(_ ms: Double, _ pid: Int32, _ name: String) -> Int {
            s.add(ms, pid: pid, process: name, .managerCall, object: "dict#1",
                  [("type", .string("dict")), ("method", .string("__setitem__")), ("waited_ns", .int(2_000_000)), ("ok", .bool(true)),
                   ("args", .string("('k', 'kk')")), ("result", .string("None")), ("access", .string("write")), ("key", .string("'k'")),
                   ("value", .string("'kk'"))])
        }
        test(100, 20, "Process-2", "get", "None")
        test(101, 30, "Process-3", bMethod, bResult)
        _ = set(400, 20, "Process-2")
        let later = set(402, 30, "Process-3")
        return (s.timeline(), later)
    }

    func testTwoGetsThatReturnedNoneBeforeEitherSetAreACheckThenSetRace() throws {
        let (timeline, set) = getRace()
        let notes = Annotator(timeline: timeline).notes()
        let note = try XCTUnwrap(notes.first { $0.kind == .checkThenSet })
        XCTAssertEqual(note.eventIndex, set)
        XCTAssertEqual(note.text, "Process-2 and Process-3 both read dict#1.get('k') and got None (Process-2 at 0.100 s, Process-3 at 0.101 s), before either had stored it; so each set dict#1['k'] (Process-2 at 0.400 s, Process-3 at 0.402 s). A get() and a set are two separate round trips to the manager's server, and nothing kept the other caller from reading in between: a check-then-set race, so both went on to store it. Hold one Manager Lock around the get() and the set")
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations().filter { $0.invariant == "note-premise" }, [])
        // B's get found a value, or B tested with `in` (one get, one `in`: not paired): no note
        XCTAssertFalse(Annotator(timeline: getRace(bResult: "'kk'").0).notes().contains { $0.kind == .checkThenSet })
        XCTAssertFalse(Annotator(timeline: getRace(bMethod: "__contains__", bResult: "False").0).notes().contains { $0.kind == .checkThenSet })
    }
}
