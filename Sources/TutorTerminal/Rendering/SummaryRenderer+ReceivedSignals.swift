import TutorCore

extension SummaryRenderer {
    /// The signals mp-tutor itself received, one line per sender (guard 24: six signals from one pid are one line, not
    /// six), in the order each sender's first signal arrived. A sender of the run says which relation made its
    /// `os.getppid()` name mp-tutor when the record holds it.
    static func receivedSignalLines(_ run: RunFacts) -> [String] {
        struct Sender: Hashable { var pid: Int32; var fromRun: Bool; var relation: ReceivedSignal.Relation? }
        var order: [Sender] = []
        var bySender: [Sender: [ReceivedSignal]] = [:]
        for received in run.receivedSignals {
            let sender = Sender(pid: received.senderPid, fromRun: received.fromRun, relation: received.fromRun ? received.relation : nil)
            if bySender[sender] == nil { order.append(sender) }
            bySender[sender, default: []].append(received)
        }
        var lines = order.map { sender -> String in
            let signals = bySender[sender] ?? []
            let phrase: Phrase = switch (sender.fromRun, sender.relation) {
            case (true, .parent): .summarySignalsFromMain
            case (true, .adopter): .summarySignalsFromAdopted
            case (true, nil): .summarySignalFromRun
            case (false, _): sender.pid > 0 ? .summarySignalFromOutside : .summarySignalFromKernel
            }
            return phrase.text(["signals": names(signals), "pid": sender.pid, "when": when(signals)])
        }
        if run.receivedSignalsDropped > 0 {
            lines.append(Phrase.summarySignalsDropped.text(["n": run.receivedSignalsDropped]))
        }
        return lines
    }

    /// Each name once, in the order first received, with how many times when more than once: "SIGUSR1 ×3, SIGTERM".
    private static func names(_ signals: [ReceivedSignal]) -> String {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for received in signals {
            if counts[received.name] == nil { order.append(received.name) }
            counts[received.name, default: 0] += 1
        }
        return order.map { name in
            let count = counts[name] ?? 1
            return count > 1 ? Phrase.summarySignalRepeated.text(["signal": name, "n": count]) : name
        }.joined(separator: Phrase.listComma.text())
    }

    private static func when(_ signals: [ReceivedSignal]) -> String {
        let times = signals.map { Int64(clamping: $0.atNs) }
        let first = times.min() ?? 0, last = times.max() ?? 0
        if first == last { return Phrase.summarySignalAt.text(["time": Format.seconds(first)]) }
        return Phrase.summarySignalBetween.text(["first": Format.seconds(first), "last": Format.seconds(last)])
    }
}
