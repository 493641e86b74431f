use std::fmt;
use std::path::Path;

use crate::StoreError;

/// Where the database is: `sqlite:///path/file.sqlite3` or `postgres://user:pass@host/db`.
/// `Debug` and `Display` hide the password so the URL can be logged.
#[derive(Clone)]
pub struct DatabaseUrl(String);

/// The embedded database's file name in the data directory.
pub const SQLITE_FILE: &str = "twinning.sqlite3";

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
        Self(format!("sqlite://{}", dir.join(SQLITE_FILE).display()))
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

    /// The URL with every secret replaced by `***`: the password of the user part and any
    /// query parameter that carries one (`?password=`, `?sslpassword=`, as libpq accepts).
    /// A URL that does not parse shows only its scheme, since where its secret sits is unknown.
    fn redacted(&self) -> String {
        if !self.is_postgres() {
            return self.0.clone();
        }
        let Ok(mut url) = ::url::Url::parse(&self.0) else {
            let scheme = self.0.split("://").next().unwrap_or("postgres");
            return format!("{scheme}://***");
        };
        if url.password().is_some() {
            let _ = url.set_password(Some("***"));
        }
        let secret = |k: &str| k.to_ascii_lowercase().contains("password");
        if url.query_pairs().any(|(k, _)| secret(&k)) {
            let pairs: Vec<(String, String)> = url
                .query_pairs()
                .map(|(k, v)| {
                    let v = if secret(&k) { "***".to_owned() } else { v.into_owned() };
                    (k.into_owned(), v)
                })
                .collect();
            url.query_pairs_mut().clear().extend_pairs(pairs);
        }
        url.to_string().replace("%2A%2A%2A", "***")
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

    #[test]
    fn hides_passwords_wherever_they_sit() {
        for (raw, secret) in [
            ("postgres://twin:p%40ss%2Fw0rd@db.example/twinning", "p%40ss"),
            ("postgresql://twin@db.example/twinning?password=hunter22&sslmode=require", "hunter22"),
            ("postgres://twin@db.example/twinning?sslpassword=keypass9", "keypass9"),
            ("postgres://twin:s3cret@db.example:99999999/x", "s3cret"),
            ("postgres://twin:s3cret@[::1/x", "s3cret"),
        ] {
            let u = DatabaseUrl::parse(raw).unwrap();
            assert!(!u.to_string().contains(secret), "{u}");
            assert!(!format!("{u:?}").contains(secret), "{u:?}");
        }
        let u = DatabaseUrl::parse("postgresql://twin@db.example/twinning?password=hunter22&sslmode=require").unwrap();
        assert_eq!(u.to_string(), "postgresql://twin@db.example/twinning?password=***&sslmode=require");
    }
}
