//! How the web view draws, chosen at start-up on Linux before GTK and WebKit initialise.
//!
//! WebKitGTK composites each frame through OpenGL. Without a GPU that OpenGL is Mesa's software
//! rasteriser (llvmpipe, softpipe or swrast), and compositing costs about 30 ms a frame: the grade
//! key to the next card on screen took about 60 ms with it and about 34 ms with compositing off
//! (docs/PERFORMANCE.md). So where the machine would composite in software, compositing is turned
//! off; where a GPU serves it, it stays on. A value the user set is never overridden.

use std::ffi::OsString;
use std::path::Path;

/// WebKitGTK's switch: set (to anything) turns accelerated compositing off.
pub const DISABLE_COMPOSITING: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";

/// Why compositing is left as it is or turned off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// The user set `WEBKIT_DISABLE_COMPOSITING_MODE`: their value stands.
    UserSet,
    /// Driven by WebDriver (tauri-driver sets `TAURI_WEBVIEW_AUTOMATION`): WebKit's WebDriver
    /// screenshots hang with compositing off, so the tests keep it on.
    Automation,
    /// A GPU render node is there and nothing forces software GL: compositing stays on.
    Hardware,
    /// No render node (`/dev/dri/renderD*`), or software GL forced: compositing off.
    Software,
}

impl Choice {
    /// Whether to turn compositing off.
    pub fn disables_compositing(self) -> bool {
        self == Choice::Software
    }
}

/// Decides from the environment (`var`) and whether the machine has a DRI render node.
pub fn choose(var: impl Fn(&str) -> Option<OsString>, has_render_node: bool) -> Choice {
    if var(DISABLE_COMPOSITING).is_some() {
        return Choice::UserSet;
    }
    if var("TAURI_WEBVIEW_AUTOMATION").is_some_and(|v| v == "true") {
        return Choice::Automation;
    }
    let forced_software = var("LIBGL_ALWAYS_SOFTWARE").is_some_and(|v| !v.is_empty() && v != "0" && v != "false")
        || var("GALLIUM_DRIVER").is_some_and(|v| matches!(v.to_str(), Some("llvmpipe" | "softpipe" | "swrast")));
    if forced_software || !has_render_node { Choice::Software } else { Choice::Hardware }
}

/// Whether `dir` (normally /dev/dri) holds a render node, the device a GPU's GL renders through.
pub fn has_render_node(dir: &Path) -> bool {
    std::fs::read_dir(dir)
        .is_ok_and(|entries| entries.flatten().any(|entry| entry.file_name().to_string_lossy().starts_with("renderD")))
}

/// Chooses for this process (on Linux; elsewhere nothing is changed, reported as `UserSet`).
/// Must run before any other thread starts (it sets an environment variable) and before GTK
/// initialises.
pub fn choose_at_start() -> Choice {
    let choice = if cfg!(target_os = "linux") {
        choose(|name| std::env::var_os(name), has_render_node(Path::new("/dev/dri")))
    } else {
        Choice::UserSet
    };
    if choice.disables_compositing() {
        // SAFETY: called first thing in `run`, while the process has a single thread.
        unsafe { std::env::set_var(DISABLE_COMPOSITING, "1") };
    }
    choice
}

/// Whether WebKit will draw without compositing, once [`choose_at_start`] has run: the switch is
/// set, to anything but `0` (which WebKit reads as leaving compositing on).
pub fn compositing_off(var: impl Fn(&str) -> Option<OsString>) -> bool {
    var(DISABLE_COMPOSITING).is_some_and(|value| value != "0")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compositing_is_off_where_the_switch_is_set_to_anything_but_zero() {
        assert!(compositing_off(env(&[(DISABLE_COMPOSITING, "1")])));
        assert!(compositing_off(env(&[(DISABLE_COMPOSITING, "yes")])));
        assert!(!compositing_off(env(&[(DISABLE_COMPOSITING, "0")])));
        assert!(!compositing_off(env(&[])));
    }

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> {
        let pairs: Vec<(String, String)> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        move |name| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| OsString::from(v))
    }

    #[test]
    fn software_gl_turns_compositing_off_and_a_gpu_keeps_it() {
        assert_eq!(choose(env(&[]), false), Choice::Software, "no render node: Mesa would composite in software");
        assert_eq!(choose(env(&[]), true), Choice::Hardware);
        assert_eq!(choose(env(&[("LIBGL_ALWAYS_SOFTWARE", "1")]), true), Choice::Software);
        assert_eq!(choose(env(&[("LIBGL_ALWAYS_SOFTWARE", "0")]), true), Choice::Hardware);
        assert_eq!(choose(env(&[("GALLIUM_DRIVER", "llvmpipe")]), true), Choice::Software);
        assert_eq!(choose(env(&[("GALLIUM_DRIVER", "iris")]), true), Choice::Hardware);
        assert!(Choice::Software.disables_compositing());
        assert!(!Choice::Hardware.disables_compositing());
    }

    #[test]
    fn the_users_value_and_webdriver_runs_are_left_alone() {
        for value in ["1", "0", ""] {
            let choice = choose(env(&[(DISABLE_COMPOSITING, value)]), false);
            assert_eq!(choice, Choice::UserSet, "the user's {DISABLE_COMPOSITING}={value:?} stands");
            assert!(!choice.disables_compositing());
        }
        let automation = choose(env(&[("TAURI_WEBVIEW_AUTOMATION", "true")]), false);
        assert_eq!(automation, Choice::Automation);
        assert!(!automation.disables_compositing(), "WebDriver screenshots need compositing on");
    }

    #[test]
    fn a_render_node_is_found_by_its_name() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!has_render_node(dir.path()));
        std::fs::write(dir.path().join("card0"), "").unwrap();
        assert!(!has_render_node(dir.path()), "a display node alone renders nothing");
        std::fs::write(dir.path().join("renderD128"), "").unwrap();
        assert!(has_render_node(dir.path()));
        assert!(!has_render_node(&dir.path().join("missing")));
    }
}
