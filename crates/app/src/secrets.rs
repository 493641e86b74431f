//! Secrets and passwords: Argon2id password hashes (computed off the async threads), random
//! URL-safe secrets of which only a SHA-256 is stored, and the personal links derived from
//! them. The accounts, registrations and people commands use them; so do the adapters that
//! check a presented secret.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::AppError;

/// Hashes a password with Argon2id (the crate's defaults: 19 MiB, 2 passes), off the async threads.
pub async fn hash_password(password: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        Argon2::default().hash_password(password.as_bytes(), &salt).map(|h| h.to_string())
    })
    .await
    .map_err(|_| AppError::Internal("password hashing failed"))?
    .map_err(|_| AppError::Internal("password hashing failed"))
}

/// How many passwords this process has checked: what sign-in throttling must keep low under
/// a flood of guesses (the tests count it).
static PASSWORD_CHECKS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

pub fn password_checks() -> u64 {
    PASSWORD_CHECKS.load(std::sync::atomic::Ordering::Relaxed)
}

/// Checks a password against a stored hash. With no hash (unknown account) it still does the
/// work, so the answer's timing does not reveal which addresses have accounts.
pub async fn verify_password(password: String, hash: Option<String>) -> bool {
    PASSWORD_CHECKS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    tokio::task::spawn_blocking(move || {
        static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let dummy = DUMMY.get_or_init(|| {
            let salt = SaltString::generate(&mut rand::rngs::OsRng);
            Argon2::default()
                .hash_password(b"no account has this password", &salt)
                .map(|h| h.to_string())
                .unwrap_or_default()
        });
        let stored = hash.as_deref().unwrap_or(dummy);
        let ok =
            PasswordHash::new(stored).is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok());
        ok && hash.is_some()
    })
    .await
    .unwrap_or(false)
}

/// A new secret: 32 random bytes, URL-safe, with a prefix saying what it is.
pub fn new_secret(prefix: &str) -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    format!("{prefix}{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

/// What is stored of a secret: its SHA-256, hex.
pub fn hash_secret(secret: &str) -> String {
    let digest = Sha256::digest(secret.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The calendar-feed secret that belongs to a personal-page secret: derived from it, so that
/// only hashes of both are stored and the page can still show the feed's address.
pub fn feed_token(manage: &str) -> String {
    format!("f_{}", &hash_secret(&format!("feed:{manage}"))[..43])
}

/// The hashes of a new person's two secret links (their page, their calendar feed); the links
/// themselves are sent when the person is told, and renewed then.
pub fn person_link_hashes() -> (String, String) {
    let manage = new_secret("m_");
    (hash_secret(&manage), hash_secret(&feed_token(&manage)))
}
