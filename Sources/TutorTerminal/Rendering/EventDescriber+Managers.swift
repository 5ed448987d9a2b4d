import TutorCore
import TutorAnalysis

/// The row of a proxy call to a manager's server.
extension EventDescriber {
    /// The exceptions a proxy call raises when its connection to the server failed (the manager had shut
    /// down, or its process ended): no answer came back, so the call made no round trip.
    static let connectionFailures: Set<String> = ["BrokenPipeError", "ConnectionResetError", "ConnectionRefusedError",
                                                  "ConnectionAbortedError", "ConnectionError", "EOFError"]

    /// Who shut the manager down, as the tracer saw it: `with`, `at_exit`, an ExitStack, unittest's cleanups or a call.
    func managerShutdown(_ e: TraceEvent, _ object: String) -> String {
        switch e.string(EventField.how) {
        case "with": return Phrase.evManagerShutdownWith.text(["object": object])
        case "at_exit": return Phrase.evManagerShutdownAtExit.text(["object": object])
        case "stack_with": return Phrase.evManagerShutdownStackWith.text(["object": object])     // round 36T
        case "stack_close": return Phrase.evManagerShutdownStackClose.text(["object": object])
        case "cleanup": return Phrase.evManagerShutdownCleanup.text(["object": object])
        default: return Phrase.evManagerShutdown.text(["object": object])
        }
    }

    func managerCall(_ e: TraceEvent, _ object: String) -> String {
        let result = e.result.map { " \(painter.symbol("→", ascii: "->")) \($0)" } ?? ""
        // The exception the program got (e.g. IndexError of lst[5]); transcripts recorded before the field existed lack it.
        let raised = e.string(EventField.error).map { Phrase.evManagerRaisedError.text(["error": $0]) } ?? Phrase.evManagerRaised.text()
        let call = "\(object).\(e.method ?? "?")(\(Self.arguments(e.args)))" + (e.ok == false ? raised : result)
        // the error's name: a built-in OSError carries Python's own text after it ("BrokenPipeError: [Errno 32] Broken pipe")
        if e.ok == false, let error = e.string(EventField.error),
           Self.connectionFailures.contains(String(error.prefix { $0 != ":" })) {
            return call + Phrase.evManagerNoAnswer.text()
        }
        if e.bool(EventField.asked) == true, e.ok != false {
            // stamped when sent: the server ran it during the round trip that followed, which another process may see first
            return call + Phrase.evManagerAsked.text(["duration": Format.duration(ns: max(0, e.waitedNs ?? 0))])
        }
        return call + (waited(e).isEmpty ? Phrase.evManagerRoundTrip.text() : Phrase.evManagerRoundTripWaited.text(["waited": waited(e)]))
    }
}

extension EventDescriber {
    /// The rows of a manager's start: start() waiting for its server, start() that raised, and serve_forever().
    func managerStart(_ e: TraceEvent) -> String {
        let error = e.string(EventField.error) ?? Phrase.evAnException.text()
        switch e.known {
        case .managerStartWait:
            return Phrase.evManagerStartWait.text(["type": e.objectType ?? "BaseManager"])
        case .managerServe:
            return Phrase.evManagerServe.text(["address": e.string(EventField.address) ?? "?"])
        case .managerStartError:
            let values: KeyValuePairs<String, any CustomStringConvertible> = ["type": e.objectType ?? "BaseManager", "error": error,
                                                                             "waited": waited(e), "pid": e.serverPid.map(String.init) ?? "?"]
            return (e.serverPid == nil ? Phrase.evManagerStartFailedNoServer : .evManagerStartFailed).text(values)
        default:
            return e.kind
        }
    }
}
