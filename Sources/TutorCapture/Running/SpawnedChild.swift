import TutorCore

/// A child that `ChildSpawner` started: its pid (also its process group) and our pipe ends.
struct SpawnedChild: Sendable {
    var pid: Int32
    var stdoutFD: Int32
    var stderrFD: Int32
    /// `CLOCK_MONOTONIC` read right before `posix_spawn`.
    var startedAtNs: UInt64
    /// The write end of the child's stdin pipe when mp-tutor relays its terminal (`RunRequest.relayStdin`).
    var stdinRelayFD: Int32 = -1
}
