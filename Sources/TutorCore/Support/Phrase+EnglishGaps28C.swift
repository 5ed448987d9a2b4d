extension Phrase {
    /// English texts of gaps 28C: which process lost events and why (the trailer's `lost_by_process`).
    static let englishGaps28C: [Phrase: String] = [
        .trLostByProcessList: "\"{key}\" must be a list of at most {max} objects",
        .trLostByProcessEntry: "\"{key}\" must be an object with a whole \"pid\" and \"lost\" and text (or nothing) for \"process\" and \"malformed\"",
        .warnLostProcess: "{process} (pid {pid}) lost {n} of its events: its event file has gaps in their numbers or lines that cannot be read",
        .warnLostProcessMalformed: "{process} (pid {pid}) lost {n} of its events; the first unreadable line: {what}",
        .warnLostFile: "an event file (pid {pid}) had no readable first line: its {n} event{s} are lost, and which process wrote them is not known",
        .summaryLostBy: ", {n} LOST ({list})",
        .lostByItem: "{process} {n}",
        .stepLostStatus: "{warn} {n} event{s} lost: {list}",
        .runStopSignalSent: "{signal} sent by pid {pid}",
        .evAfterStopped: " after {duration}, {stopped} of it stopped by {signal}",
        .summaryStoppedWaits: "the run was stopped by {signal} for {duration} in all: every wait under way then counts that time",
        .spanStopped: "stopped by {signal}",
    ]
}
