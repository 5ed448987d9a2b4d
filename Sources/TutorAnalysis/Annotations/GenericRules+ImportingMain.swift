import TutorCore

extension GenericRules {
    /// " (inside its import of the program's file … as __mp_main__, before run())" for a spawn/forkserver child whose
    /// record has its boot and no start before event `end` (gaps 24A); "" otherwise, and for every other process.
    func importingMainWords(pid: Int32, before end: Int) -> String {
        guard let boot = StateQueries.bootWithoutStart(pid: pid, before: end, in: timeline) else { return "" }
        return Phrase.inImportOfMain.text(["main": boot.string(EventField.main) ?? "?"])
    }
}
