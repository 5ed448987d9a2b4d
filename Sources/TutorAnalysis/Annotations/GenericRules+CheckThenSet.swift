import TutorCore

extension GenericRules {
    /// A check-then-set race on a Manager dict (gaps 14A, r13_manager_cache_check_then_set), or on a Namespace's
    /// attribute (gaps 16A): two callers each tested a key, found it missing, and both set it. One note, at the later
    /// set of the first race, with how often the record proves it; its premise asks the four calls again.
    func checkThenSets() -> [Note] {
        let races = CheckThenSet.all(in: events)
        guard let race = races.first, let object = events[race.testA].object,
              let key = CheckThenSet.testedKey(events[race.testA]) else { return [] }
        let ta = events[race.testA], tb = events[race.testB], sa = events[race.setA], sb = events[race.setB]
        let (a, b) = (writerName(ta), writerName(tb))
        let (testA, testB, setA, setB) = (Format.seconds(ta.t), Format.seconds(tb.t), Format.seconds(sa.t), Format.seconds(sb.t))
        var text: String
        if ta.method == "__getattribute__" {        // a Namespace's attribute (gaps 16A): named as the program wrote it
            guard let attr = CheckThenSet.attributeName(key) else { return [] }
            text = ta.ok == true
                ? Phrase.noteCheckThenSetAttr.text(["a": a, "b": b, "object": object, "attr": attr, "value": ta.result ?? "",
                                                    "testA": testA, "testB": testB, "setA": setA, "setB": setB])
                : Phrase.noteCheckThenSetAttrMissing.text(["a": a, "b": b, "object": object, "attr": attr,
                                                           "testA": testA, "testB": testB, "setA": setA, "setB": setB])
        } else {
            // gaps 17B: `get(key, None)` quoted as written
            let phrase: Phrase = ta.method != "get" ? .noteCheckThenSet
                : CheckThenSet.hasNoneDefault(ta) ? .noteCheckThenSetGetNone : .noteCheckThenSetGet
            text = phrase.text(["a": a, "b": b, "object": object, "key": key, "testA": testA, "testB": testB, "setA": setA, "setB": setB])
        }
        if races.count > 1 { text += Phrase.noteCheckThenSetMore.text(["n": races.count]) }
        return [note(race.setB, .checkThenSet, text, premise: .checkThenSet(race, count: races.count))].compactMap { $0 }
    }
}
