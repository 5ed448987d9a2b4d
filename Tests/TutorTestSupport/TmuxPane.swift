import Foundation
import XCTest
@testable import TutorCapture

/// A detached tmux pane on a server of its own, running a clean bash: for tests that drive the built
/// binary in a real terminal. `close()` kills the session and the server.
final class TmuxPane {
    let tmux: String
    let socket: String
    let session: String
    /// A scratch folder for the test's files.
    let directory: String

    /// Throws `XCTSkip` when tmux is not installed.
    /// `command`: "bash" (an interactive shell with job control) or "sh -c" (a shell reading commands without job
    /// control, whose process group is orphaned: tmux's parent is in another session).
    init(name: String = "live", width: Int = 100, height: Int = 30, command: String = "bash") throws {
        guard let found = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first(where: FileManager.default.isExecutableFile)
        else { throw XCTSkip("tmux is not installed (apt-get install -y tmux)") }
        tmux = found
        let id = UUID().uuidString.prefix(8)
        socket = "mp-tutor-\(name)-\(id)"
        session = "\(name)-\(id)"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("mp-tutor-\(name)-\(id)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try run(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)",
                 "env -i PATH=/usr/bin:/bin TERM=xterm-256color " + (command == "sh -c" ? "sh -c 'while read -r line; do eval \"$line\"; done'" : "bash --norc --noprofile")])
    }

    func close() {
        _ = try? run(["kill-session", "-t", session])
        _ = try? run(["kill-server"])
        reapServer()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// The tmux server forks away from its client: once the test process is a child subreaper (after any in-process
    /// run), the server is re-parented to it, and its end leaves a zombie here that nothing else waits for.
    private func reapServer() {
        #if os(Linux)
        let me = getpid()
        let deadline = Date().addingTimeInterval(2)
        while Date() < deadline {
            let children = ProcessTable.entries().filter { $0.ppid == me }
            let ended = children.filter { $0.isZombie && Self.command(of: $0.pid).hasPrefix("tmux") }
            for pid in ended.map(\.pid) { var status: Int32 = 0; _ = waitpid(pid, &status, WNOHANG) }
            // this pane's server, still ending after kill-server (its command line names the socket; a zombie's is empty)
            let ending = children.contains { !$0.isZombie && Self.commandLine(of: $0.pid).contains(socket) }
            if ended.isEmpty, !ending { return }
            usleep(20_000)
        }
        #endif
    }

    /// A process's arguments joined by spaces (empty for a zombie, or when it has gone).
    private static func commandLine(of pid: Int32) -> String {
        guard let bytes = ProcessTable.readFile("/proc/\(pid)/cmdline") else { return "" }
        return bytes.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }

    /// The short command name in `/proc/<pid>/stat` (kept by a zombie): "tmux: server" for tmux's server.
    private static func command(of pid: Int32) -> String {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close else { return "" }
        return String(text[text.index(after: open)..<close])
    }

    func keys(_ keys: String...) throws {
        try run(["send-keys", "-t", session] + keys)
    }

    /// The pane's lines, trailing spaces removed by tmux.
    func capture(history: Int = 0) throws -> [String] {
        let text = try run(["capture-pane", "-p", "-t", session] + (history > 0 ? ["-S", "-\(history)"] : []))
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Captures until `ready` holds; with `steady`, also until two captures in a row agree (the frame is
    /// complete). A live view redraws its clock, so it cannot ask for a steady frame.
    func waitForScreen(steady: Bool = false, timeout: Double = 15, file: StaticString = #filePath, line: UInt = #line,
                       _ ready: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var previous: [String] = []
        var current: [String] = []
        while Date() < deadline {
            current = try capture()
            if ready(current), !steady || current == previous { return current }
            previous = current
            usleep(50_000)
        }
        XCTFail("the screen never got ready:\n" + current.joined(separator: "\n"), file: file, line: line)
        return current
    }

    func waitForFile(_ name: String, timeout: Double = 20, file: StaticString = #filePath, line: UInt = #line) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? contents(name), text.hasSuffix("\n") { return }
            usleep(50_000)
        }
        XCTFail("\(name) never appeared; the screen:\n" + ((try? capture()) ?? []).joined(separator: "\n"), file: file, line: line)
    }

    func contents(_ name: String) throws -> String {
        try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
    }

    func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: directory + "/" + name)
    }

    /// Runs tmux on this pane's own server. Spawned and reaped by hand: the tmux server outlives its
    /// client (and may be re-parented to the test process, a subreaper after the runner tests).
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let output = directory + "/tmux-output-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: output) }
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        #else
        var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([tmux, "-L", socket, "-f", "/dev/null"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, tmux, &actions, nil, argv, environ) == 0 else { throw XCTSkip("cannot start tmux") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        if status != 0, arguments.first != "kill-session", arguments.first != "kill-server" {
            XCTFail("tmux \(arguments.joined(separator: " ")) failed: \(text)")
        }
        return text
    }
}
