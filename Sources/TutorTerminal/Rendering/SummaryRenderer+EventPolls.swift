import TutorCore
import TutorAnalysis

extension SummaryRenderer {
    /// The waits a program made by polling an Event's is_set() (gaps 13A): the thread ran between its polls, so the
    /// waiting figures above do not count them; each `event.polled` with polls before it is one line.
    func pollLines() -> [String] {
        let limit = 8
        var lines: [String] = [], more = 0
        for i in timeline.indices(of: .eventPolled) {
            let e = timeline.events[i]
            // one poll that saw no change waited for nothing (a spawn child's first poll found the Event already set)
            guard let n = e.int(EventField.polls), n > 1 || (n == 1 && e.bool(EventField.then) != nil) else { continue }
            guard lines.count < limit else { more += 1; continue }
            let who = e.thread == "MainThread" ? e.process : "\(e.process) · \(e.thread)"
            let object = e.object ?? "?"
            let since = e.int(EventField.sinceNs) ?? 0
            let line: String
            switch e.bool(EventField.then) {
            case true?: line = Phrase.summaryPolledSet.text(["who": who, "object": object, "n": n, "over": Format.duration(ns: since)])
            case false?: line = Phrase.summaryPolledCleared.text(["who": who, "object": object, "n": n, "over": Format.duration(ns: since)])
            case nil:
                if let change = StateQueries.eventChangeUnseenByPolls(e, in: timeline) {
                    var values = EventDescriber.unseenChangeValues(e, change: timeline.events[change])
                    values["who"] = who
                    line = Phrase.summaryPolledToEndUnseen.text(in: .current, filling: values) + EventDescriber.pollsBeforeChange(e, change: change, in: timeline)
                    break
                }
                line = Phrase.summaryPolledToEnd.text(["who": who, "object": object, "n": n, "at": Format.seconds(e.t - since),
                                                       "result": e.bool(EventField.result) == true ? "True" : "False"])
            }
            lines.append("    " + line)
        }
        guard !lines.isEmpty else { return [] }
        if more > 0 { lines.append("    " + Phrase.summaryPollsMore.text(["n": more])) }
        return ["  " + Phrase.summaryPollsHeading.text()] + lines
    }
}
