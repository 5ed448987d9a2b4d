import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// A lesson note's `if:` check (round 26S): join-placement's "main's code is over at {t}, yet children are still
/// working" was shown on a spawn run (12 children) whose children had all ended before main printed "done", while the
/// lesson's own claim on that order failed on the same screen.
final class NoteConditionTests: XCTestCase {
    private func run(childEndsFirst: Bool) -> Timeline {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 101, ppid: 100, process: "Process-1", .processStart, [("name", .string("Process-1")), ("role", .string("child"))])
        // events in time order (a transcript's order is its seq)
        if childEndsFirst { s.add(2, pid: 101, ppid: 100, process: "Process-1", .processExit, [("exitcode", .int(0))]) }
        s.add(3, pid: 100, process: "MainProcess", .print, [("text", .string("main: done; children still running: 1"))])
        if !childEndsFirst { s.add(4, pid: 101, ppid: 100, process: "Process-1", .processExit, [("exitcode", .int(0))]) }
        return s.timeline()
    }

    private let rule = NoteRule(when: "print where text ~ \"main: done\"", say: "yet children are still working", once: false,
                                variants: [], line: 1,
                                condition: "first print where text ~ \"main: done\" before last process.exit where role == child")

    func testANoteWhoseConditionFailsIsNotShown() {
        let notes = Annotator(timeline: run(childEndsFirst: true), rules: [rule]).notes().filter { $0.source == .lesson }
        XCTAssertEqual(notes.map(\.text), [])
    }

    func testANoteWhoseConditionHoldsIsShown() {
        let notes = Annotator(timeline: run(childEndsFirst: false), rules: [rule]).notes().filter { $0.source == .lesson }
        XCTAssertEqual(notes.map(\.text), ["yet children are still working"])
    }

    /// The lesson itself carries the check, in both languages (their structures must agree).
    func testJoinPlacementsStillWorkingNoteHasItsCheck() throws {
        for lang in ["", "zh/"] {
            let text = try String(contentsOfFile: BinaryHarness.repoRoot + "/lessons/join-placement/\(lang)join-placement.md", encoding: .utf8)
            let lesson = try LessonParser.parse(text, file: "join-placement.md")
            let note = try XCTUnwrap(lesson.notes.first { $0.when == "print where text ~ \"main: done\"" })
            XCTAssertEqual(note.condition, "first print where text ~ \"main: done\" before last process.exit where role == child", lang)
        }
    }
}

extension NoteConditionTests {
    /// join-placement's note at "main starts child {children};" said "Every child started before this one is still
    /// working": on the 12-child spawn run none had said hello yet (their interpreters were still starting until
    /// 7.1 s; the note came at 2.8 s). The note now says what holds at that print under every start method.
    func testJoinPlacementsLoopNoteDoesNotSayTheChildrenAreWorking() throws {
        for lang in ["", "zh/"] {
            let text = try String(contentsOfFile: BinaryHarness.repoRoot + "/lessons/join-placement/\(lang)join-placement.md", encoding: .utf8)
            let lesson = try LessonParser.parse(text, file: "join-placement.md")
            let note = try XCTUnwrap(lesson.notes.first { $0.when.contains("main starts child {children};") })
            XCTAssertFalse(note.say.contains("still working") || note.say.contains("都还在工作"), note.say)
            XCTAssertTrue(note.say.contains("spawn or forkserver") || note.say.contains("spawn 或 forkserver"), note.say)
        }
    }
}
