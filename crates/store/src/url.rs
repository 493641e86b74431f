use std::fmt;
use std::path::Path;

use crate::StoreError;

/// Where the database is: `sqlite:///path/file.sqlite3` or `postgres://user:pass@host/db`.
/// `Debug` and `Display` hide the password so the URL can be logged.
#[derive(Clone)]
pub struct DatabaseUrl(String);

impl DatabaseUrl {
    pub fn parse(raw: &str) -> Result<Self, StoreError> {
        let raw = raw.trim();
        if raw.starts_with("postgres://") || raw.starts_with("postgresql://") || raw.starts_with("sqlite:") {
            Ok(Self(raw.to_owned()))
        } else {
            Err(StoreError::Config("DATABASE_URL starts with postgres://, postgresql:// or sqlite:".into()))
        }
    }

    /// The embedded database in a data directory.
    pub fn in_data_dir(dir: &Path) -> Self {
        Self(format!("sqlite://{}", dir.join("twinning.sqlite3").display()))
    }

    /// On SQLite, the database file the URL names (`sqlite://dir/f.sqlite3?mode=rwc` → `dir/f.sqlite3`).
    pub fn sqlite_file(&self) -> Option<std::path::PathBuf> {
        let rest = self.0.strip_prefix("sqlite://").or_else(|| self.0.strip_prefix("sqlite:"))?;
        let path = rest.split('?').next().unwrap_or(rest);
        (!path.is_empty() && path != ":memory:").then(|| std::path::PathBuf::from(path))
    }

    pub fn is_postgres(&self) -> bool {
        self.0.starts_with("postgres")
    }

    /// The full URL, password included: only for handing to the driver.
    pub fn expose(&self) -> &str {
        &self.0
    }

    fn redacted(&self) -> String {
        // scheme://user:secret@host → scheme://user:***@host
        match (self.0.find("://"), self.0.rfind('@')) {
            (Some(s), Some(at)) if at > s => {
                let userinfo = &self.0[s + 3..at];
                match userinfo.find(':') {
                    Some(c) => format!("{}{}:***{}", &self.0[..s + 3], &userinfo[..c], &self.0[at..]),
                    None => self.0.clone(),
                }
            }
            _ => self.0.clone(),
        }
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DatabaseUrl({})", self.redacted())
    }
}
impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hides_the_password() {
        let u = DatabaseUrl::parse("postgres://twin:s3cret@db.example:5432/twinning").unwrap();
        assert_eq!(u.to_string(), "postgres://twin:***@db.example:5432/twinning");
        assert!(!format!("{u:?}").contains("s3cret"));
        assert!(u.is_postgres());
        assert!(DatabaseUrl::parse("mysql://x").is_err());
        assert!(!DatabaseUrl::in_data_dir(Path::new("/tmp/d")).is_postgres());
    }

    #[test]
    fn names_the_sqlite_file() {
        let file = DatabaseUrl::in_data_dir(Path::new("/tmp/d")).sqlite_file();
        assert_eq!(file.as_deref(), Some(Path::new("/tmp/d/twinning.sqlite3")));
        let file = DatabaseUrl::parse("sqlite:data/x.db?mode=rwc").unwrap().sqlite_file();
        assert_eq!(file.as_deref(), Some(Path::new("data/x.db")));
        assert_eq!(DatabaseUrl::parse("postgres://h/db").unwrap().sqlite_file(), None);
    }
}
