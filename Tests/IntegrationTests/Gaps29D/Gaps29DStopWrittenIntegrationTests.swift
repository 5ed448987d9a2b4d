import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// Gaps 29D (gaps 27B's and 28C's Left): a stop of the run was written into the record only at the run's end, from
/// `RunSuspension.stops`, so a live view showed nothing of it while the run went on, and a SIGKILLed mp-tutor wrote
/// nothing of it at all. mp-tutor now writes each stop and each continue as it happens, into the run's events folder
/// (`run-stops.log`, read by the live view and by `replay FOLDER`).
final class Gaps29DStopWrittenIntegrationTests: XCTestCase {
    /// `trace --step` (the live view), Ctrl-Z, 2 s, `fg`: the view shows the continue and, one step back, the stop's
    /// row while the run is still running; then the run ends as before (status 3, terminal modes as before, nothing left).
    func testCtrlZInALiveStepViewShowsTheStopBeforeTheRunEnds() throws {
        let pane = try TmuxPane(name: "g29dlive", width: 160, height: 40)
        defer { pane.close() }
        _ = try RunTestSupport.python()
        let dir = pane.directory
        try RunnerSuspendIntegrationTests.program.write(toFile: dir + "/waiters.py", atomically: true, encoding: .utf8)
        let marker = "MPTUTOR_G29D_LIVE=" + UUID().uuidString
        try pane.keys("cd '\(dir)' && stty -a > before.txt", "Enter")
        try pane.waitForFile("before.txt")
        try pane.keys("\(marker) \(BinaryHarness.binary) trace --width 150 --color never --timeout 60 --step waiters.py", "Enter")
        try pane.waitForRun(marker: marker, screenShows: "following new events")
        try pane.keys("C-z")
        _ = try pane.waitForScreen(timeout: 15) { $0.contains { $0.contains("Stopped") } }
        sleep(2)
        try pane.keys("fg; echo \"status $?\" > status.txt; stty -a > after.txt", "Enter")
        // the run goes on (nobody made the file): the view follows it to the continue, then one step back to the stop
        let continued = try pane.waitForScreen(timeout: 20) { screen in
            screen.contains { $0.contains("continued after ") && $0.contains(" stopped by Ctrl-Z (SIGTSTP)") }
        }
        XCTAssertTrue(continued.contains { $0.contains("● running") }, continued.joined(separator: "\n"))
        try pane.keys("b")
        let stopped = try pane.waitForScreen(timeout: 10) { screen in
            screen.contains { $0.contains("stopped by Ctrl-Z (SIGTSTP) for ") && $0.contains("until they were continued") }
        }
        XCTAssertTrue(stopped.contains { $0.contains("● running") }, "the stop was shown only at the run's end:\n" + stopped.joined(separator: "\n"))
        XCTAssertTrue(FileManager.default.createFile(atPath: dir + "/go", contents: Data()))
        _ = try pane.waitForScreen(timeout: 40) { $0.contains { $0.contains("run ended") } }
        try pane.keys("q")
        try pane.assertRunEnded(status: 3, marker: marker)
    }

    /// `trace` in the background; `kill -TSTP`, `kill -CONT`, `kill -TSTP` again, then SIGKILL to mp-tutor while the run
    /// is stopped. The events folder, hard-linked before the first stop (the lifeline removes the folder itself, as it
    /// must), holds both stops: `replay` of it says the first with its length and the second as one the record never saw
    /// continued. No process of the run survives and no scratch folder is left.
    func testASIGKILLAfterAStopLeavesTheStopInWhatWasWritten() throws {
        _ = try RunTestSupport.python()
        let script = try BinaryHarness.script("g29d_sleeper.py", """
        import multiprocessing as mp, time

        def child():
            time.sleep(30)

        if __name__ == "__main__":
            mp.set_start_method("fork")
            p = mp.Process(target=child)
            p.start()
            p.join()
        """)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let tmp = folder.path + "/tmp", copy = folder.path + "/copy"
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        let marker = "G29D_KILL=" + UUID().uuidString
        let result = try BinaryHarness.shell("""
        env \(marker) TMPDIR='\(tmp)' "$MPTUTOR" trace --color never '\(script)' > /dev/null 2>&1 < /dev/null &
        pid=$!
        for i in $(seq 1 100); do
          n=$(ls '\(tmp)'/mp-tutor-run-*/events/*.jsonl 2>/dev/null | wc -l)
          [ "$n" -ge 2 ] && break
          sleep 0.1
        done
        sleep 0.5
        cp -al '\(tmp)'/mp-tutor-run-*/events '\(copy)'
        echo "sender $$"
        kill -TSTP $pid; sleep 1.2; kill -CONT $pid; sleep 0.8
        kill -TSTP $pid; sleep 1
        ps -o stat= -p $pid
        kill -KILL $pid; wait $pid 2>/dev/null
        for i in $(seq 1 100); do
          [ "$(grep -l -a -F '\(marker)' /proc/[0-9]*/environ 2>/dev/null | wc -l)" = 0 ] && ! ls -d '\(tmp)'/mp-tutor-run-* >/dev/null 2>&1 && break
          sleep 0.1
        done
        echo "left $(grep -l -a -F '\(marker)' /proc/[0-9]*/environ 2>/dev/null | wc -l) folders $(ls -d '\(tmp)'/mp-tutor-run-* 2>/dev/null | wc -l)"
        """, timeout: 90)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains("left 0 folders 0"), result.stdout + result.stderr)
        XCTAssertTrue(lines.contains { $0.hasPrefix("T") }, "mp-tutor was not stopped when killed: \(result.stdout)")
        let sender = try XCTUnwrap(lines.first { $0.hasPrefix("sender ") }?.split(separator: " ").last.map(String.init))
        let log = try String(contentsOfFile: copy + "/" + RunStopLog.fileName, encoding: .utf8)
        XCTAssertEqual(log.split(separator: "\n").count, 3, log)

        let transcript = try TracedRun.transcript(eventsFolder: copy)
        let stops = transcript.events.filter { $0.is(.runStopped) }, continues = transcript.events.filter { $0.is(.runContinued) }
        XCTAssertEqual(stops.count, 2, "\(transcript.events.map(\.kind))")
        XCTAssertEqual(continues.count, 1)
        XCTAssertEqual(stops.map { $0.int(EventField.senderPid).map(String.init) }, [sender, sender])
        let length = try XCTUnwrap(stops.first?.int(EventField.durationNs))
        XCTAssertGreaterThanOrEqual(length, 1_000_000_000)
        XCTAssertEqual(continues.first?.int(EventField.durationNs), length)
        XCTAssertEqual(try XCTUnwrap(continues.first).t - stops[0].t, length)
        XCTAssertNil(stops.last?.int(EventField.durationNs), "the second stop was never continued")
        XCTAssertEqual(stops.first?.process, "MainProcess")

        for (language, closed, open) in [
            ("en", "stopped by SIGTSTP sent by pid \(sender) for \(Format.duration(ns: length)): ",
             "stopped by SIGTSTP sent by pid \(sender): every process of the run stood still with mp-tutor; the record ends before they were continued"),
            ("zh", "被 pid \(sender) 发来的 SIGTSTP 暂停了 \(Language.with(.zh) { Format.duration(ns: length) })：本次运行的所有进程",
             "被 pid \(sender) 发来的 SIGTSTP 暂停：本次运行的所有进程都随 mp-tutor 一起停住；记录在它们恢复运行之前就结束了"),
        ] {
            let replay = try BinaryHarness.run(["replay", copy, "--full", "--no-pager", "--color", "never", "--width", "250", "--lang", language])
            let rows = replay.stdout.components(separatedBy: "\n")
            XCTAssertEqual(rows.filter { $0.contains(closed) }.count, 1, "\(language): \(replay.stdout)")
            XCTAssertEqual(rows.filter { $0.contains(open) }.count, 1, "\(language): \(replay.stdout)")
        }
    }
}
