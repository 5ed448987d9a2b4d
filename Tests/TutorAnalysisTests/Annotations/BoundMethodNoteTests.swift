import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 12B (r11_executor_bound_method): `executor.submit(self.process, x)` pickles the whole instance with the bound
/// method, so each work item changes its own copy ("each copy's count: [1, 1, 1, 1]", "parent's seen: 0"): nothing said so.
final class BoundMethodNoteTests: XCTestCase {
    private func run(type: String) -> (Timeline, [Int]) {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 10, process: "MainProcess", .executorCreate, object: "Executor#1", [("type", .string(type)), ("max_workers", .int(2))])
        var submits: [Int] = []
        for work in 0..<3 {
            var fields: [(String, JSONValue)] = [("work", .int(Int64(work))), ("args", .string("(\(work),)")),
                                                 ("method", .string("submit")), ("items", .null)]
            fields.append(("func", .string(work == 2 ? "scale" : "Resizer.process")))
            if work < 2 { fields.append(("bound", .string("Resizer"))) }
            submits.append(s.add(Double(2 + work), pid: 10, process: "MainProcess", .futureSubmit, object: "Executor#1", fields))
        }
        return (s.timeline(), submits)
    }

    func testTheFirstSubmitOfABoundMethodSaysEachWorkItemGetsItsOwnCopy() throws {
        let (timeline, submits) = run(type: "ProcessPoolExecutor")
        let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .boundMethodCopied }
        XCTAssertEqual(notes.map(\.eventIndex), [submits[0]], "once per executor and class")
        XCTAssertEqual(notes.first?.text, "submit() was given a bound method, Resizer.process: pickling it for a worker pickles its instance, "
                       + "a Resizer, with it, so each work item of Executor#1 runs Resizer.process on its own copy of that Resizer, unpickled in "
                       + "the worker process. What Resizer.process changes in self stays in that copy: the Resizer in MainProcess never sees it, "
                       + "and only what the method returns comes back.")
        XCTAssertEqual(notes.first?.premise, .boundMethodPickled(step: submits[0]))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: Annotator(timeline: timeline).notes()).violations(), [])
    }

    func testAThreadPoolExecutorSharesTheInstance() {
        let (timeline, _) = run(type: "ThreadPoolExecutor")
        XCTAssertTrue(Annotator(timeline: timeline).notes().filter { $0.kind == .boundMethodCopied }.isEmpty)
    }
}
