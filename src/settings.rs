//! The student's settings: scheduling targets, daily limits, when the day begins, and how the
//! app looks. Stored in the database, so they travel with the study data.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

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
        }
    }
}

impl Settings {
    /// Every value out of range, as sentences for the settings screen.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if !(0.70..=0.99).contains(&self.desired_retention) {
            out.push(format!("desired retention must be between 0.70 and 0.99, not {}", self.desired_retention));
        }
        if self.new_per_day > 500 {
            out.push(format!("new cards per day must be at most 500, not {}", self.new_per_day));
        }
        if self.reviews_per_day > 5000 {
            out.push(format!("reviews per day must be at most 5000, not {}", self.reviews_per_day));
        }
        if self.rollover_hour > 23 {
            out.push(format!("the day must begin at an hour from 0 to 23, not {}", self.rollover_hour));
        }
        if !(0.8..=1.6).contains(&self.font_scale) {
            out.push(format!("text size must be between 80% and 160%, not {:.0}%", self.font_scale * 100.0));
        }
        out
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
        };
        assert_eq!(bad.problems().len(), 5, "{:?}", bad.problems());
    }

    #[test]
    fn settings_saved_by_an_older_version_fill_in_defaults() {
        let s: Settings = serde_json::from_str(r#"{"new_per_day": 5}"#).unwrap();
        assert_eq!(s, Settings { new_per_day: 5, ..Settings::default() });
    }
}
