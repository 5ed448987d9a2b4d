import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// A submit() that raised has a row, run live.
final class ExecutorSubmitIntegrationTests: XCTestCase {
    private func trace(_ program: String, method: String, then: (String) throws -> Void = { _ in }) throws -> (screen: String, transcript: Transcript) {
        let (screen, transcript) = try CorpusTrace.run(program, method: method, timeout: "30", status: 0, width: 200, then: then)
        return (screen.replacingOccurrences(of: "\n    ", with: " "), transcript)
    }

    func testASubmitThatRaisedHasARow() throws {
        let (screen, _) = try trace("g6t_submit_broken.py", method: "fork")
        XCTAssertTrue(screen.range(of: #"submit\(square\) on ProcessPoolExecutor#1 raised BrokenProcessPool: no work item was made \(the executor broke at [0-9.]+ s\)"#,
                                   options: .regularExpression) != nil, screen)
        XCTAssertTrue(screen.contains("submit(square) on ProcessPoolExecutor#2 raised RuntimeError: no work item was made"), screen)
    }
}
