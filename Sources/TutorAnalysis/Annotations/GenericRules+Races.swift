import TutorCore

extension GenericRules {
    /// A read-modify-write race on a shared Value/Array, or on a Manager proxy's item or attribute: A and B read
    /// the same value, A wrote, then B wrote without reading again. One note, at the first such write, with how
    /// often it happened; its premise names the four accesses.
    func lostUpdates() -> [Note] {
        struct Read { var index: Int; var value: String }
        struct Write { var index: Int; var value: String; var after: Read? }
        var reads: [String: [String: Read]] = [:]        // slot → thread → its last access, when a read
        // slot → thread → the first write by another thread since that thread's last read: with many writes in
        // between, the other thread's last write is not the one that read the same value (found in round 3)
        var firstOther: [String: [String: Write]] = [:]
        var first: (index: Int, text: String, premise: NotePremise)?
        for i in timeline.indices(of: .sharedRead, .sharedWrite) {
            guard let access = Self.access(events[i]) else { continue }
            let e = events[i]
            let slot = access.slot, me = "\(e.pid) \(e.thread)", value = access.value
            if access.isRead {
                reads[slot, default: [:]][me] = Read(index: i, value: value)
                firstOther[slot]?[me] = nil
                continue
            }
            let mine = reads[slot]?[me]
            reads[slot]?[me] = nil
            let theirs = firstOther[slot]?[me]
            firstOther[slot]?[me] = nil
            // this write is the first one since their read for every other thread that read and has not written
            for other in (reads[slot] ?? [:]).keys where other != me && firstOther[slot]?[other] == nil {
                firstOther[slot, default: [:]][other] = Write(index: i, value: value, after: mine)
            }
            guard let mine else { continue }
            // someone else read the same value, then wrote after my read: my write replaces theirs unseen
            guard let theirs, theirs.index > mine.index, let theirRead = theirs.after, theirRead.value == mine.value else { continue }
            guard first == nil else { continue }
            let form = Self.updateForm(e)
            let values: KeyValuePairs<String, any CustomStringConvertible> = [
                "a": writerName(events[theirs.index]), "b": writerName(e), "old": mine.value, "object": access.place,
                "theirs": theirs.value, "mine": value, "expr": form?.expr ?? "", "owner": form?.owner ?? ""]
            let text = (form == nil ? Phrase.noteLostUpdate : .noteLostUpdateOf).text(values)
            first = (i, text, .lostUpdate(otherRead: theirRead.index, otherWrite: theirs.index, read: mine.index, write: i))
        }
        guard let first, let access = Self.access(events[first.index]) else { return [] }
        // The run's figures for that place: what the record shows, said as such (round 4: the count was of
        // overwriting writes, told as if each had lost an update).
        let figures = SharedWriteFigures.of(slot: access.slot, in: events)
        var text = first.text
        var premises = [first.premise, .sharedWriteFigures(slot: access.slot, figures: figures)]
        if case let .lostUpdate(_, _, read, write) = first.premise {
            let between = StateQueries.othersWrites(read: read, write: write, in: events)
            if between > 1 {
                text += Phrase.noteOverwroteSeveral.text(["b": writerName(events[write]), "n": between, "object": access.place])
                premises.append(.othersWritesBetween(read: read, write: write, count: between))
            }
        }
        text += Phrase.noteOverwritesCount.text(["n": figures.overwrites, "writes": figures.writes, "object": access.place])
        if let kept = figures.kept, let lost = figures.lost, lost > 0 {
            let form = Self.updateForm(events[first.index])
            text += (form == nil ? Phrase.noteLostUpdateChain : .noteLostUpdateChainOf).text([
                "object": access.place, "last": figures.last, "kept": kept, "writes": figures.writes, "n": lost,
                "s": lost == 1 ? "" : "s", "expr": form?.expr ?? ""])
        }
        // A fact of tracing in general, not of this run: the record cannot show how many an untraced run would lose.
        text += Phrase.noteLostUpdateTracingCost.text()
        let premise = NotePremise.all(premises)
        return [note(first.index, .lostUpdate, text, premise: premise)].compactMap { $0 }
    }

    /// The program's own form of the read-modify-write a lost-update note gives as its example, when it is not a Value's
    /// `v.value += 1`: an Array item's `a[0] += 1` under `with a.get_lock():` (round 26: the note on `Array#2[0]`
    /// said `v.value += 1`), a structure Value's field `v.x += 1`. Nil for `.value`: the note's own words.
    static func updateForm(_ e: TraceEvent) -> (expr: String, owner: String)? {
        let attr = e.attr ?? "value"
        if attr == "value" { return nil }
        return attr.hasPrefix("[") ? ("a" + attr, "a") : ("v." + attr, "v")
    }

    /// A read or write of one synchronized Value/Array member through its wrapper (a Manager proxy's: see
    /// `proxyLostUpdates`). An access through a view (`view: true`, `arr[0].x`) is left out: no lock orders it,
    /// so its recorded order across processes is not certainly the order the memory saw.
    static func access(_ e: TraceEvent) -> (slot: String, place: String, isRead: Bool, value: String)? {
        // Two comparisons: a set literal here was made anew for every event of the run.
        guard e.is(.sharedRead) || e.is(.sharedWrite), let object = e.object, e.bool(EventField.view) != true,
              e.bool(EventField.list) != true else { return nil }     // a ShareableList's item: no lock orders it either
        let attr = e.attr ?? "value"
        return (object + " " + attr, object + (attr.hasPrefix("[") ? attr : "." + attr), e.is(.sharedRead),
                e.string(EventField.value) ?? "?")
    }

    /// A lost update through a Manager proxy that the recorded values and times prove (`ProxyRace`): a note at the last
    /// write of each separate race (gaps 24B: not only the first), the first with how many the record proves and why, the
    /// later ones short (gaps 25); each premise is asked again by the checker.
    func proxyLostUpdates() -> [Note] {
        let races = ProxyRace.all(in: timeline)
        guard let race = races.first, let first = firstProxyRaceNote(race, races: races) else { return [] }
        return [first] + laterProxyRaceNotes(races, told: ProxyRaceGroup.around(race, in: events), firstAt: first.eventIndex)
    }

    /// The note of one race's pair or group, with `tail`'s words after them (the first race's closing figure).
    func proxyRaceNote(_ race: ProxyRace, tail: (text: String, found: LostUpdateFigures?)) -> Note? {
        guard let place = ProxyRace.Access(events[race.writeB])?.place else { return nil }
        let value = { (i: Int) in ProxyRace.Access(self.events[i])?.value ?? "?" }
        // a third thread in the same window (race 23): every one named, N − 1 lost, the note at the group's last write
        let group = ProxyRaceGroup.around(race, in: events)
        if let text = proxyGroupText(group, place: place), let at = group.writes.last {
            return note(at, .lostUpdate, text + tail.text, premise: .proxyLostGroup(race, group, tail.found))
        }
        let text = (race.ordered(in: events) ? Phrase.noteLostUpdateManager : Phrase.noteLostUpdateOverlap).text([
            "a": writerName(events[race.writeA]), "b": writerName(events[race.writeB]), "old": value(race.readB), "object": place,
            "theirs": value(race.writeA), "mine": value(race.writeB)])
        return note(race.writeB, .lostUpdate, text + tail.text, premise: tail.found.map { .proxyLostFigures(race, $0) } ?? .proxyLostUpdate(race))
    }

    /// The first race's note: the values may prove the item's whole figure (gaps 7); else the count of races proved, a floor.
    private func firstProxyRaceNote(_ race: ProxyRace, races: [ProxyRace]) -> Note? {
        let slot = ProxyRace.Access(events[race.writeB])?.slot ?? ""
        let found = ProxyLostUpdates.figures(slot: slot, in: events)
        let text = found.map { $0.text(.noteProxyLostFigures, reader: Self.who(events[$0.finalStep])) }
            ?? (races.count > 1 ? Phrase.noteLostUpdatesProved.text(["n": races.count]) : "")
        return proxyRaceNote(race, tail: (text, found))
    }

    /// A container read through a Manager proxy and changed in place: the change stays in the copy (`ProxyCopy`). One note
    /// per process, item and method, at the read; with what a later read of the item found, when the record has one.
    func proxyCopies() -> [Note] {
        ProxyCopy.all(in: events).prefix(Self.perRule).compactMap { copy in
            let e = events[copy.step]
            guard let read = ProxyRace.Access(e) else { return nil }
            // `x[key] = value` / `del x[key]` on the copy (gaps 15A) said as the statement the program wrote
            let method = e.string(EventField.copyMethod) ?? "?"
            let phrase: Phrase = method == "__setitem__" ? .noteProxyCopyStore : method == "__delitem__" ? .noteProxyCopyDelete : .noteProxyCopy
            var text = phrase.text(["who": Self.who(e), "place": read.place, "value": read.value, "method": method])
            if let later = copy.later, let again = ProxyRace.Access(events[later]) {
                text += Phrase.noteProxyCopyLater.text(["who": Self.who(events[later]), "place": again.place, "value": again.value])
            }
            return note(copy.step, .proxyCopyMutated, text, premise: .proxyCopyMutated(step: copy.step, later: copy.later))
        }
    }

    /// A ProcessPoolExecutor that broke: which worker died inside which work item, from the recorded events.
    /// Without such a worker in the record, only that it broke is said.
    func brokenExecutors() -> [Note] {
        let census = ProcessCensus(timeline)
        return timeline.indices(of: .executorBroken).prefix(Self.perRule).compactMap { index in
            let e = events[index]
            var lost: [String] = []
            var starts: [Int] = []
            // only this executor's workers: an earlier executor's dead worker did not break this one (round 34F)
            let own = executorWorkerPids(e.object ?? "", before: index)
            for (s, start) in events[..<index].enumerated() where start.is(.futureStart) {
                guard own?.contains(start.pid) ?? true, StateQueries.workerDiedInside(start: s, before: index, in: timeline),
                      let dead = census.members.first(where: { $0.pid == start.pid }) else { continue }
                starts.append(s)
                lost.append(Phrase.noteBrokenLost.text(["name": dead.name, "code": dead.exitCode ?? 0, "work": start.int(EventField.work) ?? 0]))
            }
            let pending = e.int(EventField.pending) ?? 0
            let plain = (NoteKind.brokenExecutorPlain, (pending == 1 ? Phrase.noteBrokenPlainOne : Phrase.noteBrokenPlain).text(["object": e.object ?? "ProcessPoolExecutor", "pending": pending, "n": pending]))
            if lost.isEmpty, let error = e.string(EventField.unreadableResult) {
                let work = StateQueries.endedWithoutResult(executor: e.object ?? "", before: index, in: timeline)
                let which = work.map { Phrase.noteUnreadableWhich.text(["work": $0]) } ?? Phrase.noteUnreadableSome.text()
                let text = Phrase.noteUnreadableResult.text(["object": e.object ?? "ProcessPoolExecutor", "which": which, "error": error,
                                                             "pending": pending, "n": pending])
                return note(index, .brokenExecutor, text, premise: .unreadableResult(brokenStep: index, work: work), fallback: plain)
            }
            if lost.isEmpty, let closed = readerClosed(index) { return closed }
            if let thread = threadPoolBroke(index) { return thread }
            if lost.isEmpty, let failed = initializerBroke(index) { return failed }
            guard !lost.isEmpty else { return Note(eventIndex: index, text: plain.1, source: .rule, kind: plain.0) }
            // "it stops its other workers" only when it had one: a max_workers=1 executor whose worker died has none (round 27F)
            let dead = Set(starts.map { events[$0].pid })
            let others = otherWorkerAlive(executor: e.object ?? "", besides: dead, before: index)
            // two workers that died say "those workers" (each ran a pending item, so more than one was pending)
            let phrase: Phrase = lost.count > 1 ? (others ? .noteBrokenWhyWorkers : .noteBrokenWhyWorkersAlone)
                : others ? (pending == 1 ? .noteBrokenWhyOne : .noteBrokenWhy) : (pending == 1 ? .noteBrokenWhyAloneOne : .noteBrokenWhyAlone)
            let text = phrase.text(["lost": lost.joined(separator: Phrase.notePartsSeparator.text()), "pending": pending, "n": pending])
            return note(index, .brokenExecutor, text, premise: .diedInside(brokenStep: index, starts: starts), fallback: plain)
        }
    }

    static func who(_ e: TraceEvent) -> String { e.thread == "MainThread" ? e.process : "\(e.process)/\(e.threadRole)" }
}
