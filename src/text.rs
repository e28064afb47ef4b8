//! Plain text helpers the views and the CLI share: wrapping and cutting by display
//! width, days as people write them and as a time zone bounds them, and elapsed time as
//! a clock.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Greedy word wrap to `width` columns, at spaces; words longer than a line are split.
/// Spaces before the text and at the ends of its lines are dropped (they would only
/// push it right or take room), and a line break in it starts a new line.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    // At spaces only (no hyphens, no Unicode line-break rules: that feature is left out
    // in Cargo.toml), filled greedily in one pass (first fit), and a word longer than a
    // line split at its width.
    let options = textwrap::Options::new(width.max(1))
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
        .break_words(true);
    textwrap::wrap(text.trim_start_matches(' '), options)
        .into_iter()
        .map(std::borrow::Cow::into_owned)
        .collect()
}

/// Splits text into pieces of exactly `width` columns (the last may be shorter), for
/// URLs, which have no spaces to wrap at.
pub fn chunks(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = vec![String::new()];
    for c in text.chars() {
        let last = out.last_mut().expect("never empty");
        if last.width() + c.width().unwrap_or(0) > width {
            out.push(String::new());
        }
        out.last_mut().expect("never empty").push(c);
    }
    out
}

/// Cuts text to `width` columns, ending in an ellipsis when something was cut.
pub fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        if out.width() + c.width().unwrap_or(0) + 1 > width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// An email address cut to `width` columns the way it still reads as the one it is:
/// the local part gives way first (`ana.maria…@example.com`), the domain stays while it
/// fits with a letter of the local part; past that, cut like any text, ending in `…`.
pub fn fit_email(address: &str, width: usize) -> String {
    if address.width() <= width {
        return address.to_string();
    }
    match address.rsplit_once('@') {
        Some((local, domain)) if domain.width() + 3 <= width => {
            let room = width - domain.width() - 1;
            format!("{}@{domain}", fit(local, room))
        }
        _ => fit(address, width),
    }
}

/// A day written as `YYYY-MM-DD`, and nothing else: jiff would also take a date-time
/// and quietly keep its date, which is not what someone who typed an instant meant.
pub fn parse_day(s: &str) -> Result<jiff::civil::Date, String> {
    let text = s.trim();
    let shaped = text.len() == 10
        && text.chars().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    shaped
        .then(|| text.parse::<jiff::civil::Date>().ok())
        .flatten()
        .ok_or_else(|| format!("{text:?} is not a date: use YYYY-MM-DD"))
}

/// The first instant of `date` in `tz` and the first of the day after: the day is
/// `start..end`. It is not always 24 hours: the day clocks go forward has 23, the day
/// they go back 25. Every "that day" luxpay asks about (a filter's dates, an export's
/// range, the day `summary` closes, the Shop view) is this one. An error only for a day
/// at the very end of time, whose end cannot be written.
pub fn day_bounds(
    date: jiff::civil::Date,
    tz: &jiff::tz::TimeZone,
) -> Result<(jiff::Timestamp, jiff::Timestamp), jiff::Error> {
    let start = |d: jiff::civil::Date| d.to_zoned_datetime(tz.clone()).map(|z| z.timestamp());
    Ok((start(date)?, start(date.tomorrow()?)?))
}

/// A path as people write it: under the home directory as `~/…`.
pub fn home_relative(path: &std::path::Path, home: Option<&std::path::Path>) -> String {
    match home.and_then(|home| path.strip_prefix(home).ok()) {
        Some(rest) => format!("~/{}", rest.display()),
        None => path.display().to_string(),
    }
}

/// The strftime format a list's times need to tell its rows apart: the time alone when
/// they fall on one day, with the date when they span days, with the year when they span
/// years. `times` are the list's first and last (or all) times.
pub fn when_format(
    times: impl IntoIterator<Item = jiff::Timestamp>,
    tz: &jiff::tz::TimeZone,
) -> &'static str {
    let days: Vec<jiff::civil::Date> = times
        .into_iter()
        .map(|t| t.to_zoned_datetime(tz.clone()).date())
        .collect();
    let (Some(first), Some(last)) = (days.iter().min(), days.iter().max()) else {
        return "%H:%M";
    };
    if first == last {
        "%H:%M"
    } else if first.year() == last.year() {
        "%m-%d %H:%M"
    } else {
        "%Y-%m-%d %H:%M"
    }
}

/// How many columns a time written with a `when_format` format takes.
pub fn width_of_format(format: &str) -> u16 {
    match format {
        "%H:%M" => 5,
        "%m-%d %H:%M" => 11,
        _ => 16,
    }
}

/// The frames of a spinner, a tenth of a second each (the app's and the CLI's).
pub const SPINNER: [&str; 10] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

/// Elapsed time as `m:ss` (`h:mm:ss` past an hour).
pub fn clock(elapsed: std::time::Duration) -> String {
    let secs = elapsed.as_secs();
    if secs >= 3600 {
        format!("{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
    } else {
        format!("{}:{:02}", secs / 60, secs % 60)
    }
}

/// A size in bytes as people read it: `512 B`, `3.4 KiB`, `12.0 MiB` (`3,4 KiB` in
/// German).
pub fn bytes(n: u64, tr: &crate::i18n::Tr) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if n < 1024 {
        return format!("{n} B");
    }
    let mut size = n as f64 / 1024.0;
    let mut unit = 0;
    while size >= 1024.0 && unit + 1 < UNITS.len() {
        size /= 1024.0;
        unit += 1;
    }
    format!("{} {}", tr.number(size, 1), UNITS[unit])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_words_and_splits_long_ones() {
        assert_eq!(wrap("the quick brown fox", 9), ["the quick", "brown fox"]);
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("", 4), [""]);
        assert_eq!(
            wrap("  ab  cd ", 3),
            ["ab", "cd"],
            "spaces at the ends dropped"
        );
        assert_eq!(wrap("a 世界 b", 4), ["a", "世界", "b"], "by display width");
    }

    #[test]
    fn chunks_and_fit() {
        assert_eq!(chunks("abcdefg", 3), ["abc", "def", "g"]);
        assert_eq!(fit_email("eve@example.com", 15), "eve@example.com");
        assert_eq!(fit_email("eve@example.com", 14), "e…@example.com");
        assert_eq!(fit_email("slow.payer@example.com", 16), "slo…@example.com");
        assert_eq!(fit_email("slow@example.com", 8), "slow@ex…");
        assert_eq!(fit("Espresso machine", 15), "Espresso machi…");
        assert_eq!(fit("abcdef", 4), "abc…");
        assert_eq!(fit("abc", 4), "abc");
    }

    #[test]
    fn a_list_shows_as_much_of_the_date_as_tells_its_rows_apart() {
        let utc = jiff::tz::TimeZone::UTC;
        let t = |s: &str| s.parse::<jiff::Timestamp>().unwrap();
        let day = [t("2026-11-26T09:00:00Z"), t("2026-11-26T17:00:00Z")];
        assert_eq!(when_format(day, &utc), "%H:%M");
        let days = [t("2026-11-25T09:00:00Z"), t("2026-11-26T17:00:00Z")];
        assert_eq!(when_format(days, &utc), "%m-%d %H:%M");
        let years = [t("2025-12-31T09:00:00Z"), t("2026-01-01T17:00:00Z")];
        assert_eq!(when_format(years, &utc), "%Y-%m-%d %H:%M");
        assert_eq!(when_format([], &utc), "%H:%M");
    }

    #[test]
    fn a_day_is_a_day_and_nothing_else() {
        assert_eq!(parse_day(" 2026-11-26 ").unwrap().to_string(), "2026-11-26");
        for bad in [
            "2026-11-26T23:30:00-05:00",
            "2026-02-30",
            "26.11.2026",
            "2026-1-5",
        ] {
            assert!(parse_day(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_day_runs_from_its_midnight_to_the_next_whatever_the_clocks_do() {
        let berlin = jiff::tz::TimeZone::get("Europe/Berlin").unwrap();
        let hours = |day: &str| {
            let (start, end) = day_bounds(day.parse().unwrap(), &berlin).unwrap();
            (
                start.to_string(),
                (end.as_second() - start.as_second()) / 3600,
            )
        };
        // Clocks go forward at 02:00: a day of 23 hours, from midnight CET.
        assert_eq!(hours("2026-03-29"), ("2026-03-28T23:00:00Z".into(), 23));
        // Clocks go back at 03:00: a day of 25 hours, from midnight CEST.
        assert_eq!(hours("2026-10-25"), ("2026-10-24T22:00:00Z".into(), 25));
        assert_eq!(hours("2026-11-26"), ("2026-11-25T23:00:00Z".into(), 24));
        // Each day ends where the next begins: no instant is in two days or in none.
        for day in ["2026-03-28", "2026-03-29", "2026-10-24", "2026-10-25"] {
            let date: jiff::civil::Date = day.parse().unwrap();
            let (_, end) = day_bounds(date, &berlin).unwrap();
            let (next, _) = day_bounds(date.tomorrow().unwrap(), &berlin).unwrap();
            assert_eq!(end, next, "{day}");
        }
        assert!(day_bounds(jiff::civil::Date::MAX, &berlin).is_err());
    }

    #[test]
    fn clocks() {
        use std::time::Duration;
        assert_eq!(clock(Duration::from_secs(102)), "1:42");
        assert_eq!(clock(Duration::from_secs(5)), "0:05");
        assert_eq!(clock(Duration::from_secs(3725)), "1:02:05");
    }

    #[test]
    fn sizes_read_as_people_say_them() {
        let plain = crate::i18n::Tr::plain();
        assert_eq!(bytes(512, &plain), "512 B");
        assert_eq!(bytes(3 * 1024 + 512, &plain), "3.5 KiB");
        assert_eq!(bytes(300 * 1024 * 1024, &plain), "300.0 MiB");
        let german = crate::i18n::Tr::of(crate::i18n::Lang::De);
        assert_eq!(bytes(3 * 1024 + 512, &german), "3,5 KiB");
        assert_eq!(bytes(1023 * 1024 + 512, &german), "1.023,5 KiB");
    }
}
