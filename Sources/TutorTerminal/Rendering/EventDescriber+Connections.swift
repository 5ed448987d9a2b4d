import TutorCore
import TutorAnalysis

/// The rows of a connection's ends: a `Pipe()`'s, and a `Listener`/`Client` connection's, said alike.
extension EventDescriber {
    func connection(_ e: TraceEvent, _ object: String) -> String {
        let end = TraceEvent.endWords(e.end)
        // send_bytes()/recv_bytes()/recv_bytes_into() say which call it was; send()/recv() say nothing more
        let call = e.string(EventField.call).map { Phrase.evPipeCall.text(["call": $0]) } ?? ""
        switch e.known {
        case .pipeSend: return Phrase.evPipeSend.text(["item": e.item ?? "?", "object": object, "end": end]) + call + bytesSent(e) + sendTook(e)
        case .pipeSendError:
            // Nothing was sent. BrokenPipeError: no process has the other end open any more.
            let error = e.string(EventField.error) ?? "?", call = e.string(EventField.call) ?? "send()"
            guard let item = e.item else {
                return Phrase.evPipeSendError.text(["call": call, "object": object, "end": end, "error": error])
            }
            let phrase: Phrase = error.hasPrefix("BrokenPipeError") ? .evPipeSendBrokenPipe : .evPipeSendRaised
            return phrase.text(["call": call, "item": item, "object": object, "end": end, "error": error])
        case .pipeRecv:
            if let error = e.string(EventField.error) {
                return Phrase.evPipeRecvError.text(["object": object, "end": end, "error": error]) + call
            }
            return Phrase.evPipeRecv.text(["item": e.item ?? "?", "object": object, "end": end, "waited": waited(e)]) + call + bytesReceived(e)
        case .pipeWait:
            if e.string(EventField.call) == "poll()" { return Phrase.evPipeWaitPoll.text(["object": object, "end": end]) }
            return Phrase.evPipeWait.text(["object": object, "end": end]) + call
        case .pipePoll:
            return Phrase.evPipePoll.text(["object": object, "end": end, "waited": waited(e),
                                           "what": e.bool(EventField.ready) == true ? Phrase.evDataReady.text() : Phrase.evNothing.text()])
        case .connectionOpen:
            let opened = e.end == "client"
                ? Phrase.evConnectionClient.text(["address": e.string(EventField.address) ?? "?", "object": object, "end": end])
                : Phrase.evConnectionAccepted.text(["object": object, "end": end])
            return opened + (e.bool(EventField.paired) == false ? Phrase.evConnectionUnpaired.text() : "")
        default: return e.kind
        }
    }

    /// send() (not send_bytes(), whose row says its size and time) that took a millisecond or more: the row is stamped
    /// when the call began, and says when it returned (a message the pipe cannot hold waits there for a reader).
    func sendTook(_ e: TraceEvent) -> String {
        guard e.string(EventField.call) == nil, let took = e.int(EventField.tookNs), took >= 1_000_000 else { return "" }
        return Phrase.evPipeSendTook.text(["duration": Format.duration(ns: took), "t": Format.seconds(e.t + took)])
    }
}
