import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// A learner's program cannot end or stop mp-tutor by signalling its `os.getppid()` (guards 23 and 24): traced, an orphan's parent is
/// mp-tutor (the run's child subreaper), and SIGUSR1 used to end `mp-tutor trace` with -10 and nothing on screen.
final class RunnerSignalIntegrationTests: XCTestCase {
    /// The middle child starts a grandchild and leaves by os._exit(0); the orphaned grandchild signals its new parent
    /// with each signal named, but only when that parent is the program's launcher (mp-tutor, traced), never init.
    static let orphanProgram = #"""
    import multiprocessing as mp, os, signal, sys, time

    def grandchild(launcher, names):
        deadline = time.monotonic() + 5
        while os.getppid() != launcher and time.monotonic() < deadline:
            time.sleep(0.01)
        print("orphan adopted by the launcher:", os.getppid() == launcher, flush=True)
        if os.getppid() == launcher:
            for name in names:
                os.kill(launcher, getattr(signal, name))
                print("orphan sent", name, flush=True)
                time.sleep(0.1)
        time.sleep(0.3)
        print("orphan done", flush=True)

    def middle(launcher, names):
        mp.Process(target=grandchild, args=(launcher, names), name="orphan").start()
        os._exit(0)

    if __name__ == "__main__":
        mp.set_start_method(sys.argv[1])
        p = mp.Process(target=middle, args=(os.getppid(), sys.argv[2:]), name="middle")
        p.start()
        p.join()
        time.sleep(1.2 + 0.1 * len(sys.argv[2:]))
        print("main done", flush=True)
    """#

    /// Every signal whose default action would end or stop mp-tutor (guard 23's six, guard 24's others; the real-time
    /// ones on Linux only).
    static var signalNames: [String] {
        var names = ["SIGUSR1", "SIGUSR2", "SIGALRM", "SIGTERM", "SIGHUP", "SIGINT", "SIGQUIT", "SIGVTALRM", "SIGPROF", "SIGXCPU",
                     "SIGIO", "SIGTSTP", "SIGTTIN", "SIGTTOU"]
        #if os(Linux)
        names += ["SIGPWR", "SIGSTKFLT", "SIGRTMIN", "SIGRTMAX"]
        #endif
        return names
    }

    func testAnOrphanSignallingItsNewParentDoesNotEndMpTutor() throws {
        let script = try BinaryHarness.script("orphan_signals_parent.py", Self.orphanProgram)
        let names = Self.signalNames
        for method in ["fork", "spawn"] {
            let record = (script as NSString).deletingLastPathComponent + "/\(method).jsonl"
            let result = try BinaryHarness.run(["trace", "--timeout", "30", "--color", "never", "--width", "400", "--record", record,
                                                script, method] + names)
            XCTAssertEqual(result.status, .exited(0), method + "\n" + result.stdout + result.stderr)
            // The program's output is complete: the orphan's every line and the main process's last.
            for line in ["orphan adopted by the launcher: True", "orphan done", "main done"] + names.map({ "orphan sent " + $0 }) {
                XCTAssertTrue(result.stdout.contains("print \"\(line)\""), "\(method): no \(line)\n" + result.stdout)
            }
            // Said on screen in one line for the one sender, in the order sent, with the relation that made os.getppid()
            // name mp-tutor, and not as a stop of the run (guard 24).
            let said = result.stdout.split(separator: "\n").filter { $0.contains("mp-tutor itself received") }
            XCTAssertEqual(said.count, 1, "\(method): one line for one sender\n" + result.stdout)
            XCTAssertTrue(said.first?.contains("mp-tutor itself received " + names.joined(separator: ", ") + " from pid ") == true,
                          "\(method)\n" + result.stdout)
            XCTAssertTrue(said.first?.contains("a process of this run whose parent had ended") == true, "\(method)\n" + result.stdout)
            XCTAssertFalse(result.stdout.contains("stopped by"), result.stdout)
            XCTAssertEqual(BinaryHarness.survivors(of: result), [], "\(method): a process of the run survived")
            // The recorded run, replayed later, says the same line (guard 24: the trailer's run.received_signals).
            let replay = try BinaryHarness.run(["replay", record, "--no-pager", "--color", "never", "--width", "400"])
            XCTAssertEqual(replay.status, .exited(0), replay.stderr)
            let replayed = replay.stdout.split(separator: "\n").filter { $0.contains("mp-tutor itself received") }
            XCTAssertEqual(replayed, said, "\(method): the replay says what trace said\n" + replay.stdout)
        }
    }

    /// mp-tutor catches these signals with handlers, never SIG_IGN: exec resets a handler, so the traced program and
    /// its children see the dispositions an untraced run sees (an ignored signal would be inherited across exec).
    static let dispositionProgram = #"""
    import multiprocessing as mp, signal, sys

    NAMES = ["SIGUSR1", "SIGUSR2", "SIGALRM", "SIGTERM", "SIGHUP", "SIGINT", "SIGPIPE", "SIGCHLD", "SIGQUIT", "SIGVTALRM",
             "SIGPROF", "SIGXCPU", "SIGIO", "SIGPWR", "SIGSTKFLT", "SIGTSTP", "SIGTTIN", "SIGTTOU"]

    def show(who):
        told = [f"{n}={signal.getsignal(getattr(signal, n))!s}" for n in NAMES]
        told += [f"{n}={signal.getsignal(n)!s}" for n in range(signal.SIGRTMIN, signal.SIGRTMAX + 1)]
        for i in range(0, len(told), 6):  # short lines: a timeline row is cut at the screen's width
            print(who, i // 6, " ".join(told[i:i + 6]), flush=True)
        ign = int([l for l in open("/proc/self/status") if l.startswith("SigIgn")][0].split()[1], 16)
        # Signals 1-31 and the real-time ones (bit n-1 for signal n); glibc's own 32 and 33 left out (see guard 23).
        ign &= 0x7FFFFFFF | (((1 << (signal.SIGRTMAX - signal.SIGRTMIN + 1)) - 1) << (signal.SIGRTMIN - 1))
        print(f"{who} ignored={ign:#x}", flush=True)

    if __name__ == "__main__":
        mp.set_start_method(sys.argv[1])
        show("main")
        p = mp.Process(target=show, args=("child",))
        p.start()
        p.join()
    """#

    func testTheProgramSeesTheSameDispositionsTracedAndUntraced() throws {
        guard FileManager.default.fileExists(atPath: "/proc/self/status") else { throw XCTSkip("needs /proc") }
        let script = try BinaryHarness.script("dispositions.py", Self.dispositionProgram)
        for method in ["fork", "spawn"] {
            // Untraced, started the way mp-tutor starts a run (posix_spawn, default dispositions where it resets them).
            let untraced = try Supervisor().run(RunRequest(executable: "python3", arguments: [script, method],
                                                           environment: ProcessInfo.processInfo.environment, timeout: 60))
            let lines = String(decoding: untraced.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.count, 2 * 10, lines.joined(separator: "\n"))
            let traced = try BinaryHarness.run(["trace", "--timeout", "30", "--color", "never", "--width", "400", script, method])
            XCTAssertEqual(traced.status, .exited(0), traced.stdout + traced.stderr)
            for line in lines {
                XCTAssertTrue(traced.stdout.contains("print \"\(line)\""), "\(method): untraced \(line)\n" + traced.stdout)
            }
        }
    }
}
