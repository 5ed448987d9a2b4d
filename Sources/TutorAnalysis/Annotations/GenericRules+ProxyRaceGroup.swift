import TutorCore

extension GenericRules {
    /// The first words of a proxy lost-update note when three or more threads were caught in one race (race 23): all of
    /// them named, and N − 1 updates lost, not the pair's "one". Nil for a pair (its words stay `ProxyRace`'s).
    func proxyGroupText(_ group: ProxyRaceGroup, place: String) -> String? {
        guard group.writes.count > 2 else { return nil }
        let value = { (i: Int) in ProxyRace.Access(self.events[i])?.value ?? "?" }
        let comma = Phrase.listComma.text(), separator = Phrase.listSeparator.text()
        // told in the order the writes were sent (the record order of their answers may differ)
        let byTime = group.writes.indices.sorted { ProxyRace.start(events[group.writes[$0]]) < ProxyRace.start(events[group.writes[$1]]) }
        let names = byTime.map { writerName(events[group.writes[$0]]) }
        let written = byTime.map { value(group.writes[$0]) }
        let writes = Set(written).count == 1 ? Phrase.noteLostUpdateGroupEachWrote.text(["value": written[0]])
            : zip(names, written).map { Phrase.noteLostUpdateGroupWrote.text(["who": $0, "value": $1]) }.joined(separator: separator)
        var values = ["names": names.joined(separator: comma), "old": value(group.reads[0]), "object": place,
                      "writes": writes, "n": String(group.lost)]
        guard group.ordered(in: events), let last = names.last else {
            return Phrase.noteLostUpdateGroupOverlap.text(in: Language.current, filling: values)
        }
        values["last"] = last
        values["lost"] = names.dropLast().joined(separator: comma)
        return Phrase.noteLostUpdateGroupOrdered.text(in: Language.current, filling: values)
    }
}
