import TutorCore

extension GenericRules {
    /// The notes of the proxy races after the first (gaps 24B): a later race, even a larger one (spawn's 5 → 6 of three
    /// processes in r22h_progress_manager_value_race), was counted only in the first note's closing figure. Each race
    /// whose writes no note has told yet gets its own note (its pair's or group's words, its own premise), up to
    /// `perRule` notes in all; the last one told then says how many separate races more the record proves.
    func laterProxyRaceNotes(_ races: [ProxyRace], told first: ProxyRaceGroup) -> [Note] {
        var told = Set(first.writes)
        var separate: [ProxyRace] = []
        for race in races.dropFirst() where !told.contains(race.writeA) && !told.contains(race.writeB) {
            let group = ProxyRaceGroup.around(race, in: events)
            guard told.isDisjoint(with: group.writes) else { continue }
            told.formUnion(group.writes)
            separate.append(race)
        }
        let shown = separate.prefix(Self.perRule - 1), more = Array(separate.dropFirst(shown.count))
        return shown.enumerated().compactMap { n, race in
            guard n == shown.count - 1, !more.isEmpty else { return proxyRaceNote(race, tail: ("", nil)) }
            // the count's premise: every race it counts holds, as the record shows it
            guard var last = proxyRaceNote(race, tail: ("", nil)), let premise = last.premise else { return nil }
            last.text += Phrase.noteProxyMoreRaces.text(["n": more.count, "s": more.count == 1 ? "" : "s"])
            last.premise = .all([premise] + more.map { .proxyLostUpdate($0) })
            return note(last.eventIndex, .lostUpdate, last.text, premise: last.premise)
        }
    }
}
