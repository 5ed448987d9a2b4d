import TutorCore
import TutorAnalysis

extension StatePanel {
    /// The tasks its workers took with them when they ended (gaps 38A; round 37Z: at ForkPoolWorker-1's os._exit(3) the
    /// row said "ForkPoolWorker-2 runs task 0.5 · results 4 arrived" while the notes and the summary said task 0.4 was
    /// lost): " · task 0.4 lost: ForkPoolWorker-1 ended while running it (exited, code 3)", the last three.
    func lostTasksText(_ pool: RunState.Pool) -> String {
        guard !pool.lostWithWorker.isEmpty else { return "" }
        let shown = pool.lostWithWorker.suffix(3).map { lost in
            let end = lost.exitCode.map { $0 < 0 ? Phrase.evEndedBy.text(["signal": Format.signalName(Int32(clamping: -$0))])
                : Phrase.evExited.text(["code": $0]) } ?? Phrase.summaryMemberEndNotRecorded.text()
            return painter.paint(Phrase.panelPoolTaskLost.text(["task": lost.task, "worker": lost.worker, "end": end]), .red)
        }
        let more = pool.lostWithWorker.count - shown.count
        return dot + shown.joined(separator: dot)
            + (more > 0 ? dot + Phrase.panelListedMore.text(["dots": painter.symbol("…", ascii: "..."), "n": more]) : "")
    }

    /// What a queue row's number counts (gaps 38A; round 37Z: "Queue#1 (Queue, 0, unbounded)", a bare 0): the items it
    /// holds, and of how many when it is bounded.
    func queueBound(held: Int, maxsize: Int64?) -> String {
        guard let maxsize else { return Phrase.panelQueueCount.text(["n": held]) }
        return maxsize > 0 ? Phrase.panelQueueBounded.text(["n": held, "max": maxsize])
            : Phrase.panelUnbounded.text(["n": Phrase.panelQueueCount.text(["n": held])])
    }
}
