import XCTest
@testable import TutorCore
@testable import TutorTerminal
@testable import TutorSimulation
@testable import TutorTestSupport

/// The scheduling simulator in Chinese: the same schedules, described in Chinese (re-record with MPTUTOR_RECORD_GOLDEN=1).
final class SimulationChineseGoldenTests: XCTestCase {
    func testAllAlgorithmsInChinese() {
        Language.with(.zh) {
            let results = SimulationOptions().algorithms.map { Scheduler.run(SchedulingJob.lessonDefault, $0) }
            let text = SchedulingReport(capabilities: .plain).render(results)
            GoldenFile.assertMatches(text, "simulation/scheduling-all-80.zh.txt")
            XCTAssertTrue(text.contains("多级反馈队列（MLFQ）"))
            XCTAssertFalse(text.contains("Turnaround"))
        }
        let english = SchedulingReport(capabilities: .plain)
            .render(SimulationOptions().algorithms.map { Scheduler.run(SchedulingJob.lessonDefault, $0) })
        XCTAssertTrue(english.contains("Multilevel feedback queue"), "the language is put back after the test")
    }

    /// At 80 and 120 columns, in both readings of East Asian Ambiguous symbols: no line wider than the terminal.
    func testAllAlgorithmsInChineseAtBothWidthsInBothReadings() {
        for (name, width, wide) in [("w80.narrow", 80, false), ("w80.wide", 80, true), ("w120.narrow", 120, false), ("w120.wide", 120, true)] {
            let text = Language.with(.zh) {
                AmbiguousWidth.withReading(wide: wide) {
                    SchedulingReport(capabilities: TerminalCapabilities(color: false, unicode: true, width: width, isInteractive: false))
                        .render(SimulationOptions().algorithms.map { Scheduler.run(SchedulingJob.lessonDefault, $0) })
                }
            }
            AmbiguousWidth.withReading(wide: wide) {
                for line in text.split(separator: "\n") { XCTAssertLessThanOrEqual(String(line).displayWidth, width, "\(name): \(line)") }
            }
            GoldenFile.assertMatches(text, "simulation/scheduling-all.zh.\(name).txt")
        }
    }
}
