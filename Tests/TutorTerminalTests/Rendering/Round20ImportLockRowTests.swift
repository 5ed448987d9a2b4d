import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 20, r20_listener_thread_server (fork): client-4 was forked while the parent's server thread was importing
/// hmac (`Listener.accept()`'s `deliver_challenge`), and its own `Client()` waited forever in `import hmac`; the screen
/// said only "client-4 started at 0.916 s and recorded nothing since (blocked or busy)". The tracer now records the
/// import locks another thread held at the fork (`import.lock.held`), and the child's row names them.
final class Round20ImportLockRowTests: XCTestCase {
    private func script() -> (EventScript, Int) {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(2, pid: 101, ppid: 100, process: "client-4", .processStart, [("name", .string("client-4")), ("role", .string("child"))])
        let held = s.add(3, pid: 101, ppid: 100, process: "client-4", .importLockHeld,
                         [("module", .string("hmac")), ("holder", .string("server"))])
        return (s, held)
    }

    func testTheChildsRowNamesTheModuleAndTheThreadThatWasImportingIt() {
        let (s, i) = script()
        let row = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain)).describe(i)
        XCTAssertEqual(row, "forked while MainProcess's thread server was importing hmac: its import lock stays held here (that thread was not copied), so importing hmac here can block forever")
    }

    func testTheChineseRowSaysTheSame() {
        let (s, i) = script()
        let row = Language.with(.zh) {
            EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain)).describe(i)
        }
        XCTAssertTrue(row.hasPrefix("fork 时 MainProcess 的线程 server 正在导入 hmac"), row)
    }

    /// r20_subprocess_timeout_in_worker: subprocess.run(timeout=) killed its command, and the row said "os.kill(pid 9125,
    /// SIGKILL) (no process of this run had that pid)" two rows below "subprocess pid 9125: …python3 -c …".
    func testAKillOfTheSendersOwnSubprocessNamesIt() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(2, pid: 100, process: "MainProcess", .subprocessSpawn, [("child_pid", .int(9125)), ("argv", .string("python3 -c pass"))])
        let kill = s.add(3, pid: 100, process: "MainProcess", .processSignalSent,
                         [("to_pid", .int(9125)), ("signum", .int(9)), ("signame", .string("SIGKILL")), ("call", .string("os.kill()"))])
        let other = s.add(4, pid: 100, process: "MainProcess", .processSignalSent,
                          [("to_pid", .int(777)), ("signum", .int(9)), ("signame", .string("SIGKILL")), ("call", .string("os.kill()"))])
        let describer = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        XCTAssertTrue(describer.describe(kill).hasSuffix(" (to the command this process started with subprocess, pid 9125)"), describer.describe(kill))
        XCTAssertTrue(describer.describe(other).hasSuffix(" (no process of this run had that pid)"), describer.describe(other))
    }
}
