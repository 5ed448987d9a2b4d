import XCTest
@testable import TutorCore
@testable import TutorTerminal

/// Which Pythons a run is not warned about (issue 11 item 10): 3.12 and 3.13 passed the tracer's tests, CPython's
/// multiprocessing suite traced vs untraced and the lessons' claims here; 3.14 was not there to try.
final class VerifiedPythonsTests: XCTestCase {
    func testVerifiedVersionsAreNotWarnedAboutAndOthersAre() {
        XCTAssertNil(RunPresenter.versionWarning("3.11.7"))
        XCTAssertNil(RunPresenter.versionWarning("3.12.1"))
        XCTAssertNil(RunPresenter.versionWarning("3.13.0"))
        let warning = try? XCTUnwrap(RunPresenter.versionWarning("3.14.0"))
        XCTAssertEqual(warning?.contains("Python 3.14.0"), true)
        XCTAssertEqual(warning?.contains("3.11, 3.12, 3.13"), true)
        XCTAssertNotNil(RunPresenter.versionWarning("3.10.13"))
        XCTAssertNotNil(RunPresenter.versionWarning(nil))
    }
}
