#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

/// Runs a program (python3) as a supervised process group and leaves nothing of it behind.
///
/// The child leads its own process group with default signal dispositions; its output is read
/// as it comes; when it ends, the rest of its group (multiprocessing workers) gets
/// `exitGrace` seconds, then SIGTERM, then SIGKILL 1 s later. A timeout stops the group the
/// same way (SIGTERM, SIGKILL); Ctrl-C is forwarded as SIGINT, then SIGTERM after
/// `interruptGrace`, then SIGKILL.
///
/// Every process of a run gets `MPTUTOR_SUPERVISED_RUN=<id>` in its environment, so that one
/// that left the process group can still be recognised once it is re-parented to mp-tutor.
/// Runs may overlap (each reaps only its own group), but only one at a time catches Ctrl-C.
public struct Supervisor: Sendable {
    /// The environment variable that marks every process of a supervised run.
    static let markerVariable = "MPTUTOR_SUPERVISED_RUN"

    /// Creates a supervisor; it holds no state between runs.
    public init() {}

    /// Runs `request` to completion.
    ///
    /// - Parameters:
    ///   - onStart: called once on the calling thread right after the spawn, with the pid and the
    ///     `CLOCK_MONOTONIC` reading (ns) taken just before it. Keep it short: output is not
    ///     read while it runs.
    ///   - onOutput: called on the calling thread with each chunk of output as it arrives.
    /// - Returns: how the run ended; Ctrl-C during the run is reported as `interrupted`, not
    ///   thrown (the caller restores the terminal, then calls `exitAfterInterrupt()`).
    /// - Throws: `MPTutorError.missingProgram` when the program does not exist,
    ///   `MPTutorError.runFailed` when it cannot be started or supervised (the run is killed first).
    public func run(
        _ request: RunRequest,
        onStart: (@Sendable (Int32, UInt64) -> Void)? = nil,
        onOutput: (@Sendable (OutputStream, [UInt8]) -> Void)? = nil
    ) throws -> RunOutcome {
        // Catch Ctrl-C before spawning: one arriving in between must not kill mp-tutor and
        // leave the new process group running unsupervised.
        let catcher = InterruptCatcher.install()
        defer { catcher?.restore() }
        // Unguessable and of fixed length, so that the lifeline's substring search finds this run only.
        let markerValue = "\(getpid())-\(MonotonicClock.nowNs())-" + String(UInt64.random(in: 1 << 60 ..< UInt64.max), radix: 16)
        let marker = "\(Self.markerVariable)=\(markerValue)"
        // The watcher starts before the run does: there is no moment when the run lives without it.
        let lifeline = Lifeline.start(marker: marker, folder: request.scratchFolder, lockFD: request.scratchLockDescriptor,
                                      restoreScreen: request.restoreScreenIfKilled)
        defer { lifeline?.release() }
        let child = try ChildSpawner.spawn(request, extraEnvironment: [Self.markerVariable: markerValue])
        lifeline?.announce(processGroup: child.pid)
        let stopLog = request.stopLogFolder.flatMap(RunStopLog.create(in:))
        let writeStop: @Sendable (RunSuspension.Stop, Bool) -> Void = { stop, continued in
            stopLog?.append(stop, continued: continued)
            lifeline?.noteStop(!continued)
        }
        RunSuspension.register(processGroup: child.pid, writeStop: writeStop)
        defer {
            RunSuspension.unregister(processGroup: child.pid)
            stopLog?.closeFile()
        }
        let session = RunSession(request: request, child: child, catcher: catcher, marker: marker, onOutput: onOutput)
        onStart?(child.pid, child.startedAtNs)
        return try session.run()
    }
}
