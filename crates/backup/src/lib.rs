//! Backups of a whole instance in one file, and their restore (issue 14, point 8).
//!
//! A backup is a gzip-compressed tar archive holding, in this order:
//!
//! - `manifest.json`: the format (`twinning-backup/1`), the backend, the highest migration
//!   applied, when it was made, and every other member's path, size and SHA-256;
//! - the database: `database/twinning.sqlite3` (SQLite's `VACUUM INTO`, one read transaction,
//!   so writers go on and the copy shows one moment) or `database/postgres.dump` (`pg_dump
//!   --format=custom` of the server's own major version, one snapshot as well);
//! - `data/…`: every file of the data directory except the SQLite database itself (today the
//!   mail written to `mail/*.eml` when no SMTP server is set), copied *after* the database
//!   snapshot, so every file the snapshot refers to is there. Photos are stored in the
//!   database, immutable and named by their content's hash, so they travel with it.
//!
//! A restore reads the manifest first and refuses, before writing anything, a backup of the
//! other backend, one made by a newer Twinning (a migration this binary does not know), and a
//! target that is not empty; it then checks every member's size and checksum while unpacking
//! into a staging directory, and only then puts the database and the files in place and runs
//! the migrations the backup is missing.

mod archive;
mod postgres;

use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};
use twinning_store::{DatabaseUrl, Db, StoreError};

/// The archive's format; a restore refuses any other.
pub const FORMAT: &str = "twinning-backup/1";

pub(crate) const MANIFEST: &str = "manifest.json";
pub(crate) const SQLITE_MEMBER: &str = "database/twinning.sqlite3";
pub(crate) const POSTGRES_MEMBER: &str = "database/postgres.dump";
pub(crate) const DATA_PREFIX: &str = "data/";
/// Names in the data directory that belong to a backup or restore under way, never copied.
pub(crate) const STAGING_PREFIX: &str = ".twinning-";

/// What a backup holds, written first in the archive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    /// `sqlite` or `postgres`.
    pub backend: String,
    /// The highest database migration applied when the backup was made.
    pub migration: i64,
    /// RFC 3339, UTC.
    pub created_at: String,
    /// The version of Twinning that made it.
    pub twinning: String,
    /// On PostgreSQL, the server's (and so `pg_dump`'s) major version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postgres_major: Option<u32>,
    pub files: Vec<Member>,
}

/// One file in the archive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub path: String,
    pub size: u64,
    /// Lowercase hex.
    pub sha256: String,
}

impl Manifest {
    /// The database member this manifest's backend needs.
    fn database_member(&self) -> &'static str {
        if self.backend == "postgres" { POSTGRES_MEMBER } else { SQLITE_MEMBER }
    }

    /// Checks what can be checked without the files: the format, the backend, that exactly
    /// one database is listed and that every other path is a safe one under `data/`.
    fn check(&self) -> Result<(), BackupError> {
        if self.format != FORMAT {
            return Err(BackupError::Damaged(format!(
                "the archive's format is {:?}; this Twinning reads {FORMAT}",
                self.format
            )));
        }
        if self.backend != "sqlite" && self.backend != "postgres" {
            return Err(BackupError::Damaged(format!("unknown backend {:?} in the manifest", self.backend)));
        }
        let db = self.database_member();
        if self.files.iter().filter(|f| f.path == db).count() != 1 {
            return Err(BackupError::Damaged(format!("the manifest does not list the database ({db}) once")));
        }
        let mut seen = std::collections::HashSet::new();
        for f in &self.files {
            if !seen.insert(f.path.as_str()) {
                return Err(BackupError::Damaged(format!("the manifest lists {} twice", f.path)));
            }
            if f.path != db && data_path(&f.path).is_none() {
                return Err(BackupError::Damaged(format!("the manifest lists an unsafe or unknown path {:?}", f.path)));
            }
            if f.sha256.len() != 64 || !f.sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(BackupError::Damaged(format!("the manifest's checksum of {} is not SHA-256", f.path)));
            }
        }
        Ok(())
    }
}

/// `data/a/b.eml` → `a/b.eml`, when every part is a plain name (no `..`, no root).
pub(crate) fn data_path(member: &str) -> Option<PathBuf> {
    let rel = member.strip_prefix(DATA_PREFIX)?;
    let path = Path::new(rel);
    let plain = !rel.is_empty() && path.components().all(|c| matches!(c, Component::Normal(_)));
    let staging = rel.starts_with(STAGING_PREFIX);
    (plain && !staging).then(|| path.to_path_buf())
}

/// Why a backup or a restore did not happen. Every message says what to do about it.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// The request cannot be carried out as asked: a target that is not empty, a backup of
    /// the other backend or of a newer Twinning, an output inside the data directory.
    #[error("{0}")]
    Refused(String),
    /// The archive is not a backup this program made, or it was changed since.
    #[error("{0}")]
    Damaged(String),
    /// `pg_dump` or `pg_restore` is missing, of another version, or failed.
    #[error("{0}")]
    Tool(String),
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

pub(crate) fn io(context: impl Into<String>) -> impl FnOnce(std::io::Error) -> BackupError {
    let context = context.into();
    move |source| BackupError::Io { context, source }
}

/// Backs up the instance whose database is `db` (at `url`) and whose data directory is
/// `data_dir` into `out`, replacing it only once the new archive is complete.
pub async fn backup(db: &Db, url: &DatabaseUrl, data_dir: &Path, out: &Path) -> Result<Manifest, BackupError> {
    let out = std::path::absolute(out).map_err(io(format!("{}", out.display())))?;
    if let Ok(data) = data_dir.canonicalize()
        && let Some(parent) = out.parent().and_then(|p| p.canonicalize().ok())
        && parent.starts_with(&data)
    {
        return Err(BackupError::Refused(format!(
            "{} is inside the data directory {}; write the backup somewhere else",
            out.display(),
            data_dir.display()
        )));
    }
    let migration = db.applied_migration().await?.ok_or_else(|| {
        BackupError::Refused("the database has no migrations applied: there is no instance to back up".into())
    })?;
    let postgres_major = db.postgres_major().await?;
    let staging = archive::Staging::beside(&out)?;

    // The database first: every file it refers to exists by then and is copied after it.
    let db_file = staging.path().join("database");
    let db_member = match db {
        Db::Sqlite(_) => {
            db.snapshot_sqlite(&db_file).await?;
            SQLITE_MEMBER
        }
        Db::Postgres(_) => {
            let major = postgres_major.unwrap_or_default();
            let dump = postgres::Tool::find("pg_dump", major)?;
            let (url, file) = (url.clone(), db_file.clone());
            blocking(move || dump.dump(&url, &file)).await?;
            POSTGRES_MEMBER
        }
    };
    let skip = url.sqlite_file();
    let created_at = chrono::Utc::now();
    let manifest = Manifest {
        format: FORMAT.into(),
        backend: db.backend().into(),
        migration,
        created_at: created_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        twinning: env!("CARGO_PKG_VERSION").into(),
        postgres_major,
        files: Vec::new(),
    };
    let data_dir = data_dir.to_path_buf();
    blocking(move || archive::write(staging, manifest, (db_member, db_file), &data_dir, skip.as_deref(), &out)).await
}

/// What a restore did.
#[derive(Debug, Clone)]
pub struct Restored {
    pub manifest: Manifest,
    /// The highest migration after the restore (the backup's, or this binary's latest when
    /// the backup was older).
    pub migration: i64,
}

/// Restores `archive` into the empty target named by `url` (an empty PostgreSQL database, or
/// on SQLite the database file in `data_dir`) and the empty (or absent) `data_dir`.
pub async fn restore(archive: &Path, url: &DatabaseUrl, data_dir: &Path) -> Result<Restored, BackupError> {
    let file = archive.to_path_buf();
    let manifest = blocking(move || archive::read_manifest(&file)).await?;
    let backend = if url.is_postgres() { "postgres" } else { "sqlite" };
    if manifest.backend != backend {
        let how = if manifest.backend == "postgres" {
            "give --database-url postgres://… of an empty database"
        } else {
            "leave out --database-url to restore into an empty --data-dir"
        };
        return Err(BackupError::Refused(format!(
            "this is a backup of a {} database and the target is {}: {how}",
            manifest.backend, backend
        )));
    }
    let known = twinning_store::latest_known_migration(url.is_postgres());
    if manifest.migration > known {
        return Err(BackupError::Refused(format!(
            "this backup was made by a newer Twinning ({}, database migration {}); this one knows migrations up to {known}: \
             restore it with that version or a later one",
            manifest.twinning, manifest.migration
        )));
    }
    archive::check_empty_dir(data_dir)?;
    let restore_tool = if url.is_postgres() {
        let db = Db::connect_without_migrating(url).await?;
        let tables = db.tables().await?;
        let major = db.postgres_major().await?.unwrap_or_default();
        db.close().await;
        if !tables.is_empty() {
            return Err(BackupError::Refused(format!(
                "the database is not empty (it has {} tables, e.g. {}); restore into a new, empty database",
                tables.len(),
                tables[0]
            )));
        }
        let tool = postgres::Tool::find("pg_restore", major)?;
        if let Some(made) = manifest.postgres_major
            && tool.major < made
        {
            return Err(BackupError::Tool(format!(
                "the dump was made by PostgreSQL {made}'s pg_dump; {} is version {} and cannot read it",
                tool.path.display(),
                tool.major
            )));
        }
        Some(tool)
    } else {
        let file = url.sqlite_file().ok_or_else(|| BackupError::Refused("the SQLite URL names no file".into()))?;
        if file.exists() {
            return Err(BackupError::Refused(format!(
                "the database {} exists already; restore into an empty data directory",
                file.display()
            )));
        }
        None
    };

    // Unpack and check everything before anything is put in place.
    let (file, dir) = (archive.to_path_buf(), data_dir.to_path_buf());
    let unpacked = blocking(move || archive::unpack(&file, &dir)).await?;
    let (url2, dump) = (url.clone(), unpacked.database.clone());
    let placed = match restore_tool {
        Some(tool) => blocking(move || tool.restore(&url2, &dump)).await,
        None => {
            let target = url.sqlite_file().unwrap_or_default();
            std::fs::rename(&dump, &target)
                .or_else(|_| std::fs::copy(&dump, &target).map(|_| ()))
                .map_err(io(format!("putting the database at {}", target.display())))
        }
    };
    if let Err(e) = placed {
        unpacked.abandon();
        return Err(e);
    }
    blocking(move || unpacked.finish()).await?;

    // Older backups catch up with this binary's migrations.
    let db = Db::connect(url).await?;
    let migration = db.applied_migration().await?.unwrap_or_default();
    db.close().await;
    Ok(Restored { manifest, migration })
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, BackupError> + Send + 'static,
) -> Result<T, BackupError> {
    tokio::task::spawn_blocking(work).await.map_err(|e| BackupError::Io {
        context: "the backup's worker thread stopped".into(),
        source: std::io::Error::other(e.to_string()),
    })?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_paths_under_data_are_accepted() {
        assert_eq!(data_path("data/mail/000001.eml"), Some(PathBuf::from("mail/000001.eml")));
        for bad in ["data/../etc/passwd", "data//etc/passwd", "data/", "mail/x", "data/./x", "data/.twinning-restore/x"]
        {
            assert_eq!(data_path(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_manifest_without_its_database_or_with_strange_paths_is_damaged() {
        let member = |p: &str| Member { path: p.into(), size: 1, sha256: "0".repeat(64) };
        let mut m = Manifest {
            format: FORMAT.into(),
            backend: "sqlite".into(),
            migration: 13,
            created_at: "2026-12-08T02:00:00Z".into(),
            twinning: "0.1.0".into(),
            postgres_major: None,
            files: vec![member(SQLITE_MEMBER), member("data/mail/1.eml")],
        };
        assert!(m.check().is_ok());
        m.files.push(member("data/../x"));
        assert!(matches!(m.check(), Err(BackupError::Damaged(_))));
        m.files.pop();
        m.backend = "postgres".into();
        assert!(matches!(m.check(), Err(BackupError::Damaged(_))), "a PostgreSQL backup holds a dump");
        m.backend = "sqlite".into();
        m.format = "twinning-backup/2".into();
        assert!(matches!(m.check(), Err(BackupError::Damaged(_))));
    }
}
