import TutorCore
import TutorAnalysis
import TutorTerminal

extension HTMLTemplate {
    /// The step slider and keys: the event, its causes and effects, its notes, and the state panel of the
    /// terminal's step view after that event; then the page's start-up.
    static let scriptStepper = #"""
    const P = D.panel;
    /** The state panel's lines after `s`, rebuilt from the nearest key frame. */
    function panelAt(s) {
      if (s < 0 || N === 0) return P.initial.slice();
      const key = Math.floor(s / P.every) * P.every;
      const lines = [];
      for (let j = key; j <= s; j++) {
        const f = P.frames[j];
        for (let k = 1; k < f.length; k += 3) lines[f[k]] = [f[k + 1], f[k + 2]];
        lines.length = f[0];
      }
      return lines;
    }

    function describe(i) { return secs(E.t[i]) + '  ' + D.lanes[E.lane[i]].label + '  ' + E.text[i]; }

    function setStep(s, reveal) {
      if (N === 0) return;
      const previous = step;
      step = Math.max(0, Math.min(N - 1, s));
      $('step').value = String(step);
      $('step-label').textContent = UI.step + ' ' + (step + 1) + ' ' + UI.of + ' ' + N;
      $('step-event').textContent = describe(step);
      const links = $('step-links');
      clear(links);
      (linksByEffect.get(step) || []).forEach((k) => links.appendChild(el('li', { 'data-because': k }, UI.because + ': ' + D.links[k][3])));
      (linksByCause.get(step) || []).forEach((k) => {
        const l = D.links[k];
        links.appendChild(el('li', { 'data-leads-to': k }, UI.leadsTo + ': ' + describe(l[1])));
      });
      const notes = $('step-notes');
      clear(notes);
      (notesByEvent.get(step) || []).forEach((n) => notes.appendChild(el('li', { value: String(n[0]) }, n[2])));
      const panel = $('state-panel');
      clear(panel);
      panelAt(step).forEach(([label, text]) => {
        const row = el('div');
        row.appendChild(el('b', {}, label));
        row.appendChild(el('span', {}, text));
        panel.appendChild(row);
      });
      document.querySelectorAll('#notes li.current').forEach((li) => li.classList.remove('current'));
      document.querySelectorAll('#notes li[data-event="' + step + '"]').forEach((li) => li.classList.add('current'));
      if (!LARGE) {
        placeCurrent();
        [previous, step].forEach((e) => {
          (linksByEffect.get(e) || []).concat(linksByCause.get(e) || []).forEach((k) => made.links[k].classList.toggle('current', e === step));
        });
      }
      const t = E.t[step];
      if (reveal !== false && (t < view.t0 || t > view.t1)) {
        const span = view.t1 - view.t0;
        view.t0 = t - span / 2; view.t1 = t + span / 2;
      }
      redraw();
    }

    function setupControls() {
      $('step').max = String(Math.max(0, N - 1));
      $('step').addEventListener('input', () => setStep(Number($('step').value), true));
      document.addEventListener('keydown', (ev) => {
        if (ev.target && ev.target.tagName === 'INPUT' && ev.target.type !== 'range') return;
        const keys = { ArrowRight: () => setStep(step + 1, true), ArrowLeft: () => setStep(step - 1, true),
          Home: () => setStep(0, true), End: () => setStep(N - 1, true), '+': () => zoom(0.5), '=': () => zoom(0.5),
          '-': () => zoom(2), '0': fit };
        if (keys[ev.key]) { ev.preventDefault(); keys[ev.key](); }
      });
      $('helpers').addEventListener('change', () => { showHelpers = $('helpers').checked; layout(); });
      $('large').addEventListener('change', () => { document.body.classList.toggle('large', $('large').checked); layout(); });
      $('dark').checked = !!(window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
      document.body.classList.toggle('dark', $('dark').checked);
      $('dark').addEventListener('change', () => document.body.classList.toggle('dark', $('dark').checked));
    }

    fillText();
    setupChart();
    setupControls();
    measure();
    if (!LARGE) build();
    setupZoomPan();
    view.t0 = -D.duration * 0.01; view.t1 = D.duration * 1.01;
    layout();
    setStep(0, false);
    document.body.setAttribute('data-ready', 'true');
    """#
}
