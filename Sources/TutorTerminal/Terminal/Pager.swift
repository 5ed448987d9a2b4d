#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import TutorCore

/// Long output through a pager, as git does: `$MP_TUTOR_PAGER`, then `$PAGER`, else `less -R` (with
/// `LESS=FRX` unless set: a screenful or less is printed as it is). Standard output goes into the pager's
/// standard input until `finish()`, which waits for the learner to quit the pager.
public final class Pager: @unchecked Sendable {
    private let pid: pid_t
    private let savedStdout: Int32
    private let exited = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var gone = false
    private var onExit: (@Sendable () -> Void)?
    private var finished = false
    private var handled = false

    /// The pager command the environment asks for; nil for none (`""` or `cat`).
    public static func command(environment: [String: String]) -> String? {
        let chosen = environment["MP_TUTOR_PAGER"] ?? environment["PAGER"] ?? "less -R"
        let trimmed = chosen.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
    }

    /// Starts the pager when standard output and input are terminals and the environment names one.
    /// Returns nil (and changes nothing) otherwise, or when it cannot be started.
    public static func start(environment: [String: String]) -> Pager? {
        guard isatty(1) == 1, isatty(0) == 1, let command = command(environment: environment) else { return nil }
        return Pager(command: command, environment: environment)
    }

    private init?(command: String, environment: [String: String]) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        var actions = Self.fileActions()
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
        posix_spawn_file_actions_addclose(&actions, ends[0])
        posix_spawn_file_actions_addclose(&actions, ends[1])
        var env = environment
        if env["LESS"] == nil { env["LESS"] = "FRX" }
        let words: [String] = ["/bin/sh", "-c", command]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        guard posix_spawn(&child, "/bin/sh", &actions, nil, argv, envp) == 0 else {
            close(ends[0]); close(ends[1])
            return nil
        }
        close(ends[0])
        pid = child
        savedStdout = dup(1)
        dup2(ends[1], 1)
        close(ends[1])
        // A pager that is quit early must not kill mp-tutor: writes after it fail quietly instead.
        Console.discardOutputOnBrokenPipe = true
        let thread = Thread { [self] in watch() }
        thread.start()
    }

    /// Whether the learner has quit the pager.
    public var isGone: Bool { lock.withLock { gone } }

    /// Whether the pager was quit while a `whenQuit` handler was waiting for it (and so the handler ran).
    public var quitWhileWatched: Bool { lock.withLock { handled } }

    /// Forgets the `whenQuit` handler: a quit from now on calls nothing.
    public func stopWatching() { lock.withLock { onExit = nil } }

    /// Calls `handler` once, on another thread, when the pager exits before `finish()` (at once if it already has).
    public func whenQuit(_ handler: @escaping @Sendable () -> Void) {
        let now: Bool = lock.withLock {
            if gone { handled = true; return true }
            onExit = handler
            return false
        }
        if now { handler() }
    }

    /// Ends the output (the pager sees the end of its input) and waits until the pager has exited.
    public func finish() {
        let first: Bool = lock.withLock {
            defer { finished = true; onExit = nil }
            return !finished
        }
        guard first else { return }
        dup2(savedStdout, 1)
        close(savedStdout)
        exited.wait()
        Console.discardOutputOnBrokenPipe = false
    }
}

private extension Pager {
    static func fileActions() -> posix_spawn_file_actions_t {
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        #else
        var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        #if canImport(Darwin)
        return actions!
        #else
        return actions
        #endif
    }

    func watch() {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let handler: (@Sendable () -> Void)? = lock.withLock {
            gone = true
            if onExit != nil { handled = true }
            return onExit
        }
        handler?()
        exited.signal()
    }
}
