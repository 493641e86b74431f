//! Driving PostgreSQL's own tools: `pg_dump` and `pg_restore` of the server's major version.
//! The password never appears on a command line (where `ps` would show it): it goes to the
//! tool through `PGPASSWORD`.

use std::path::{Path, PathBuf};
use std::process::Command;

use twinning_store::DatabaseUrl;

use crate::BackupError;

/// A PostgreSQL client program and its major version.
pub(crate) struct Tool {
    pub(crate) path: PathBuf,
    pub(crate) major: u32,
}

impl Tool {
    /// `name` for a server of major version `server`: from `TWINNING_PG_BIN` when set, else
    /// Debian's `/usr/lib/postgresql/<major>/bin`, else the `PATH`. Refuses one of another
    /// major version, which would either refuse the server or write a dump it cannot read.
    pub(crate) fn find(name: &str, server: u32) -> Result<Self, BackupError> {
        let candidates: Vec<PathBuf> = match std::env::var_os("TWINNING_PG_BIN") {
            Some(dir) => vec![PathBuf::from(dir).join(name)],
            None => vec![PathBuf::from(format!("/usr/lib/postgresql/{server}/bin/{name}")), PathBuf::from(name)],
        };
        let mut other = None;
        for path in candidates {
            match version(&path) {
                Some(major) if major == server => return Ok(Self { path, major }),
                Some(major) => other = other.or(Some((path, major))),
                None => {}
            }
        }
        let install = format!(
            "install PostgreSQL {server}'s client programs (Debian and Ubuntu: postgresql-client-{server}) \
             or set TWINNING_PG_BIN to the directory holding them"
        );
        Err(BackupError::Tool(match other {
            Some((path, major)) => {
                format!("{} is PostgreSQL {major}'s but the server runs PostgreSQL {server}: {install}", path.display())
            }
            None => format!("{name} was not found: {install}"),
        }))
    }

    /// `pg_dump --format=custom` of the whole database into `file`.
    pub(crate) fn dump(&self, url: &DatabaseUrl, file: &Path) -> Result<(), BackupError> {
        let mut cmd = Command::new(&self.path);
        cmd.args(["--format=custom", "--no-owner", "--no-privileges", "--file"]).arg(file);
        self.run(cmd, url)
    }

    /// `pg_restore` of `file` into the (empty) database, in one transaction: all or nothing.
    pub(crate) fn restore(&self, url: &DatabaseUrl, file: &Path) -> Result<(), BackupError> {
        let mut cmd = Command::new(&self.path);
        cmd.args(["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction"]).arg(file);
        self.run(cmd, url)
    }

    fn run(&self, mut cmd: Command, url: &DatabaseUrl) -> Result<(), BackupError> {
        let (target, password) = libpq_target(url)?;
        cmd.arg("--dbname").arg(target);
        cmd.env_remove("PGPASSWORD");
        if let Some(p) = password {
            cmd.env("PGPASSWORD", p);
        }
        let name = self.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let out = cmd.output().map_err(|e| BackupError::Tool(format!("cannot run {}: {e}", self.path.display())))?;
        if out.status.success() {
            return Ok(());
        }
        let stderr = String::from_utf8_lossy(&out.stderr);
        let said: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).take(10).collect();
        Err(BackupError::Tool(format!("{name} failed ({}): {}", out.status, said.join(" / "))))
    }
}

/// The major version a PostgreSQL program reports (`pg_dump (PostgreSQL) 15.14 (Debian …)`).
fn version(path: &Path) -> Option<u32> {
    let out = Command::new(path).arg("--version").output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let v = text.split("(PostgreSQL)").nth(1)?.split_whitespace().next()?;
    v.split(['.', 'b', 'r']).next()?.parse().ok()
}

/// The URL without its password (libpq reads URLs too), and the password apart. Parameters
/// only sqlx knows are dropped; libpq would refuse them.
fn libpq_target(url: &DatabaseUrl) -> Result<(String, Option<String>), BackupError> {
    let bad = |e: url::ParseError| BackupError::Refused(format!("the database URL cannot be read: {e}"));
    let mut u = url::Url::parse(url.expose()).map_err(bad)?;
    let password = u.password().map(|p| percent_encoding::percent_decode_str(p).decode_utf8_lossy().into_owned());
    let _ = u.set_password(None);
    let kept: Vec<(String, String)> =
        u.query_pairs().filter(|(k, _)| k != "statement-cache-capacity").map(|(k, v)| (k.into(), v.into())).collect();
    if kept.is_empty() {
        u.set_query(None);
    } else {
        u.query_pairs_mut().clear().extend_pairs(kept);
    }
    Ok((u.to_string(), password))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_leaves_the_url() {
        let url = DatabaseUrl::parse("postgres://twin:s%40cret@db.example:5432/twinning?sslmode=require").unwrap();
        let (target, password) = libpq_target(&url).unwrap();
        assert_eq!(target, "postgres://twin@db.example:5432/twinning?sslmode=require");
        assert_eq!(password.as_deref(), Some("s@cret"));
        let url = DatabaseUrl::parse("postgres://db/twinning?statement-cache-capacity=10").unwrap();
        assert_eq!(libpq_target(&url).unwrap(), ("postgres://db/twinning".into(), None));
    }
}
