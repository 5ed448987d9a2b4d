/// A child a process start()ed whose run() has not begun: it has written no event of its own yet (a spawn child
/// imports the main module first; a child terminated before the tracer ran in it never writes one), or only its boot
/// and what its import of the program's file did (spawn/forkserver, gaps 24A).
public struct StartingChild: Sendable, Equatable {
    public var pid: Int32
    public var name: String
    /// When its parent's start() made it (the `process.spawn`).
    public var since: Int64
    /// When its interpreter was up (its `process.boot`), and the program's file it imports as `__mp_main__` before
    /// run(); nil before that event (round 30: the panel dropped the child at its boot and listed it again only at run()).
    public var bootT: Int64? = nil
    public var main: String? = nil
}
