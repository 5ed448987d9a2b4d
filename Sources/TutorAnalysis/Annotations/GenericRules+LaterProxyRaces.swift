import TutorCore

extension GenericRules {
    /// The notes of the proxy races after the first (gaps 24B): a later race, even a larger one (spawn's 5 → 6 of three
    /// processes in r22h_progress_manager_value_race), was counted only in the first note's closing figure. Each race
    /// whose writes no note has told yet is a separate race; the largest of them (most updates lost, then the earliest)
    /// get a note each, up to `perRule` notes in all, in record order. Gaps 25: a later note says its race shortly and
    /// points back to the first note, which holds the round-trip explanation and the lock advice (said once); the last
    /// one told then counts the races not told and the updates they lost.
    func laterProxyRaceNotes(_ races: [ProxyRace], told first: ProxyRaceGroup, firstAt: Int) -> [Note] {
        var told = Set(first.writes)
        var separate: [(race: ProxyRace, group: ProxyRaceGroup)] = []
        for race in races.dropFirst() where !told.contains(race.writeA) && !told.contains(race.writeB) {
            let group = ProxyRaceGroup.around(race, in: events)
            guard told.isDisjoint(with: group.writes) else { continue }
            told.formUnion(group.writes)
            separate.append((race, group))
        }
        // the largest first (a stable sort keeps record order among equals), then told in record order
        let byLoss = separate.indices.sorted { separate[$0].group.lost != separate[$1].group.lost
            ? separate[$0].group.lost > separate[$1].group.lost : $0 < $1 }
        let chosen = Set(byLoss.prefix(Self.perRule - 1))
        let shown = separate.indices.filter(chosen.contains).map { separate[$0] }
        let more = separate.indices.filter { !chosen.contains($0) }.map { separate[$0] }
        let at = Format.seconds(events[firstAt].t)
        return shown.enumerated().compactMap { n, item in
            guard var again = proxyRaceAgainNote(item.race, group: item.group, at: at), let premise = again.premise else { return nil }
            guard n == shown.count - 1, !more.isEmpty else { return again }
            // the count's premise: every race it counts holds, with the group whose losses it adds up
            let lost = more.reduce(0) { $0 + $1.group.lost }
            again.text += Phrase.noteProxyMoreRacesCounted.text(["n": more.count, "s": more.count == 1 ? "" : "s", "lost": lost])
            let counted = more.map { $0.group.writes.count > 2 ? NotePremise.proxyLostGroup($0.race, $0.group, nil) : .proxyLostUpdate($0.race) }
            return note(again.eventIndex, .lostUpdate, again.text, premise: .all([premise] + counted))
        }
    }

    /// A later race's short note: who read what and wrote what, that an update was lost if the values came from the
    /// read, and "again, as in the race told at {at}" for the why and the fix. Its premise is the full note's.
    func proxyRaceAgainNote(_ race: ProxyRace, group: ProxyRaceGroup, at: String) -> Note? {
        guard let place = ProxyRace.Access(events[race.writeB])?.place else { return nil }
        let value = { (i: Int) in ProxyRace.Access(self.events[i])?.value ?? "?" }
        if group.writes.count > 2, let last = group.writes.last {
            let byTime = group.writes.sorted { ProxyRace.start(events[$0]) < ProxyRace.start(events[$1]) }
            let names = byTime.map { writerName(events[$0]) }, written = byTime.map(value)
            let writes = Set(written).count == 1 ? Phrase.noteLostUpdateGroupEachWrote.text(["value": written[0]])
                : zip(names, written).map { Phrase.noteLostUpdateGroupWrote.text(["who": $0, "value": $1]) }.joined(separator: Phrase.listSeparator.text())
            let text = Phrase.noteProxyRaceAgainGroup.text(["at": at, "names": names.joined(separator: Phrase.listComma.text()),
                                                            "old": value(group.reads[0]), "object": place, "writes": writes, "n": group.lost])
            return note(last, .lostUpdate, text, premise: .proxyLostGroup(race, group, nil))
        }
        let phrase: Phrase = race.ordered(in: events) ? .noteProxyRaceAgainPair : .noteProxyRaceAgainOverlap
        let text = phrase.text(["at": at, "a": writerName(events[race.writeA]), "b": writerName(events[race.writeB]), "old": value(race.readB),
                                "object": place, "theirs": value(race.writeA), "mine": value(race.writeB)])
        return note(race.writeB, .lostUpdate, text, premise: .proxyLostUpdate(race))
    }
}
