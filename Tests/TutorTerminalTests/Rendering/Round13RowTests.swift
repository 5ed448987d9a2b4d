import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 13: rows and notes of programs as real users bring them.
final class Round13RowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 200, isInteractive: false))

    /// r13_apply_async_args_not_tuple: `apply_async(square, (5))` passes the int 5 and `apply_async(shout, ("hey"))` the
    /// str 'hey'; the worker calls func(*args). The rows said "square(5)" and "shout('hey')", calls that never happened
    /// (the first raised "argument after * must be an iterable", the second got three arguments 'h', 'e', 'y').
    func testTaskArgsThatAreNotATupleShowTheStarThatUnpacksThem() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(0)), ("func", .string("square")), ("args", .string("5")), ("chunks", .int(1)), ("method", .string("apply_async"))])
        s.add(3, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(1)), ("func", .string("shout")), ("args", .string("'hey'")), ("chunks", .int(1)), ("method", .string("apply_async"))])
        s.add(4, pid: 201, process: "ForkPoolWorker-1", .taskStart,
              [("job", .int(1)), ("index", .int(0)), ("func", .string("shout")), ("args", .string("'hey'")), ("call", .bool(true))])
        s.add(5, pid: 201, process: "ForkPoolWorker-1", .taskStart,
              [("job", .int(2)), ("index", .int(0)), ("func", .string("shout")), ("args", .string("('hey',)")), ("call", .bool(true))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(describer.describe(2), "apply_async → task 0 square(*5)")
        XCTAssertEqual(describer.describe(3), "apply_async → task 1 shout(*'hey')")
        XCTAssertEqual(describer.describe(4), "▶ task 1 shout(*'hey')")
        XCTAssertEqual(describer.describe(5), "▶ task 2 shout('hey')")
    }

    /// r13_process_target_called: `Process(target=work(n))` ran work(n) in MainProcess and gave each child target=None;
    /// the rows showed three children that started, "run() returned" and exited with code 0, as if they had worked.
    func testAProcessWithNoTargetSaysItsRunDoesNothing() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processSpawn,
              [("child_pid", .int(201)), ("name", .string("Process-1")), ("no_target", .bool(true))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(202)), ("name", .string("Process-2"))])
        s.add(3, pid: 100, process: "MainProcess", .processSpawn,
              [("child_pid", .int(203)), ("name", .string("Process-3")), ("no_target", .bool(true))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(describer.describe(1), "start() → Process-1 pid 201 · no target: its run() does nothing")
        XCTAssertEqual(describer.describe(2), "start() → Process-2 pid 202")
        let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .noTarget }
        XCTAssertEqual(notes.map(\.eventIndex), [1])
        XCTAssertTrue(notes.first?.text.contains("Process(target=work(n)) calls work(n) right there") == true, "\(notes)")
        XCTAssertTrue(notes.first?.text.contains("The same for 1 more started after it (Process-3).") == true, "\(notes)")
    }

    /// r13_pool_map_tuple_args: `pool.map(power, [(2, 3), …])` with `def power(base, exp)`: every task raised "TypeError:
    /// power() missing 1 required positional argument: 'exp'" and nothing said that map() passes each pair as one
    /// argument. A TypeError of another kind, or an item that is not a tuple, says nothing.
    func testAMapOfTuplesIntoATwoArgumentFunctionSaysEachItemIsOneArgument() {
        func run(item: String, error: String) -> [Note] {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
            s.add(2, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
                  [("job", .int(0)), ("func", .string("power")), ("args", .string("[...]")), ("chunks", .int(4)), ("method", .string("map"))])
            s.add(3, pid: 201, process: "ForkPoolWorker-1", .taskStart,
                  [("job", .int(0)), ("index", .int(1)), ("func", .string("power")), ("args", .string("(\(item),)")), ("items", .int(1))])
            s.add(4, pid: 201, process: "ForkPoolWorker-1", .taskEnd,
                  [("job", .int(0)), ("index", .int(1)), ("ok", .bool(false)), ("result", .string(error))])
            return Annotator(timeline: s.timeline()).notes().filter { $0.kind == .mapItemAsOneArgument }
        }
        let missing = "TypeError: power() missing 1 required positional argument: 'exp'"
        let notes = run(item: "(3, 2)", error: missing)
        XCTAssertEqual(notes.map(\.eventIndex), [4])
        XCTAssertTrue(notes.first?.text.hasPrefix("map() calls power with each item as its one argument: this task called power((3, 2)), "
                                                  + "so the parameters after the first were missing.") == true, "\(notes)")
        XCTAssertTrue(run(item: "3", error: missing).isEmpty)
        XCTAssertTrue(run(item: "(3, 2)", error: "TypeError: unsupported operand type(s) for ** or pow(): 'tuple' and 'int'").isEmpty)
    }
}
