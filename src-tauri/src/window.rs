//! Without compositing, the window is made hidden and shown once its page has loaded (at the
//! latest a second after start).
//!
//! Without compositing (see rendering.rs), WebKitGTK draws a visible web view by asking the web
//! process for its pixels and waiting for them on the main thread, for up to 500 ms. A window
//! shown while the web process was still starting its page waited out that timeout in about a
//! third of the launches measured (docs/PERFORMANCE.md), and the page's own files, which this
//! process serves, waited with it: the library was drawn at about 800 ms instead of 300. Once the
//! page has loaded, the web process answers at once, and the first pixels are the page's.

use std::time::Duration;

use tauri::webview::{PageLoadEvent, PageLoadPayload};
use tauri::{AppHandle, Manager, Runtime, Webview, WebviewWindow};

/// Makes the app's windows hidden at first where WebKit will draw without compositing. With
/// compositing (a GPU, or WebDriver's tests) they are shown at once, as before.
pub fn hide_until_loaded<R: Runtime>(context: &mut tauri::Context<R>, compositing_off: bool) {
    if compositing_off {
        for window in &mut context.config_mut().app.windows {
            window.visible = false;
        }
    }
}

/// The longest the window stays hidden, for a page that never reports its load.
const AT_THE_LATEST: Duration = Duration::from_secs(1);

/// Shows the page's window once the page has loaded.
pub fn on_page_load<R: Runtime>(webview: &Webview<R>, payload: &PageLoadPayload<'_>) {
    if payload.event() == PageLoadEvent::Finished
        && let Some(window) = webview.app_handle().get_webview_window(webview.label())
    {
        show(&window);
    }
}

/// Shows every window still hidden a second from now.
pub fn show_at_the_latest<R: Runtime>(app: AppHandle<R>) {
    std::thread::spawn(move || {
        std::thread::sleep(AT_THE_LATEST);
        for window in app.webview_windows().values() {
            show(window);
        }
    });
}

fn show<R: Runtime>(window: &WebviewWindow<R>) {
    // Shown once: showing a visible window again would bring it to the front.
    if !window.is_visible().unwrap_or(true) {
        let _ = window.show();
    }
}
