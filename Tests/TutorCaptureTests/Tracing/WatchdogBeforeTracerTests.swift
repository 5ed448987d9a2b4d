import XCTest
import Foundation
@testable import TutorCore
@testable import TutorCapture

/// Round 15H: r15h_lock_reacquired_nested traced with a 5 s watchdog at load 20 recorded nothing before the watchdog
/// stopped it, and the run said "no process reported any event: the tracer did not start in this python".
final class WatchdogBeforeTracerTests: XCTestCase {
    private func problem(timedOut: Bool) throws -> String? {
        let folder = NSTemporaryDirectory() + "mpt-watchdog-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = RunFacts(exitCode: timedOut ? nil : 0, signal: timedOut ? 15 : nil, timedOut: timedOut, timeoutSeconds: 5,
                           durationNs: 5_000_000_000)
        let request = TracedRun.Request(python: "python3", script: "/tmp/prog.py", arguments: [])
        let assembled = TracedRun.transcript(request, eventsDirectory: folder, run: run, startNs: 1, endNs: 5_000_000_001,
                                             mainPid: 4242, environment: [:], recordedAt: "2026-12-05T00:00:00Z")
        return assembled.transcript.trailer?.run.recordingProblem
    }

    func testARunTheWatchdogStoppedBeforeAnyEventSaysSoNotThatTheTracerCannotStart() throws {
        XCTAssertEqual(try problem(timedOut: true), "no process reported any event before the watchdog stopped the run after 5.000 s: the tracer "
                       + "had not started yet (a slow start, or a busy machine: a longer --timeout may show the run)")
        XCTAssertEqual(try problem(timedOut: false), Phrase.checkTracerSilent.text(in: .en))
        // shown again in Chinese from the recorded English
        let shown = Language.with(.zh) { RecordedProblem(Phrase.recordingNotStartedBeforeWatchdog.text(in: .en, ["limit": "5.000 s"])) }
        XCTAssertTrue(shown.isKnown)
        XCTAssertTrue(shown.text.contains("5.000 s") && shown.text.contains("看门狗"), shown.text)
    }
}
