extension Phrase {
    /// The English texts of race 23: a Manager proxy race of three or more processes, every one named and N − 1
    /// updates lost.
    static let englishRace23: [Phrase: String] = [
        .noteLostUpdateGroupOverlap: "{names} all read {old} from {object} before any of them wrote back; then {writes}, none reading again. Their round trips overlapped, so the record cannot show which write the server ran last, but that one replaced the other {n} unseen. If each value came from the {old} it read (as in `d[k] += 1`), {n} update{s} were lost here: each access was its own round trip to the manager's server, and a read-modify-write needs one lock held around both (a `manager.Lock()` passed to every process).",
        .noteLostUpdateGroupOrdered: "{names} all read {old} from {object}; then {writes}, one after another, none reading again. If {last}'s value came from the {old} it read (as in `d[k] += 1`), the updates of {lost} were lost ({n} update{s}): each access was its own round trip to the manager's server, and a read-modify-write needs one lock held around both (a `manager.Lock()` passed to every process).",
        .noteLostUpdateGroupWrote: "{who} wrote {value}",
        .noteLostUpdateGroupEachWrote: "each wrote {value}",
    ]
}
