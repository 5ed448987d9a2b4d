import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 17B: rows that said less than the record holds, or mixed a nested pool's jobs with its parent's.
final class Gaps17BRowTests: XCTestCase {
    /// r15_late_binding_lambda_targets: three `Process(target=lambda: work(i))` started after their loop; every fork child
    /// printed 2 and no row named the target. The tracer now names it on `process.spawn`, with what its closure held at
    /// start() and its defaults; a record without `target` (an older tracer, a Pool's own worker) keeps the old row.
    func testAStartRowNamesItsTargetAndWhatALambdaReadFromItsScope() {
        var s = DocsExamplesDescriberTests.mainProcess()
        func spawn(_ ms: Double, _ name: String, _ extra: [(String, JSONValue)]) -> Int {
            s.add(ms, pid: 100, process: "MainProcess", .processSpawn,
                  [("child_pid", .int(200 + Int64(ms))), ("name", .string(name)), ("daemon", .bool(false))] + extra)
        }
        let late = spawn(1, "late-0", [("target", .string("<listcomp>.<lambda>")), ("closure", .string("i=2"))])
        let defaults = spawn(2, "default", [("target", .string("<lambda>")), ("defaults", .string("i=0, k='x'"))])
        let plain = spawn(3, "fixed-0", [("target", .string("work"))])
        let older = spawn(4, "old", [])
        let rows = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        XCTAssertEqual(rows.describe(late), "start() → late-0 pid 201 · target <listcomp>.<lambda>, reading i=2 from enclosing scopes at start() (a lambda or nested function looks such variables up when it runs, not when it was made)")
        XCTAssertEqual(rows.describe(defaults), "start() → default pid 202 · target <lambda>, with defaults i=0, k='x' (fixed when it was made)")
        XCTAssertEqual(rows.describe(plain), "start() → fixed-0 pid 203 · target work")
        XCTAssertEqual(rows.describe(older), "start() → old pid 204")
        let zh = Language.with(.zh) { rows.describe(late) }
        XCTAssertEqual(zh, "start() → late-0 pid 201 · target 为 <listcomp>.<lambda>，调用 start() 时它从外层作用域读到 i=2（lambda 或嵌套函数在运行时才查找这些变量，而不是在创建时）")
    }

    /// gaps 16A Left 3: `sl[0:2] = 9` on a ShareableList raised TypeError and no row said so. The tracer now records it on
    /// the exception path; a slice was said as a ctypes Array's slice ("the items before the one that failed were
    /// written"), which a ShareableList never does: it compares the position with 0 before anything is written.
    func testAShareableListWriteAtAPositionNotAnIntSaysNothingWasWritten() {
        var s = DocsExamplesDescriberTests.mainProcess()
        func failed(_ ms: Double, _ attr: String, _ error: String) -> Int {
            s.add(ms, pid: 100, process: "MainProcess", .sharedWriteError, object: "ShareableList#1",
                  [("attr", .string(attr)), ("value", .string("9")), ("error", .string(error))])
        }
        let slice = failed(1, "[0:2]", "TypeError: '>=' not supported between instances of 'slice' and 'int'")
        let float = failed(2, "[<float>]", "TypeError: list indices must be integers or slices, not float")
        let index = failed(3, "[-6]", "IndexError: assignment index out of range")
        let rows = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        XCTAssertEqual(rows.describe(slice), "ShareableList#1[0:2] = 9 raised TypeError: '>=' not supported between instances of 'slice' and 'int': a ShareableList is written one item at a time, at an int position; it takes no slice nor any other kind of index, so nothing was written")
        XCTAssertEqual(rows.describe(float), "ShareableList#1[<float>] = 9 raised TypeError: list indices must be integers or slices, not float: a ShareableList is written one item at a time, at an int position; it takes no slice nor any other kind of index, so nothing was written")
        XCTAssertEqual(rows.describe(index), "ShareableList#1[-6] = 9 raised IndexError: assignment index out of range: nothing was written")
    }
}
