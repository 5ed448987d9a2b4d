import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// map() over a generator is submitted after the generator ran, run live.
final class PoolSubmitIntegrationTests: XCTestCase {
    /// The screen with the continuation lines of a wide row joined back to it.
    private func trace(_ program: String, _ method: String) throws -> (String, Transcript) {
        let (wrapped, transcript) = try CorpusTrace.run(program, method: method, timeout: "20", width: 400)
        return (wrapped.replacingOccurrences(of: "\n    ", with: " "), transcript)
    }

    /// map() over a generator: the submission row comes after the generator's own prints (map makes a list first).
    func testMapOverAGeneratorIsSubmittedAfterTheGeneratorRan() throws {
        let (screen, _) = try trace("r5a_pool_map_generator.py", "fork")
        let lines = screen.split(separator: "\n").map(String.init)
        let yield2 = try XCTUnwrap(lines.firstIndex { $0.contains("print \"yield 2\"") }, screen)
        let submit = try XCTUnwrap(lines.firstIndex { $0.contains("map → task 0 (3 chunks)") }, screen)
        XCTAssertLessThan(yield2, submit, screen)
    }
}
