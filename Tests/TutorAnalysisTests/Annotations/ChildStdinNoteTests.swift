import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// g10a_child_input_eof (the lead's round-9 `input()` program): a child's `input()` raised EOFError and nothing said that
/// multiprocessing gives every child it starts os.devnull as standard input.
final class ChildStdinNoteTests: XCTestCase {
    /// A process of `role` (a hand `os.fork()` when `osFork`) whose traceback ends in `last`, quoting `line`.
    private func run(role: String = "child", osFork: Bool = false, line: String = "    name = input(\"your name? \")",
                     last: String = "EOFError: EOF when reading a line") -> (Timeline, Int) {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 11, process: "Process-1", .processStart,
              [("name", .string("Process-1")), ("role", .string(role))] + (osFork ? [("os_fork", .bool(true))] : []))
        let lines = ["Process Process-1:", "Traceback (most recent call last):", "  File \"prog.py\", line 8, in ask", line]
        for (i, text) in lines.enumerated() {
            s.add(2 + Double(i) / 10, pid: 11, process: "Process-1", .print, [("stream", .string("stderr")), ("text", .string(text))])
        }
        let at = s.add(3, pid: 11, process: "Process-1", .print, [("stream", .string("stderr")), ("text", .string(last))])
        return (s.timeline(), at)
    }

    func testInputsEOFErrorInAChildSaysItsStdinIsDevnull() throws {
        let (timeline, at) = run()
        let notes = Annotator(timeline: timeline).notes()
        let note = try XCTUnwrap(notes.first { $0.eventIndex == at })
        XCTAssertEqual(note.kind, .childStdinEOF)
        XCTAssertTrue(note.text.hasPrefix("input() raised EOFError in Process-1 because multiprocessing gives every child it starts "
                                          + "os.devnull as standard input"), note.text)
        XCTAssertEqual(note.premise, .inputEOFInChild(step: at))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
    }

    func testNoSuchNoteWithoutInputOrOutsideAChildOfMultiprocessing() {
        for (timeline, at) in [run(line: "    x = sys.stdin.read()"), run(role: "main"), run(osFork: true),
                               run(last: "EOFError: Ran out of input")] {
            XCTAssertNil(Annotator(timeline: timeline).notes().first { $0.eventIndex == at && $0.kind == .childStdinEOF })
        }
    }
}
