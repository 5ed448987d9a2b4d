/// Help for the classroom commands.
extension HelpText {
    static let present = """
    mp-tutor present <id> [options]: classroom mode, full screen for a projector. The lesson text page by
    page; the lesson's questions, answered before the run; the run played event by event, stopping at each
    numbered note; the answers revealed from the run's own events; the summary and what the run proved.

    Examples:
      mp-tutor present pool-async
      mp-tutor present pool-async --replay --speed 8
      mp-tutor present pool-async --set workers=2

    Keys (one map for the whole mode, on the footer):
      → Space Enter   next page / next question / play on / next
      ← b             back (in the run: one event back)
      1-9             choose an answer; or type a number and press Enter
      + -             faster, slower;   p  pause and play
      ] [             next note, previous note;   g G  first, last event
      q               quit at once (a live run is stopped first);  Ctrl-C quits with status 130

    Options:
      --replay                    play the recorded run (transcripts/) instead of running the demo
      --speed N                   events per second, from 0.5 to 128 (default 4)
      --variant ID, --set NAME=VALUE, --record FILE    as for 'lesson'

    """ + run + "\n" + display

    static let quiz = """
    mp-tutor quiz [<id>] [options]: a lesson's questions for a learner alone. Answer each at the prompt;
    the demo then runs live and the answers are revealed from its events and scored. The score is kept
    beside your lesson progress ('mp-tutor progress'). Without an id: the first lesson you have not finished.

    Options:
      --variant ID, --set NAME=VALUE    as for 'lesson'

    """ + run
}
