public extension Format {
    /// A process's name and pid as a lane header or the state panel shows them: `MainProcess 807`. After a full-width
    /// closing mark (the Chinese `job0（原名 ForkProcess-1）`) no space, as Chinese text sets it (gaps 29C).
    static func namePid(_ name: String, _ pid: some BinaryInteger) -> String {
        let fullWidth: Set<Character> = ["）", "」", "』", "】", "》"]
        return name + (name.last.map(fullWidth.contains) == true ? "" : " ") + String(pid)
    }
}
