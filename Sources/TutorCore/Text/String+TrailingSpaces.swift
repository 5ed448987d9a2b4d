extension String {
    /// This text without trailing spaces, so an indent on an otherwise empty line leaves no litter.
    public var trimmingTrailingSpaces: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
