extension Phrase {
    /// The Chinese texts of round 26 (issue 11): see `englishRound26`.
    static let chineseRound26: [Phrase: String] = [
        .noteLostUpdateOf: "{a} 和 {b} 都从 {object} 读到了 {old}；{a} 写入了 {theirs}，随后 {b} 没有重新读取就写入了 {mine}。如果 {b} 写入的值是根据它读到的 {old} 算出来的（就像 `{expr} += 1`），{a} 的更新就丢了：每次访问各自单独加锁，而“读—改—写”需要一次加锁把两步都包住（`with {owner}.get_lock():`）。",
        .noteLostUpdateChainOf: "如果写入 {object} 的每个值都是根据写入者紧接在前的那次读取算出来的（就像 `{expr} += 1`），那么最后写入的值 {last} 只建立在 {writes} 次写入中的 {kept} 次之上：丢失了 {n} 次更新。",
        .evPolledAllBeforeChange: "（它们都发生在这次变化生效之前：变化之后的轮询本会返回 {other}，而这样的变化在记录里会单独成为一行）",
    ]
}
