//! Native file dialogs, opened from Rust so that the web view never chooses a path itself.
//! Each blocks until the student picks a file or cancels; commands call them off the UI thread.

use std::path::PathBuf;

use steppe::ipc::ExportFormat;
use steppe::messages::Messages;
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

/// Where to save an export of the deck `deck_id`, or `None` when the dialog is cancelled; the
/// dialog is worded in `words`' language.
pub fn export_path<R: Runtime>(
    app: &AppHandle<R>,
    deck_id: &str,
    format: ExportFormat,
    words: &Messages,
) -> Option<PathBuf> {
    let (name, extension) = match format {
        ExportFormat::Steppe => ("exchange-filter-steppe", "steppe"),
        ExportFormat::Apkg => ("exchange-filter-apkg", "apkg"),
        ExportFormat::Csv => ("exchange-filter-csv", "csv"),
        ExportFormat::Json => ("exchange-filter-json", "json"),
    };
    app.dialog()
        .file()
        .set_title(words.get("exchange-export-title", &[]))
        .add_filter(words.get(name, &[]), &[extension])
        .set_file_name(format!("{deck_id}.{extension}"))
        .blocking_save_file()
        .and_then(|picked| picked.into_path().ok())
}

/// The package or table to import, or `None` when the dialog is cancelled; the dialog is worded
/// in `words`' language.
pub fn package_to_import<R: Runtime>(app: &AppHandle<R>, words: &Messages) -> Option<PathBuf> {
    app.dialog()
        .file()
        .set_title(words.get("exchange-import-title", &[]))
        .add_filter(words.get("exchange-filter-import", &[]), &["steppe", "csv", "tsv", "txt"])
        .blocking_pick_file()
        .and_then(|picked| picked.into_path().ok())
}

/// Where to save a printed quiz, or `None` when the dialog is cancelled; `title` and `filter`
/// are in the interface language.
pub fn quiz_pdf_path<R: Runtime>(app: &AppHandle<R>, file_name: &str, title: &str, filter: &str) -> Option<PathBuf> {
    app.dialog()
        .file()
        .set_title(title)
        .add_filter(filter, &["pdf"])
        .set_file_name(file_name)
        .blocking_save_file()
        .and_then(|picked| picked.into_path().ok())
}

/// The folder to sync progress through, or `None` when the dialog is cancelled.
pub fn sync_folder<R: Runtime>(app: &AppHandle<R>, title: &str) -> Option<PathBuf> {
    app.dialog().file().set_title(title).blocking_pick_folder().and_then(|picked| picked.into_path().ok())
}

/// Where to save the file that moves progress to another computer, or `None` when cancelled.
pub fn progress_to_save<R: Runtime>(app: &AppHandle<R>, file_name: &str, title: &str, filter: &str) -> Option<PathBuf> {
    app.dialog()
        .file()
        .set_title(title)
        .add_filter(filter, &["steppe-progress"])
        .set_file_name(file_name)
        .blocking_save_file()
        .and_then(|picked| picked.into_path().ok())
}

/// A file of moved progress to merge, or `None` when the dialog is cancelled.
pub fn progress_to_open<R: Runtime>(app: &AppHandle<R>, title: &str, filter: &str) -> Option<PathBuf> {
    app.dialog()
        .file()
        .set_title(title)
        .add_filter(filter, &["steppe-progress"])
        .blocking_pick_file()
        .and_then(|picked| picked.into_path().ok())
}

/// In a debug build, what the end-to-end tests answer the class report's dialogs with (a native
/// dialog cannot be driven through WebDriver): `$STEPPE_TEST_SAVE_DIR`, a folder that save
/// dialogs answer with their suggested file name in it, and `$STEPPE_TEST_OPEN_FILES`, the files
/// (a path list) that open dialogs answer with. A release build always asks.
fn test_answer(variable: &str) -> Option<std::ffi::OsString> {
    if cfg!(debug_assertions) { std::env::var_os(variable).filter(|v| !v.is_empty()) } else { None }
}

/// Where to save a progress report or a class's table (`extension`: `json` or `csv`), or `None`
/// when the dialog is cancelled; `title` and `filter` are in the interface language.
pub fn report_to_save<R: Runtime>(
    app: &AppHandle<R>,
    file_name: &str,
    extension: &str,
    title: &str,
    filter: &str,
) -> Option<PathBuf> {
    if let Some(dir) = test_answer("STEPPE_TEST_SAVE_DIR") {
        return Some(PathBuf::from(dir).join(file_name));
    }
    app.dialog()
        .file()
        .set_title(title)
        .add_filter(filter, &[extension])
        .set_file_name(file_name)
        .blocking_save_file()
        .and_then(|picked| picked.into_path().ok())
}

/// Students' progress reports to read (any number), or `None` when the dialog is cancelled.
pub fn reports_to_open<R: Runtime>(app: &AppHandle<R>, title: &str, filter: &str) -> Option<Vec<PathBuf>> {
    if let Some(files) = test_answer("STEPPE_TEST_OPEN_FILES") {
        return Some(std::env::split_paths(&files).collect());
    }
    let picked = app.dialog().file().set_title(title).add_filter(filter, &["json"]).blocking_pick_files()?;
    Some(picked.into_iter().filter_map(|p| p.into_path().ok()).collect())
}
