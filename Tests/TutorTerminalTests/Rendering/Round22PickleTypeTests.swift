import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// The type of an argument start() could not pickle, named with its module when the error names that type.
final class Round22PickleTypeTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    private func startFailed(error: String, type: String) -> String {
        var s = DocsExamplesDescriberTests.mainProcess()
        let at = s.add(1, pid: 100, process: "MainProcess", .processError, [("name", .string("inherits")), ("op", .string("start")),
                                                                            ("error", .string(error)), ("argument", .string("conn")), ("argument_type", .string(type))])
        return EventDescriber(timeline: s.timeline(), painter: painter).describe(at)
    }

    /// r22_sqlite_conn_before_start under spawn: "the argument that could not be pickled: conn, a Connection" read as
    /// multiprocessing's own Connection (which pickles); the error itself says sqlite3.Connection.
    func testASqliteConnectionIsNamedWithItsModule() {
        let row = startFailed(error: "TypeError: cannot pickle 'sqlite3.Connection' object", type: "Connection")
        XCTAssertTrue(row.hasSuffix("(the argument that could not be pickled: conn, a sqlite3.Connection)"), row)
    }

    /// A type the error does not name (a dict holding a lock) and a private module keep the short name.
    func testOtherTypesKeepTheirShortName() {
        XCTAssertTrue(startFailed(error: "TypeError: cannot pickle '_thread.lock' object", type: "dict").hasSuffix("conn, a dict)"))
        XCTAssertTrue(startFailed(error: "TypeError: cannot pickle '_io.BufferedRandom' object", type: "BufferedRandom").hasSuffix("conn, a BufferedRandom)"))
    }
}
