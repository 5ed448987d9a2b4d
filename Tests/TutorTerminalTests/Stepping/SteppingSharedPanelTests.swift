import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// The state panel's `shared` rows: each shared object's last known value.
final class SteppingSharedPanelTests: XCTestCase {
    private func rows(after step: Int) -> [String] {
        let state = StateReplayer(timeline: Fixtures.sharedRun()).state(after: step)
        return StatePanel(state: state, painter: Painter(capabilities: .plain), width: 100, hidesInfrastructure: true)
            .lines().filter { $0.hasPrefix(" shared") }
    }

    func testInitialValueThenLastReadOrWrite() {
        XCTAssertEqual(rows(after: 2), [" shared     Value#1 (c_int): initially 7",
                                        " shared     Array#1 (c_int[20]): initially [0, 0]\u{00A0}· raw: reads and writes not traced"])
        XCTAssertEqual(rows(after: 6).first,
                       " shared     Value#1 (c_int): value = 49 (read: MainProcess)\u{00A0}· [0] = 1 (wrote: MainProcess)")
    }
}
