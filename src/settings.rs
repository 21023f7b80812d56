//! The student's settings: scheduling targets, daily limits, when the day begins, and how the
//! app looks. Stored in the database, so they travel with the study data.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::messages::{FluentValue, Messages};

/// Which setting is out of range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum SettingCode {
    DesiredRetention,
    NewPerDay,
    ReviewsPerDay,
    RolloverHour,
    FontScale,
}

impl SettingCode {
    /// Every code: each has its sentence in `locales/<language>/validator.ftl`.
    pub const ALL: [SettingCode; 5] = [
        SettingCode::DesiredRetention,
        SettingCode::NewPerDay,
        SettingCode::ReviewsPerDay,
        SettingCode::RolloverHour,
        SettingCode::FontScale,
    ];

    /// The kebab-case name, as serialised and in the message id `setting-problem-<name>`.
    pub fn name(self) -> &'static str {
        match self {
            SettingCode::DesiredRetention => "desired-retention",
            SettingCode::NewPerDay => "new-per-day",
            SettingCode::ReviewsPerDay => "reviews-per-day",
            SettingCode::RolloverHour => "rollover-hour",
            SettingCode::FontScale => "font-scale",
        }
    }
}

/// A setting out of range and the value given, written as the message shows it: the interface
/// words it in its language.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SettingProblem {
    pub code: SettingCode,
    pub value: String,
}

impl SettingProblem {
    /// The sentence in `messages`' language.
    pub fn message(&self, messages: &Messages) -> String {
        messages
            .get(&format!("setting-problem-{}", self.code.name()), &[("value", FluentValue::from(self.value.as_str()))])
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Theme {
    /// Follow the system's light or dark preference.
    System,
    Light,
    Dark,
}

/// The language of the interface (the readings keep their own).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Language {
    /// Follow the system's language when it is one of the others, else English.
    #[default]
    System,
    En,
    /// Mongolian, in Cyrillic script.
    Mn,
    Ko,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct Settings {
    /// The share of reviews the scheduler aims to have remembered, 0.70–0.99.
    pub desired_retention: f32,
    /// New cards introduced per study day, 0–500.
    pub new_per_day: u32,
    /// Reviews of graduated cards per study day, 0–5000.
    pub reviews_per_day: u32,
    /// The local hour at which a study day begins, 0–23.
    pub rollover_hour: u32,
    /// Days of the week that get fewer reviews, Monday first (easy days). Marking every day
    /// lighter is the same as marking none.
    pub easy_days: [bool; 7],
    pub theme: Theme,
    /// Text size relative to the default, 0.8–1.6.
    pub font_scale: f32,
    pub language: Language,
    /// Whether a reading marks the quotes of its claims (the reader may read without them).
    pub reading_highlights: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            desired_retention: 0.9,
            new_per_day: 20,
            reviews_per_day: 200,
            rollover_hour: 4,
            easy_days: [false; 7],
            theme: Theme::System,
            font_scale: 1.0,
            language: Language::System,
            reading_highlights: true,
        }
    }
}

impl Settings {
    /// Every value out of range, with its code for the interface.
    pub fn out_of_range(&self) -> Vec<SettingProblem> {
        let mut out = Vec::new();
        let mut push = |code, value: String| out.push(SettingProblem { code, value });
        if !(0.70..=0.99).contains(&self.desired_retention) {
            push(SettingCode::DesiredRetention, self.desired_retention.to_string());
        }
        if self.new_per_day > 500 {
            push(SettingCode::NewPerDay, self.new_per_day.to_string());
        }
        if self.reviews_per_day > 5000 {
            push(SettingCode::ReviewsPerDay, self.reviews_per_day.to_string());
        }
        if self.rollover_hour > 23 {
            push(SettingCode::RolloverHour, self.rollover_hour.to_string());
        }
        if !(0.8..=1.6).contains(&self.font_scale) {
            push(SettingCode::FontScale, format!("{:.0}", self.font_scale * 100.0));
        }
        out
    }

    /// Whether studying with `other` is the same as with these: they differ at most in how the
    /// app looks and shows readings (theme, text size, language, highlights).
    pub fn same_study(&self, other: &Settings) -> bool {
        *self
            == Settings {
                theme: self.theme,
                font_scale: self.font_scale,
                language: self.language,
                reading_highlights: self.reading_highlights,
                ..other.clone()
            }
    }

    /// Every value out of range, as sentences in English.
    pub fn problems(&self) -> Vec<String> {
        self.out_of_range().iter().map(|p| p.message(crate::messages::english())).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_each_range_is_checked() {
        assert!(Settings::default().problems().is_empty());
        let bad = Settings {
            desired_retention: 0.5,
            new_per_day: 501,
            reviews_per_day: 5001,
            rollover_hour: 24,
            easy_days: [true; 7],
            theme: Theme::Dark,
            font_scale: 2.0,
            language: Language::Ko,
            reading_highlights: false,
        };
        assert_eq!(bad.problems().len(), 5, "{:?}", bad.problems());
        assert_eq!(bad.problems()[0], "desired retention must be between 0.70 and 0.99, not 0.5");
        assert_eq!(bad.problems()[4], "text size must be between 80% and 160%, not 200%");
        let ko: Vec<String> = bad.out_of_range().iter().map(|p| p.message(&Messages::new("ko"))).collect();
        assert_eq!(ko[0], "목표 기억 유지율은 0.70에서 0.99 사이여야 해요 (입력한 값: 0.5)");
        assert_eq!(ko[4], "글자 크기는 80%에서 160% 사이여야 해요 (입력한 값: 200%)");
        let mn = bad.out_of_range()[3].message(&Messages::new("mn"));
        assert_eq!(mn, "өдөр 0-ээс 23 цагийн хооронд эхлэх ёстой, 24 биш");
    }

    #[test]
    fn every_setting_code_has_a_sentence_in_every_language() {
        for language in crate::messages::LANGUAGES {
            let messages = Messages::new(language);
            for code in SettingCode::ALL {
                let id = format!("setting-problem-{}", code.name());
                let (_, _, text) = crate::messages::FILES
                    .iter()
                    .find(|(l, f, _)| *l == language && *f == "validator.ftl")
                    .expect("a validator.ftl");
                assert!(text.lines().any(|l| l.starts_with(&format!("{id} ="))), "{language}: {id}");
                assert!(!SettingProblem { code, value: "9".into() }.message(&messages).contains("setting-problem"));
            }
        }
    }

    #[test]
    fn a_change_of_the_look_alone_is_the_same_study() {
        let base = Settings::default();
        let look = Settings {
            theme: Theme::Dark,
            font_scale: 1.3,
            language: Language::Mn,
            reading_highlights: false,
            ..base.clone()
        };
        assert!(look.same_study(&base));
        assert!(!Settings { new_per_day: 5, ..look.clone() }.same_study(&base));
        assert!(!Settings { desired_retention: 0.85, ..look.clone() }.same_study(&base));
        assert!(!Settings { easy_days: [true, false, false, false, false, false, false], ..look }.same_study(&base));
    }

    #[test]
    fn settings_saved_by_an_older_version_fill_in_defaults() {
        let s: Settings = serde_json::from_str(r#"{"new_per_day": 5}"#).unwrap();
        assert_eq!(s, Settings { new_per_day: 5, ..Settings::default() });
    }
}
