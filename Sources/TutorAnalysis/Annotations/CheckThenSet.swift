import TutorCore

/// A check-then-set race on a Manager dict that the recorded calls prove (gaps 14A, r13_manager_cache_check_then_set):
/// `if key not in cache: cache[key] = compute(key)` in two processes or threads, A and B. Each test (`__contains__`) and
/// each set (`__setitem__`) is a round trip of its own to the manager's server, which runs it at some moment between the
/// call's start (`t - waited_ns`) and its `manager.call` event. Both tests returned False (the key was missing), and
/// both returned before either set began, so each test ran before either set: both found the key missing, and both
/// then set it.
public struct CheckThenSet: Sendable, Equatable {
    /// Event indices: A's test, B's test, A's set, B's set (B's set is the later one in the record).
    public var testA: Int, testB: Int, setA: Int, setB: Int

    /// Every such race in the run, in the order of B's set.
    public static func all(in events: [TraceEvent]) -> [CheckThenSet] {
        // object and key → caller → its last test that found the key missing, and its first set after it
        var last: [String: [String: (test: Int, set: Int?)]] = [:]
        var races: [CheckThenSet] = []
        for i in events.indices(of: .managerCall) {
            let e = events[i]
            guard let object = e.object else { continue }
            let me = "\(e.pid) \(e.thread)"
            if Self.foundMissing(e), let key = testedKey(e) {
                last[object + " " + key, default: [:]][me] = (i, nil)
                continue
            }
            guard e.ok == true, Self.isSet(e), let key = e.string(EventField.key) else { continue }
            let slot = object + " " + key
            guard let mine = last[slot]?[me], mine.set == nil else { continue }
            last[slot]?[me] = (mine.test, i)
            let others = (last[slot] ?? [:]).filter { $0.key != me && $0.value.set != nil }.values.sorted { $0.test > $1.test }
            for theirs in others {
                guard let set = theirs.set else { continue }
                let race = CheckThenSet(testA: theirs.test, testB: mine.test, setA: set, setB: i)
                if race.holds(in: events) { races.append(race); break }
            }
        }
        return races
    }

    /// True when the recorded events prove the race (see the type's comment).
    public func holds(in events: [TraceEvent]) -> Bool {
        let steps = [testA, testB, setA, setB]
        guard steps.allSatisfy(events.indices.contains) else { return false }
        let ta = events[testA], tb = events[testB], sa = events[setA], sb = events[setB]
        guard [ta, tb, sa, sb].allSatisfy({ $0.is(.managerCall) }), sa.ok == true, sb.ok == true, let object = ta.object,
              [tb, sa, sb].allSatisfy({ $0.object == object }),
              Self.foundMissing(ta), Self.foundMissing(tb), ta.method == tb.method, ta.ok == tb.ok, ta.result == tb.result,
              ta.method != "get" || ta.args == tb.args,
              let setter = Self.setMethod(ta), sa.method == setter, sb.method == setter,
              let key = Self.testedKey(ta), Self.testedKey(tb) == key, sa.string(EventField.key) == key, sb.string(EventField.key) == key,
              ta.pid == sa.pid, ta.thread == sa.thread, tb.pid == sb.pid, tb.thread == sb.thread,
              !(ta.pid == tb.pid && ta.thread == tb.thread), testA < setA, testB < setB else { return false }
        return max(ta.t, tb.t) <= min(ProxyRace.start(sa), ProxyRace.start(sb))
    }

    /// A test that found the key missing: `key in d` that returned False, or (gaps 15B) `d.get(key)` with no default
    /// that returned None (missing, or stored as None: the note says only that it got None); gaps 17B: or
    /// `d.get(key, None)`, the same test written with its default. (A default other than None is not taken: what it
    /// returned may be the default or a stored value, a read of a value the record cannot tell from a test.)
    /// A Namespace's (gaps 16A): an attribute read (`ns.x`) that returned None or False, or raised AttributeError
    /// (no such attribute: what `hasattr()` and `getattr()` with a default see).
    static func foundMissing(_ e: TraceEvent) -> Bool {
        if e.method == "__getattribute__" {
            return e.ok == true ? e.result == "None" || e.result == "False" : e.ok == false && e.errorText == "AttributeError"
        }
        return e.ok == true && ((e.method == "__contains__" && e.result == "False") || (e.method == "get" && e.result == "None"))
    }

    /// The set a test is paired with: a dict's item set, a Namespace's attribute set (gaps 16A).
    static func setMethod(_ test: TraceEvent) -> String? {
        switch test.method {
        case "__contains__", "get": return "__setitem__"
        case "__getattribute__": return "__setattr__"
        default: return nil
        }
    }

    /// A Namespace attribute's name from its recorded key (`'winner'`), when that is a plain identifier; else nil.
    static func attributeName(_ key: String) -> String? {
        guard key.count > 2, key.hasPrefix("'"), key.hasSuffix("'") else { return nil }
        let name = key.dropFirst().dropLast()
        guard let first = name.first, first == "_" || first.isLetter,
              name.allSatisfy({ $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }) else { return nil }
        return String(name)
    }

    static func isSet(_ e: TraceEvent) -> Bool { e.method == "__setitem__" || e.method == "__setattr__" }

    /// The key a `__contains__` or `get` call tested, as its recorded arguments show it (`(3,)`: the repr of the one argument,
    /// the same text a `__setitem__`'s `key` has, for a key that is no nested container; a `get`'s `('k', None)`: `'k'`);
    /// nil when the arguments were cut short (`...`) or are not one argument (nor a get's key and None).
    static func testedKey(_ e: TraceEvent) -> String? {
        guard let args = e.args, args.hasPrefix("("), !args.contains("...") else { return nil }
        let key = args.hasSuffix(",)") ? String(args.dropFirst().dropLast(2))
            : e.method == "get" && args.hasSuffix(", None)") ? String(args.dropFirst().dropLast(7)) : ""
        return key.isEmpty ? nil : key
    }

    /// Whether a `get` test was given None as its default (`d.get(key, None)`): the note quotes the call as written.
    static func hasNoneDefault(_ e: TraceEvent) -> Bool { e.method == "get" && e.args?.hasSuffix(",)") == false }
}
