import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 28C: a SIGTSTP that another process sent mp-tutor with kill() (`kill -TSTP PID` from another terminal) was worded
/// "stopped by Ctrl-Z (SIGTSTP)", as a terminal's Ctrl-Z is (gaps 27B's Left). The catcher's `si_code` tells them
/// apart (a user's kill() carries the sender's pid, the terminal's stop is the kernel's): the record keeps the sender
/// (`sender_pid`) and the row names it. A wait that spanned the stop says how much of its time the run was stopped, in
/// its row and in the summary (it counted that time as its own).
final class Gaps28CKillStopIntegrationTests: XCTestCase {
    func testAStopSentByKillIsRecordedWithItsSenderAndNotWordedCtrlZ() throws {
        _ = try RunTestSupport.python()
        let script = try BinaryHarness.script("g28c_sleeper.py", """
        import multiprocessing as mp, time

        def child():
            time.sleep(3)

        if __name__ == "__main__":
            mp.set_start_method("fork")
            p = mp.Process(target=child)
            p.start()
            p.join()
            print("done")
        """)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let record = folder.path + "/run.jsonl"
        let tmp = folder.path + "/tmp"
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        // bash's own kill builtin sends the stop: its pid ($$) is the sender. The stop comes once the main process has
        // written its join's wait (the tracer writes each event when it happens), not after a fixed time (tests 30: a
        // loaded machine may not have started the child by then; load 31: nor the join 0.5 s after the child's file).
        // The child's sleep goes on while the run is stopped, so a join that began before the stop spans it.
        let result = try BinaryHarness.shell("""
        TMPDIR='\(tmp)' "$MPTUTOR" trace --record '\(record)' --color never --width 220 '\(script)' > '\(folder.path)/out.txt' 2>&1 < /dev/null &
        pid=$!
        for i in $(seq 1 300); do
          grep -qs 'process.join.wait' '\(tmp)'/mp-tutor-run-*/events/*.jsonl && break
          sleep 0.1
        done
        echo "sender $$"
        kill -TSTP $pid
        sleep 1.5
        kill -CONT $pid
        wait $pid
        echo "status $?"
        """, timeout: 90)
        XCTAssertTrue(result.stdout.contains("status 0"), result.stdout + result.stderr)
        let sender = try XCTUnwrap(result.stdout.split(separator: "\n").first { $0.hasPrefix("sender ") }?.split(separator: " ").last)
        let transcript = try TranscriptReader.read(path: record)
        let stops = transcript.events.filter { $0.is(.runStopped) }
        XCTAssertEqual(stops.count, 1, "\(transcript.events.map(\.kind))")
        XCTAssertEqual(stops.first?.int(EventField.senderPid).map(String.init), String(sender))
        let screen = try String(contentsOfFile: folder.path + "/out.txt", encoding: .utf8)
        XCTAssertTrue(screen.contains("stopped by SIGTSTP sent by pid \(sender) for "), screen)
        XCTAssertFalse(screen.contains("Ctrl-Z"), screen)
        // The join spanned the whole stop: its row and the summary say how much of its time the run stood still.
        let stopped = Format.duration(ns: try XCTUnwrap(stops.first?.int(EventField.durationNs)))
        let join = try XCTUnwrap(screen.split(separator: "\n").first { $0.contains("join(Process-1) returned after ") }, screen)
        XCTAssertTrue(join.hasSuffix(", \(stopped) of it stopped by SIGTSTP sent by pid \(sender)"), String(join))
        XCTAssertTrue(screen.contains("the run was stopped by SIGTSTP sent by pid \(sender) for \(stopped) in all: every wait under way then counts that time"), screen)
        let zh = try BinaryHarness.run(["replay", record, "--full", "--no-pager", "--color", "never", "--width", "220", "--lang", "zh"])
        XCTAssertTrue(zh.stdout.contains("pid \(sender) 发来的 SIGTSTP"), zh.stdout)
        XCTAssertFalse(zh.stdout.contains("Ctrl-Z"), zh.stdout)
        // export: the stop is a span (a Perfetto X slice as long as the stop, an HTML span), not an instant of an unknown kind
        let perfetto = folder.path + "/run.json", html = folder.path + "/run.html"
        _ = try BinaryHarness.run(["export", record, "--perfetto", perfetto])
        _ = try BinaryHarness.run(["export", record, "--html", html])
        let trace = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: perfetto))) as? [String: Any])
        let slices = (trace["traceEvents"] as? [[String: Any]] ?? []).filter { $0["cat"] as? String == "stopped" }
        XCTAssertEqual(slices.count, 1, "\(slices)")
        XCTAssertEqual(slices.first?["ph"] as? String, "X")
        XCTAssertEqual(slices.first?["name"] as? String, "stopped by SIGTSTP sent by pid \(sender)")
        let nanoseconds = try XCTUnwrap(stops.first?.int(EventField.durationNs))
        XCTAssertEqual(try XCTUnwrap(slices.first?["dur"] as? Double), Double(nanoseconds) / 1000, accuracy: 0.01)
        XCTAssertTrue(try String(contentsOfFile: html, encoding: .utf8).contains("\"stopped\",0,"), "no stopped span in the page")
        XCTAssertTrue(zh.stdout.contains("，其中 \(stopped) 是被 pid \(sender) 发来的 SIGTSTP 暂停的"), zh.stdout)
    }
}
