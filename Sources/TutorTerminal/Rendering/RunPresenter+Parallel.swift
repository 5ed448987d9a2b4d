extension RunPresenter {
    /// Runs of at least this many events make their summary on a thread of its own (`BesideResult`); below, a
    /// thread's start costs more than it saves.
    static let parallelFromEvents = 20_000
}
