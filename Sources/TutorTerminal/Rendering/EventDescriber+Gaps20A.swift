import TutorCore

extension EventDescriber {
    /// The row of a `helper.launch` (gaps 20A): which program call launched the resource tracker or the forkserver, in
    /// the launching process's lane, so the helper's own later "started" row has its cause above it.
    func helperLaunchRow(_ e: TraceEvent) -> String {
        let pid = e.int(EventField.helperPid).map(String.init) ?? "?"
        let forkserver = e.string(EventField.helper) == "forkserver"
        guard let call = e.string(EventField.call) else {
            return (forkserver ? Phrase.evForkserverLaunchedNoCall : Phrase.evTrackerLaunchedNoCall).text(["pid": pid])
        }
        return (forkserver ? Phrase.evForkserverLaunched : Phrase.evTrackerLaunched).text(["call": call, "pid": pid])
    }
}

extension EventDescriber {
    /// A shared value's write of an int that did not fit its C type (`given`, `bits`, `signed`; gaps 20A): the
    /// program's int, what the type holds, and the low bits it kept; nil for every other write.
    func wrappedWriteRow(_ e: TraceEvent, _ target: String) -> String? {
        guard let given = e.string(EventField.given), let bits = e.int(EventField.bits), (1...64).contains(bits),
              let signed = e.bool(EventField.signed) else { return nil }
        let value = e.string(EventField.value) ?? "?"
        if signed {
            let max = UInt64(1) << UInt64(bits - 1)
            return Phrase.evSharedWriteWrappedSigned.text(["given": given, "object": target, "bits": bits, "min": "-\(max)",
                                                           "max": String(max - 1), "value": value])
        }
        let max = bits == 64 ? UInt64.max : (UInt64(1) << UInt64(bits)) - 1
        return Phrase.evSharedWriteWrappedUnsigned.text(["given": given, "object": target, "bits": bits, "max": String(max), "value": value])
    }
}

extension EventDescriber {
    /// An executor constructor that raised (gaps 20A); the message's own last full stop is left out before the colon
    /// that follows it (3.11's "…; supply a different mp_context.").
    func executorRefusedRow(_ e: TraceEvent) -> String {
        var error = e.string(EventField.error) ?? "?"
        if error.hasSuffix("."), !error.hasSuffix("..") { error.removeLast() }
        return Phrase.evExecutorCreateRefused.text(["type": e.objectType ?? "?", "error": error])
    }
}
