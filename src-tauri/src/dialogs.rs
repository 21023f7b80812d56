//! Native file dialogs, opened from Rust so that the web view never chooses a path itself.
//! Each blocks until the student picks a file or cancels; commands call them off the UI thread.

use std::path::PathBuf;

use steppe::ipc::ExportFormat;
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

/// Where to save an export of the deck `deck_id`, or `None` when the dialog is cancelled.
pub fn export_path<R: Runtime>(app: &AppHandle<R>, deck_id: &str, format: ExportFormat) -> Option<PathBuf> {
    let (name, extension) = match format {
        ExportFormat::Steppe => ("Steppe deck package", "steppe"),
        ExportFormat::Apkg => ("Anki package", "apkg"),
        ExportFormat::Csv => ("Anki text (comma-separated)", "csv"),
        ExportFormat::Json => ("JSON", "json"),
    };
    app.dialog()
        .file()
        .set_title("Export deck")
        .add_filter(name, &[extension])
        .set_file_name(format!("{deck_id}.{extension}"))
        .blocking_save_file()
        .and_then(|picked| picked.into_path().ok())
}

/// The package or table to import, or `None` when the dialog is cancelled.
pub fn package_to_import<R: Runtime>(app: &AppHandle<R>) -> Option<PathBuf> {
    app.dialog()
        .file()
        .set_title("Import deck")
        .add_filter("Steppe deck package or Anki text", &["steppe", "csv", "tsv", "txt"])
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
