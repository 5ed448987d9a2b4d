import TutorCore
import TutorAnalysis

/// The step panel's rows for a Condition and for a Manager's list or dict (gaps 38B), each bounded to a line or two.
extension StatePanel {
    /// Waiters named at most on a Condition's row; the rest counted.
    static let waitersListed = 6

    func watchedRows() -> [(label: String, text: String)] {
        state.watched.conditions.map { (Phrase.panelCondition.text(), conditionText($0)) }
            + state.watched.proxied.map { (Phrase.panelManagerObject.text(), proxiedText($0)) }
    }

    /// `Condition#1 (its lock RLock#1): waiting: stage_2[1] since 1.228 s (notified at 2.535 s, not yet returned), …
    /// · last notify_all() by s1 at 2.535 s (2 waiting then)`.
    func conditionText(_ c: WatchedObjects.Condition) -> String {
        var text = c.lock.map { Phrase.panelConditionRow.text(["label": c.label, "lock": $0]) } ?? Phrase.panelConditionRowNoLock.text(["label": c.label])
        if c.waiters.isEmpty {
            text += painter.paint(Phrase.panelConditionNoWaiter.text(), .dim)
        } else {
            let shown = c.waiters.prefix(Self.waitersListed).map { w in
                Phrase.panelSince.text(["who": w.who, "t": Format.seconds(w.since)])
                    + (w.notifiedAt.map { painter.paint(Phrase.panelConditionNotified.text(["t": Format.seconds($0)]), .green) } ?? "")
            }
            text += painter.paint(Phrase.panelConditionWaiting.text(["list": listed(Array(shown), of: c.waiters.count)]), .yellow)
        }
        if let n = c.lastNotify {
            text += dot + Phrase.panelConditionLastNotify.text(["call": n.call, "who": n.who, "t": Format.seconds(n.t)])
                + (n.waiting.map { Phrase.panelConditionWaitingThen.text(["n": $0]) } ?? "")
        }
        return text
    }

    /// `list#1 (list, in the manager's process): len() 3 when 2 asked at 1.566 s · last calls: 2 append('2'), 2 __len__() → 3`.
    func proxiedText(_ p: WatchedObjects.Proxied) -> String {
        var text = Phrase.panelManagerObjectRow.text(["label": p.label, "type": p.type])
        text += p.length.map { Phrase.panelManagerLength.text(["n": $0.n, "who": $0.who, "t": Format.seconds($0.t)]) }
            ?? painter.paint(Phrase.panelManagerLengthUnseen.text(), .dim)
        guard !p.calls.isEmpty else { return text }
        let calls = p.calls.map { call in
            // the tracer's args are a tuple's repr: one argument's trailing comma dropped, "('0',)" → "('0')"
            let args = call.args.hasSuffix(",)") ? String(call.args.dropLast(2)) + ")" : call.args
            let words = "\(call.who) \(call.method)\(args.truncated(toWidth: 24))"
            if let error = call.error { return Phrase.panelManagerCallRaised.text(["call": words, "error": error]) }
            return call.result.map { $0 == "None" ? words : words + " → " + $0.truncated(toWidth: 20) } ?? words
        }
        return text + dot + Phrase.panelManagerLastCalls.text(["list": calls.joined(separator: Phrase.listComma.text())])
    }
}
