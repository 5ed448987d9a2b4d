import TutorCore

extension GenericRules {
    /// An `EOFError` from `input()` in a child, said at its traceback's last line: multiprocessing gave that child
    /// `os.devnull` as standard input (gaps 10A, g10a_child_input_eof; the lead's round-9 `input()` program).
    func childStdinEOFs() -> [Note] {
        var notes: [Note] = []
        for index in timeline.indices(of: .print) where events[index].text == StateQueries.inputEOFLine {
            guard notes.count < Self.perRule else { break }
            guard StateQueries.inputEOFInChild(at: index, in: events) else { continue }
            let text = Phrase.noteChildStdinDevnull.text(["name": events[index].process])
            if let made = note(index, .childStdinEOF, text, premise: .inputEOFInChild(step: index)) { notes.append(made) }
        }
        return notes
    }
}
