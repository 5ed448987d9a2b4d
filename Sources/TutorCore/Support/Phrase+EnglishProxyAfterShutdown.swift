extension Phrase {
    /// The English text of a proxy call that failed because its Manager had been shut down.
    static let englishProxyAfterShutdown: [Phrase: String] = [
        .noteProxyAfterShutdown: "{proxy}'s manager was gone: {manager} had been shut down at {at}, and its server process {server} (pid {pid}) had ended at {end}. A proxy holds no data of its own; it sends every call to that server process, so once the manager is shut down (leaving a `with Manager() as m:` block does it) every call on its proxies fails, here with {error}. Copy what you need out of it (list(proxy), dict(proxy)) before the manager is shut down, or keep it running until every process is done with its proxies.",
    ]
}
