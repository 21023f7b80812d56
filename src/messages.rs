//! The message catalogue the interface also reads (`locales/<language>/*.ftl`, Fluent): the
//! command line's own sentences (`cli.ftl`) and the sentence for each error code
//! (`errors.ftl`), in the user's language, English where a message is missing.

pub use fluent_bundle::FluentValue;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::sync::OnceLock;

/// The interface languages, English first: every other one is checked against it.
pub const LANGUAGES: [&str; 3] = ["en", "mn", "ko"];

/// The catalogue files the core and the command line read, per language.
pub const FILES: [(&str, &str, &str); 18] = [
    ("en", "cli.ftl", include_str!("../locales/en/cli.ftl")),
    ("en", "cli-help.ftl", include_str!("../locales/en/cli-help.ftl")),
    ("en", "errors.ftl", include_str!("../locales/en/errors.ftl")),
    ("en", "validator.ftl", include_str!("../locales/en/validator.ftl")),
    ("en", "notices.ftl", include_str!("../locales/en/notices.ftl")),
    ("en", "prompts.ftl", include_str!("../locales/en/prompts.ftl")),
    ("mn", "cli.ftl", include_str!("../locales/mn/cli.ftl")),
    ("mn", "cli-help.ftl", include_str!("../locales/mn/cli-help.ftl")),
    ("mn", "errors.ftl", include_str!("../locales/mn/errors.ftl")),
    ("mn", "validator.ftl", include_str!("../locales/mn/validator.ftl")),
    ("mn", "notices.ftl", include_str!("../locales/mn/notices.ftl")),
    ("mn", "prompts.ftl", include_str!("../locales/mn/prompts.ftl")),
    ("ko", "cli.ftl", include_str!("../locales/ko/cli.ftl")),
    ("ko", "cli-help.ftl", include_str!("../locales/ko/cli-help.ftl")),
    ("ko", "errors.ftl", include_str!("../locales/ko/errors.ftl")),
    ("ko", "validator.ftl", include_str!("../locales/ko/validator.ftl")),
    ("ko", "notices.ftl", include_str!("../locales/ko/notices.ftl")),
    ("ko", "prompts.ftl", include_str!("../locales/ko/prompts.ftl")),
];

/// Messages in one language, falling back to English.
pub struct Messages {
    language: &'static str,
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl Messages {
    /// `language` is one of [`LANGUAGES`]; anything else gives English.
    pub fn new(language: &str) -> Self {
        let language = LANGUAGES.into_iter().find(|l| *l == language).unwrap_or("en");
        let mut chain = vec![language];
        if language != "en" {
            chain.push("en");
        }
        let bundles = chain.into_iter().map(bundle).collect();
        Messages { language, bundles }
    }

    /// The language the environment asks for (see [`language_from_env`]).
    pub fn from_env() -> Self {
        Self::new(language_from_env(|key| std::env::var(key).ok()))
    }

    pub fn language(&self) -> &'static str {
        self.language
    }

    /// The message `id` with `args`; the id itself when no language has it, so a missing message
    /// shows up rather than an empty line.
    pub fn get(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        for bundle in &self.bundles {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
            }
        }
        id.to_owned()
    }

    /// The sentence for an error code (one of `ERROR_CODES`).
    pub fn error_headline(&self, code: &str) -> String {
        self.get(&format!("error-{code}"), &[])
    }
}

fn bundle(language: &'static str) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = language.parse().expect("a valid language tag");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No isolation marks around arguments: they would show as stray characters in a terminal.
    bundle.set_use_isolating(false);
    for (_, file, text) in FILES.iter().filter(|(l, _, _)| *l == language) {
        // Both are checked by the tests; a broken file loses its messages to English, not the program.
        match FluentResource::try_new((*text).to_owned()) {
            Ok(resource) => bundle.add_resource_overriding(resource),
            Err((_, errors)) => debug_assert!(false, "locales/{language}/{file}: {errors:?}"),
        }
    }
    bundle
}

/// The interface language of a POSIX environment: the first of `LC_ALL`, `LC_MESSAGES` and
/// `LANG` that is set decides (`ko_KR.UTF-8` gives Korean); English when it names none of ours.
pub fn language_from_env(get: impl Fn(&str) -> Option<String>) -> &'static str {
    let Some(value) = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(|key| get(key).filter(|v| !v.is_empty()))
    else {
        return "en";
    };
    let base = value.split(['_', '-', '.', '@']).next().unwrap_or_default().to_ascii_lowercase();
    LANGUAGES.into_iter().find(|l| *l == base).unwrap_or("en")
}

/// The messages in English, the language the core words its problems in for logs and tests.
pub fn english() -> &'static Messages {
    static ENGLISH: OnceLock<Messages> = OnceLock::new();
    ENGLISH.get_or_init(|| Messages::new("en"))
}

/// The messages of the running process, in the environment's language.
pub fn messages() -> &'static Messages {
    static MESSAGES: OnceLock<Messages> = OnceLock::new();
    MESSAGES.get_or_init(Messages::from_env)
}

/// `tr!("cli-ok", deck = id, cards = n)`: a message of the process's catalogue with its arguments.
#[macro_export]
macro_rules! tr {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::messages::messages().get(
            $id,
            &[$((stringify!($name), $crate::messages::FluentValue::from($value))),*],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses_and_has_exactly_the_messages_english_has() {
        let ids = |language: &str| {
            let mut ids = Vec::new();
            for (_, file, text) in FILES.iter().filter(|(l, _, _)| *l == language) {
                let resource = FluentResource::try_new((*text).to_owned())
                    .unwrap_or_else(|(_, errors)| panic!("locales/{language}/{file}: {errors:?}"));
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        ids.push(m.id.name.to_owned());
                    }
                }
            }
            ids.sort();
            ids
        };
        let english = ids("en");
        let mut unique = english.clone();
        unique.dedup();
        assert_eq!(unique, english, "no message defined twice");
        for language in LANGUAGES {
            assert_eq!(ids(language), english, "locales/{language}");
        }
    }

    #[test]
    fn every_error_code_has_a_sentence() {
        let ids: Vec<String> = crate::ERROR_CODES.iter().map(|code| format!("error-{code}")).collect();
        for language in LANGUAGES {
            let messages = Messages::new(language);
            for (code, id) in crate::ERROR_CODES.iter().zip(&ids) {
                assert_ne!(messages.error_headline(code), *id, "{language}: {id} is missing");
            }
        }
        let (_, _, english) = FILES.iter().find(|(l, f, _)| *l == "en" && *f == "errors.ftl").unwrap();
        let defined = english.lines().filter(|l| l.starts_with("error-")).count();
        assert_eq!(defined, ids.len(), "errors.ftl has one sentence per code and no other");
    }

    /// A new problem code without its message and hint in every language fails here.
    #[test]
    fn every_problem_code_has_a_message_and_a_hint_in_every_language_and_validator_ftl_no_other() {
        use crate::content::ProblemCode;
        let expected: std::collections::BTreeSet<String> = ProblemCode::ALL
            .iter()
            .flat_map(|code| [format!("problem-{}", code.name()), format!("problem-{}-hint", code.name())])
            .collect();
        for language in LANGUAGES {
            let (_, _, text) = FILES.iter().find(|(l, f, _)| *l == language && *f == "validator.ftl").unwrap();
            let defined: std::collections::BTreeSet<String> = text
                .lines()
                .filter(|l| l.starts_with("problem-"))
                .filter_map(|l| l.split(' ').next())
                .map(str::to_owned)
                .collect();
            assert_eq!(defined, expected, "locales/{language}/validator.ftl");
        }
        let names: std::collections::BTreeSet<&str> = ProblemCode::ALL.iter().map(|c| c.name()).collect();
        assert_eq!(names.len(), ProblemCode::ALL.len(), "every code has its own name");
    }

    /// A new notice code without its sentence in every language fails here, and so does a
    /// sentence no code has.
    #[test]
    fn every_notice_code_has_a_sentence_in_every_language_and_notices_ftl_no_other() {
        use crate::notice::NoticeCode;
        let expected: std::collections::BTreeSet<String> =
            NoticeCode::ALL.iter().map(|code| format!("notice-{}", code.name())).collect();
        for language in LANGUAGES {
            let (_, _, text) = FILES.iter().find(|(l, f, _)| *l == language && *f == "notices.ftl").unwrap();
            let defined: std::collections::BTreeSet<String> = text
                .lines()
                .filter(|l| l.starts_with("notice-"))
                .filter_map(|l| l.split(' ').next())
                .map(str::to_owned)
                .collect();
            assert_eq!(defined, expected, "locales/{language}/notices.ftl");
        }
        let names: std::collections::BTreeSet<&str> = NoticeCode::ALL.iter().map(|c| c.name()).collect();
        assert_eq!(names.len(), NoticeCode::ALL.len(), "every code has its own name");
    }

    /// The frames of card prompts: every one worded in every language, and in English as the
    /// cards always said it.
    #[test]
    fn every_prompt_frame_has_its_sentence_in_every_language_and_prompts_ftl_no_other() {
        use crate::cards::PromptFrame;
        let expected: std::collections::BTreeSet<&str> = PromptFrame::IDS.into_iter().collect();
        for language in LANGUAGES {
            let (_, _, text) = FILES.iter().find(|(l, f, _)| *l == language && *f == "prompts.ftl").unwrap();
            let defined: std::collections::BTreeSet<&str> =
                text.lines().filter(|l| l.starts_with("frame-")).filter_map(|l| l.split(' ').next()).collect();
            assert_eq!(defined, expected, "locales/{language}/prompts.ftl");
        }
        let sources = PromptFrame::Sources { question: "When?".into(), says: "in 1948".into() };
        assert_eq!(sources.english(), "The readings disagree. When? Which reading says “in 1948”?");
        assert_eq!(PromptFrame::Timeline.english(), "Put these in order, earliest first.");
        let ko = sources.prompt(&Messages::new("ko"));
        assert!(ko.contains("When?") && ko.contains("“in 1948”") && ko.contains("출처"), "{ko}");
    }

    #[test]
    fn the_command_line_uses_every_message_of_its_file_and_no_other() {
        let source = [
            include_str!("bin/steppe.rs"),
            include_str!("bin/steppe/report.rs"),
            include_str!("bin/steppe/deck.rs"),
            include_str!("bin/steppe/usage.rs"),
        ]
        .concat();
        let mut used: Vec<&str> = source
            .split("tr!(")
            .skip(1)
            .filter_map(|rest| rest.trim_start().strip_prefix('"')?.split('"').next())
            .collect();
        used.sort();
        used.dedup();
        let (_, _, english) = FILES.iter().find(|(l, f, _)| *l == "en" && *f == "cli.ftl").unwrap();
        let mut defined: Vec<&str> =
            english.lines().filter(|l| l.starts_with("cli-")).filter_map(|l| l.split(' ').next()).collect();
        defined.sort();
        assert_eq!(used, defined);
    }

    #[test]
    fn counts_take_their_plural_form() {
        let en = Messages::new("en");
        let args = |n: usize| {
            [("deck", FluentValue::from("d")), ("readings", n.into()), ("claims", 2.into()), ("cards", 1.into())]
        };
        assert_eq!(en.get("cli-check-ok", &args(1)), "ok: `d`: 1 reading, 2 claims, 1 card");
        assert_eq!(en.get("cli-check-ok", &args(5)), "ok: `d`: 5 readings, 2 claims, 1 card");
        assert_eq!(Messages::new("ko").get("cli-check-ok", &args(5)), "정상: `d`: 읽기 자료 5개, 진술 2개, 카드 1장");
    }

    #[test]
    fn the_environment_chooses_the_language() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |key: &str| pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| (*v).to_owned())
        };
        assert_eq!(language_from_env(env(&[])), "en");
        assert_eq!(language_from_env(env(&[("LANG", "C")])), "en");
        assert_eq!(language_from_env(env(&[("LANG", "ko_KR.UTF-8")])), "ko");
        assert_eq!(language_from_env(env(&[("LANG", "mn_MN.UTF-8")])), "mn");
        assert_eq!(language_from_env(env(&[("LANG", "de_DE.UTF-8")])), "en");
        assert_eq!(language_from_env(env(&[("LANG", "ko_KR.UTF-8"), ("LC_ALL", "mn_MN")])), "mn");
        assert_eq!(
            language_from_env(env(&[("LANG", "mn_MN"), ("LC_MESSAGES", "")])),
            "mn",
            "an empty variable is unset"
        );
    }

    #[test]
    fn a_message_is_in_its_language_with_english_behind_it() {
        let ko = Messages::new("ko");
        assert_eq!(ko.error_headline("disk_full"), Messages::new("ko").get("error-disk_full", &[]));
        assert_ne!(ko.error_headline("disk_full"), Messages::new("en").error_headline("disk_full"));
        assert_eq!(Messages::new("xx").language(), "en");
        assert_eq!(ko.get("no-such-message", &[]), "no-such-message");
    }
}
