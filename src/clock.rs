//! Time is injected: the app uses the system clock, tests use a clock they move by hand.

use chrono::{DateTime, Duration, FixedOffset, Local};
use std::sync::Mutex;

/// Where the current time comes from, with the user's UTC offset (the day rolls over locally).
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<FixedOffset>;
}

/// The computer's clock and time zone.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<FixedOffset> {
        Local::now().fixed_offset()
    }
}

/// A clock that stands still until a test moves it.
pub struct FixedClock(Mutex<DateTime<FixedOffset>>);

impl FixedClock {
    pub fn new(at: DateTime<FixedOffset>) -> Self {
        Self(Mutex::new(at))
    }

    /// Parses an RFC 3339 time such as `2026-01-05T09:00:00+08:00`; panics on a bad literal (tests only).
    pub fn at(rfc3339: &str) -> Self {
        Self::new(DateTime::parse_from_rfc3339(rfc3339).expect("valid RFC 3339 time"))
    }

    pub fn advance(&self, by: Duration) {
        let mut now = self.0.lock().unwrap();
        *now += by;
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<FixedOffset> {
        *self.0.lock().unwrap()
    }
}

impl<C: Clock> Clock for std::sync::Arc<C> {
    fn now(&self) -> DateTime<FixedOffset> {
        (**self).now()
    }
}
