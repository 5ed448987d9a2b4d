import TutorCore

extension GenericRules {
    /// A check-then-set race on a Manager dict (gaps 14A, r13_manager_cache_check_then_set): two callers each tested a
    /// key, found it missing, and both set it. One note, at the later set of the first race, with how often the record
    /// proves it; its premise asks the four calls again.
    func checkThenSets() -> [Note] {
        let races = CheckThenSet.all(in: events)
        guard let race = races.first, let object = events[race.testA].object,
              let key = CheckThenSet.testedKey(events[race.testA]) else { return [] }
        let ta = events[race.testA], tb = events[race.testB], sa = events[race.setA], sb = events[race.setB]
        var text = (ta.method == "get" ? Phrase.noteCheckThenSetGet : .noteCheckThenSet).text(["a": writerName(ta), "b": writerName(tb), "object": object, "key": key,
                                                 "testA": Format.seconds(ta.t), "testB": Format.seconds(tb.t),
                                                 "setA": Format.seconds(sa.t), "setB": Format.seconds(sb.t)])
        if races.count > 1 { text += Phrase.noteCheckThenSetMore.text(["n": races.count]) }
        return [note(race.setB, .checkThenSet, text, premise: .checkThenSet(race, count: races.count))].compactMap { $0 }
    }
}
