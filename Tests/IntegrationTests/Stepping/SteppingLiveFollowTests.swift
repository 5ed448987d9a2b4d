import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// The cursor of the live view across refreshes: on the same event when earlier events arrive late, on
/// each new event in follow mode, and on the same event when the final timeline replaces the live one.
final class SteppingLiveFollowTests: XCTestCase {
    private typealias Files = EventFileLines
    private var folder: TemporaryFolder!
    private var growing: GrowingTraceFolder!
    private var mainLines: [String] = []

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        growing = GrowingTraceFolder(directory: folder.path)
        mainLines = [Files.proc(pid: 1000, t: 100)]
    }

    override func tearDown() { folder.remove() }

    /// Appends prints of the main process at times `ts` (ms-free: ns after the start) and re-reads.
    private func mainPrints(_ ts: [Int]) throws {
        for t in ts { mainLines.append(Files.print("m\(t)", pid: 1000, t: t, n: mainLines.count)) }
        try folder.write("1000-100.jsonl", mainLines.joined(separator: "\n") + "\n")
        growing.refresh()
    }

    private func model(live: Bool = true) -> StepModel {
        let merged = live ? growing.merged(startNs: Files.start, mainPid: 1000)
            : TraceMerger.merge(directory: folder.path, startNs: Files.start, endNs: Files.start + 10_000, mainPid: 1000, run: RunFacts())
        let header = TranscriptHeader(platform: "linux", cpus: 2, mptutorVersion: "test", recordedAt: "now")
        let timeline = TimelineBuilder.build(Transcript(header: header, events: merged.events, trailer: nil))
        return StepModel(timeline: timeline, notes: [], capabilities: TerminalCapabilities(color: false, unicode: true, width: 80, isInteractive: false), keys: merged.keys, isLive: live)
    }

    private func text(_ model: StepModel, _ session: StepSession) -> String? {
        model.timeline.events[session.step].text
    }

    func testTheCursorStaysOnTheSameEventWhenALateEventSortsBeforeIt() throws {
        try mainPrints([1000, 2000, 3000])
        var old = model()
        var session = StepSession()
        _ = session.handle(.character("g"), in: old)
        _ = session.handle(.right, in: old)
        XCTAssertEqual(text(old, session), "m2000")
        XCTAssertFalse(session.follows, "not on the last event")
        // A child's file appears with an event earlier than the cursor's.
        try folder.write("1001-150.jsonl", [Files.proc(pid: 1001, t: 150, role: "child", name: "Process-1"),
                                            Files.print("c", pid: 1001, t: 1500, n: 1)].joined(separator: "\n") + "\n")
        growing.refresh()
        let new = model()
        session.move(from: old, to: new)
        XCTAssertEqual(session.step, 2, "the index moved")
        XCTAssertEqual(text(new, session), "m2000", "the event did not")
        old = new
        try mainPrints([4000])
        let newer = model()
        session.move(from: old, to: newer)
        XCTAssertEqual(text(newer, session), "m2000", "new events after it do not move it")
    }

    func testFollowModeMovesToEachNewEventUntilSteppingBack() throws {
        try mainPrints([1000])
        var old = model()
        var session = StepSession()
        XCTAssertTrue(session.follows, "the view opens following the run")
        try mainPrints([2000, 3000])
        var new = model()
        session.move(from: old, to: new)
        XCTAssertEqual(text(new, session), "m3000")
        XCTAssertEqual(session.handle(.right, in: new), .stay)
        XCTAssertEqual(session.message, "this is the last event so far: the view follows the run")
        _ = session.handle(.character("b"), in: new)
        XCTAssertFalse(session.follows, "stepping back leaves follow mode")
        old = new
        try mainPrints([4000])
        new = model()
        session.move(from: old, to: new)
        XCTAssertEqual(text(new, session), "m2000")
        _ = session.handle(.character("G"), in: new)
        XCTAssertTrue(session.follows, "G follows again")
        old = new
        try mainPrints([5000])
        new = model()
        session.move(from: old, to: new)
        XCTAssertEqual(text(new, session), "m5000")
        _ = session.handle(.left, in: new)
        _ = session.handle(.right, in: new)
        XCTAssertTrue(session.follows, "back on the last event by stepping: following again")
    }

    func testTheFinalTimelineKeepsTheCursorOnTheSameEvent() throws {
        try mainPrints([1000, 2000])
        let live = model()
        var session = StepSession()
        session.move(from: live, to: live)
        XCTAssertEqual(text(live, session), "m2000")
        let final = model(live: false)
        XCTAssertEqual(final.count, live.count + 1, "the final timeline adds the main process's end")
        session.move(from: live, to: final, following: false)
        XCTAssertEqual(text(final, session), "m2000", "not the last event: the same one")
    }
}
