import Foundation
import XCTest
@testable import TutorCapture

/// The steps the job-control tests in tmux share (guard 24, guard 26, gaps 27B, gaps 29D, the runner's suspend tests):
/// waiting for the run marked `marker` to start, for its processes to stop or go on, and the checks at its end. Each
/// waits for a condition with a generous deadline, never for a fixed time (tests 30: fixed sleeps failed under load).
extension TmuxPane {
    /// Waits until `processes` processes carry `marker` (mp-tutor, the main process, its child) and, if given, the
    /// screen shows `screenShows` (the view is up: a key sent before it would reach a terminal not yet raw).
    func waitForRun(marker: String, processes: Int = 3, screenShows: String? = nil, timeout: Double = 30,
                    file: StaticString = #filePath, line: UInt = #line) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline, ProcessTable.pids(withEnvironmentEntry: marker).count < processes { usleep(100_000) }
        XCTAssertEqual(ProcessTable.pids(withEnvironmentEntry: marker).count, processes, "the run never started", file: file, line: line)
        if let words = screenShows {
            _ = try waitForScreen(timeout: timeout, file: file, line: line) { $0.contains { $0.contains(words) } }
        }
    }

    /// The states (`ps -o stat`) of the processes carrying `marker`, by pid.
    static func states(marker: String) throws -> [Int32: String] {
        let pids = ProcessTable.pids(withEnvironmentEntry: marker)
        guard !pids.isEmpty else { return [:] }
        let ps = Process()
        ps.executableURL = URL(fileURLWithPath: "/bin/ps")
        ps.arguments = ["-o", "pid=,stat=", "-p", pids.map(String.init).joined(separator: ",")]
        let out = Pipe()
        ps.standardOutput = out
        try ps.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        ps.waitUntilExit()
        var states: [Int32: String] = [:]
        for row in text.split(separator: "\n") {
            let fields = row.split(separator: " ")
            if fields.count == 2, let pid = Int32(fields[0]) { states[pid] = String(fields[1]) }
        }
        return states
    }

    /// Waits until at least `count` processes carry `marker` and every one of them is stopped (`T`), or fails
    /// naming each state: the run's processes are sent their stop just before mp-tutor stops itself, and a loaded
    /// machine may take a while to stop them all.
    func waitForAllStopped(marker: String, atLeast count: Int, timeout: Double = 15,
                           file: StaticString = #filePath, line: UInt = #line) throws {
        try waitForStates(marker: marker, atLeast: count, timeout: timeout, what: "stopped", file: file, line: line) { $0.hasPrefix("T") }
    }

    /// Waits until no process carrying `marker` is stopped (`T`): after `fg`, before the test lets the run go on.
    func waitForNoneStopped(marker: String, timeout: Double = 15, file: StaticString = #filePath, line: UInt = #line) throws {
        try waitForStates(marker: marker, atLeast: 0, timeout: timeout, what: "continued", file: file, line: line) { !$0.hasPrefix("T") }
    }

    /// The end every job-control test checks: the shell wrote `status N` to status.txt and the modes to after.txt;
    /// the modes are those of before.txt (when `modes`), and no process of the run is left. mp-tutor waits for the
    /// run's processes before it exits, so none may be found once the shell has the status.
    func assertRunEnded(status: Int, marker: String, modes: Bool = true, file: StaticString = #filePath, line: UInt = #line) throws {
        try waitForFile("status.txt", timeout: 40, file: file, line: line)
        XCTAssertEqual(try contents("status.txt"), "status \(status)\n", file: file, line: line)
        if modes {
            try waitForFile("after.txt", file: file, line: line)
            XCTAssertEqual(try contents("after.txt"), try contents("before.txt"), "the terminal's modes changed", file: file, line: line)
        }
        XCTAssertEqual(ProcessTable.pids(withEnvironmentEntry: marker), [], "a process of the run survived", file: file, line: line)
    }
}

private extension TmuxPane {
    func waitForStates(marker: String, atLeast count: Int, timeout: Double, what: String, file: StaticString, line: UInt,
                       _ holds: (String) -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var states = try Self.states(marker: marker)
        while Date() < deadline, states.count < count || !states.values.allSatisfy(holds) {
            usleep(100_000)
            states = try Self.states(marker: marker)
        }
        XCTAssertGreaterThanOrEqual(states.count, count, "mp-tutor, the main process and a child", file: file, line: line)
        for (pid, state) in states.sorted(by: { $0.key < $1.key }) {
            XCTAssertTrue(holds(state), "pid \(pid) is \(state), not \(what) after \(timeout) s: \(states)", file: file, line: line)
        }
    }
}
