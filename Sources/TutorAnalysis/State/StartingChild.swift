/// A child a process start()ed that has written no event of its own yet (a spawn child imports the main module
/// first; a child terminated before the tracer ran in it never writes one).
public struct StartingChild: Sendable, Equatable {
    public var pid: Int32
    public var name: String
    /// When its parent's start() made it (the `process.spawn`).
    public var since: Int64
}
