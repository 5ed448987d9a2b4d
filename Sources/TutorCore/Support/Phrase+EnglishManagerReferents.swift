extension Phrase {
    /// The English texts of the class of a shared object a typeid the program registered made in a manager's server.
    static let englishManagerReferents: [Phrase: String] = [
        .evManagerReferent: "makes the shared object {object}: the callable registered as \"{typeid}\" returned a {type}; every proxy of it calls its methods here, in the server process",
    ]
}
