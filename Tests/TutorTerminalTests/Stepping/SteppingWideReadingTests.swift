import XCTest
@testable import TutorCore
@testable import TutorTerminal
@testable import TutorTestSupport

/// The step view in the wide reading of ambiguous symbols (CJK-configured terminals): every screen
/// of the recorded runs still fits, and the lane rows end in the time axis's column.
final class SteppingWideReadingTests: XCTestCase {
    typealias Support = SteppingTestSupport

    func testEveryScreenFitsAndLanesAlignWhenAmbiguousSymbolsAreWide() throws {
        try AmbiguousWidth.withReading(wide: true) {
            for model in [try Support.poolAsync(), try Support.contention(), try Support.queueAndLock()] {
                for (width, height) in [(80, 24), (120, 30), (40, 10)] {
                    for step in stride(from: 0, to: model.count, by: width == 80 ? 1 : 5) {
                        let lines = StepScreen(model: model, session: StepSession(step: step), size: .init(width: width, height: height)).lines()
                        XCTAssertEqual(lines.count, height)
                        for line in lines { XCTAssertLessThanOrEqual(line.displayWidth, width, "step \(step + 1) at \(width): \(line)") }
                        guard let axis = lines.firstIndex(where: { $0.hasPrefix(" lanes") }) else { continue }
                        for row in lines[(axis + 1)...].prefix(while: { !$0.hasPrefix(" ─") && !$0.hasPrefix("   …") && !$0.isEmpty }) {
                            XCTAssertEqual(row.displayWidth, lines[axis].displayWidth, "step \(step + 1) at \(width): \(row)")
                        }
                    }
                }
            }
        }
    }
}
