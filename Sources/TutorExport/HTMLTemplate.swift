import TutorCore
import TutorAnalysis
import TutorTerminal

/// The fixed parts of the HTML page: markup, style and script. None of it contains any of the run's
/// text; the script fills the page from the JSON data with `textContent` and `setAttribute` only.
enum HTMLTemplate {
    static let body = #"""
    <header id="top">
      <h1 id="title"></h1>
      <p id="heading"></p>
      <ul id="warnings" role="alert"></ul>
      <nav id="controls">
        <button type="button" id="zoom-out" data-ui="zoomOut"></button>
        <button type="button" id="zoom-in" data-ui="zoomIn"></button>
        <button type="button" id="fit" data-ui="fit"></button>
        <label><input type="checkbox" id="helpers"> <span data-ui="showHelpers"></span></label>
        <label><input type="checkbox" id="large"> <span data-ui="largeType"></span></label>
        <label><input type="checkbox" id="dark"> <span data-ui="dark"></span></label>
      </nav>
    </header>
    <main>
      <section id="chart-box">
        <p id="in-view" hidden data-ui="inView"></p>
        <div id="chart-wrap"><svg id="chart" role="group"></svg></div>
        <ul id="legend"></ul>
        <div id="stepper">
          <label for="step" id="step-label"></label>
          <input type="range" id="step" min="0" max="0" value="0">
          <p id="keys" data-ui="keys"></p>
        </div>
        <div id="step-box">
          <section id="step-now"><h2 data-ui="eventTitle"></h2><p id="step-event"></p><ul id="step-links"></ul><ol id="step-notes"></ol></section>
          <section id="state"><h2 data-ui="stateTitle"></h2><div id="state-panel" role="status"></div></section>
        </div>
        <section id="run-summary"><h2 data-ui="summaryTitle"></h2><pre id="summary"></pre></section>
      </section>
      <aside>
        <section id="lesson"><h2 data-ui="lessonTitle"></h2><p id="lesson-summary"></p></section>
        <section id="proves"><h2 data-ui="provesTitle"></h2><ul id="claims"></ul></section>
        <section><h2 data-ui="notesTitle"></h2><ol id="notes"></ol></section>
      </aside>
    </main>
    """#

    static let script = scriptSetup + scriptChart + scriptDraw + scriptStepper
}
