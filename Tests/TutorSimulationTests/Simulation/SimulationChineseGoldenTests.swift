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
}
