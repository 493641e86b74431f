//! The archive itself: a gzip-compressed tar with the manifest first, written to a temporary
//! name and renamed when complete; read back with every member checked against the manifest.

use std::fs::{self, File};
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use flate2::Compression;
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use sha2::{Digest, Sha256};

use crate::{BackupError, DATA_PREFIX, MANIFEST, Manifest, Member, STAGING_PREFIX, data_path, io};

/// The largest manifest read (a million files is about 150 MB; far more than an instance has).
const MANIFEST_MAX: u64 = 64 * 1024 * 1024;

/// A directory for the pieces of an archive, removed when dropped.
pub(crate) struct Staging(PathBuf);

impl Staging {
    /// A new directory beside `out` (so the final rename stays on one file system).
    pub(crate) fn beside(out: &Path) -> Result<Self, BackupError> {
        let parent = out.parent().unwrap_or(Path::new("."));
        let name = out.file_name().and_then(|n| n.to_str()).unwrap_or("backup");
        let dir = parent.join(format!("{STAGING_PREFIX}{name}.{}", std::process::id()));
        create_private_dir(&dir).map_err(io(format!("creating {}", dir.display())))?;
        Ok(Self(dir))
    }

    pub(crate) fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut b = fs::DirBuilder::new();
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(dir)
}

fn create_private_file(path: &Path) -> io::Result<File> {
    let mut o = fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o.open(path)
}

/// A writer that counts and hashes what passes through it.
struct Hashing<W> {
    inner: W,
    hash: Sha256,
    size: u64,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        self.size += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

impl<W> Hashing<W> {
    fn new(inner: W) -> Self {
        Self { inner, hash: Sha256::new(), size: 0 }
    }
    fn finish(self) -> (u64, String) {
        (self.size, hex(&self.hash.finalize()))
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn hash_file(path: &Path) -> Result<(u64, String), BackupError> {
    let mut f = File::open(path).map_err(io(format!("reading {}", path.display())))?;
    let mut h = Hashing::new(io::sink());
    io::copy(&mut f, &mut h).map_err(io(format!("reading {}", path.display())))?;
    Ok(h.finish())
}

/// The data directory's files (relative paths, sorted), without the SQLite database and its
/// journals and without anything a backup or restore under way left there.
fn data_files(dir: &Path, database: Option<&Path>) -> Result<Vec<PathBuf>, BackupError> {
    let skip: Vec<PathBuf> = match database.and_then(|d| d.file_name().map(|n| (d, n))) {
        Some((db, name)) => {
            let db = db.canonicalize().unwrap_or_else(|_| db.to_path_buf());
            let parent = db.parent().map(Path::to_path_buf).unwrap_or_default();
            ["", "-wal", "-shm", "-journal"]
                .iter()
                .map(|s| parent.join(format!("{}{s}", name.to_string_lossy())))
                .collect()
        }
        None => Vec::new(),
    };
    let mut found = Vec::new();
    let mut todo = vec![PathBuf::new()];
    while let Some(rel) = todo.pop() {
        let here = dir.join(&rel);
        let entries = match fs::read_dir(&here) {
            Ok(e) => e,
            Err(e) if e.kind() == io::ErrorKind::NotFound && rel.as_os_str().is_empty() => return Ok(found),
            Err(e) => return Err(io(format!("listing {}", here.display()))(e)),
        };
        for entry in entries {
            let entry = entry.map_err(io(format!("listing {}", here.display())))?;
            let name = entry.file_name();
            let child = rel.join(&name);
            if name.to_string_lossy().starts_with(STAGING_PREFIX) {
                continue;
            }
            let kind = entry.file_type().map_err(io(format!("reading {}", entry.path().display())))?;
            if kind.is_dir() {
                todo.push(child);
            } else if kind.is_file() {
                let abs = entry.path().canonicalize().unwrap_or_else(|_| entry.path());
                if !skip.contains(&abs) && child.to_str().is_some() {
                    found.push(child);
                } else if child.to_str().is_none() {
                    tracing::warn!(file = %child.display(), "not backed up: the name is not UTF-8");
                }
            } else {
                tracing::warn!(file = %child.display(), "not backed up: not a regular file");
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Writes the archive: the database (already in `staging`), then copies of the data
/// directory's files taken now, hashed as they are copied; then the manifest and the members
/// into `out`.
pub(crate) fn write(
    staging: Staging,
    mut manifest: Manifest,
    (db_member, db_file): (&str, PathBuf),
    data_dir: &Path,
    skip: Option<&Path>,
    out: &Path,
) -> Result<Manifest, BackupError> {
    let mut members: Vec<(String, PathBuf)> = Vec::new();
    let (size, sha256) = hash_file(&db_file)?;
    manifest.files.push(Member { path: db_member.into(), size, sha256 });
    members.push((db_member.into(), db_file));

    for (i, rel) in data_files(data_dir, skip)?.into_iter().enumerate() {
        let from = data_dir.join(&rel);
        let copy = staging.path().join(format!("f{i}"));
        let mut src = match File::open(&from) {
            Ok(f) => f,
            // Removed meanwhile (a pruned mail): it is not in the snapshot's past either.
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(io(format!("reading {}", from.display()))(e)),
        };
        let dst = create_private_file(&copy).map_err(io(format!("writing {}", copy.display())))?;
        let mut h = Hashing::new(BufWriter::new(dst));
        io::copy(&mut src, &mut h).map_err(io(format!("copying {}", from.display())))?;
        h.flush().map_err(io(format!("writing {}", copy.display())))?;
        let (size, sha256) = h.finish();
        let path = format!("{DATA_PREFIX}{}", rel.to_str().unwrap_or_default().replace('\\', "/"));
        manifest.files.push(Member { path: path.clone(), size, sha256 });
        members.push((path, copy));
    }

    let partial = staging.path().join("archive");
    let file = create_private_file(&partial).map_err(io(format!("writing {}", partial.display())))?;
    let gz = GzEncoder::new(BufWriter::new(file), Compression::default());
    let mut tar = tar::Builder::new(gz);
    let mtime = chrono::DateTime::parse_from_rfc3339(&manifest.created_at).map(|t| t.timestamp()).unwrap_or(0);
    let header = |size: u64| {
        let mut h = tar::Header::new_gnu();
        h.set_size(size);
        h.set_mode(0o600);
        h.set_mtime(u64::try_from(mtime).unwrap_or(0));
        h.set_entry_type(tar::EntryType::Regular);
        h
    };
    let text = serde_json::to_vec_pretty(&manifest).expect("a manifest serialises");
    let w = io(format!("writing {}", out.display()));
    tar.append_data(&mut header(text.len() as u64), MANIFEST, text.as_slice()).map_err(w)?;
    for (path, file) in &members {
        let f = File::open(file).map_err(io(format!("reading {}", file.display())))?;
        let size = f.metadata().map_err(io(format!("reading {}", file.display())))?.len();
        tar.append_data(&mut header(size), path, BufReader::new(f))
            .map_err(io(format!("writing {}", out.display())))?;
    }
    let gz = tar.into_inner().map_err(io(format!("writing {}", out.display())))?;
    let file = gz
        .finish()
        .and_then(|b| b.into_inner().map_err(|e| e.into_error()))
        .map_err(io(format!("writing {}", out.display())))?;
    file.sync_all().map_err(io(format!("writing {}", out.display())))?;
    drop(file);
    fs::rename(&partial, out).map_err(io(format!("writing {}", out.display())))?;
    drop(staging);
    Ok(manifest)
}

/// The archive's members in order, uncompressing when it is gzip (a plain tar also reads).
fn open(file: &Path) -> Result<tar::Archive<Box<dyn Read>>, BackupError> {
    let mut f = BufReader::new(File::open(file).map_err(io(format!("opening {}", file.display())))?);
    let mut magic = [0u8; 2];
    let n = f.read(&mut magic).map_err(io(format!("reading {}", file.display())))?;
    let head = io::Cursor::new(magic[..n].to_vec());
    let reader: Box<dyn Read> =
        if magic[..n] == [0x1f, 0x8b] { Box::new(GzDecoder::new(head.chain(f))) } else { Box::new(head.chain(f)) };
    Ok(tar::Archive::new(reader))
}

fn not_a_backup(file: &Path, why: impl std::fmt::Display) -> BackupError {
    BackupError::Damaged(format!("{} is not a Twinning backup, or it is damaged: {why}", file.display()))
}

/// Reads and checks the manifest, the archive's first member.
pub(crate) fn read_manifest(file: &Path) -> Result<Manifest, BackupError> {
    let mut archive = open(file)?;
    let mut entries = archive.entries().map_err(|e| not_a_backup(file, e))?;
    let first = entries.next().ok_or_else(|| not_a_backup(file, "it is empty"))?;
    let entry = first.map_err(|e| not_a_backup(file, e))?;
    manifest_of(file, entry)
}

fn manifest_of(file: &Path, entry: tar::Entry<'_, Box<dyn Read>>) -> Result<Manifest, BackupError> {
    let path = entry.path().map_err(|e| not_a_backup(file, e))?.to_string_lossy().into_owned();
    if path != MANIFEST {
        return Err(not_a_backup(file, format!("it begins with {path:?}, not {MANIFEST}")));
    }
    let mut text = Vec::new();
    entry.take(MANIFEST_MAX).read_to_end(&mut text).map_err(|e| not_a_backup(file, e))?;
    let manifest: Manifest =
        serde_json::from_slice(&text).map_err(|e| not_a_backup(file, format!("{MANIFEST}: {e}")))?;
    manifest.check()?;
    Ok(manifest)
}

/// Refuses a data directory that holds anything; an absent one is fine.
pub(crate) fn check_empty_dir(dir: &Path) -> Result<(), BackupError> {
    match fs::read_dir(dir) {
        Ok(mut entries) => match entries.next() {
            None => Ok(()),
            Some(_) => Err(BackupError::Refused(format!(
                "the data directory {} is not empty; restore into an empty or new directory",
                dir.display()
            ))),
        },
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io(format!("reading the data directory {}", dir.display()))(e)),
    }
}

/// An archive unpacked and checked into a staging directory inside the data directory.
pub(crate) struct Unpacked {
    pub(crate) database: PathBuf,
    data: Vec<(PathBuf, PathBuf)>,
    staging: PathBuf,
    data_dir: PathBuf,
    made_dir: bool,
}

impl Unpacked {
    /// Moves the data files into place and removes the staging directory.
    pub(crate) fn finish(self) -> Result<(), BackupError> {
        for (staged, rel) in &self.data {
            let to = self.data_dir.join(rel);
            if let Some(parent) = to.parent() {
                let mut b = fs::DirBuilder::new();
                b.recursive(true);
                #[cfg(unix)]
                std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
                b.create(parent).map_err(io(format!("creating {}", parent.display())))?;
            }
            fs::rename(staged, &to).map_err(io(format!("writing {}", to.display())))?;
        }
        fs::remove_dir_all(&self.staging).map_err(io(format!("removing {}", self.staging.display())))?;
        Ok(())
    }

    /// Removes what the restore wrote (after a failure).
    pub(crate) fn abandon(self) {
        let _ = fs::remove_dir_all(&self.staging);
        if self.made_dir {
            let _ = fs::remove_dir(&self.data_dir);
        }
    }
}

/// Unpacks every member into `data_dir/.twinning-restore`, checking each against the
/// manifest (nothing missing, nothing extra, sizes and SHA-256 equal). On any problem, what
/// was written is removed again.
pub(crate) fn unpack(file: &Path, data_dir: &Path) -> Result<Unpacked, BackupError> {
    let made_dir = !data_dir.exists();
    if made_dir {
        fs::create_dir_all(data_dir).map_err(io(format!("creating {}", data_dir.display())))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = fs::set_permissions(data_dir, fs::Permissions::from_mode(0o700));
        }
    }
    let staging = data_dir.join(format!("{STAGING_PREFIX}restore"));
    let mut unpacked =
        Unpacked { database: staging.join("database"), data: Vec::new(), staging, data_dir: data_dir.into(), made_dir };
    if let Err(e) =
        create_private_dir(&unpacked.staging).map_err(io(format!("creating {}", unpacked.staging.display())))
    {
        unpacked.abandon();
        return Err(e);
    }
    match unpack_into(file, &mut unpacked) {
        Ok(()) => Ok(unpacked),
        Err(e) => {
            unpacked.abandon();
            Err(e)
        }
    }
}

fn unpack_into(file: &Path, unpacked: &mut Unpacked) -> Result<(), BackupError> {
    let mut archive = open(file)?;
    let mut entries = archive.entries().map_err(|e| not_a_backup(file, e))?;
    let first = entries.next().ok_or_else(|| not_a_backup(file, "it is empty"))?;
    let manifest = manifest_of(file, first.map_err(|e| not_a_backup(file, e))?)?;
    let db_member = manifest.database_member();
    let mut expected: std::collections::HashMap<&str, &Member> =
        manifest.files.iter().map(|m| (m.path.as_str(), m)).collect();
    for (i, entry) in entries.enumerate() {
        let mut entry = entry.map_err(|e| not_a_backup(file, e))?;
        let path = entry.path().map_err(|e| not_a_backup(file, e))?.to_string_lossy().into_owned();
        let Some(member) = expected.remove(path.as_str()) else {
            return Err(not_a_backup(file, format!("{path:?} is not in the manifest, or is there twice")));
        };
        if !entry.header().entry_type().is_file() {
            return Err(not_a_backup(file, format!("{path} is not a regular file")));
        }
        let to = if path == db_member { unpacked.database.clone() } else { unpacked.staging.join(format!("f{i}")) };
        let out = create_private_file(&to).map_err(io(format!("writing {}", to.display())))?;
        let mut h = Hashing::new(BufWriter::new(out));
        // Never more than the manifest says: a member cannot fill the disk beyond its size.
        io::copy(&mut (&mut entry).take(member.size + 1), &mut h).map_err(|e| not_a_backup(file, e))?;
        h.flush().map_err(io(format!("writing {}", to.display())))?;
        let (size, sha256) = h.finish();
        if size != member.size || sha256 != member.sha256 {
            return Err(BackupError::Damaged(format!(
                "{} was changed after the backup was made: {path} does not match its checksum in the manifest",
                file.display()
            )));
        }
        if path != db_member {
            let rel = data_path(&path).expect("the manifest's paths were checked");
            unpacked.data.push((to, rel));
        }
    }
    if let Some(missing) = expected.keys().next() {
        return Err(not_a_backup(file, format!("{missing} is in the manifest but not in the archive")));
    }
    Ok(())
}
