import XCTest
@testable import TutorCore

/// `TaskNameText` writes the digits itself: its text must be what string interpolation gives, for every size of number.
final class TaskNameTextTests: XCTestCase {
    func testTheNameIsWhatInterpolationGives() {
        var values: [Int64] = [0, 1, -1, 9, 10, 99, 100, 333_359, -333_359, Int64.max, Int64.min, Int64.max - 1, Int64.min + 1]
        var power: Int64 = 1
        for _ in 0..<18 {
            power *= 10
            values += [power - 1, power, power + 1, -power]
        }
        for job in values {
            for index in values {
                let expected = index == 0 ? "task \(job)" : "task \(job).\(index)"
                XCTAssertEqual(TaskNameText.of(job: job, index: index), expected)
            }
        }
    }
}
