import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// The doomed-wait queries answer from steps gathered once (`PoolWaitLookup`) instead of scanning every earlier event
/// per `pool.wait` (quadratic: the 1M `pool_get` mix never finished). Their answers must be the scans' answers: the
/// scans are written out here, as they were, and compared on every wait of every committed transcript.
final class PoolWaitLookupTests: XCTestCase {
    private func scannedTerminate(_ wait: Int, _ events: [TraceEvent]) -> Int? {
        guard events[wait].is(.poolWait), let pool = events[wait].object, let job = events[wait].job, job >= 0,
              events[wait].string(EventField.call) != "join()",
              let terminate = events[..<wait].lastIndex(where: { $0.is(.poolTerminate) && $0.object == pool
                  && $0.string(EventField.error) == nil && $0.string(EventField.terminatedBy) == nil }) else { return nil }
        let back = events[terminate..<wait].contains { $0.is(.poolResult) && $0.job == job && $0.pid == events[wait].pid }
        return back ? nil : terminate
    }

    private func scannedHandlerDeath(_ wait: Int, _ events: [TraceEvent]) -> Int? {
        guard events[wait].is(.poolWait), let pool = events[wait].object,
              let job = events[wait].job, job >= 0, events[wait].string(EventField.call) != "join()" else { return nil }
        let pid = events[wait].pid
        let poolOfJob: (Int64) -> String? = { j in events[..<wait].last { $0.is(.poolSubmit) && $0.job == j && $0.pid == pid }?.object }
        guard let died = events[..<wait].lastIndex(where: { e in
            guard e.is(.poolCallbackEnd), e.pid == pid, e.ok == false, let error = e.string(EventField.error),
                  !error.hasPrefix("KeyError"), let j = e.job else { return false }
            return poolOfJob(j) == pool
        }) else { return nil }
        return events[..<wait].contains { $0.is(.poolResult) && $0.job == job && $0.pid == pid } ? nil : died
    }

    func testTheLookupAnswersAsTheScansOnEveryCommittedWait() throws {
        var waits = 0, doomed = 0, mismatches: [String] = []
        for folder in ["corpus/transcripts", "transcripts"] {
            let dir = BinaryHarness.repoRoot + "/" + folder
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted() where name.hasSuffix(".jsonl") {
                let events = TimelineBuilder.build(try TranscriptReader.read(path: dir + "/" + name)).events
                let lookup = PoolWaitLookup(events)
                for wait in events.indices(of: .poolWait) {
                    waits += 1
                    let pairs = [(StateQueries.terminatedBeforeWait(wait, in: lookup), scannedTerminate(wait, events)),
                                 (StateQueries.resultHandlerDiedBeforeWait(wait, in: lookup), scannedHandlerDeath(wait, events))]
                    for (fast, scanned) in pairs {
                        if fast != nil { doomed += 1 }
                        if fast != scanned { mismatches.append("\(folder)/\(name) step \(wait): \(String(describing: fast)) vs \(String(describing: scanned))") }
                    }
                }
            }
        }
        XCTAssertGreaterThan(waits, 100, "too few pool waits in the committed transcripts to compare")
        XCTAssertGreaterThan(doomed, 0, "no committed wait is doomed: the comparison would not see a wrong answer")
        XCTAssertEqual(mismatches, [], mismatches.prefix(20).joined(separator: "\n"))
    }
}
