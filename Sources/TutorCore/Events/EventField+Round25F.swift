extension EventField {
    /// executor.wait with `call` "select()": how many of the pending work items the program wrapped itself with
    /// asyncio.wrap_future() (round 25F; absent: none, all came from loop.run_in_executor()).
    public static let wrapped = "wrapped"
}
