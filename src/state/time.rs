//! ISO 8601 date-times from [`SystemTime`], in UTC: `2025-03-01T14:05:09Z`. The calendar is the `time` crate's.

use std::time::{SystemTime, UNIX_EPOCH};
use time::OffsetDateTime;

/// The current time as an ISO 8601 UTC date-time.
pub fn now_iso() -> String {
    iso_datetime(SystemTime::now())
}

/// `time` as an ISO 8601 UTC date-time to the second (`1970-01-01T00:00:00Z` for times before the epoch).
pub fn iso_datetime(time: SystemTime) -> String {
    let t = OffsetDateTime::from(time.max(UNIX_EPOCH));
    let (y, m, d) = (t.year(), u8::from(t.month()), t.day());
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", t.hour(), t.minute(), t.second())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn at(secs: u64) -> String {
        iso_datetime(UNIX_EPOCH + Duration::from_secs(secs))
    }

    #[test]
    fn formats_known_instants() {
        assert_eq!(at(0), "1970-01-01T00:00:00Z");
        assert_eq!(at(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(at(951_868_799), "2000-02-29T23:59:59Z");
        assert_eq!(at(951_868_800), "2000-03-01T00:00:00Z");
        assert_eq!(at(1_709_251_199), "2024-02-29T23:59:59Z");
        assert_eq!(at(1_735_689_600), "2025-01-01T00:00:00Z");
        assert_eq!(at(4_102_444_800), "2100-01-01T00:00:00Z");
    }

    #[test]
    fn times_before_the_epoch_are_the_epoch() {
        assert_eq!(iso_datetime(UNIX_EPOCH - Duration::from_secs(5)), "1970-01-01T00:00:00Z");
    }
}
