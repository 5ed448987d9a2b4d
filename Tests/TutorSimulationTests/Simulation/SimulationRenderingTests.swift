import XCTest
@testable import TutorCore
@testable import TutorTerminal
@testable import TutorSimulation
@testable import TutorTestSupport

/// The report, the Gantt chart and the step view, as plain text.
final class SimulationRenderingTests: XCTestCase {
    let plain80 = TerminalCapabilities.plain

    func testAllAlgorithmsGolden() {
        let results = SimulationOptions().algorithms.map { Scheduler.run(SchedulingJob.lessonDefault, $0) }
        let text = SchedulingReport(capabilities: plain80).render(results)
        GoldenFile.assertMatches(text, "simulation/scheduling-all-80.txt")
        for line in text.split(separator: "\n") {
            XCTAssertLessThanOrEqual(String(line).displayWidth, 80, String(line))
        }
        XCTAssertTrue(text.contains("deterministic simulation of a single CPU"))
        XCTAssertTrue(text.contains("not a measurement"))
        XCTAssertTrue(text.contains("Convention: a job arriving at the tick a quantum ends joins the queue before"))
    }

    func testGanttShowsIdleAndTicks() {
        let result = Scheduler.run([SchedulingJob(name: "A", arrival: 2, burst: 3)], .firstComeFirstServed)
        let lines = GanttRenderer(painter: Painter(capabilities: plain80), width: 78).render(result, scale: 2)
        XCTAssertEqual(lines, ["│····│  A   │", "0    2      5"])
        var ascii = plain80
        ascii.unicode = false
        XCTAssertEqual(GanttRenderer(painter: Painter(capabilities: ascii), width: 78).render(result, scale: 2),
                       ["|....|  A   |", "0    2      5"])
    }

    func testGanttWrapsWhenTooLongAndKeepsLabelsApart() {
        // 60 one-tick slices alternate between two jobs: too wide for 40 columns even at one column per tick.
        let jobs = [SchedulingJob(name: "A", arrival: 0, burst: 30), SchedulingJob(name: "B", arrival: 0, burst: 30)]
        let result = Scheduler.run(jobs, .roundRobin(quantum: 1))
        let lines = GanttRenderer(painter: Painter(capabilities: plain80), width: 40).render(result)
        XCTAssertGreaterThan(lines.count, 2)
        for line in lines { XCTAssertLessThanOrEqual(line.displayWidth, 40, line) }
        XCTAssertTrue(lines[lines.count - 1].hasSuffix("60"))
        for tickLine in stride(from: 1, to: lines.count, by: 2) {
            // Every number is separated from the next by at least one space.
            let numbers = lines[tickLine].split(separator: " ")
            XCTAssertTrue(numbers.allSatisfy { Int($0) != nil }, lines[tickLine])
        }
    }

    func testStepBlockShowsClockEventsRunningAndQueues() {
        let jobs = [SchedulingJob(name: "A", arrival: 0, burst: 5), SchedulingJob(name: "B", arrival: 1, burst: 3),
                    SchedulingJob(name: "C", arrival: 2, burst: 1)]
        let result = Scheduler.run(jobs, .roundRobin(quantum: 2))
        let stepper = StepRenderer(report: SchedulingReport(capabilities: plain80))
        XCTAssertEqual(stepper.block(result.snapshots[2], in: result), [
            "t = 2 → 3",
            "  events         C arrives; A's quantum ends: back of the ready queue; B starts",
            "  running        B (CPU tick 1 of 3, quantum tick 1 of 2)",
            "  ready queue    C A  (front → back)",
            "  finished       —",
        ])
        XCTAssertEqual(stepper.block(result.snapshots[3], in: result)[1], "  events         nothing new: B keeps the CPU")
        XCTAssertEqual(stepper.block(result.snapshots.last!, in: result),
                       ["t = 9: all jobs have finished", "  events         A finishes", "  finished       C B A"])
        let mlfq = Scheduler.run(jobs, .multilevelFeedback(MLFQSettings()))
        let block = stepper.block(mlfq.snapshots[2], in: mlfq)
        XCTAssertTrue(block.contains("  level 0 (q=1)  —"), block.joined(separator: "\n"))
        XCTAssertTrue(block.contains("  level 1 (q=2)  A B  (front → back)"), block.joined(separator: "\n"))
    }

    func testInteractiveScreensAreRecomputedIdentically() {
        var options = SimulationOptions()
        options.algorithm = .all
        let stepper = InteractiveStepper(renderer: StepRenderer(report: SchedulingReport(capabilities: plain80)), options: options)
        let count = stepper.positions.count
        XCTAssertEqual(count, 4 * 27, "26 ticks and the end, for each algorithm")
        let forward = (0..<5).map { stepper.screen(at: $0) }
        // Going back draws the earlier screen again, from the start.
        XCTAssertEqual(stepper.screen(at: 3), forward[3])
        XCTAssertNotEqual(forward[3], forward[4])
        XCTAssertTrue(forward[4].contains("t = 4 → 5"))
        XCTAssertTrue(stepper.screen(at: count - 1).contains("t = 26: all jobs have finished"))
    }
}

final class SimulationNarrowRenderingTests: XCTestCase {
    func testEveryLineFitsFortyColumns() {
        var caps = TerminalCapabilities.plain
        caps.width = 40
        let report = SchedulingReport(capabilities: caps)
        let results = SimulationOptions().algorithms.map { Scheduler.run(SchedulingJob.lessonDefault, $0) }
        for steps in [false, true] {
            for line in report.render(results, steps: steps).split(separator: "\n") {
                XCTAssertLessThanOrEqual(String(line).displayWidth, 40, String(line))
            }
        }
        XCTAssertTrue(report.render(results).contains("  Avg "), "the narrowest table layout")
    }
}
