//! The shape of an answer: a year, a count of days, an ordinal, a short noun phrase… Options of
//! a multiple-choice card must share the answer's shape, or the odd one out gives itself away.

use crate::content::{ClaimKind, MONTHS};

/// What an answer looks like. Two answers are interchangeable options only when they are of the
/// same [`Shape::class`]; within it, the same [`Shape::form`] and a small [`Shape::distance`]
/// make a better option.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Shape {
    /// `1948`.
    Year(i32),
    /// `2007–2012`, `2014 to 2019`.
    YearRange(i32),
    /// `March 2014`, `May 21, 2014`, `mid-January 2015`; whether it names the day.
    CalendarDate(i32, bool),
    /// Any other date: `the late 20th century`.
    Period,
    /// `three`, `10,000`, `51.9 million`, `36 days`, `about 3,000`; the unit as written.
    /// Of the value only its order of magnitude is kept, `log10(|value| + 1)`: all that
    /// [`Shape::distance`] needs, worked out once.
    Count { magnitude: f64, unit: Option<Unit>, word: Option<String> },
    /// `130th`, `second`.
    Ordinal,
    /// `twice`, `five times`.
    Times,
    /// `48%`.
    Percent,
    /// `just over US$15 billion`.
    Money,
    /// Words: a name, a phrase; `list` when it names several things (`China, Russia and the U.S.`).
    Text { form: Form, list: bool, words: usize, chars: usize },
}

/// What a count counts. Units of time are interchangeable (`36 days`, `two weeks`); others only
/// with themselves.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Unit {
    Time(String),
    Other(String),
}

impl Unit {
    fn of(word: &str) -> Unit {
        let singular = word.strip_suffix('s').unwrap_or(word).to_owned();
        const TIME: [&str; 8] = ["minute", "hour", "day", "week", "month", "year", "decade", "century"];
        if TIME.contains(&singular.as_str()) || singular == "centurie" {
            Unit::Time(singular)
        } else {
            Unit::Other(singular)
        }
    }

    fn same_dimension(&self, other: &Unit) -> bool {
        match (self, other) {
            (Unit::Time(_), Unit::Time(_)) => true,
            (Unit::Other(a), Unit::Other(b)) => a == b,
            _ => false,
        }
    }
}

/// How a phrase starts, which decides whether it fits the question's grammar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Form {
    /// A name: starts with a capital once an article is set aside.
    Proper,
    /// `to tread carefully`.
    Infinitive,
    /// `changing their attitude`.
    Gerund,
    /// `a resolutely middle road`, `the wrong message`.
    Article,
    /// One word: `hesitant`, `long-standing`.
    Word,
    /// Any other phrase.
    Common,
}

const ORDINAL_WORDS: [&str; 21] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "hundredth",
];

fn year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit())).then(|| word.parse().ok()).flatten()
}

fn number(word: &str) -> Option<f64> {
    word.starts_with(|c: char| c.is_ascii_digit()).then(|| word.parse().ok()).flatten()
}

fn is_ordinal(word: &str) -> bool {
    ORDINAL_WORDS.contains(&word)
        || ["st", "nd", "rd", "th"].iter().any(|suffix| {
            word.strip_suffix(suffix).is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
}

impl Shape {
    /// The shape of `answer`, a claim's answer of the given kind. Only date and number claims
    /// have date and number shapes: a number claim's `1200` is a count, not a year.
    #[cfg(test)]
    pub(super) fn of(kind: ClaimKind, answer: &str) -> Shape {
        Self::of_normal(kind, answer, &super::typed::normalize(answer))
    }

    /// [`Shape::of`] with the answer's normal form ([`super::typed::normalize`]) already at hand.
    pub(super) fn of_normal(kind: ClaimKind, answer: &str, normal: &str) -> Shape {
        let words: Vec<&str> = normal.split(' ').collect();
        match kind {
            ClaimKind::Date => Self::date(&words),
            ClaimKind::Number => Self::number(answer, &words),
            _ => Self::text(answer, &words),
        }
    }

    fn date(words: &[&str]) -> Shape {
        let years: Vec<i32> = words.iter().filter_map(|w| year(w)).collect();
        let has_month = words.iter().any(|w| MONTHS.contains(w));
        let others =
            words.iter().filter(|w| year(w).is_none() && !matches!(**w, "to" | "and" | "from" | "between")).count();
        match (years.as_slice(), has_month) {
            ([y], false) if words.len() == 1 => Shape::Year(*y),
            ([a, _], false) if others == 0 => Shape::YearRange(*a),
            ([y], true) => Shape::CalendarDate(*y, words.len() > 2),
            _ => Shape::Period,
        }
    }

    fn number(answer: &str, words: &[&str]) -> Shape {
        if words.last() == Some(&"percent") {
            return Shape::Percent;
        }
        if answer.contains(['$', '€', '£', '¥', '₩', '₮'])
            || words.iter().any(|w| matches!(*w, "dollars" | "usd" | "won" | "yuan" | "tugriks"))
        {
            return Shape::Money;
        }
        if words.iter().any(|w| is_ordinal(w)) {
            return Shape::Ordinal;
        }
        if words.iter().any(|w| matches!(*w, "once" | "twice" | "thrice" | "times")) {
            return Shape::Times;
        }
        let Some(at) = words.iter().rposition(|w| number(w).is_some()) else {
            let value = match words {
                [w] if w.starts_with("hundred") => 100.0,
                [w] if w.starts_with("thousand") => 1e3,
                [w] if w.starts_with("million") => 1e6,
                _ => return Self::text(answer, words),
            };
            return Shape::count(value, None, None);
        };
        let mut value = number(words[at]).unwrap_or_default();
        let mut rest = &words[at + 1..];
        while let Some((scale, tail)) = rest.split_first() {
            let factor = match *scale {
                "million" | "millions" => 1e6,
                "billion" | "billions" => 1e9,
                _ => break,
            };
            value *= factor;
            rest = tail;
        }
        Shape::count(value, rest.first().map(|w| Unit::of(w)), rest.first().map(|w| (*w).to_owned()))
    }

    fn count(value: f64, unit: Option<Unit>, word: Option<String>) -> Shape {
        Shape::Count { magnitude: (value.abs() + 1.0).log10(), unit, word }
    }

    fn text(answer: &str, words: &[&str]) -> Shape {
        let bare = ["the ", "The ", "a ", "A ", "an ", "An "]
            .iter()
            .find_map(|article| answer.strip_prefix(article))
            .unwrap_or(answer);
        let form = if bare.starts_with(char::is_uppercase) {
            Form::Proper
        } else if words.first() == Some(&"to") {
            Form::Infinitive
        } else if words.first().is_some_and(|w| w.len() > 4 && w.ends_with("ing")) {
            Form::Gerund
        } else if bare.len() < answer.len() {
            Form::Article
        } else if !answer.trim().contains(char::is_whitespace) {
            Form::Word
        } else {
            Form::Common
        };
        let list = form == Form::Proper && [", ", " and ", " or ", " & "].iter().any(|sep| bare.contains(sep));
        Shape::Text { form, list, words: words.len(), chars: bare.chars().count() }
    }

    /// Whether the answer is a date or a number, judged first by how near it is.
    pub(super) fn is_numeric(&self) -> bool {
        !matches!(self, Shape::Text { .. } | Shape::Period)
    }

    /// Whether `other` can stand beside this answer as an option at all.
    pub(super) fn same_class(&self, other: &Shape) -> bool {
        use Shape::*;
        match (self, other) {
            (Year(_), Year(_))
            | (YearRange(_), YearRange(_))
            | (CalendarDate(..), CalendarDate(..))
            | (Period, Period)
            | (Ordinal, Ordinal)
            | (Times, Times)
            | (Percent, Percent)
            | (Money, Money)
            | (Text { .. }, Text { .. }) => true,
            (Count { unit: a, .. }, Count { unit: b, .. }) => match (a, b) {
                (None, None) => true,
                (Some(a), Some(b)) => a.same_dimension(b),
                _ => false,
            },
            _ => false,
        }
    }

    /// Whether `other` also has the same grammatical form or exact unit; a better option.
    pub(super) fn same_form(&self, other: &Shape) -> bool {
        match (self, other) {
            (Shape::Text { form: a, list: la, .. }, Shape::Text { form: b, list: lb, .. }) => a == b && la == lb,
            (Shape::Count { word: a, .. }, Shape::Count { word: b, .. }) => a == b,
            (Shape::CalendarDate(_, a), Shape::CalendarDate(_, b)) => a == b,
            _ => true,
        }
    }

    /// How far apart two answers of one class look, in rough steps: years apart, orders of
    /// magnitude apart, words and letters apart. Smaller is more plausible.
    pub(super) fn distance(&self, other: &Shape) -> u32 {
        use Shape::*;
        match (self, other) {
            (Year(a), Year(b)) | (YearRange(a), YearRange(b)) | (CalendarDate(a, _), CalendarDate(b, _)) => {
                match a.abs_diff(*b) {
                    0..=3 => 0,
                    4..=10 => 1,
                    11..=30 => 2,
                    _ => 3,
                }
            }
            (Count { magnitude: a, .. }, Count { magnitude: b, .. }) => ((a - b).abs() * 2.0).round() as u32,
            (Text { words: wa, chars: ca, .. }, Text { words: wb, chars: cb, .. }) => {
                let (short, long) = ((*ca).min(*cb).max(1), (*ca).max(*cb).max(1));
                wa.abs_diff(*wb) as u32 + (long as f64 / short as f64).log2().round() as u32
            }
            _ => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ClaimKind::*;

    fn class_of(kind: ClaimKind, answer: &str) -> &'static str {
        match Shape::of(kind, answer) {
            Shape::Year(_) => "year",
            Shape::YearRange(_) => "year range",
            Shape::CalendarDate(..) => "calendar date",
            Shape::Period => "period",
            Shape::Count { unit: None, .. } => "count",
            Shape::Count { unit: Some(Unit::Time(_)), .. } => "count of time",
            Shape::Count { unit: Some(Unit::Other(_)), .. } => "count of things",
            Shape::Ordinal => "ordinal",
            Shape::Times => "times",
            Shape::Percent => "percent",
            Shape::Money => "money",
            Shape::Text { form, .. } => match form {
                Form::Proper => "name",
                Form::Infinitive => "infinitive",
                Form::Gerund => "gerund",
                Form::Article => "with article",
                Form::Word => "word",
                Form::Common => "phrase",
            },
        }
    }

    #[test]
    fn answers_of_the_built_in_deck_have_the_expected_shapes() {
        for (kind, answer, class) in [
            (Date, "1948", "year"),
            (Date, "2007–2012", "year range"),
            (Date, "2014 to 2019", "year range"),
            (Date, "March 2014", "calendar date"),
            (Date, "May 21, 2014", "calendar date"),
            (Date, "mid-January 2015", "calendar date"),
            (Date, "the late 20th century", "period"),
            (Number, "three", "count"),
            (Number, "1200", "count"),
            (Number, "10,000", "count"),
            (Number, "51.9 million", "count"),
            (Number, "Thousands", "count"),
            (Number, "36 days", "count of time"),
            (Number, "less than two weeks", "count of time"),
            (Number, "two-year", "count of time"),
            (Number, "30,000 hectares", "count of things"),
            (Number, "130th", "ordinal"),
            (Number, "second", "ordinal"),
            (Number, "twice", "times"),
            (Number, "five times", "times"),
            (Number, "48%", "percent"),
            (Number, "just over US$15 billion", "money"),
            (Person, "Shinzo Abe", "name"),
            (Place, "the Republic of Korea", "name"),
            (Cause, "to tread carefully", "infinitive"),
            (Relation, "changing their attitude", "gerund"),
            (Relation, "a resolutely middle road", "with article"),
            (Relation, "long-standing", "word"),
            (Relation, "little attention", "phrase"),
        ] {
            assert_eq!(class_of(kind, answer), class, "shape of {answer:?}");
        }
    }

    #[test]
    fn counts_need_the_same_kind_of_unit() {
        let days = Shape::of(Number, "36 days");
        assert!(days.same_class(&Shape::of(Number, "four days")), "days and days");
        assert!(days.same_class(&Shape::of(Number, "70 years")), "time and time");
        assert!(!days.same_form(&Shape::of(Number, "70 years")), "but a different unit");
        assert!(!days.same_form(&Shape::of(Number, "one day")), "or number");
        assert!(!days.same_class(&Shape::of(Number, "25,000 tons")), "days are not tons");
        assert!(!days.same_class(&Shape::of(Number, "3,000")), "a bare number has no unit");
        assert!(
            Shape::of(Number, "51.9 million").same_class(&Shape::of(Number, "3,000")),
            "millions are a bare number"
        );
    }

    #[test]
    fn a_list_of_names_is_not_a_name() {
        let three = Shape::of(Place, "China, Russia and the U.S.");
        assert!(!three.same_form(&Shape::of(Place, "Puerto Rico")));
        assert!(three.same_form(&Shape::of(Place, "Russia and China")));
    }

    #[test]
    fn nearer_years_and_magnitudes_are_closer() {
        let y = Shape::of(Date, "2014");
        assert!(y.distance(&Shape::of(Date, "2013")) < y.distance(&Shape::of(Date, "1924")));
        let n = Shape::of(Number, "three");
        assert!(n.distance(&Shape::of(Number, "12")) < n.distance(&Shape::of(Number, "10,000")));
    }
}
