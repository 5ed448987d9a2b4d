import TutorCore

extension GenericRules {
    /// A proxy call that failed after its Manager was shut down and its server process had ended (round 12). One note
    /// per proxy.
    func proxyCallsAfterShutdown() -> [Note] {
        var notes: [Note] = []
        var told = Set<String>()
        for index in timeline.indices(of: .managerCall) where notes.count < Self.perRule && events[index].ok == false {
            guard let gone = StateQueries.proxyCallAfterShutdown(at: index, in: events),
                  told.insert(events[index].object ?? "").inserted else { continue }
            let e = events[index], server = events[gone.serverEnd]
            let text = Phrase.noteProxyAfterShutdown.text([
                "proxy": e.object ?? "?", "manager": e.string(EventField.managerLabel) ?? "?",
                "at": Format.seconds(events[gone.shutdown].t), "server": server.process, "pid": Int64(server.pid),
                "end": Format.seconds(server.t), "error": e.string(EventField.error) ?? "?"])
            let after = NotePremise.proxyCallAfterShutdown(step: index, shutdownStep: gone.shutdown, serverEndStep: gone.serverEnd)
            // sent while the manager ran, and cut by its shutdown: not a call made "once the manager is shut down" (gaps 16B)
            if let sent = StateQueries.proxyCallSentBefore(at: index, shutdown: gone.shutdown, in: events) {
                let cut = Phrase.noteProxyCutByShutdown.text([
                    "proxy": e.object ?? "?", "method": e.string(EventField.method) ?? "?", "sent": Format.seconds(events[sent].t),
                    "manager": e.string(EventField.managerLabel) ?? "?", "at": Format.seconds(events[gone.shutdown].t), "server": server.process,
                    "pid": Int64(server.pid), "end": Format.seconds(server.t), "error": e.string(EventField.error) ?? "?"])
                if let made = note(index, .proxyCallAfterShutdown, cut,
                                   premise: .all([after, .proxyCallCut(step: index, sentStep: sent, shutdownStep: gone.shutdown)])) {
                    notes.append(made)
                }
                continue
            }
            if let made = note(index, .proxyCallAfterShutdown, text, premise: after) {
                notes.append(made)
            }
        }
        return notes
    }
}
