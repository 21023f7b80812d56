//! Where launch time goes, on demand: with `STEPPE_TRACE_START` set, the app prints to stderr one
//! line per step from process start to the library drawn, `steppe start <ms> <step>`, the ms
//! counted from the moment the process was spawned when the variable holds it (milliseconds
//! since the Unix epoch, as `bench/key_to_pixels.py --trace` passes it), else from `main`. The
//! page's own steps (its files read, its first paint, the library's data and the frame that
//! draws it) come from its performance timeline, sent once by a script injected only then.
//! Without the variable nothing is recorded and nothing is injected.

use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

use tauri::plugin::{Builder as PluginBuilder, TauriPlugin};
use tauri::{RunEvent, Runtime};

/// The origin of the times printed, in ms since the Unix epoch, when tracing is on.
static ORIGIN: OnceLock<Option<f64>> = OnceLock::new();

fn now_ms() -> f64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64() * 1000.0).unwrap_or(0.0)
}

/// Reads `STEPPE_TRACE_START` once; call first thing in `main`.
pub fn start() {
    let origin = ORIGIN.get_or_init(|| {
        let value = std::env::var("STEPPE_TRACE_START").ok()?;
        Some(value.trim().parse::<f64>().ok().filter(|spawned| *spawned > 1e12).unwrap_or_else(now_ms))
    });
    if origin.is_some() {
        mark("main");
    }
}

/// Whether the launch is being traced.
pub fn on() -> bool {
    ORIGIN.get().is_some_and(Option::is_some)
}

/// Prints `step` with the ms since the origin.
pub fn mark(step: &str) {
    if let Some(Some(origin)) = ORIGIN.get() {
        eprintln!("steppe start {:.1} {step}", now_ms() - origin);
    }
}

/// Prints a step the page timed (`at`: ms since the Unix epoch).
pub fn page_mark(step: &str, at: f64) {
    if let Some(Some(origin)) = ORIGIN.get() {
        eprintln!("steppe start {:.1} page: {step}", at - origin);
    }
}

/// Sends the page's launch marks once the library is drawn (the mark `library: drawn` that
/// Library.svelte sets), or after five seconds whatever was reached: its navigation, the files it
/// read, its paints and the marks the app set, on the Unix epoch.
const PAGE_SCRIPT: &str = r#"
(() => {
  const sent = { done: false }
  const send = () => {
    if (sent.done) return
    sent.done = true
    const at = (t) => performance.timeOrigin + t
    const marks = [['navigation start', performance.timeOrigin]]
    const [nav] = performance.getEntriesByType('navigation')
    if (nav) {
      for (const key of ['responseEnd', 'domInteractive', 'domContentLoadedEventEnd', 'loadEventEnd'])
        if (nav[key]) marks.push(['document ' + key, at(nav[key])])
    }
    for (const r of performance.getEntriesByType('resource')) {
      const name = r.name.split('/').pop()
      marks.push([name + ' requested', at(r.startTime)], [name + ' read', at(r.responseEnd)])
    }
    for (const p of performance.getEntriesByType('paint')) marks.push([p.name, at(p.startTime)])
    for (const m of performance.getEntriesByType('mark')) marks.push([m.name, at(m.startTime)])
    window.__TAURI_INTERNALS__.invoke('startup_marks', { marks })
  }
  new PerformanceObserver((list) => {
    if (list.getEntries().some((e) => e.name === 'library: drawn')) setTimeout(send, 50)
  }).observe({ type: 'mark', buffered: true })
  document.fonts.ready.then(() => performance.mark('fonts ready'))
  setTimeout(send, 5000)
})()
"#;

/// The plugin that injects the page script and marks the window's and page's steps; only when
/// tracing.
pub fn plugin<R: Runtime>() -> TauriPlugin<R> {
    PluginBuilder::new("startup-trace")
        .js_init_script(PAGE_SCRIPT)
        .on_window_ready(|_| mark("window created"))
        .on_webview_ready(|_| mark("web view created"))
        .on_page_load(|_, payload| mark(&format!("page load {:?}", payload.event())))
        .on_event(|_, event| {
            if let RunEvent::Ready = event {
                mark("event loop ready")
            }
        })
        .build()
}
