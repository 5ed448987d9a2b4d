extension Phrase {
    /// The English texts of gaps 36A (issue 11): a sweep of item reads of a shared Array with another process's writes
    /// between them.
    static let englishGaps36A: [Phrase: String] = [
        .noteTornSweep: "{reader} read {object} one item at a time ({first} … {last}, {n} read{s} from {t0} to {t1}), and {writer} wrote {object}{attr} at {tw}, between those reads{more}: the values read are not one state of the array, so a total or a check made from them may match no moment of it. Each {object}[i] takes {lock} and lets it go on its own, so nothing kept the writer out between two reads. To read the array as one state, hold its lock around the whole pass (`with arr.get_lock():`), and hold it in the writer around each update that must be seen whole. {reader} made {torn} such pass{torn?|es} over {object} with another process's writes between the reads.",
        .noteTornSweepMoreWrites: " ({n} write{s} by other processes in all)",
        .panelSharedLock: "lock {lock}",
        .panelSharedLockGiven: "lock {lock}, passed by the program (lock=)",
    ]
}
