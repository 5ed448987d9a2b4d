import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// `]` / `[` between annotated moments, `/` search with wrapping, digits + Enter, help and quitting.
final class SteppingNavigationTests: XCTestCase {
    typealias Support = SteppingTestSupport

    private func press(_ text: String, _ session: inout StepSession, _ model: StepModel) -> [StepSession.Outcome] {
        text.map { session.handle($0 == "\n" ? .enter : .character($0), in: model) }
    }

    func testBracketsLandOnAnnotatedEvents() throws {
        let model = try Support.poolAsync()
        let annotated = Set(model.annotatedSteps)
        XCTAssertGreaterThan(annotated.count, 3)
        var session = StepSession()
        var visited: [Int] = []
        while true {
            _ = press("]", &session, model)
            if session.message != nil { break }
            visited.append(session.step)
            XCTAssertTrue(annotated.contains(session.step))
            let text = Support.flat(Support.screen(model, step: session.step))
            XCTAssertTrue(text.contains("①") || text.range(of: "[②-⑳]", options: .regularExpression) != nil, text)
        }
        XCTAssertEqual(visited, model.annotatedSteps, "] visits every note in order")
        XCTAssertEqual(session.message, "no note after this step")
        var back: [Int] = []
        session = StepSession(step: model.count - 1)
        while true {
            _ = press("[", &session, model)
            if session.message != nil { break }
            back.append(session.step)
        }
        XCTAssertEqual(back, model.annotatedSteps.reversed())
    }

    func testSearchFindsTheNextMatchAndWraps() throws {
        let model = try Support.poolAsync()
        var session = StepSession()
        _ = press("/task 3\n", &session, model)
        let first = session.step
        XCTAssertTrue(model.searchTexts[first].contains("task 3"), model.searchTexts[first])
        XCTAssertEqual(first, Support.event(.poolSubmit, 4, in: model), "the submit of task 3 comes first")
        _ = press("/\n", &session, model)
        XCTAssertGreaterThan(session.step, first, "/ Enter searches the same text after the current step")
        XCTAssertTrue(model.searchTexts[session.step].contains("task 3"))
        let matches = model.searchTexts.indices.filter { model.searchTexts[$0].contains("task 3") }
        session = StepSession(step: matches.last!)
        _ = press("/TASK 3\n", &session, model)
        XCTAssertEqual(session.step, matches.first, "past the last match the search wraps to the first")
        XCTAssertEqual(session.message, "search wrapped around to the start")
        _ = press("/no such thing\n", &session, model)
        XCTAssertEqual(session.step, matches.first)
        XCTAssertEqual(session.message, "no event mentions 'no such thing'")
        XCTAssertEqual(session.lastQuery, "no such thing")
    }

    func testTypingShowsInTheKeyLineAndEscapeCancels() throws {
        let model = try Support.poolAsync()
        var session = StepSession(step: 5)
        _ = press("/pri", &session, model)
        XCTAssertEqual(Support.screen(model, step: 5).count, 24)
        XCTAssertTrue(StepScreen(model: model, session: session, size: .init(width: 80, height: 24)).lines().last!.hasPrefix(" find: pri"))
        _ = session.handle(.backspace, in: model)
        XCTAssertEqual(session.input, .search("pr"))
        _ = session.handle(.escape, in: model)
        XCTAssertEqual(session.input, .none)
        XCTAssertEqual(session.step, 5)
    }

    func testJumpToAStepNumber() throws {
        let model = try Support.poolAsync()
        var session = StepSession()
        _ = press("57\n", &session, model)
        XCTAssertEqual(session.step, 56)
        XCTAssertTrue(Support.screen(model, step: session.step)[0].hasPrefix(" step 57/\(model.count) "))
        _ = press("0\n", &session, model)
        XCTAssertEqual(session.step, 56)
        XCTAssertEqual(session.message, "no step 0: steps go from 1 to \(model.count)")
        _ = press("9999\n", &session, model)
        XCTAssertEqual(session.step, 56)
        _ = press("3b", &session, model)
        XCTAssertEqual(session.input, .none)
        XCTAssertEqual(session.step, 55, "a key that is not a digit abandons the number and acts")
    }

    func testHelpOverlayAndQuitting() throws {
        let model = try Support.poolAsync()
        var session = StepSession(step: 3)
        _ = press("h", &session, model)
        XCTAssertTrue(session.showsHelp)
        let help = StepScreen(model: model, session: session, size: .init(width: 80, height: 24)).lines()
        XCTAssertTrue(help.contains { $0.contains("find an event by its words") }, help.joined(separator: "\n"))
        XCTAssertTrue(help[0].hasPrefix(" step 4/"), "the header stays")
        XCTAssertEqual(press(" ", &session, model), [.stay])
        XCTAssertFalse(session.showsHelp)
        XCTAssertEqual(session.step, 3, "the key that closes the help does nothing else")
        XCTAssertEqual(press("?q", &session, model), [.stay, .quit])
        XCTAssertEqual(session.handle(.interrupt, in: model), .interrupt)
        XCTAssertEqual(session.handle(.endOfInput, in: model), .quit)
    }
}
