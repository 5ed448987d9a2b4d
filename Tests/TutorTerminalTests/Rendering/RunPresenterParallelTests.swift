import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A long run's summary is made on a second thread while its timeline is rendered: the printed text is the
/// same, byte for byte, as when one is made after the other.
final class RunPresenterParallelTests: XCTestCase {
    func testTheSummaryMadeOnASecondThreadGivesTheSameText() throws {
        let folder = BinaryHarness.repoRoot + "/transcripts"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".jsonl") }.sorted()
        let paths = names.prefix(12).map { folder + "/" + $0 }
            + ["pool-async.jsonl", "contention.jsonl", "futures-vs-pool.jsonl", "executor-broken.jsonl"].map { BinaryHarness.repoRoot + "/Tests/Fixtures/" + $0 }
        XCTAssertGreaterThan(paths.count, 10)
        for path in paths {
            let transcript = try TranscriptReader.read(path: path)
            let timeline = TimelineBuilder.build(transcript)
            for language in Language.allCases {
                Language.with(language) {
                    let presenter = RunPresenter(lesson: nil, capabilities: .init(color: true, unicode: true, width: 100, isInteractive: false))
                    let parameters = ["n": "3"]
                    let alone = presenter.body(timeline: timeline, variant: nil, parameters: parameters, parallelFrom: .max)
                    let beside = presenter.body(timeline: timeline, variant: nil, parameters: parameters, parallelFrom: 0)
                    XCTAssertEqual(alone.text, beside.text, path)
                    XCTAssertFalse(alone.text.isEmpty, path)
                }
            }
        }
    }
}
