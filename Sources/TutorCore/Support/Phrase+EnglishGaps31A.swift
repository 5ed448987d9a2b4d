extension Phrase {
    /// English texts of gaps 31A: a thread renamed after its start keeps its lane and its start row's name.
    static let englishGaps31A: [Phrase: String] = [
        .evThreadRenamesItself: "renames its own thread to {name}{was}; its lane and start row keep the name {lane}",
        .evThreadRenamesOther: "renames thread {lane} to {name}{was}; its lane and start row keep the name {lane}",
        .evThreadRenamedWas: " (named {old} until now)",
        .evMainThreadRenamed: "renames the main thread to {name} (was {old}); its lane keeps the process's name",
        .noteRecursionLimitNotInherited: "{child} hit the recursion limit. {parent}'s own limit was {n} when it started {child} at {t}, but a {method} child is a fresh Python interpreter: it starts with the default limit, {default}, not the parent's {n} (a fork child keeps it). To give the child more depth, call sys.setrecursionlimit() in the child itself, e.g. at the top of its target.",
        .laneThreadNamedLater: "{label}, renamed {name}",
    ]
}
