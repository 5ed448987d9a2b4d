/// A signal mp-tutor's run catcher received, with its sender as the handler saw it.
struct CaughtSignal: Sendable, Equatable {
    /// The signal number.
    var signal: Int32
    /// Who sent it (kill(), sigqueue()); 0 when the kernel did (a terminal's Ctrl-C) or for a Ctrl-C read as a key.
    var senderPid: Int32
    /// The sender's process group, read in the handler while the sender surely still existed; -1 when unknown.
    var senderGroup: Int32
}
