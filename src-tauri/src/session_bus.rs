//! Start-up where no D-Bus session bus can be reached (a bare X server such as Xvfb, some kiosks
//! and remote sessions), decided on Linux before GTK starts.
//!
//! While the window is made, GTK's accessibility bridge, GtkApplication's registration and tao's
//! portal queries each ask for the session bus. With no address set, GLib and libdbus
//! "autolaunch": each forks the app (some 190 libraries mapped) to search the PATH for
//! `dbus-launch`, and waits for the child, five times in all. Where no bus can be reached by any
//! means (no address set, no socket at `$XDG_RUNTIME_DIR/bus`, no `dbus-launch` to start one),
//! the address is set to `disabled:`, a transport neither library knows, so each of those asks
//! fails at once: about 100 ms less from `main` to the window on a loaded two-core machine
//! (docs/PERFORMANCE.md). Accessibility keeps the ways it has without a session bus
//! (`AT_SPI_BUS_ADDRESS`, the display's `AT_SPI_BUS` property, both read before the session bus);
//! wherever a session bus exists or could be started, nothing is changed.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The variable GLib and libdbus read the session bus's address from.
pub const ADDRESS: &str = "DBUS_SESSION_BUS_ADDRESS";

/// The address set where no bus can be reached: an unknown transport, refused without a fork.
pub const NO_BUS: &str = "disabled:";

/// Whether no session bus can be reached: the address is unset, there is no socket at
/// `$XDG_RUNTIME_DIR/bus`, and no `dbus-launch` on the PATH could start one. `var` reads the
/// environment, `exists` tells whether a path exists.
pub fn unreachable(var: impl Fn(&str) -> Option<OsString>, exists: impl Fn(&Path) -> bool) -> bool {
    if var(ADDRESS).is_some() {
        return false;
    }
    if var("XDG_RUNTIME_DIR").is_some_and(|dir| !dir.is_empty() && exists(&Path::new(&dir).join("bus"))) {
        return false;
    }
    // GLib's spawn searches this PATH when none is set.
    let path = var("PATH").unwrap_or_else(|| OsString::from("/bin:/usr/bin:."));
    let launcher = std::env::split_paths(&path).map(|dir| dir.join("dbus-launch")).any(|file: PathBuf| exists(&file));
    !launcher
}

/// Sets the address to [`NO_BUS`] where no session bus can be reached (on Linux); returns
/// whether it did. Must run before any other thread starts (it sets an environment variable)
/// and before GTK initialises.
pub fn skip_autolaunch_at_start() -> bool {
    let skip = cfg!(target_os = "linux") && unreachable(|name| std::env::var_os(name), |path| path.exists());
    if skip {
        // SAFETY: called first thing in `run`, while the process has a single thread.
        unsafe { std::env::set_var(ADDRESS, NO_BUS) };
    }
    skip
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> + use<> {
        let pairs: Vec<(String, String)> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        move |name| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| OsString::from(v))
    }

    #[test]
    fn a_bus_that_exists_or_could_be_started_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let runtime = dir.path().join("run");
        let bin = dir.path().join("bin");
        std::fs::create_dir_all(&runtime).unwrap();
        std::fs::create_dir_all(&bin).unwrap();
        let (runtime, bin) = (runtime.to_str().unwrap(), bin.to_str().unwrap());
        let exists = |path: &Path| path.exists();

        assert!(unreachable(env(&[("XDG_RUNTIME_DIR", runtime), ("PATH", bin)]), exists), "nothing to reach");
        assert!(unreachable(env(&[("PATH", bin)]), exists), "no runtime folder either");
        for value in ["unix:path=/run/user/1000/bus", ""] {
            let set = env(&[(ADDRESS, value), ("PATH", bin)]);
            assert!(!unreachable(set, exists), "the address set ({value:?}) stands");
        }

        std::fs::write(Path::new(runtime).join("bus"), "").unwrap();
        assert!(!unreachable(env(&[("XDG_RUNTIME_DIR", runtime), ("PATH", bin)]), exists), "the user's bus");
        std::fs::remove_file(Path::new(runtime).join("bus")).unwrap();

        std::fs::write(Path::new(bin).join("dbus-launch"), "").unwrap();
        let path = format!("/nowhere:{bin}");
        assert!(!unreachable(env(&[("PATH", &path)]), exists), "dbus-launch could start a bus");
    }
}
