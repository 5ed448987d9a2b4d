import TutorCore

extension RunState {
    /// A program's `threading.local`: what each live thread has stored on it, as the `local.*` events say.
    /// A thread's values go when the thread ends (as threading.local forgets them).
    public struct Local: Sendable, Equatable {
        public var label: String
        /// In the order they were first set; `who` as in locks ("MainProcess", "MainProcess/Thread_1").
        public var values: [(who: String, attr: String, value: String)]

        public static func == (a: Local, b: Local) -> Bool {
            a.label == b.label && a.values.map(\.who) == b.values.map(\.who) && a.values.map(\.attr) == b.values.map(\.attr)
                && a.values.map(\.value) == b.values.map(\.value)
        }

        /// Records `who`'s value of `attr` (a set, or a get that read it).
        mutating func store(_ value: String, attr: String, by who: String) {
            if let i = values.firstIndex(where: { $0.who == who && $0.attr == attr }) {
                values[i].value = value
            } else {
                values.append((who, attr, value))
            }
        }
    }
}
