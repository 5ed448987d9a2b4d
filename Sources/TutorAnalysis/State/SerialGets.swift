import TutorCore

/// A Pool's first submissions made one after another with a get() of each before the next (round 21,
/// r21_get_in_submit_loop: `print(pool.apply_async(f, (x,)).get())` in the submit loop of a Pool(3)).
///
/// From the pool's first submission on, each is an `apply_async` of one task from the same thread, and before the next
/// one that thread's get() of it returned after its result had come back: at each submission no other task of the
/// pool was waiting or running, so however many workers the pool has, these tasks ran one at a time.
public struct SerialGets: Equatable, Sendable {
    /// The pool (`Pool#1`).
    public let pool: String
    /// The `pool.submit` steps of the run, in order (two or more).
    public let submits: [Int]
    /// The `pool.get` step of each submission but the last, the one between it and the next submission.
    public let gets: [Int]
    /// The pool's size (`processes` of its `pool.create`).
    public let workers: Int
}
