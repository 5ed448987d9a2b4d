import TutorCore

extension StateQueries {
    /// A spawn or forkserver child that could not load a function of the program because it was started with no main
    /// file (gaps 15A): its parent's `process.prep.nomain` for it, and where the parent's main code had ended.
    struct MainFileGone: Equatable {
        /// The child's `process.spawn` and the parent's `process.prep.nomain` for it.
        let spawnStep: Int, prepStep: Int
        /// The name the child could not find in its `__main__` ("child").
        let attribute: String
        /// The parent's `thread.shutdown.wait` before the preparation (its main code had ended), if recorded.
        let shutdownStep: Int?
    }

    /// The stderr line at `step` is "AttributeError: Can't get attribute 'X' on <module '__main__' (built-in)>" in a
    /// child whose parent recorded, between the child's spawn and this line, that it prepared it with no main file.
    static func mainFileGone(at step: Int, in events: [TraceEvent]) -> MainFileGone? {
        guard events.indices.contains(step) else { return nil }
        let e = events[step]
        guard e.is(.print), e.string(EventField.stream) == "stderr", let line = e.text,
              line.hasPrefix(Self.cantGet), line.hasSuffix(Self.onBuiltinMain) else { return nil }
        let attribute = line.dropFirst(Self.cantGet.count).prefix { $0 != "'" }
        guard !attribute.isEmpty, let spawn = events[..<step].lastIndex(where: { $0.is(.processSpawn) && $0.childPid == e.pid }),
              let name = events[spawn].string(EventField.name) else { return nil }
        let parent = events[spawn].pid
        guard let prep = events[spawn..<step].firstIndex(where: {
            $0.is(.processPrepNoMain) && $0.pid == parent && $0.string(EventField.name) == name
        }) else { return nil }
        let shutdown = events[..<prep].lastIndex { $0.is(.threadShutdownWait) && $0.pid == parent }
        return MainFileGone(spawnStep: spawn, prepStep: prep, attribute: String(attribute), shutdownStep: shutdown)
    }

    private static let cantGet = "AttributeError: Can't get attribute '"
    private static let onBuiltinMain = "' on <module '__main__' (built-in)>"
}
