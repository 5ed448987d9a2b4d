import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// The row of a pool's end for an imap result it left with results unread (`pool.imap.unread`). Round 13 made it say
    /// "not read yet" (results back stay readable after the pool's end: `sum(Pool(2).imap(...))` read them all); gaps 14A:
    /// where the later count (`pool.imap.left`) shows the program read nothing more from it, "never read" is true again.
    func imapUnreadRow(_ e: TraceEvent, at index: Int, _ object: String) -> String {
        let n = e.int(EventField.unread) ?? 0, job = e.job ?? 0
        guard n > 0 else { return Phrase.evImapAllRead.text(["object": object, "job": job, "n": n]) }
        let later = StateQueries.imapLeft(of: object, job: job, in: timeline)
        let sent = StateQueries.imapResults(of: object, job: job, before: index, in: timeline)
        if sent.notSent > 0, sent.returned == 0 {   // round 24: nothing came back; the task handler set every one of them
            return (later?.read == 0 ? Phrase.evImapNeverReadUnsent : .evImapUnreadUnsent).text(["object": object, "job": job, "n": n])
        }
        return (later?.read == 0 ? Phrase.evImapNeverRead : .evImapUnread).text(["object": object, "job": job, "n": n])
            + unsentAmong(sent.notSent, n)
    }

    /// The later count itself: what the program read from the imap result after its pool's end, when it let go of it or
    /// its process ended.
    func imapLeftRow(_ e: TraceEvent, at index: Int, _ object: String) -> String {
        let read = e.int(EventField.readAfter) ?? 0, never = e.int(EventField.unread) ?? 0, job = e.job ?? 0
        let when = (e.string(EventField.leftAt) == "exit" ? Phrase.evImapLeftAtExit : .evImapLeftCollected).text(["job": job])
        var what: Phrase = read == 0 ? .evImapLeftNothing : never == 0 ? .evImapLeftReadAll : .evImapLeftReadSome
        let sent = StateQueries.imapResults(of: object, job: job, before: index, in: timeline)
        if what == .evImapLeftNothing, sent.notSent > 0, sent.returned == 0 { what = .evImapLeftNothingUnsent }    // round 24
        let among = what == .evImapLeftNothingUnsent ? "" : unsentAmong(sent.notSent, never)
        return when + what.text(["object": object, "read": read, "never": never]) + among
    }

    /// Gaps 14A: a write through a synchronized shared value that raised (r13_shared_string_array: `buf.value = b'...'`
    /// longer than its `Array('c', 16)`). ctypes checks a whole value, an item, and a slice's length before it writes
    /// anything, but writes a slice item by item: items before the one that failed are written.
    func sharedWriteFailedRow(_ e: TraceEvent, _ object: String) -> String {
        let error = e.string(EventField.error) ?? Phrase.evAnException.text()
        let attr = e.attr ?? "", value = e.string(EventField.value) ?? "?"
        if attr == "value" || attr == "raw", error.hasPrefix("ValueError: byte string too long"), let length = createdLength(object) {
            return Phrase.evSharedWriteTooLong.text(["object": object, "attr": attr, "value": value, "error": error, "length": length])
        }
        if object.hasPrefix("ShareableList#") {     // gaps 16A: its own checks, and one that fails after a change
            if error == "KeyError" { return Phrase.evShareableListWriteType.text(["object": object, "member": member(e), "value": value]) }
            // gaps 17B: a slice or another position that is not an int is refused before anything is written
            if attr.hasPrefix("["), !attr.dropFirst().dropLast().allSatisfy({ $0.isNumber || $0 == "-" }) {
                return Phrase.evShareableListWritePosition.text(["object": object, "member": member(e), "value": value, "error": error])
            }
            if error.hasPrefix("struct.error") {
                return Phrase.evShareableListWritePacked.text(["object": object, "member": member(e), "value": value, "error": error])
            }
        }
        let slice = attr.hasPrefix("[") && attr.contains(":")
        return (slice && !error.hasPrefix("ValueError: Can only assign sequence of same size") ? Phrase.evSharedWriteSlicePart : .evSharedWriteFailed)
            .text(["object": object, "member": member(e), "value": value, "error": error])
    }
}

private extension EventDescriber {
    /// The length its `shared.create` gave a shared Array.
    func createdLength(_ object: String) -> Int64? {
        let events = timeline.events
        for i in events.indices(of: .sharedCreate) where events[i].object == object { return events[i].length }
        return nil
    }
}
