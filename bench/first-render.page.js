// The in-page half of bench/first-render.bench.ts: renders one element with its data
// (recorded once, then replayed from memory) and the hand-written DOM baseline.
/** Yields one task without setTimeout's 4 ms clamping, so waiting costs the element nothing. */
const nextTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  });

window.measureFirstRender = async ({ testCase, endpoint, token, runs }) => {
      if (!customElements.get(testCase.tag)) return { elementMs: [], baselineMs: [], elementFrameMs: [], baselineFrameMs: [], defined: false };
      const recorded = new Map();
      const keyOf = (input, init) => `${init?.method ?? 'GET'} ${input} ${typeof init?.body === 'string' ? init.body : ''}`;
      const recording = async (input, init) => {
        const response = await fetch(input, init);
        const body = await response.text();
        recorded.set(keyOf(input, init), { status: response.status, body, type: response.headers.get('content-type') ?? 'application/json' });
        return new Response(body, { status: response.status, headers: { 'content-type': response.headers.get('content-type') ?? '' } });
      };
      let outstanding = 0;
      const replaying = async (input, init) => {
        outstanding++;
        try {
          const hit = recorded.get(keyOf(input, init));
          if (!hit) return recording(input, init);
          return new Response(hit.body, { status: hit.status, headers: { 'content-type': hit.type } });
        } finally {
          queueMicrotask(() => outstanding--);
        }
      };

      const create = (fetchImpl) => {
        const element = document.createElement(testCase.tag);
        element.setAttribute('endpoint', endpoint);
        element.setAttribute('publishable-key', 'pk_demo_bridgeway');
        if (token) element.setAttribute('user-token', token);
        for (const [name, value] of Object.entries(testCase.attributes)) element.setAttribute(name, value);
        for (const [name, value] of Object.entries(testCase.properties ?? {})) element[name] = value;
        element.fetch = fetchImpl;
        return element;
      };

      /**
       * Ready: no request in flight, no loading state, no pending update, for two turns in a row.
       * Resolves to when the element first looked ready in that streak, after a forced style and
       * layout there (the point the baseline is measured to), so the turns spent confirming it stay out.
       */
      const settled = async (element) => {
        let quiet = 0;
        let readyAt = 0;
        while (quiet < 2) {
          const done = await element.updateComplete;
          const loading = element.shadowRoot?.querySelector('[part~="state-loading"], [aria-busy="true"]');
          if (done && outstanding === 0 && !loading) {
            if (quiet++ === 0) {
              element.getBoundingClientRect();
              readyAt = performance.now();
            }
          } else quiet = 0;
          await nextTask();
        }
        return readyAt;
      };

      /**
       * When each frame ended (the first task after its requestAnimationFrame callbacks, so after its
       * style, layout and paint), for the "to the next frame" figures.
       */
      let frameEnds = [];
      let framesOn = false;
      const onFrame = () => {
        if (!framesOn) return;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => frameEnds.push(performance.now());
        channel.port2.postMessage(0);
        requestAnimationFrame(onFrame);
      };
      /** The end of the first frame that started after `time`. */
      const frameAfter = async (time) => {
        for (;;) {
          const end = frameEnds.find((at) => at > time);
          if (end !== undefined) return end;
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        }
      };

      // Record once against the server, and keep the markup and styles for the baseline.
      localStorage.clear();
      const first = create(recording);
      document.body.append(first);
      await settled(first);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await settled(first);
      const markup = first.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
      const sheets = first.shadowRoot.adoptedStyleSheets;
      first.remove();

      const elementMs = [];
      const baselineMs = [];
      const elementFrameMs = [];
      const baselineFrameMs = [];
      framesOn = true;
      requestAnimationFrame(onFrame);
      for (let run = 0; run < runs; run++) {
        localStorage.clear();
        frameEnds = [];
        const started = performance.now();
        // A fetch of its own per run: elements share identical reads only within one fetch (and
        // credential), so each run reads its data again instead of reusing the last run's answers.
        const element = create((input, init) => replaying(input, init));
        document.body.append(element);
        const readyAt = await settled(element);
        elementMs.push(readyAt - started);
        elementFrameMs.push((await frameAfter(readyAt)) - started);
        // Marks for bench/profile.ts, which splits a trace into the element's and the baseline's time.
        performance.measure('bw-element', { start: started, end: readyAt });
        element.remove();

        frameEnds = [];
        const baselineStarted = performance.now();
        const host = document.createElement('div');
        const root = host.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = sheets;
        const template = document.createElement('template');
        template.innerHTML = markup;
        root.append(template.content.cloneNode(true));
        document.body.append(host);
        host.getBoundingClientRect();
        const baselineReadyAt = performance.now();
        baselineMs.push(baselineReadyAt - baselineStarted);
        performance.measure('bw-baseline', { start: baselineStarted, end: baselineReadyAt });
        baselineFrameMs.push((await frameAfter(baselineReadyAt)) - baselineStarted);
        host.remove();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      framesOn = false;
      return { elementMs, baselineMs, elementFrameMs, baselineFrameMs, defined: true };
    };
