//! Whether a new password is strong enough: long enough (the domain's rule), and not easy to
//! guess by the zxcvbn strength estimator (score 3 of 4 at least), which also sees the words
//! an attacker would try first for this person: their address, their name, the site's name.
//! Its feedback becomes one of our own keys (`password.weak_common`, …), which the
//! interface translates, never the estimator's English.

use twinning_domain::ValidationError;
use zxcvbn::feedback::Warning;

/// The lowest zxcvbn score accepted (0–4): "safely unguessable" for an online attack.
pub const MIN_SCORE: u8 = 3;

/// The site's own name, which an attacker would try with everything else.
pub const SITE_WORDS: &[&str] = &["twinning", "twin", "town", "towns"];

/// Checks a new password; `inputs` are the person's own words (address, name). The error
/// names the field `password`.
pub fn check(password: &str, inputs: &[&str]) -> Result<(), ValidationError> {
    twinning_domain::account::check_password(password)?;
    let mut words: Vec<&str> = SITE_WORDS.to_vec();
    for input in inputs {
        words.push(input);
        // The parts of an address and a name, as a guesser would split them.
        words.extend(input.split(['@', '.', ' ', '-', '_']).filter(|w| w.len() > 2));
    }
    // The estimator's work grows fast with length; 100 characters tell it all it needs.
    let head: String = password.chars().take(100).collect();
    let estimate = zxcvbn::zxcvbn(&head, &words);
    if u8::from(estimate.score()) >= MIN_SCORE {
        return Ok(());
    }
    let warning = estimate.feedback().and_then(|f| f.warning());
    let key = match warning {
        Some(
            Warning::ThisIsATop10Password
            | Warning::ThisIsATop100Password
            | Warning::ThisIsACommonPassword
            | Warning::ThisIsSimilarToACommonlyUsedPassword,
        ) => "password.weak_common",
        Some(
            Warning::StraightRowsOfKeysAreEasyToGuess
            | Warning::ShortKeyboardPatternsAreEasyToGuess
            | Warning::SequencesLikeAbcAreEasyToGuess,
        ) => "password.weak_pattern",
        Some(Warning::RepeatsLikeAaaAreEasyToGuess | Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess) => {
            "password.weak_repeat"
        }
        Some(Warning::RecentYearsAreEasyToGuess | Warning::DatesAreOftenEasyToGuess) => "password.weak_dates",
        Some(Warning::NamesAndSurnamesByThemselvesAreEasyToGuess | Warning::CommonNamesAndSurnamesAreEasyToGuess) => {
            "password.weak_names"
        }
        Some(Warning::AWordByItselfIsEasyToGuess) => "password.weak_word",
        _ => "password.weak",
    };
    Err(ValidationError::new("password", key, "a password that is hard to guess: a few unrelated, uncommon words"))
}

/// The reason for a refusal in English, for the command line (pages translate the key).
pub fn explain(key: &str) -> &'static str {
    match key {
        "password.too_short" => "it needs at least 10 characters",
        "password.too_long" => "it can have at most 1024 characters",
        "password.weak_common" => "it is too easy to guess: it is, or is like, a commonly used password",
        "password.weak_pattern" => "it is too easy to guess: keyboard patterns and sequences like abc or 6543",
        "password.weak_repeat" => "it is too easy to guess: repeated characters or words",
        "password.weak_dates" => "it is too easy to guess: dates and years",
        "password.weak_names" => "it is too easy to guess: names and surnames, or your own address or name",
        "password.weak_word" => "it is too easy to guess: a single word",
        _ => "it is too easy to guess; a few unrelated, uncommon words make a strong password",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guessable_passwords_are_refused_with_a_reason() {
        assert_eq!(check("password1234", &[]).unwrap_err().key, "password.weak_common");
        // A keyboard row is both a pattern and a common word to zxcvbn; either reason is right.
        let row = check("qwertyuiopasdf", &[]).unwrap_err().key;
        assert!(["password.weak_pattern", "password.weak_common"].contains(&row), "{row}");
        assert_eq!(check("aaaaaaaaaaaaa", &[]).unwrap_err().key, "password.weak_repeat");
        // The person's own words count for nothing.
        assert!(check("anna.berzina@daugavpils.lv", &["anna.berzina@daugavpils.lv", "Anna Bērziņa"]).is_err());
        assert_eq!(check("short", &[]).unwrap_err().key, "password.too_short");
        assert!(check("Daugavpils-2018-torchlight", &["anna@example.org"]).is_ok());
        assert!(check("correct horse battery staple", &[]).is_ok());
    }
}
