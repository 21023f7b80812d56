//! The command line's `--help` in the user's language (`locales/<language>/cli-help.ftl`, chosen
//! by `LANG`), English where a text is missing. The English of the catalogue is the doc comments'
//! own (a test holds them equal), so `LANG=C steppe --help` reads as the source says.
//!
//! Ids: `help-<command path>` for a command's summary (`help-plan-create`; the program itself
//! is `help-steppe`), `…-long` for its longer description; `help-<command path>--<argument>` for
//! an argument, or `help--<argument>` when the argument means the same in every command that has
//! it; `help-clap-*` for what clap adds itself (`--help`, `--version`, the `help` command) and the
//! headings.

use clap::Command;
use steppe::messages::Messages;

/// The ids of the headings and of what clap adds to every command, with clap's English.
pub const CLAP_TEXTS: [(&str, &str); 10] = [
    ("help-clap-usage", "Usage:"),
    ("help-clap-commands", "Commands"),
    ("help-clap-arguments", "Arguments"),
    ("help-clap-options", "Options"),
    ("help-clap-help", "Print help"),
    ("help-clap-help-short", "Print help (see more with '--help')"),
    ("help-clap-help-long", "Print help (see a summary with '-h')"),
    ("help-clap-version", "Print version"),
    ("help-clap-help-command", "Print this message or the help of the given subcommand(s)"),
    ("help-clap-help-subcommand", "Print help for the subcommand(s)"),
];

/// The labels miette writes in English around a report, with their ids: `Error:` before each
/// problem of a list, `help:` before a hint.
pub const MIETTE_LABELS: [(&str, &str); 2] = [("help-miette-error", "Error: "), ("help-miette-help", "help: ")];

/// A report as miette wrote it, with its labels in `messages`' language: a label is replaced only
/// where miette puts it, first on its line after the indentation, the frame and the colour, never
/// in the text of a problem.
pub fn labels_in_language(shown: &str, messages: &Messages) -> String {
    if messages.language() == "en" {
        return shown.to_owned();
    }
    let labels: Vec<(&str, String)> = MIETTE_LABELS
        .iter()
        .map(|(id, english)| (*english, format!("{} ", messages.get(id, &[]).trim_end())))
        .collect();
    let mut out = String::with_capacity(shown.len());
    for line in shown.split_inclusive('\n') {
        let mut at = 0;
        // Skip the indentation, the frame (│, ×, ╰…) and a colour code.
        loop {
            let rest = &line[at..];
            if let Some(c) =
                rest.chars().next().filter(|c| (c.is_whitespace() && *c != '\n') || "│┃╰╭├─×⚠☞".contains(*c))
            {
                at += c.len_utf8();
            } else if rest.starts_with('\u{1b}') {
                at += rest.find('m').map_or(rest.len(), |m| m + 1);
            } else {
                break;
            }
        }
        match labels.iter().find(|(english, _)| line[at..].starts_with(english)) {
            Some((english, worded)) => {
                out.push_str(&line[..at]);
                out.push_str(worded);
                out.push_str(&line[at + english.len()..]);
            }
            None => out.push_str(line),
        }
    }
    out
}

/// The command tree with its texts in `messages`' language; built, ready to parse.
pub fn localized(mut cmd: Command, messages: &Messages) -> Command {
    cmd.build();
    if messages.language() == "en" {
        return cmd;
    }
    // clap keeps headings for the life of the program; these few are made once.
    let leak = |id: &str| -> &'static str { Box::leak(messages.get(id, &[]).into_boxed_str()) };
    let headings = Headings {
        commands: leak("help-clap-commands"),
        arguments: leak("help-clap-arguments"),
        options: leak("help-clap-options"),
    };
    localize(&mut cmd, &mut Vec::new(), messages, &headings);
    cmd
}

struct Headings {
    commands: &'static str,
    arguments: &'static str,
    options: &'static str,
}

/// Each text of `cmd` and of its subcommands, with the id it is looked up by: (id, English,
/// whether it is a long text). Hidden commands and arguments are left out.
#[cfg(test)]
pub fn texts(cmd: &Command, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, String)>) {
    let own = command_id(path);
    if let Some(about) = cmd.get_about() {
        out.push((vec![clap_id(&about.to_string()).unwrap_or_else(|| own.clone())], about.to_string()));
    }
    if let Some(long) = cmd.get_long_about() {
        out.push((vec![format!("{own}-long")], long.to_string()));
    }
    for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
        let name = arg.get_id().as_str();
        for (text, suffix) in [(arg.get_help(), ""), (arg.get_long_help(), "-long")] {
            let Some(text) = text else { continue };
            let text = text.to_string();
            let ids = match clap_id(&text) {
                Some(id) => vec![id],
                None => vec![format!("{own}--{name}{suffix}"), format!("help--{name}{suffix}")],
            };
            out.push((ids, text));
        }
    }
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        path.push(sub.get_name().to_owned());
        texts(sub, path, out);
        path.pop();
    }
}

/// The id of a command's texts. The commands under clap's `help` command are copies of the
/// real ones and share their texts.
fn command_id(path: &[String]) -> String {
    let path: Vec<&str> = path.iter().map(String::as_str).filter(|name| *name != "help").collect();
    if path.is_empty() { "help-steppe".to_owned() } else { format!("help-{}", path.join("-")) }
}

/// The id of one of clap's own texts.
fn clap_id(english: &str) -> Option<String> {
    CLAP_TEXTS.iter().find(|(_, text)| *text == english).map(|(id, _)| (*id).to_owned())
}

/// The first of `ids` the catalogue has (in any language: English stands in for a missing
/// translation).
fn lookup(messages: &Messages, ids: &[String]) -> Option<String> {
    ids.iter().map(|id| messages.get(id, &[])).zip(ids).find(|(text, id)| text != *id).map(|(text, _)| text)
}

fn localize(cmd: &mut Command, path: &mut Vec<String>, messages: &Messages, headings: &Headings) {
    let get = |id: &str| messages.get(id, &[]);
    let mut owned = std::mem::take(cmd);
    let own = command_id(path);
    if let Some(about) = owned.get_about().map(|a| a.to_string()) {
        let ids = vec![clap_id(&about).unwrap_or_else(|| own.clone())];
        if let Some(text) = lookup(messages, &ids) {
            owned = owned.about(text);
        }
    }
    if owned.get_long_about().is_some()
        && let Some(text) = lookup(messages, &[format!("{own}-long")])
    {
        owned = owned.long_about(text);
    }
    let args: Vec<(String, Option<String>, Option<String>, bool)> = owned
        .get_arguments()
        .filter(|a| !a.is_hide_set())
        .map(|a| {
            (
                a.get_id().as_str().to_owned(),
                a.get_help().map(|h| h.to_string()),
                a.get_long_help().map(|h| h.to_string()),
                a.is_positional(),
            )
        })
        .collect();
    for (name, help, long, positional) in args {
        let ids = |text: &str, suffix: &str| match clap_id(text) {
            Some(id) => vec![id],
            None => vec![format!("{own}--{name}{suffix}"), format!("help--{name}{suffix}")],
        };
        let help = help.and_then(|h| lookup(messages, &ids(&h, "")));
        let long = long.and_then(|h| lookup(messages, &ids(&h, "-long")));
        let heading = if positional { headings.arguments } else { headings.options };
        owned = owned.mut_arg(&name, |mut arg| {
            if let Some(help) = help {
                arg = arg.help(help);
            }
            if let Some(long) = long {
                arg = arg.long_help(long);
            }
            arg.help_heading(heading)
        });
    }
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        get("help-clap-usage")
    );
    owned = owned.subcommand_help_heading(headings.commands).help_template(template);
    for sub in owned.get_subcommands_mut().filter(|s| !s.is_hide_set()) {
        path.push(sub.get_name().to_owned());
        localize(sub, path, messages, headings);
        path.pop();
    }
    *cmd = owned;
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;
    use steppe::messages::{FILES, LANGUAGES};

    /// The ids `cli-help.ftl` defines in `language`, with their text.
    fn catalogue(language: &str) -> std::collections::BTreeMap<String, String> {
        let (_, _, text) = FILES.iter().find(|(l, f, _)| *l == language && *f == "cli-help.ftl").unwrap();
        let messages = Messages::new(language);
        text.lines()
            .filter(|l| l.starts_with("help-"))
            .filter_map(|l| l.split(' ').next())
            .map(|id| (id.to_owned(), messages.get(id, &[])))
            .collect()
    }

    /// Every help text of the command line has its message, in English the doc comment's own
    /// words, in every language; and every message of `cli-help.ftl` is some text's.
    #[test]
    fn every_help_text_has_its_message_in_every_language_and_the_file_no_other() {
        let mut cmd = super::super::Cli::command();
        cmd.build();
        let mut found = Vec::new();
        texts(&cmd, &mut Vec::new(), &mut found);
        let english = catalogue("en");
        let mut used = std::collections::BTreeSet::new();
        for (ids, text) in &found {
            let id = ids
                .iter()
                .find(|id| english.contains_key(*id))
                .unwrap_or_else(|| panic!("no message for {ids:?}: {text}"));
            assert_eq!(&english[id], text, "{id} is the English of the doc comment");
            used.insert(id.clone());
        }
        for (id, _) in CLAP_TEXTS.iter().chain(&MIETTE_LABELS) {
            used.insert((*id).to_owned());
        }
        let defined: std::collections::BTreeSet<String> = english.keys().cloned().collect();
        assert_eq!(defined, used, "cli-help.ftl has exactly the texts of the command line");
        for language in LANGUAGES {
            let ids: std::collections::BTreeSet<String> = catalogue(language).keys().cloned().collect();
            assert_eq!(ids, defined, "locales/{language}/cli-help.ftl");
        }
        for (id, text) in CLAP_TEXTS {
            assert_eq!(english[id], text, "{id}");
        }
        for (id, text) in MIETTE_LABELS {
            assert_eq!(english[id], text.trim_end(), "{id}");
        }
    }

    #[test]
    fn miette_s_labels_are_worded_where_miette_puts_them_and_nowhere_else() {
        let shown = "  × the deck has 1 problem\n\nError:   × claim `x`: help: is a word here\n   ╭─[claims/a.toml:3:9]\n   ╰────\n  \u{1b}[36mhelp: \u{1b}[0mwrite it again\n";
        let ko = labels_in_language(shown, &Messages::new("ko"));
        assert!(ko.contains("\n오류:   × claim `x`: help: is a word here"), "{ko}");
        assert!(ko.contains("  \u{1b}[36m도움말: \u{1b}[0mwrite it again"), "{ko}");
        assert_eq!(labels_in_language(shown, &Messages::new("en")), shown);
    }

    #[test]
    fn the_help_is_in_the_language_asked_and_the_english_is_clap_s_own() {
        let render = |language: &str| {
            let mut cmd = localized(super::super::Cli::command(), &Messages::new(language));
            cmd.find_subcommand_mut("plan").unwrap().find_subcommand_mut("create").unwrap().render_help().to_string()
        };
        let mut plain = super::super::Cli::command();
        plain.build();
        let english = plain.find_subcommand_mut("plan").unwrap().find_subcommand_mut("create").unwrap().render_help();
        assert_eq!(render("en"), english.to_string());
        let ko = render("ko");
        assert!(ko.contains("사용법:") && ko.contains("시험") && !ko.contains("The plan's name"), "{ko}");
        let mn = render("mn");
        assert!(mn.contains("Хэрэглээ:") && mn.contains("төлөвлөгөө") && !mn.contains("The plan's name"), "{mn}");
    }
}
