import XCTest
@testable import TutorCore
@testable import TutorAnalysis

/// A process's activity is put in words when read, but reads as it did when worded at once: in the
/// language of the moment it was set, and equal to the same words made any other way.
final class ProcessActivityTests: XCTestCase {
    func testAnActivityReadsInTheLanguageCurrentWhenItWasSet() {
        let chinese = Language.with(.zh) { ProcessActivity.waiting(for: "Lock#1", since: 1_204_000_000) }
        let english = Language.with(.en) { ProcessActivity.waiting(for: "Lock#1", since: 1_204_000_000) }
        Language.with(.en) {
            XCTAssertEqual(chinese.text, Phrase.activityLock.text(in: .zh, ["lock": "Lock#1", "t": Format.seconds(1_204_000_000)]))
            XCTAssertNotEqual(chinese.text, english.text)
        }
        XCTAssertEqual(english.text, Phrase.activityLock.text(in: .en, ["lock": "Lock#1", "t": Format.seconds(1_204_000_000)]))
    }

    func testActivitiesAreEqualWhenTheyReadTheSame() {
        Language.with(.en) {
            XCTAssertEqual(ProcessActivity.holds("Lock#2"), .text(Phrase.activityHolds.text(["lock": "Lock#2"])))
            XCTAssertEqual(ProcessActivity.task("task 1:3", since: 5), .task("task 1:3", since: 5))
            XCTAssertNotEqual(ProcessActivity.task("task 1:3", since: 5), .task("task 1:4", since: 5))
            XCTAssertEqual(ProcessActivity.queue("put", on: "Queue#1", since: 7).text,
                           Phrase.activityQueue.text(["op": "put", "object": "Queue#1", "t": Format.seconds(7)]))
        }
    }

    func testAReplayedProcessActivityIsTheTaskItRuns() throws {
        var process = RunState.Process(pid: 1, name: "w", role: "worker", exitCode: nil, activity: "running")
        XCTAssertEqual(process.activity, "running")
        process.doing = Language.with(.en) { .task("task 0:1", since: 2_000_000_000) }
        XCTAssertEqual(process.activity, Phrase.activityTask.text(in: .en, ["task": "task 0:1", "t": Format.seconds(2_000_000_000)]))
        process.activity = "exited"
        XCTAssertTrue(process.doing.isText("exited"))
    }
}
