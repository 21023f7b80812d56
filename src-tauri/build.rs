//! Refuses to build the app around a broken built-in deck: every problem is printed with its
//! file:line:col and hint, so the app can never start with a half-loaded deck.

use std::path::Path;

fn main() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    println!("cargo:rerun-if-changed={}", content.display());
    let checked = steppe::content::read_dir(&content).map_err(|e| e.to_string()).and_then(|files| {
        steppe::content::compile(&files).map_err(|problems| {
            let lines: Vec<String> = problems
                .problems
                .iter()
                .map(|p| format!("{}\n    hint: {}", p.one_line(), p.hint.as_deref().unwrap_or("")))
                .collect();
            format!("{problems}:\n{}", lines.join("\n"))
        })
    });
    if let Err(message) = checked {
        eprintln!("error: the built-in deck in content/ is invalid; run `steppe check content` for details\n{message}");
        std::process::exit(1);
    }
    tauri_build::build()
}
