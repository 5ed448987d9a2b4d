import TutorCore

extension EventDescriber {
    /// An atexit handler about to run (gaps 32B). A program's handler that runs after multiprocessing's _exit_function in
    /// the same process says so, and which children that terminated: both runs are in the record, and atexit's
    /// last-in-first-out order is what puts them so (the daemon terminated before the program's report).
    func atexitRunRow(_ e: TraceEvent, index: Int) -> String {
        let function = e.string(EventField.handlerFunction) ?? "?"
        switch e.string(EventField.registeredBy) {
        case "multiprocessing": return Phrase.evAtexitRunMultiprocessing.text()
        case "library": return Phrase.evAtexitRunLibrary.text(["function": function])
        default: return Phrase.evAtexitRunProgram.text(["function": function]) + afterExitFunction(e, index: index, function: function)
        }
    }
}

private extension EventDescriber {
    func afterExitFunction(_ e: TraceEvent, index: Int, function: String) -> String {
        let events = timeline.events
        guard let exit = timeline.indices(of: .processAtexitRun).last(where: {
            $0 < index && events[$0].pid == e.pid && events[$0].string(EventField.registeredBy) == "multiprocessing"
        }) else { return "" }
        let names = timeline.indices(of: .processTerminate).filter {
            $0 > exit && $0 < index && events[$0].pid == e.pid && events[$0].bool(EventField.atExit) == true
        }.map { events[$0].name ?? "?" }
        let terminated = names.isEmpty ? "" : Phrase.evAtexitRunTerminated.text(["names": names.joined(separator: Phrase.listSeparator.text())])
        return Phrase.evAtexitRunAfterExitFunction.text(["terminated": terminated, "function": function])
    }
}
