import TutorCore

extension GenericRules {
    /// The resource tracker's leak warning, said at its row: which names were registered and never unregistered, by
    /// which process when (`TrackerLeak`), multiprocessing's own semaphores grouped under the object that made them
    /// (gaps 30A), and, for semaphores, a registering process that a signal ended (its exit cleanup, which unregisters
    /// them, never ran) or a forkserver child that made them before its start (gaps 30A: nothing there unregisters them).
    func trackerLeaks() -> [Note] {
        TrackerLeak.all(in: timeline).prefix(Self.perRule).compactMap { leak in
            let items = trackerLeakItems(leak)
            var listed = items.prefix(6).joined(separator: Phrase.listComma.text())
            if items.count > 6 { listed += Phrase.noteTrackerLeakMore.text(["n": items.count - 6]) }
            var text = Phrase.noteTrackerLeak.text(["objects": listed])
            if leak.rtype == "semaphore" {
                text += Phrase.noteTrackerLeakSemaphores.text()
                var said: Set<Int32> = []
                var imported: (processes: [String], n: Int) = ([], 0)
                for entry in leak.entries {
                    let pid = events[entry.registered].pid
                    guard said.insert(pid).inserted else { continue }
                    if let life = timeline.process(pid: pid), let signal = life.signal, let code = life.exitCode {
                        text += Phrase.noteTrackerLeakKilled.text(["process": events[entry.registered].process,
                                                                   "signal": Format.signalName(signal), "code": code])
                    } else if let start = forkserverChildStart(pid) {
                        let before = leak.entries.filter { events[$0.registered].pid == pid && $0.registered < start }
                        guard !before.isEmpty else { continue }
                        imported.processes.append(events[entry.registered].process)
                        imported.n += before.count
                    }
                }
                if !imported.processes.isEmpty {
                    text += Phrase.noteTrackerLeakForkserverImport.text(["process": imported.processes.joined(separator: Phrase.listComma.text()),
                                                                         "n": imported.n])
                }
            } else {
                text += segmentsUnregistered()
            }
            if let counted = leak.counted, counted != leak.entries.count {
                text += Phrase.noteTrackerLeakCount.text(["n": counted, "shown": leak.entries.count])
            }
            return note(leak.warning, .trackerLeak, text, premise: .trackerLeak(leak))
        }
    }
}

private extension GenericRules {
    /// How a segment is unregistered: by its unlink() only, unless the program called resource_tracker.unregister()
    /// itself (gaps 33C), whose calls are then named.
    func segmentsUnregistered() -> String {
        let direct = TrackerLeak.directSegmentUnregisters(in: timeline)
        guard !direct.isEmpty else { return Phrase.noteTrackerLeakSegments.text() }
        let calls = direct.map { i -> String in
            let e = events[i]
            guard let name = e.name, let object = TrackerLeak.object(named: name, "shared_memory", in: events) else {
                return Phrase.noteTrackerLeakAt.text(["process": e.process, "t": Format.seconds(e.t)])
            }
            return Phrase.noteTrackerUnregisterCall.text(["object": object, "process": e.process, "t": Format.seconds(e.t)])
        }
        return Phrase.noteTrackerLeakSegmentsDirect.text(["calls": calls.joined(separator: Phrase.listComma.text())])
    }

    /// One item per name the program made (`Lock#1`, with every process that registered it), and one per object and
    /// registering process for multiprocessing's own semaphores (`JoinableQueue#1`'s eight), in the order registered.
    func trackerLeakItems(_ leak: TrackerLeak) -> [String] {
        var items: [String] = []
        var groups: [String: Int] = [:]         // owner and pid → index in `owned`
        var owned: [(owner: String, first: Int, parts: [String])] = []
        var order: [(item: Int?, group: Int?)] = []
        for entry in leak.entries {
            let e = events[entry.registered]
            if entry.object == nil, entry.madeIn.count > 1 {
                let owner = entry.owner ?? Phrase.noteTrackerLeakOwnerUnseen.text(["type": entry.madeIn.last!])
                let key = "\(owner)\u{0}\(e.pid)"
                let part = entry.madeIn.count == 2 ? entry.madeIn[0]
                    : Phrase.noteTrackerLeakPartOf.text(["inner": entry.madeIn[1..<(entry.madeIn.count - 1)].reversed()
                                                            .joined(separator: "."), "type": entry.madeIn[0]])
                if let g = groups[key] {
                    owned[g].parts.append(part)
                } else {
                    groups[key] = owned.count
                    order.append((nil, owned.count))
                    owned.append((owner, entry.registered, [part]))
                }
                continue
            }
            let object = entry.object ?? "\(leak.rtype) \(entry.name)"
            let item: String
            if entry.again.isEmpty {
                item = Phrase.noteTrackerLeakItem.text(["object": object, "process": e.process, "t": Format.seconds(e.t)])
            } else {
                let again = entry.again.map { Phrase.noteTrackerLeakAt.text(["process": events[$0].process,
                                                                             "t": Format.seconds(events[$0].t)]) }
                item = Phrase.noteTrackerLeakItemAgain.text(["object": object, "process": e.process, "t": Format.seconds(e.t),
                                                            "again": again.joined(separator: Phrase.listComma.text())])
            }
            order.append((items.count, nil))
            items.append(item)
        }
        return order.map { slot in
            if let i = slot.item { return items[i] }
            let group = owned[slot.group!]
            let e = events[group.first]
            return Phrase.noteTrackerLeakOwned.text(["n": group.parts.count, "owner": group.owner,
                                                    "types": Self.counted(group.parts), "process": e.process,
                                                    "t": Format.seconds(e.t)])
        }
    }

    /// "Lock ×2, BoundedSemaphore, Condition's Semaphore ×3": each kind once, in the order first made.
    static func counted(_ parts: [String]) -> String {
        var seen: [String] = []
        var n: [String: Int] = [:]
        for p in parts {
            if n[p] == nil { seen.append(p) }
            n[p, default: 0] += 1
        }
        return seen.map { n[$0]! > 1 ? "\($0) ×\(n[$0]!)" : $0 }.joined(separator: Phrase.listComma.text())
    }

    /// The index of the `process.start` row of a forkserver child (written when its `_bootstrap` starts), nil for any
    /// other process.
    func forkserverChildStart(_ pid: Int32) -> Int? {
        timeline.indices(of: .processStart).first {
            let e = events[$0]
            return e.pid == pid && e.string(EventField.startMethod) == "forkserver" && e.string(EventField.role) == "child"
        }
    }
}
