#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

#if canImport(Darwin)
typealias SpawnFileActions = posix_spawn_file_actions_t?
typealias SpawnAttributeSet = posix_spawnattr_t?
#else
typealias SpawnFileActions = posix_spawn_file_actions_t
typealias SpawnAttributeSet = posix_spawnattr_t
#endif

/// The `posix_spawn` file actions and attributes of a run's main process.
struct SpawnAttributes {
    /// Signals the child must see with their default action even though mp-tutor ignores or
    /// catches them while supervising (SETSIGDEF resets them between fork and exec).
    static let defaultSignals: [Int32] = [SIGINT, SIGTERM, SIGPIPE, SIGQUIT, SIGHUP, SIGCHLD]

    /// `posix_spawn_file_actions_addchdir_np` (glibc 2.29+, musl, macOS 10.15+), if present.
    /// It is not exported by the Swift C modules, so it is looked up by name.
    static let changeDirectoryFunction: ChangeDirectory? = {
        DynamicSymbols.lookup("posix_spawn_file_actions_addchdir_np")
            .map { unsafeBitCast($0, to: ChangeDirectory.self) }
    }()

    typealias ChangeDirectory = @convention(c) (
        UnsafeMutablePointer<SpawnFileActions>, UnsafePointer<CChar>) -> Int32

    #if canImport(Darwin)
    private var actions: SpawnFileActions = nil  // opaque pointers there
    private var attributes: SpawnAttributeSet = nil
    #else
    private var actions = SpawnFileActions()
    private var attributes = SpawnAttributeSet()
    #endif

    /// Prepares: stdio onto 0/1/2, the child leading its own process group (pgroup 0), default
    /// dispositions for `defaultSignals`, an empty signal mask, and an optional working directory.
    /// `extra` descriptors are copied onto the given numbers too (e.g. a lock the child must hold).
    init(stdin: Int32, stdout: Int32, stderr: Int32, workingDirectory: String?, extra: [(Int32, Int32)] = []) throws {
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        var status = posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        if status == 0 { status = posix_spawn_file_actions_adddup2(&actions, stdout, 1) }
        if status == 0 { status = posix_spawn_file_actions_adddup2(&actions, stderr, 2) }
        for (from, to) in extra where status == 0 { status = posix_spawn_file_actions_adddup2(&actions, from, to) }
        if status == 0, let directory = workingDirectory, let addChdir = Self.changeDirectoryFunction {
            status = addChdir(&actions, directory)
        }
        let flags = POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK
        if status == 0 { status = posix_spawnattr_setflags(&attributes, Int16(flags)) }
        if status == 0 { status = posix_spawnattr_setpgroup(&attributes, 0) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in Self.defaultSignals { sigaddset(&defaults, signal) }
        if status == 0 { status = posix_spawnattr_setsigdefault(&attributes, &defaults) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        if status == 0 { status = posix_spawnattr_setsigmask(&attributes, &emptyMask) }
        guard status == 0 else {
            destroy()
            throw MPTutorError.runFailed(Phrase.errPrepareRun.text(["reason": Descriptors.errorText(status)]))
        }
    }

    /// Calls `posix_spawn`; returns 0 or an errno value (exec failures included).
    mutating func spawn(
        _ pid: inout pid_t, _ path: String,
        _ argv: [UnsafeMutablePointer<CChar>?], _ envp: [UnsafeMutablePointer<CChar>?]
    ) -> Int32 {
        posix_spawn(&pid, path, &actions, &attributes, argv, envp)
    }

    /// Releases what the init functions allocated.
    mutating func destroy() {
        posix_spawn_file_actions_destroy(&actions)
        posix_spawnattr_destroy(&attributes)
    }
}
