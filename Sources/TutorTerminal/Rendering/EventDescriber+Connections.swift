import TutorCore
import TutorAnalysis

/// The rows of a connection's ends: a `Pipe()`'s, and a `Listener`/`Client` connection's, said alike.
extension EventDescriber {
    func connection(_ e: TraceEvent, _ object: String, index: Int) -> String {
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
                // its message, when the tracer kept one (gaps 19A): "OSError: bad message length"
                let said = e.string(EventField.message).map { error + ": " + $0 } ?? error
                return Phrase.evPipeRecvError.text(["object": object, "end": end, "error": said]) + call + readSentBytes(index)
            }
            return Phrase.evPipeRecv.text(["item": e.item ?? "?", "object": object, "end": end, "waited": waited(e)]) + call + bytesReceived(e)
        case .pipeWait:
            if e.string(EventField.call) == "poll()" { return Phrase.evPipeWaitPoll.text(["object": object, "end": end]) }
            // a send() of a message larger than the end's kernel buffer (round 20H): it returns only as the other end reads
            if e.string(EventField.call) == "send()" { return Phrase.evPipeWaitSend.text(["object": object, "end": end]) }
            return Phrase.evPipeWait.text(["object": object, "end": end]) + call
        case .pipePoll:
            return Phrase.evPipePoll.text(["object": object, "end": end, "waited": waited(e), "what": pollFound(e, index: index)])
        case .pipeClose:
            return (e.bool(EventField.dropped) == true ? Phrase.evPipeDropped : .evPipeClose).text(["object": object, "end": end])
        case .connectionOpen:
            let opened = e.end == "client"
                ? Phrase.evConnectionClient.text(["address": e.string(EventField.address) ?? "?", "object": object, "end": end])
                : Phrase.evConnectionAccepted.text(["object": object, "end": end])
            return opened + (e.bool(EventField.noAuthkey) == true ? Phrase.evConnectionNoAuthkey.text() : "")
                + (e.bool(EventField.paired) == false ? Phrase.evConnectionUnpaired.text() : "")
        default: return e.kind
        }
    }

    /// What a poll() found: data, nothing, or (round 22M) the end of file a True poll() also means, when the receive
    /// after it raised EOFError; or (gaps 23) either, when no receive followed and nothing sent was left unread; or
    /// (gaps 24B) either, when the next receive was another thread's.
    func pollFound(_ e: TraceEvent, index: Int) -> String {
        guard e.bool(EventField.ready) == true else { return Phrase.evNothing.text() }
        let other = ["A": "B", "B": "A", "listener": "client", "client": "listener"][e.end ?? ""] ?? "?"
        // no receive after it and nothing sent still unread: data or an end of file, the record cannot say which (gaps 23)
        if StateQueries.pollReadyUnread(at: index, in: timeline) {
            return Phrase.evPollTrueUnread.text(["object": e.object ?? "?", "other": TraceEvent.endWords(other)])
        }
        // the next receive was another thread's (gaps 24B): what it got says nothing of this poll's True
        if let next = StateQueries.pollReadyOthersReceive(at: index, in: timeline) {
            let r = timeline.events[next]
            let who = r.thread == "MainThread" ? r.process : "\(r.process) · \(r.thread)"
            // gaps 26B: a starting child's copy of the other end was in flight: no end of file was possible then
            if let holders = StateQueries.copiesInFlight(at: index, in: timeline) {
                return Phrase.evPollTrueOtherRecvInFlight.text(["object": e.object ?? "?", "other": TraceEvent.endWords(other),
                                                                "who": who, "at": Format.seconds(r.t), "holders": Phrase.andList(holders)])
            }
            return Phrase.evPollTrueOtherRecv.text(["object": e.object ?? "?", "other": TraceEvent.endWords(other),
                                                    "who": who, "at": Format.seconds(r.t)])
        }
        guard let recv = StateQueries.pollReadyAtEOF(at: index, in: timeline) else { return Phrase.evDataReady.text() }
        return Phrase.evPollAtEOF.text(["object": e.object ?? "?", "other": TraceEvent.endWords(other),
                                        "at": Format.seconds(timeline.events[recv].t)])
    }

    /// A recv() that could not unpickle the message it read, when the record shows that message came from send_bytes().
    func readSentBytes(_ index: Int) -> String {
        guard let send = StateQueries.sendBytesReadByFailedRecv(at: index, in: timeline) else { return "" }
        let e = timeline.events[send]
        return Phrase.evPipeRecvFromSendBytes.text(["who": e.thread == "MainThread" ? e.process : "\(e.process) · \(e.thread)",
                                                     "at": Format.seconds(e.t)])
    }

    /// send() (not send_bytes(), whose row says its size and time) that took a millisecond or more: the row is stamped
    /// when the call began, and says when it returned (a message the pipe cannot hold waits there for a reader).
    func sendTook(_ e: TraceEvent) -> String {
        guard e.string(EventField.call) == nil, let took = e.int(EventField.tookNs), took >= 1_000_000 else { return "" }
        return Phrase.evPipeSendTook.text(["duration": Format.duration(ns: took), "t": Format.seconds(e.t + took)])
    }
}

extension EventDescriber {
    /// send_bytes()'s size and how long the call took (a large send returns only as the reader takes it); nothing for
    /// send() or an older transcript.
    func bytesSent(_ e: TraceEvent) -> String {
        guard let size = e.int(EventField.size), size >= 0, let took = e.int(EventField.tookNs) else { return "" }
        return Phrase.evPipeBytesSent.text(["size": Self.byteCount(size), "duration": Format.duration(ns: took)])
    }

    /// recv_bytes()/recv_bytes_into()'s size.
    func bytesReceived(_ e: TraceEvent) -> String {
        guard let size = e.int(EventField.size), size >= 0 else { return "" }
        return Phrase.evPipeBytesReceived.text(["size": Self.byteCount(size)])
    }

    /// "52,428,800 bytes": exact, grouped by thousands (a rounded MB figure would not be what the call moved).
    static func byteCount(_ n: Int64) -> String {
        var digits = String(n)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return Phrase.evByteCount.text(["n": digits + grouped])
    }
}
