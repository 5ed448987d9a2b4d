/// A process's end by a signal found after the signal-end notes' budget was spent (gaps 33D): kept to be told with the
/// others of the same cause in one note.
struct SignalEndBeyond {
    var index: Int
    var name: String
    var signal: String
    var code: Int64
    /// The cause in words, "" when the record does not show it (its premise did not hold).
    var why: String
    var premise: NotePremise?
    /// The program file a spawn/forkserver child was still importing when it ended (its run() never began), or nil.
    var bootMain: String?
    /// That in the words of one process's note, "" when its run() began.
    var beforeRun: String
}
