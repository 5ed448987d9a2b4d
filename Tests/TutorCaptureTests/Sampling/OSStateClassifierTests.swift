import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

final class OSStateClassifierTests: XCTestCase {
    private func sample(_ pid: Int32, _ ms: UInt64, _ state: Character, cpu: UInt64, ready: UInt64, v: Int = 0, iv: Int = 0) -> ProcessSample {
        ProcessSample(pid: pid, t: ms * 1_000_000, state: state, cpuNs: cpu * 1_000_000, readyNs: ready * 1_000_000,
                      voluntarySwitches: v, involuntarySwitches: iv)
    }

    func testLargestShareNamesEachIntervalAndAlikeIntervalsMerge() {
        // pid 1: 0-20 ms all CPU, 20-40 ms all CPU, 40-60 ms 15 ms waiting for a CPU, 60-80 ms asleep (no counter moves).
        let samples = [
            sample(1, 0, "R", cpu: 0, ready: 0), sample(1, 20, "R", cpu: 20, ready: 0), sample(1, 40, "R", cpu: 40, ready: 0, iv: 1),
            sample(1, 60, "R", cpu: 45, ready: 15, iv: 3), sample(1, 80, "S", cpu: 45, ready: 15, v: 1, iv: 3),
        ]
        let stretches = OSStateClassifier.stretches(samples)
        XCTAssertEqual(stretches.map(\.state), ["running", "ready", "blocked"])
        XCTAssertEqual(stretches.map(\.t), [0, 40_000_000, 60_000_000])
        XCTAssertEqual(stretches[0].durationNs, 40_000_000)
        XCTAssertEqual(stretches[0].cpuNs, 40_000_000)
        XCTAssertEqual(stretches[1].readyNs, 15_000_000)
        XCTAssertEqual(stretches[1].involuntarySwitches, 2)
        XCTAssertEqual(stretches[2].voluntarySwitches, 1)
    }

    func testProcessesAreKeptApartAndZombiesAreExited() {
        let samples = [
            sample(2, 0, "S", cpu: 0, ready: 0), sample(1, 0, "R", cpu: 0, ready: 0),
            sample(2, 20, "S", cpu: 0, ready: 0), sample(1, 20, "R", cpu: 20, ready: 0), sample(1, 40, "Z", cpu: 20, ready: 0),
        ]
        let stretches = OSStateClassifier.stretches(samples)
        XCTAssertEqual(stretches.map(\.pid), [1, 2, 1])
        XCTAssertEqual(stretches.map(\.state), ["running", "blocked", "exited"])
    }

    func testASingleSampleSaysNothing() {
        XCTAssertEqual(OSStateClassifier.stretches([sample(1, 0, "R", cpu: 0, ready: 0)]), [])
    }
}
