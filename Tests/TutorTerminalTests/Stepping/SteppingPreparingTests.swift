import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A jump to a step whose state the background thread has not made yet lands at once: the event is shown,
/// and the state panel says how far the preparation is instead of a state (it does not freeze waiting for it),
/// then shows the state once it is made.
final class SteppingPreparingTests: XCTestCase {
    /// The pool-async run with a checkpoint every 3 events, its preparation claimed (with or without its thread).
    private func model(thread: Bool) throws -> StepModel {
        let timeline = TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot + "/Tests/Fixtures/pool-async.jsonl"))
        let replayer = StateReplayer(timeline: timeline, checkpointEvery: 3)
        replayer.prepareAll(startingThread: thread)
        return StepModel(timeline: timeline, notes: [], capabilities: SteppingTestSupport.plain80, replayer: replayer)
    }

    func testAJumpPastTheCheckpointsMadeLandsAndItsStatePanelSaysHowFarThePreparationIs() throws {
        let model = try model(thread: false)
        let last = model.count - 1
        XCTAssertGreaterThan(last, 10)
        // Only slot 0 is made: steps 0 and 1 replay from it, step 2 needs slot 1.
        XCTAssertTrue(model.replayer.isReady(after: 1))
        XCTAssertFalse(model.replayer.isReady(after: 2))
        XCTAssertFalse(model.replayer.isReady(after: last))
        var session = StepSession()
        XCTAssertEqual(session.handle(.character("G"), in: model), .stay)
        XCTAssertEqual(session.step, last, "the view lands at once")
        XCTAssertEqual(session.arriving, last)
        session.continueArriving(in: model)
        XCTAssertEqual(session.arriving, last, "not made yet")
        let screen = StepScreen(model: model, session: session, size: .init(width: 120, height: 30)).lines()
        XCTAssertTrue(screen[0].contains("step \(last + 1)/\(model.count)"), screen[0])
        let preparing = "preparing the state at step \(last + 1): 0 of \(model.count) steps replayed so far"
        let panel = try XCTUnwrap(screen.firstIndex { $0.contains("state after step \(last + 1)") }, screen.joined(separator: "\n"))
        XCTAssertTrue(screen[panel + 1].contains(preparing), screen[panel + 1])
        XCTAssertFalse(screen.last?.contains("preparing") == true, "the key line keeps its keys: " + (screen.last ?? ""))
        // Esc is no longer needed to stop a wait: the view shows the step; keys work as on any step.
        XCTAssertEqual(session.handle(.escape, in: model), .stay)
        XCTAssertEqual(session.step, last)
        // A step whose checkpoint is made shows its state at once.
        _ = session.handle(.character("2"), in: model)
        _ = session.handle(.enter, in: model)
        XCTAssertEqual(session.step, 1)
        XCTAssertNil(session.arriving)
        let ready = StepScreen(model: model, session: session, size: .init(width: 120, height: 30)).lines()
        XCTAssertFalse(ready.contains { $0.contains("preparing") }, ready.joined(separator: "\n"))
    }

    func testAJumpLandsOnceTheThreadHasMadeItsCheckpoint() throws {
        let model = try model(thread: true)
        var session = StepSession()
        _ = session.handle(.character("G"), in: model)
        let deadline = Date().addingTimeInterval(30)
        XCTAssertEqual(session.step, model.count - 1)
        while session.arriving != nil, Date() < deadline {
            usleep(1_000)
            session.continueArriving(in: model)
        }
        XCTAssertNil(session.arriving)
        XCTAssertEqual(session.step, model.count - 1)
        XCTAssertTrue(session.follows)
        var plain = RunState()
        for index in model.timeline.events.indices { plain.apply(index, of: model.timeline) }
        XCTAssertEqual(model.replayer.state(after: session.step), plain)
        XCTAssertEqual(model.replayer.preparedEvents, model.count)
    }

    func testWithoutABackgroundPreparationEveryJumpLandsAtOnce() throws {
        let model = try SteppingTestSupport.poolAsync()
        var session = StepSession()
        _ = session.handle(.character("G"), in: model)
        XCTAssertEqual(session.step, model.count - 1)
        XCTAssertNil(session.arriving)
    }
}
