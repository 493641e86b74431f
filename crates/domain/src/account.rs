//! People who sign in, and what they may do in a project (DESIGN.md §7).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::ValidationError;

/// An e-mail address, trimmed, with its domain in lower case. Deliberately permissive in the
/// local part (RFC 5321 allows much); strict about what would break a mail header.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let bad = || ValidationError::new("", "email.invalid", "an e-mail address like name@example.org");
        let t = raw.trim();
        let (local, domain) = t.rsplit_once('@').ok_or_else(bad)?;
        let ok_chars = |s: &str| {
            !s.chars().any(|c| {
                c.is_whitespace()
                    || c.is_control()
                    || matches!(c, '<' | '>' | ',' | ';' | '"' | '(' | ')' | '[' | ']' | '\\')
            })
        };
        if local.is_empty()
            || local.len() > 64
            || domain.len() < 3
            || t.len() > 254
            || !domain.contains('.')
            || domain.starts_with('.')
            || domain.ends_with('.')
            || domain.contains("..")
            || local.contains('@')
            || !ok_chars(local)
            || !ok_chars(domain)
        {
            return Err(bad());
        }
        Ok(Self(format!("{local}@{}", domain.to_lowercase())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form used to find an account: the whole address in lower case, so that
    /// `Anna@Example.org` and `anna@example.org` are one account.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Kept out of logs: `Debug` shows only the domain.
impl fmt::Debug for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let domain = self.0.rsplit_once('@').map(|(_, d)| d).unwrap_or("");
        write!(f, "EmailAddress(…@{domain})")
    }
}

impl<'de> Deserialize<'de> for EmailAddress {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        EmailAddress::parse(&raw).map_err(|e| serde::de::Error::custom(e.message))
    }
}

/// The shortest and longest password accepted. Length is what makes a password strong;
/// no composition rules (NIST SP 800-63B).
pub const PASSWORD_MIN: usize = 10;
pub const PASSWORD_MAX: usize = 1024;

/// Checks a new password's length.
pub fn check_password(password: &str) -> Result<(), ValidationError> {
    let n = password.chars().count();
    if n < PASSWORD_MIN {
        return Err(ValidationError::new(
            "password",
            "password.too_short",
            format!("at least {PASSWORD_MIN} characters"),
        ));
    }
    if n > PASSWORD_MAX {
        return Err(ValidationError::new(
            "password",
            "password.too_long",
            format!("at most {PASSWORD_MAX} characters"),
        ));
    }
    Ok(())
}

/// A person's name as shown to others in the back office.
pub fn check_display_name(name: &str) -> Result<String, ValidationError> {
    let t = name.trim();
    if t.is_empty() || t.chars().count() > 120 {
        return Err(ValidationError::new("name", "name.invalid", "a name of 1 to 120 characters"));
    }
    crate::types::check_text(t).map_err(|e| e.at("name"))?;
    Ok(t.to_owned())
}

/// What a person may do in one project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Sets up the project, sees everyone, manages roles.
    Organiser,
    /// Acts for one partner town: its profile and its own delegation only.
    Coordinator,
    /// Takes part: sees their own data and programme.
    Participant,
}

impl Role {
    pub const ALL: &'static [Role] = &[Role::Organiser, Role::Coordinator, Role::Participant];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Organiser => "organiser",
            Role::Coordinator => "coordinator",
            Role::Participant => "participant",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Role::ALL.iter().copied().find(|r| r.as_str() == raw)
    }

    /// Whether the role acts for one partner town (and so needs one).
    pub fn needs_town(self) -> bool {
        self == Role::Coordinator
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        let e = EmailAddress::parse("  Anna.Berzina@Daugavpils.LV ").unwrap();
        assert_eq!(e.as_str(), "Anna.Berzina@daugavpils.lv");
        assert_eq!(e.key(), "anna.berzina@daugavpils.lv");
        assert!(!format!("{e:?}").contains("Anna"), "Debug hides the person");
        for bad in
            ["", "anna", "anna@", "@x.lv", "anna@lv", "a b@x.lv", "anna@x..lv", "anna@x.lv\r\nBcc: x@y.z", "<a@x.lv>"]
        {
            assert_eq!(EmailAddress::parse(bad).unwrap_err().key, "email.invalid", "{bad:?}");
        }
    }

    #[test]
    fn passwords_and_names() {
        assert_eq!(check_password("short").unwrap_err().key, "password.too_short");
        assert!(check_password("a long enough passphrase").is_ok());
        assert!(check_password(&"x".repeat(PASSWORD_MAX + 1)).is_err());
        assert_eq!(check_display_name("  Anna  ").unwrap(), "Anna");
        assert!(check_display_name(" ").is_err());
        assert!(check_display_name("a\u{0}b").is_err());
    }

    #[test]
    fn roles() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(*r));
        }
        assert!(Role::Coordinator.needs_town() && !Role::Organiser.needs_town());
        assert_eq!(Role::parse("admin"), None);
    }
}
