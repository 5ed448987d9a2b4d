import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// The rows of locks, conditions, events, barriers, threading.local and shared memory or values.
    /// Nil for an event of another kind: `describeEvent` asks each aspect in turn (each kind has its rows in one).
    func syncRow(_ e: TraceEvent, _ index: Int, _ object: String) -> String? {
        switch e.known {
        case .lockCreate:
            var about: [String] = []
            if e.bool(EventField.threading) == true { about.append("threading.\(e.objectType ?? "Lock")") }
            if let value = e.int(EventField.value), e.objectType?.hasSuffix("Semaphore") == true { about.append(Phrase.evValue.text(["n": value])) }
            return Phrase.evCreated.text(["object": object])
                + (about.isEmpty ? "" : Phrase.evParenthesized.text(["text": about.joined(separator: Phrase.evComma.text())]))
        case .lockWait: return Phrase.evWaitsFor.text(["object": object, "timeout": ""])
        case .lockAcquire:
            // an RLock taken again by its holder, or released one level of several: the row says it is still held
            if let n = timeline.rlockLevels[index] { return Phrase.evRLockAgain.text(["object": object, "times": times(e), "waited": waited(e), "n": n]) }
            return Phrase.evAcquire.text(["object": object, "times": times(e), "waited": waited(e)])
        case .lockRelease:
            if let n = timeline.rlockLevels[index] { return Phrase.evRLockReleaseLevel.text(["object": object, "times": times(e), "n": n]) }
            return Phrase.evRelease.text(["object": object, "times": times(e)])
                + (releasesByOthers[index].map { Phrase.evReleaseNoOwner.text(["holder": $0.holder, "at": Format.seconds($0.acquiredT)]) } ?? "")
        case .lockTimeout: return Phrase.evLockTimeout.text(["object": object, "waited": waited(e)])
        case .lockBusy: return lockBusy(e, object)
        case .shmCreate, .shmAttach, .shmClose, .shmUnlink, .shmAttachError: return sharedMemoryRow(e, object, at: index)
        case .conditionWaitFor: return waitForRow(index)
        case .conditionError:
            return Phrase.evConditionError.text(["op": e.op ?? "wait()", "object": object, "error": e.string(EventField.error) ?? "?"])
        case .eventCreate, .conditionCreate, .pipeCreate:
            return Phrase.evCreated.text(["object": object]) + (e.bool(EventField.threading) == true
                ? Phrase.evParenthesized.text(["text": "threading." + (e.is(.eventCreate) ? "Event" : "Condition")]) : "")
        case .barrierReset: return barrierResetRow(index, object)
        case .eventSet, .eventClear, .eventWait, .conditionWait, .eventWake, .conditionWake, .conditionNotify,
             .barrierCreate, .barrierWait, .barrierAbort, .barrierWake:
            return synchronizationRow(e, object, index: index)
        case .localCreate: return Phrase.evLocalCreate.text(["object": object])
        case .localSet:
            return Phrase.evLocalSet.text(["object": object, "attr": e.attr ?? "?", "value": e.string(EventField.value) ?? "?"])
        case .localGet:
            if e.bool(EventField.missing) == true { return Phrase.evLocalMissing.text(["object": object, "attr": e.attr ?? "?"]) }
            return Phrase.evLocalGet.text(["object": object, "attr": e.attr ?? "?", "arrow": painter.symbol("→", ascii: "->"),
                                           "value": e.string(EventField.value) ?? "?"])
        case .localDel: return Phrase.evLocalDel.text(["object": object, "attr": e.attr ?? "?"])
        case .sharedCreate: return sharedCreated(e)
        case .sharedRead:
            return Phrase.evSharedRead.text(["object": object + member(e), "arrow": painter.symbol("→", ascii: "->"), "value": e.string(EventField.value) ?? "?"])
                + (e.bool(EventField.view) == true ? Phrase.evSharedThroughView.text() : "")
        case .sharedWrite:
            if let wrapped = wrappedWriteRow(e, object + member(e)) { return wrapped }
            return Phrase.evSharedWrite.text(["object": object + member(e), "value": e.string(EventField.value) ?? "?"])
                + (e.bool(EventField.view) == true ? Phrase.evSharedThroughView.text() : "")
        case .sharedWriteError: return sharedWriteFailedRow(e, object)
        case .lockReleaseError: return releaseRaised(e, object)
        case .lockUnpickled:
            return lockUnpickledRow(e)
        default: return nil
        }
    }
}
