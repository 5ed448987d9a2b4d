extension Phrase {
    /// English texts of gaps 14A: what became of an imap result's unread results after its pool's end.
    static let englishGaps14A: [Phrase: String] = [
        .evImapNeverRead: "{object} ends: {n} result(s) of task {job} had come back and the program never read them (it read nothing more from the imap() result after the pool's end)",
        .evImapLeftCollected: "the program lets go of the imap() result of task {job}",
        .evImapLeftAtExit: "the process ends still holding the imap() result of task {job}",
        .evImapLeftNothing: ": after {object}'s end it read nothing more from it, so the {never} result(s) that had come back were never read",
        .evImapLeftReadAll: ": after {object}'s end the program read {read} more result(s) from it, and left none unread",
        .evImapLeftReadSome: ": after {object}'s end the program read {read} more result(s) from it; {never} that had come back were never read",
        .summaryImapNeverRead: "; when the pool ended, {n} result(s) had come back, and the program never read them",
        .summaryImapReadAfter: "; when the pool ended, {n} result(s) had come back and were not read yet: the program read them after the pool's end ({read})",
        .summaryImapReadAfterSome: "; when the pool ended, {n} result(s) had come back and were not read yet: the program read {read} after the pool's end and never read {never}",
    ]
}
