import TutorCore

/// Round 32's Left (r32_port_scanner_pool, spawn): four workers ended by their pool's SIGTERM, notes for three (the
/// signal-end notes' budget of three), and the fourth, named by the summary, had none. Every such end is now told: those
/// past the budget are grouped by cause, one note per cause at the last of them, naming each process.
extension GenericRules {
    /// At most this many ends past the budget are kept, and at most `perRule` notes made of them.
    static let beyondBound = 4096

    func signalEndsBeyond(_ ends: [SignalEndBeyond]) -> [Note] {
        var order: [String] = [], groups: [String: [SignalEndBeyond]] = [:]
        for end in ends {
            let key = "\(end.signal)|\(end.code)|\(end.why)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(end)
        }
        return order.prefix(Self.perRule).compactMap { key -> Note? in
            guard let group = groups[key], let first = group.first else { return nil }
            let kind: NoteKind = first.premise == nil ? .signalPlain : .signalCause
            if group.count == 1 {
                let text = Phrase.noteSignalEnd.text(["name": first.name, "signal": first.signal, "why": first.why, "code": first.code])
                    + first.beforeRun
                return Note(eventIndex: first.index, text: text, source: .rule, kind: kind, premise: first.premise)
            }
            let importing = group.filter { $0.bootMain != nil }
            var text = Phrase.noteSignalEndSeveral.text(["names": Self.namesBounded(group.map(\.name)), "signal": first.signal,
                                                         "why": first.why, "code": first.code])
            if let main = importing.first?.bootMain {
                text += Phrase.noteEndedBeforeRunSeveral.text(["names": Self.namesBounded(importing.map(\.name)), "main": main])
            }
            let premises = group.compactMap(\.premise)
            // at the last of them: a note says nothing of what comes after its step
            return Note(eventIndex: group[group.count - 1].index, text: text, source: .rule, kind: kind,
                        premise: premises.count == group.count ? .all(premises) : nil)
        }
    }

    /// The first eight names, then how many more.
    static func namesBounded(_ names: [String]) -> String {
        names.prefix(8).joined(separator: Phrase.listComma.text())
            + (names.count > 8 ? Phrase.noteSignalEndNamesMore.text(["n": names.count - 8]) : "")
    }
}
