import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal

final class PresentSessionTests: XCTestCase {
    private let questions = [
        QuestionReveal(ask: "How many?", choices: ["1", "2", "3"], query: "max_concurrent_tasks", answer: "2", problem: nil),
        QuestionReveal(ask: "Typed?", choices: [], query: "children", answer: "10", problem: nil),
    ]

    private func context(events: Int = 10, annotated: Set<Int> = [3, 7], runOver: Bool = true) -> PresentContext {
        PresentContext(pages: 2, questions: questions, events: events, annotated: annotated, runOver: runOver, finalPages: 2)
    }

    private func keys(_ session: inout PresentSession, _ keys: [Key], _ context: PresentContext) {
        for key in keys { XCTAssertEqual(session.handle(key, context), .stay) }
    }

    func testPagesThenQuestionsThenTheRunStartsPlaying() {
        var s = PresentSession(questions: 2, speed: 8)
        let c = context()
        keys(&s, [.right], c)
        XCTAssertEqual(s.phase, .page(1))
        keys(&s, [.character("b")], c)
        XCTAssertEqual(s.phase, .page(0))
        keys(&s, [.left], c)
        XCTAssertEqual(s.message, "first page")
        keys(&s, [.character(" "), .character(" ")], c)
        XCTAssertEqual(s.phase, .question(0))
        keys(&s, [.character("2"), .character("9")], c)
        XCTAssertEqual(s.answers[0], "2", "a key past the last choice changes nothing")
        keys(&s, [.character(" "), .character("1"), .character("0"), .backspace, .character("0"), .enter], c)
        XCTAssertEqual(s.answers[1], "10")
        XCTAssertEqual(s.phase, .run)
        XCTAssertTrue(s.playing)
        XCTAssertEqual(s.score(questions), 2, "both answers are the run's")
    }

    func testPlaybackStopsAtEachNoteAndAtTheEnd() {
        var s = PresentSession(questions: 2)
        s.phase = .run
        s.playing = true
        let c = context()
        for _ in 0..<3 { s.tick(c) }
        XCTAssertEqual(s.step, 3)
        XCTAssertFalse(s.playing, "stopped at the note of event 3")
        XCTAssertEqual(s.stoppedAtNote, 3)
        s.tick(c)
        XCTAssertEqual(s.step, 3, "a stopped playback does not move")
        keys(&s, [.character(" ")], c)
        XCTAssertTrue(s.playing)
        for _ in 0..<20 { s.tick(c) }
        XCTAssertEqual(s.step, 7)
        keys(&s, [.character("p")], c)
        for _ in 0..<20 { s.tick(c) }
        XCTAssertEqual(s.step, 9)
        XCTAssertFalse(s.playing)
        XCTAssertTrue(s.playedToEnd(c))
        keys(&s, [.character(" ")], c)
        XCTAssertEqual(s.phase, .answer(0))
    }

    func testALiveRunWaitsForMoreEventsInsteadOfEnding() {
        var s = PresentSession(questions: 0)
        s.phase = .run
        s.playing = true
        let live = context(events: 3, annotated: [], runOver: false)
        for _ in 0..<5 { s.tick(live) }
        XCTAssertEqual(s.step, 2)
        XCTAssertTrue(s.playing, "the run goes on: the playback waits for its next events")
        s.tick(context(events: 5, annotated: [], runOver: false))
        XCTAssertEqual(s.step, 3)
    }

    func testStepBackSpeedAndNotes() {
        var s = PresentSession(questions: 2, speed: 4)
        s.phase = .run
        s.step = 5
        s.playing = true
        let c = context()
        keys(&s, [.left], c)
        XCTAssertEqual(s.step, 4)
        XCTAssertFalse(s.playing, "stepping back pauses")
        keys(&s, [.character("+"), .character("+")], c)
        XCTAssertEqual(s.speed, 16)
        for _ in 0..<20 { keys(&s, [.character("-")], c) }
        XCTAssertEqual(s.speed, PresentSession.speeds.first)
        keys(&s, [.character("]")], c)
        XCTAssertEqual(s.step, 7)
        keys(&s, [.character("["), .character("[")], c)
        XCTAssertEqual(s.step, 3)
        XCTAssertEqual(s.message, "no note before this event")
    }

    func testQuitAndInterruptFromEveryPhase() {
        for phase: PresentSession.Phase in [.page(0), .question(0), .question(1), .run, .answer(1), .final(1)] {
            var s = PresentSession(questions: 2)
            s.phase = phase
            XCTAssertEqual(s.handle(.character("q"), context()), .quit, "\(phase)")
            XCTAssertEqual(s.handle(.interrupt, context()), .interrupt, "\(phase)")
        }
    }

    func testAnswersThenFinalPagesAndBack() {
        var s = PresentSession(questions: 2)
        s.phase = .answer(0)
        let c = context()
        keys(&s, [.right, .right], c)
        XCTAssertEqual(s.phase, .final(0))
        keys(&s, [.right, .right], c)
        XCTAssertEqual(s.phase, .final(1))
        XCTAssertEqual(s.message, "the end: q quits")
        keys(&s, [.left, .left], c)
        XCTAssertEqual(s.phase, .answer(1))
    }

    func testTheScreenNeverOverflowsAndAlwaysShowsTheKeyMap() throws {
        let lesson = Lesson(id: "x", title: "A very long title " + String(repeating: "x", count: 200), unit: "", summary: "",
            seeds: [], file: "lessons/x/x.md", directory: "lessons/x", demo: "demo.py", timeout: 30, parameters: [], variants: [], claims: [],
            notes: [], body: "# T\n\n" + String(repeating: "word ", count: 2000) + "\n\n## Two\n\ntext", bodyLine: 1)
        let caps = TerminalCapabilities(color: false, unicode: true, width: 60, isInteractive: true)
        let deck = PresentDeck(lesson: lesson, questions: questions, capabilities: caps)
        for (width, height) in [(40, 10), (60, 24), (120, 40)] {
            for phase: PresentSession.Phase in [.page(0), .page(3), .question(0), .question(1), .run, .answer(0), .final(0)] {
                var s = PresentSession(questions: 2)
                s.phase = phase
                let run = PresentRun(model: nil, status: "", isLive: false, isOver: true, report: nil, closing: "summary")
                let lines = PresentScreen(deck: deck, session: s, run: run, size: TerminalSize(width: width, height: height)).lines()
                XCTAssertEqual(lines.count, height, "\(phase) at \(width)x\(height)")
                XCTAssertTrue(lines.allSatisfy { $0.displayWidth <= width }, "\(phase) at \(width)x\(height)")
                XCTAssertTrue(lines.last?.hasPrefix(" →/Space next") == true, "\(phase): \(lines.last ?? "")")
            }
            let pages = PresentScreen(deck: deck, session: PresentSession(questions: 2), run: PresentRun(model: nil, status: "", isLive: false, isOver: false),
                                      size: TerminalSize(width: width, height: height)).pages
            XCTAssertGreaterThan(pages.count, 1)
            XCTAssertTrue(pages.allSatisfy { $0.count <= height - 4 })
        }
    }
}
