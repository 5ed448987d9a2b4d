import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// An unpicklable argument and result are said as they happened, run live.
final class PicklingIntegrationTests: XCTestCase {
    /// The screen with the continuation lines of a wide row joined back to it.
    private func trace(_ program: String, _ method: String) throws -> (String, Transcript) {
        let (wrapped, transcript) = try CorpusTrace.run(program, method: method, timeout: "20", width: 400)
        return (wrapped.replacingOccurrences(of: "\n    ", with: " "), transcript)
    }

    /// An unpicklable argument never reached a worker; an unpicklable result was returned, then could not be sent.
    func testUnpicklableArgumentAndResultAreSaidAsTheyHappened() throws {
        let (screen, _) = try trace("r5a_futures_unpicklable.py", "fork")
        // the lambda argument is named since gaps 13B (pickled again alone, it fails the same way)
        XCTAssertTrue(screen.contains("work item 0 never reached a worker: its argument x (a function) could not be pickled (PicklingError"), screen)
        XCTAssertTrue(screen.contains("✗ work item 1 returned, but its result could not be sent back: TypeError: cannot pickle"), screen)
        XCTAssertFalse(screen.contains("✗ work item 1 raised"), screen)
        XCTAssertTrue(screen.contains("3 work items submitted, 2 ran (ForkProcess-1 2), 2 results came back on its manager thread (1 of them an exception "
                                      + "in place of the value: the item returned something its worker could not pickle), 1 never reached a worker (could not be sent)"), screen)
    }
}
