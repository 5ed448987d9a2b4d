import Foundation
import TutorAnalysis
import TutorCore

/// Which process lost how many events and why (the trailer's `lost_by_process`, gaps 28C), in the words the timeline's
/// warnings, the summary's record line and `--step`'s status line share. Empty for a transcript without the list
/// (older ones): then only the total is said, as before.
struct LostByProcessWords {
    let losses: [ProcessLoss]
    let total: Int

    init(_ timeline: Timeline) {
        losses = (timeline.trailer?.lostByProcess ?? []).filter { $0.lost > 0 || $0.malformed != nil }
        total = timeline.lostEvents
    }

    /// One warning per process: its name and pid (as its lane's header says them), how many, and the first
    /// unreadable line when there was one.
    func warnings() -> [String] {
        losses.map { loss in
            guard let process = loss.process else { return Phrase.warnLostFile.text(["pid": loss.pid, "n": loss.lost]) }
            guard let what = loss.malformed else { return Phrase.warnLostProcess.text(["process": process, "pid": loss.pid, "n": loss.lost]) }
            return Phrase.warnLostProcessMalformed.text(["process": process, "pid": loss.pid, "n": loss.lost, "what": MalformedLineWords.words(what)])
        }
    }

    /// "Process-1 3, pid 812 1": who lost how many, for one line; nil when the list is empty.
    func list() -> String? {
        let items = losses.filter { $0.lost > 0 }.map { loss in
            Phrase.lostByItem.text(["process": loss.process ?? "pid \(loss.pid)", "n": loss.lost])
        }
        return items.isEmpty ? nil : items.joined(separator: Phrase.listComma.text())
    }
}

extension LostByProcessWords {
    /// `--step`'s status line for a run that lost events: the count and who lost them ("⚠ 3 events lost: Process-1 3");
    /// nil when none were lost. Each step of such a run may sit in a gap, so it stays on screen at every step.
    func statusLine(painter: Painter) -> String? {
        guard total > 0 else { return nil }
        let who = list() ?? Phrase.summaryLost.text(["n": total]).trimmingCharacters(in: .init(charactersIn: ", ，"))
        return " " + painter.paint(Phrase.stepLostStatus.text(["warn": painter.symbol("⚠", ascii: "!"), "n": total, "list": who]), .yellow)
    }
}
