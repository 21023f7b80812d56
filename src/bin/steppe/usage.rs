//! clap's own errors (an unknown argument or command, a missing or invalid value) in the user's
//! language: the kind of error and its context (the argument, the value, the possible values) are
//! clap's, the sentences are `cli-usage-*` in `locales/<language>/cli.ftl`. The exit code stays
//! clap's: 2.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use steppe::tr;

/// The arguments were not understood: the error in the user's language and exit 2; the help and
/// the version are printed as clap prints them (exit 0).
pub fn exit(error: clap::Error) -> ! {
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::DisplayVersion => {
            error.exit()
        }
        _ => {
            eprint!("{}", worded(&error));
            std::process::exit(2)
        }
    }
}

/// The error as text: what is wrong, a tip where clap has one, the usage line and where to
/// read more.
pub fn worded(error: &clap::Error) -> String {
    let text = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let strings = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let number = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n as i64),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let mut lines: Vec<String> = Vec::new();
    let problem = match error.kind() {
        ErrorKind::UnknownArgument => tr!("cli-usage-unknown-argument", arg = arg.as_str()),
        ErrorKind::InvalidSubcommand => {
            tr!("cli-usage-unknown-command", command = text(ContextKind::InvalidSubcommand).unwrap_or_default())
        }
        ErrorKind::InvalidValue if value.is_empty() => tr!("cli-usage-empty-value", arg = arg.as_str()),
        ErrorKind::InvalidValue => {
            let possible = strings(ContextKind::ValidValue);
            if !possible.is_empty() {
                lines.push(format!("  {}", tr!("cli-usage-possible-values", values = possible.join(", "))));
            }
            tr!("cli-usage-invalid-value", value = value.as_str(), arg = arg.as_str())
        }
        ErrorKind::ValueValidation => match invalid_because(error) {
            Some(Reason::Range(low, high)) => {
                tr!("cli-usage-out-of-range", value = value.as_str(), arg = arg.as_str(), low = low, high = high)
            }
            Some(Reason::Number) => tr!("cli-usage-not-a-number", value = value.as_str(), arg = arg.as_str()),
            None => tr!("cli-usage-invalid-value", value = value.as_str(), arg = arg.as_str()),
        },
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(ContextKind::InvalidArg);
            let heading = tr!("cli-usage-missing-arguments", count = missing.len());
            let mut out = heading;
            for m in missing {
                out.push_str("\n  ");
                out.push_str(&m);
            }
            out
        }
        ErrorKind::MissingSubcommand => {
            let possible = strings(ContextKind::ValidSubcommand);
            if !possible.is_empty() {
                lines.push(format!("  {}", tr!("cli-usage-possible-commands", commands = possible.join(", "))));
            }
            tr!("cli-usage-missing-command", command = text(ContextKind::InvalidSubcommand).unwrap_or_default())
        }
        ErrorKind::ArgumentConflict => {
            let others = strings(ContextKind::PriorArg);
            let arg =
                if arg.is_empty() { text(ContextKind::InvalidSubcommand).unwrap_or_default() } else { arg.clone() };
            if others.len() == 1 && others[0] == arg {
                tr!("cli-usage-repeated", arg = arg.as_str())
            } else if others.is_empty() {
                tr!("cli-usage-conflict-any", arg = arg.as_str())
            } else {
                let others = others.iter().map(|o| format!("'{o}'")).collect::<Vec<_>>().join(", ");
                tr!("cli-usage-conflict", arg = arg.as_str(), others = others)
            }
        }
        ErrorKind::NoEquals => tr!("cli-usage-no-equals", arg = arg.as_str()),
        ErrorKind::TooManyValues => tr!("cli-usage-too-many-values", value = value.as_str(), arg = arg.as_str()),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => tr!(
            "cli-usage-value-count",
            arg = arg.as_str(),
            expected = number(ContextKind::MinValues).or(number(ContextKind::ExpectedNumValues)).unwrap_or(0),
            given = number(ContextKind::ActualNumValues).unwrap_or(0)
        ),
        ErrorKind::InvalidUtf8 => tr!("cli-usage-not-utf8"),
        _ => tr!("cli-usage-other"),
    };
    let mut tips: Vec<String> = Vec::new();
    for kind in [ContextKind::SuggestedSubcommand, ContextKind::SuggestedArg, ContextKind::SuggestedValue] {
        let similar = strings(kind);
        if !similar.is_empty() {
            let names = similar.iter().map(|s| format!("'{s}'")).collect::<Vec<_>>().join(", ");
            tips.push(tr!("cli-usage-similar", names = names, count = similar.len()));
        }
    }
    // clap's other tip: a value that starts with `-` goes after `--`.
    if let Some(ContextValue::StyledStrs(suggested)) = error.get(ContextKind::Suggested)
        && suggested.iter().any(|s| s.to_string().contains("as a value"))
        && !arg.is_empty()
    {
        tips.push(tr!("cli-usage-escape", arg = arg.as_str()));
    }
    let mut out = format!("{} {problem}\n", tr!("cli-usage-error"));
    for line in lines {
        out.push_str(&line);
        out.push('\n');
    }
    if !tips.is_empty() {
        out.push('\n');
        for tip in tips {
            out.push_str(&format!("  {} {tip}\n", tr!("cli-usage-tip")));
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.to_string();
        // clap's usage starts with its English title; the help's heading stands in for it.
        let usage = match usage.strip_prefix("Usage:") {
            Some(rest) => format!("{}{rest}", steppe::messages::messages().get("help-clap-usage", &[])),
            None => usage,
        };
        out.push('\n');
        out.push_str(&usage);
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&tr!("cli-usage-more", help = "--help"));
    out.push('\n');
    out
}

enum Reason {
    /// Outside `low..=high`.
    Range(String, String),
    /// Not a whole number.
    Number,
}

/// Why a value was refused, from the value parser's error: a number out of clap's range (its
/// message is `{value} is not in {low}..={high}`) or not a number at all.
fn invalid_because(error: &clap::Error) -> Option<Reason> {
    let source = std::error::Error::source(error)?;
    if source.downcast_ref::<std::num::ParseIntError>().is_some() {
        return Some(Reason::Number);
    }
    let message = source.to_string();
    let (_, range) = message.split_once(" is not in ")?;
    let (low, high) = range.split_once("..=")?;
    Some(Reason::Range(low.trim().to_owned(), high.trim().to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn error_of(args: &[&str]) -> clap::Error {
        super::super::Cli::command().try_get_matches_from(args).expect_err("a usage error")
    }

    #[test]
    fn each_kind_of_usage_error_has_its_sentence() {
        let said = |args: &[&str]| worded(&error_of(args));
        let unknown = said(&["steppe", "cards", "content", "--kindd", "qa"]);
        assert!(unknown.contains("'--kindd'") && unknown.contains("'--kind'"), "{unknown}");
        assert!(said(&["steppe", "chek"]).contains("'chek'"));
        let range = said(&["steppe", "quiz", "--print", "q.pdf", "--questions", "201"]);
        assert!(range.contains("'201'") && range.contains("200"), "{range}");
        let number = said(&["steppe", "quiz", "--print", "q.pdf", "--seed", "minus-one"]);
        assert!(number.contains("'minus-one'") && !number.contains("invalid digit"), "{number}");
        let missing = said(&["steppe", "quiz"]);
        assert!(missing.contains("--print <FILE>"), "{missing}");
        assert!(!said(&["steppe", "bogus"]).contains("cli-usage"), "every id has its message");
    }
}
