/// One run of a callback on the thread that reads results (an executor's manager thread, a Pool's result handler):
/// the event that began it and the times it began and ended (its end is the first callback end on that thread after it).
struct CallbackRun {
    var start: Int, startT: Int64, endT: Int64
}
