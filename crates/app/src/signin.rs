//! Signing in as trusted systems do it (Keycloak, Django-axes, vaultwarden): every attempt is
//! counted in the store *before* its password is checked, under three keys — the account, the
//! account from this client, and the client — each with a few free attempts and then a wait
//! that doubles with each failure up to 15 minutes. A wait is never a lockout: once it is
//! over, the right password works, so a stranger cannot keep the admin out for good. The
//! client is the proxy-aware address (`ClientAddr` in the web layer), kept only hashed in
//! the throttle and truncated (/24, /48) in the security log.
//!
//! Also here: the second factor (TOTP, RFC 6238, with ten one-time recovery codes), sessions
//! and their lifetimes, API tokens with an expiry, password changes and resets, and
//! invitations taken up.

use std::net::IpAddr;

use rand::RngCore;
use totp_rs::{Algorithm, Secret, TOTP};
use twinning_domain::{EmailAddress, ValidationError, ValidationErrors};
use twinning_store::{Account, Opens, Throttle};

use crate::{App, AppError, passwords, secrets};

/// Free attempts per account (from anywhere), per account from one client, and per client
/// (over all accounts) before waits begin.
pub const ACCOUNT_FREE: i64 = 10;
pub const PAIR_FREE: i64 = 5;
pub const CLIENT_FREE: i64 = 30;
/// The first wait, and the longest one, in seconds; each failure past the free ones doubles it.
pub const FIRST_DELAY: i64 = 30;
pub const MAX_DELAY: i64 = 15 * 60;
/// A key left alone this long starts again (Keycloak's "failure reset time").
pub const FORGET_AFTER: i64 = 12 * 3600;
/// How long a right password waits for its second factor.
pub const CHALLENGE_SECS: i64 = 5 * 60;
/// API tokens work this many days unless their creator chooses otherwise, and at most a year.
pub const TOKEN_DAYS_DEFAULT: i64 = 90;
pub const TOKEN_DAYS_MAX: i64 = 365;
/// How many recovery codes an enrolment makes.
pub const RECOVERY_CODES: usize = 10;
/// The issuer an authenticator app shows beside the account.
pub const TOTP_ISSUER: &str = "Twinning";

/// Who is asking, as far as throttling and the security log need to know.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Client {
    /// The network, for the security log: `203.0.113.0/24`, `2001:db8:1::/48`, or empty.
    pub network: String,
    /// What the throttle counts under (an IPv4 address, an IPv6 /64), hashed; `None` when the
    /// server does not know the address.
    key: Option<String>,
}

impl Client {
    pub fn new(addr: Option<IpAddr>) -> Self {
        match addr {
            None => Self::default(),
            Some(IpAddr::V4(v4)) => {
                let [a, b, c, _] = v4.octets();
                Self { network: format!("{a}.{b}.{c}.0/24"), key: Some(secrets::hash_secret(&format!("client:{v4}"))) }
            }
            Some(IpAddr::V6(v6)) => {
                let s = v6.segments();
                // One household or host has a whole /64; counting per address would let it
                // pose as many clients.
                let key = format!("client:{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3]);
                Self {
                    network: format!("{:x}:{:x}:{:x}::/48", s[0], s[1], s[2]),
                    key: Some(secrets::hash_secret(&key)),
                }
            }
        }
    }
}

/// Why a sign-in step did not open a session.
#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    /// Too many attempts: the next one is checked after this many seconds.
    #[error("throttled for {0} s")]
    Throttled(i64),
    /// The address and password (or the code) do not match.
    #[error("wrong")]
    Wrong,
    #[error(transparent)]
    App(#[from] AppError),
}

impl From<twinning_store::StoreError> for SignInError {
    fn from(e: twinning_store::StoreError) -> Self {
        SignInError::App(e.into())
    }
}

/// What a right password opens.
#[derive(Debug)]
pub enum SignedIn {
    /// A session; the secret for its cookie.
    Session(String),
    /// The second factor is asked next; the secret of the waiting challenge, for its cookie.
    SecondFactor(String),
}

/// A new second factor, not yet confirmed: shown once as text, as an `otpauth://` address and
/// (by the web layer) as a QR code.
#[derive(Debug)]
pub struct Enrolment {
    pub secret: String,
    pub uri: String,
}

/// What a session cookie lets in, by the app's clock.
#[derive(Clone, Copy, Debug)]
pub struct SessionRules {
    /// A session unused this long ends.
    pub idle_secs: i64,
    /// A session ends this long after it began, however busy (the absolute lifetime).
    pub lifetime_secs: i64,
}

impl Default for SessionRules {
    fn default() -> Self {
        Self { idle_secs: 12 * 3600, lifetime_secs: 30 * 86_400 }
    }
}

fn throttle(key: String, free: i64) -> Throttle {
    Throttle {
        key_hash: secrets::hash_secret(&key),
        free,
        first_delay: FIRST_DELAY,
        max_delay: MAX_DELAY,
        forget_after: FORGET_AFTER,
    }
}

fn totp(secret_b32: &str, account: &str) -> Result<TOTP, AppError> {
    let bytes =
        Secret::Encoded(secret_b32.to_owned()).to_bytes().map_err(|_| invalid("code", "totp.secret_invalid"))?;
    TOTP::new(Algorithm::SHA1, 6, 1, 30, bytes, Some(TOTP_ISSUER.to_owned()), account.to_owned())
        .map_err(|_| invalid("code", "totp.secret_invalid"))
}

/// A TOTP secret as stored (base32, upper case, no spaces), when it has at least 128 bits.
pub fn usable_totp_secret(secret: &str) -> Option<String> {
    let secret: String = secret.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
    let bytes = Secret::Encoded(secret.clone()).to_bytes().ok()?;
    (bytes.len() >= 16).then_some(secret)
}

/// The code an authenticator app shows for `secret_b32` at `at` (Unix seconds): for the
/// command line and tests.
pub fn code_at(secret_b32: &str, at: i64) -> Result<String, AppError> {
    Ok(totp(secret_b32, "code@localhost")?.generate(u64::try_from(at).unwrap_or(0)))
}

fn invalid(field: &str, key: &'static str) -> AppError {
    AppError::Invalid(ValidationError::new(field, key, "see the key").into())
}

/// The time step (30 s) at which `code` is right, within one step either side of `now`.
fn matching_step(t: &TOTP, code: &str, now: i64) -> Option<i64> {
    let now = u64::try_from(now).ok()?;
    [now.saturating_sub(30), now, now + 30].into_iter().find_map(|at| {
        let expected = t.generate(at);
        (expected.len() == code.len() && constant_eq(expected.as_bytes(), code.as_bytes())).then_some((at / 30) as i64)
    })
}

fn constant_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A recovery code as shown: ten letters and digits in two groups (`k7m2p-x9qfa`), from an
/// alphabet without look-alikes; about 50 bits, stored as a SHA-256.
fn recovery_code() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut bytes = [0u8; 10];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let chars: String = bytes.iter().map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char).collect();
    format!("{}-{}", &chars[..5], &chars[5..])
}

/// How a typed recovery code is compared: lower case, without spaces and dashes.
fn normal_code(code: &str) -> String {
    code.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect()
}

impl App {
    fn now_secs(&self) -> i64 {
        self.clock.now().timestamp()
    }

    /// Checks an address and password. The attempt is counted first (see the module's doc);
    /// a right password opens a session, or a challenge when the account has a second factor.
    pub async fn sign_in(
        &self,
        email: &EmailAddress,
        password: String,
        client: &Client,
        next: &str,
        user_agent: &str,
    ) -> Result<SignedIn, SignInError> {
        let now = self.now_secs();
        let account = self.db.account_by_email(email).await?;
        let who = email.key();
        let mut keys = vec![throttle(format!("signin:account:{who}"), ACCOUNT_FREE)];
        if let Some(c) = &client.key {
            keys.push(throttle(format!("signin:pair:{who}:{c}"), PAIR_FREE));
            keys.push(throttle(format!("signin:{c}"), CLIENT_FREE));
        }
        if let Err(next_at) = self.db.claim_attempt(&keys, now).await? {
            self.db
                .security_event(now, account.as_ref().map(|a| a.id), "signin.throttled", &client.network, "")
                .await?;
            return Err(SignInError::Throttled(next_at - now));
        }
        let ok = secrets::verify_password(password, account.as_ref().map(|a| a.password_hash.clone())).await;
        let Some(account) = account.filter(|_| ok) else {
            let id = self.db.account_by_email(email).await?.map(|a| a.id);
            self.db.security_event(now, id, "signin.fail", &client.network, "").await?;
            return Err(SignInError::Wrong);
        };
        let reset: Vec<String> = keys.iter().take(2).map(|k| k.key_hash.clone()).collect();
        let uncount: Vec<String> = keys.iter().skip(2).map(|k| k.key_hash.clone()).collect();
        if account.has_totp {
            let challenge = secrets::new_secret("c_");
            let opens = Opens::Challenge {
                token_hash: &secrets::hash_secret(&challenge),
                next,
                user_agent,
                expires_at: now + CHALLENGE_SECS,
            };
            self.db.attempt_succeeded(&reset, &uncount, account.id, &opens, now).await?;
            return Ok(SignedIn::SecondFactor(challenge));
        }
        let session = secrets::new_secret("s_");
        let opens = Opens::Session { token_hash: &secrets::hash_secret(&session), user_agent, client: &client.network };
        self.db.attempt_succeeded(&reset, &uncount, account.id, &opens, now).await?;
        Ok(SignedIn::Session(session))
    }

    /// The account and the page to go to of a challenge that is still open.
    pub async fn challenge(&self, challenge: &str) -> Result<Option<(Account, String)>, AppError> {
        Ok(self.db.challenge(&secrets::hash_secret(challenge), self.now_secs()).await?)
    }

    /// The second step: a code from the authenticator app (each accepted once) or an unused
    /// recovery code. Counted like passwords, per account. Answers the new session's secret.
    pub async fn second_factor(&self, challenge: &str, code: &str, client: &Client) -> Result<String, SignInError> {
        let now = self.now_secs();
        let hash = secrets::hash_secret(challenge);
        let (account, _) = self
            .db
            .challenge(&hash, now)
            .await?
            .ok_or(SignInError::App(AppError::NotFound("signin.challenge_expired")))?;
        let key = throttle(format!("totp:{}", account.id), PAIR_FREE);
        if let Err(next_at) = self.db.claim_attempt(std::slice::from_ref(&key), now).await? {
            self.db.security_event(now, Some(account.id), "totp.throttled", &client.network, "").await?;
            return Err(SignInError::Throttled(next_at - now));
        }
        let typed: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        let ok = if typed.len() == 6 && typed.bytes().all(|b| b.is_ascii_digit()) {
            match self.db.totp_secret(account.id).await? {
                Some((secret, _)) => match matching_step(&totp(&secret, &account.email)?, &typed, now) {
                    Some(step) => self.db.accept_totp_step(account.id, step).await?,
                    None => false,
                },
                None => false,
            }
        } else {
            let code_hash = secrets::hash_secret(&format!("recovery:{}", normal_code(&typed)));
            self.db.use_recovery_code(account.id, &code_hash, now, &client.network).await?
        };
        if !ok {
            self.db.security_event(now, Some(account.id), "totp.fail", &client.network, "").await?;
            return Err(SignInError::Wrong);
        }
        self.db.attempt_succeeded(std::slice::from_ref(&key.key_hash), &[], account.id, &Opens::Nothing, now).await?;
        let session = secrets::new_secret("s_");
        if !self.db.finish_challenge(&hash, now, &secrets::hash_secret(&session), &client.network).await? {
            return Err(SignInError::App(AppError::NotFound("signin.challenge_expired")));
        }
        Ok(session)
    }

    /// The account behind a session cookie, within the idle time and the absolute lifetime.
    pub async fn session_account(&self, secret: &str, rules: SessionRules) -> Result<Option<Account>, AppError> {
        Ok(self
            .db
            .session_account(&secrets::hash_secret(secret), self.now_secs(), rules.idle_secs, rules.lifetime_secs)
            .await?)
    }

    /// The account behind a live, unexpired API token; its use is noted.
    pub async fn token_account(&self, secret: &str, client: &Client) -> Result<Option<Account>, AppError> {
        Ok(self.db.token_account(&secrets::hash_secret(secret), self.now_secs(), &client.network).await?)
    }

    /// Ends the session whose token hashes to `session_hash`.
    pub async fn sign_out(&self, session_hash: &str) -> Result<(), AppError> {
        Ok(self.db.delete_session(session_hash).await?)
    }

    /// Ends one of the account's own sessions.
    pub async fn revoke_session(&self, account: &Account, id: i64) -> Result<(), AppError> {
        if self.db.revoke_session(account.id, id).await? {
            Ok(())
        } else {
            Err(AppError::NotFound("session.not_found"))
        }
    }

    /// A new API token named `name` that works for `days` days (1–365); the secret is
    /// answered once, with the token's id.
    pub async fn create_api_token(
        &self,
        account: &Account,
        name: &str,
        days: i64,
        client: &Client,
    ) -> Result<(String, i64), AppError> {
        let mut errors = ValidationErrors::default();
        let name = twinning_domain::account::check_display_name(name)
            .map_err(|_| {
                errors.push(ValidationError::new("token-name", "token.name_invalid", "a name of 1–100 characters"))
            })
            .ok();
        if !(1..=TOKEN_DAYS_MAX).contains(&days) {
            errors.push(ValidationError::new("token-days", "token.days_invalid", "between 1 and 365 days"));
        }
        let (Some(name), true) = (name, errors.is_empty()) else { return Err(AppError::Invalid(errors)) };
        let secret = secrets::new_secret("tw_");
        let now = self.now_secs();
        let id = self
            .db
            .create_token_until(
                account.id,
                &name,
                &secrets::hash_secret(&secret),
                now,
                now + days * 86_400,
                &client.network,
            )
            .await?;
        Ok((secret, id))
    }

    /// Revokes one of the account's own tokens.
    pub async fn revoke_api_token(&self, account: &Account, id: i64, client: &Client) -> Result<(), AppError> {
        if self.db.revoke_token(account.id, id, &client.network).await? {
            Ok(())
        } else {
            Err(AppError::NotFound("token.not_found"))
        }
    }

    /// Changes one's password: the current one must be right and the new one strong. Every
    /// other session ends (`keep` is the hash of the one asking).
    pub async fn change_password(
        &self,
        account: &Account,
        current: String,
        new: String,
        keep: Option<&str>,
        client: &Client,
    ) -> Result<(), AppError> {
        let mut errors = ValidationErrors::default();
        if !secrets::verify_password(current, Some(account.password_hash.clone())).await {
            errors.push(ValidationError::new("current", "password.current_wrong", "your current password"));
        }
        if let Err(e) = passwords::check(&new, &[&account.email, &account.name]) {
            errors.push(e);
        }
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        let hash = secrets::hash_password(new).await?;
        Ok(self.db.set_password(account.id, &hash, keep, &client.network).await?)
    }

    /// Sends a reset link to the address when it has an account, at most a few per hour per
    /// address; answers the same either way. `link_base` is the instance's public address.
    pub async fn request_password_reset(
        &self,
        email: &EmailAddress,
        lang: &str,
        link_base: &str,
        client: &Client,
    ) -> Result<(), AppError> {
        let now = self.now_secs();
        let key = Throttle {
            key_hash: secrets::hash_secret(&format!("reset:{}", email.key())),
            free: RESETS_PER_HOUR,
            first_delay: 3600,
            max_delay: 3600,
            forget_after: 3600,
        };
        if self.db.claim_attempt(std::slice::from_ref(&key), now).await?.is_err() {
            self.db.security_event(now, None, "reset.throttled", &client.network, "").await?;
            return Ok(());
        }
        let Some(account) = self.db.account_by_email(email).await? else { return Ok(()) };
        let token = secrets::new_secret("r_");
        let link = format!("{}/password-reset/{token}", link_base.trim_end_matches('/'));
        let letter = crate::letters::ResetLetter {
            lang,
            name: &account.name,
            email: &account.email,
            link: &link,
            minutes: RESET_MINUTES,
        };
        let Some(mail) = self.letters.password_reset(&letter) else { return Ok(()) };
        self.db.create_reset(account.id, &secrets::hash_secret(&token), now + RESET_MINUTES * 60, &mail).await?;
        Ok(())
    }

    /// Whether a reset link can still be used.
    pub async fn reset_valid(&self, token: &str) -> Result<bool, AppError> {
        Ok(self.db.reset_account(&secrets::hash_secret(token), self.now_secs()).await?.is_some())
    }

    /// Uses a reset link once: a strong new password, every session ended and every API
    /// token revoked.
    pub async fn reset_password(&self, token: &str, password: String, client: &Client) -> Result<(), AppError> {
        let hash = secrets::hash_secret(token);
        let now = self.now_secs();
        let account = self.db.reset_account(&hash, now).await?.ok_or(AppError::NotFound("reset.invalid"))?;
        passwords::check(&password, &[&account.email, &account.name]).map_err(|e| AppError::Invalid(e.into()))?;
        let pw = secrets::hash_password(password).await?;
        if self.db.use_reset(&hash, now, &pw, &client.network).await? {
            Ok(())
        } else {
            Err(AppError::NotFound("reset.invalid"))
        }
    }

    /// Takes up an invitation: for the signed-in account, or for a new account with this
    /// name and a strong password (then signed in: the answer holds the session's secret).
    pub async fn accept_invitation(
        &self,
        token: &str,
        signed_in: Option<&Account>,
        name: &str,
        password: String,
        client: &Client,
    ) -> Result<Option<String>, AppError> {
        let hash = secrets::hash_secret(token);
        let now = self.now_secs();
        if let Some(a) = signed_in {
            self.db.accept_invitation(&hash, now, Some(a.id), None).await?;
            return Ok(None);
        }
        let inv = self.db.invitation(&hash, now).await?.ok_or(AppError::NotFound("invitation.invalid"))?;
        let mut errors = ValidationErrors::default();
        let name = twinning_domain::account::check_display_name(name)
            .map_err(|_| errors.push(ValidationError::new("name", "name.invalid", "a name of 1–100 characters")))
            .ok();
        if let Err(e) = passwords::check(&password, &[&inv.email, name.as_deref().unwrap_or("")]) {
            errors.push(e);
        }
        let (Some(name), true) = (name, errors.is_empty()) else { return Err(AppError::Invalid(errors)) };
        let email = EmailAddress::parse(&inv.email).map_err(|_| AppError::Internal("an invitation's address"))?;
        let pw = secrets::hash_password(password).await?;
        let account = match self.db.accept_invitation(&hash, now, None, Some((&email, &name, &pw))).await {
            Err(twinning_store::StoreError::Conflict(_)) => {
                return Err(AppError::Conflict("invitation.account_exists"));
            }
            other => other?,
        };
        let session = secrets::new_secret("s_");
        self.db.create_session_at(&secrets::hash_secret(&session), account, "", now, &client.network).await?;
        Ok(Some(session))
    }

    /// A new second factor for `account` to confirm: a random 160-bit secret (RFC 4226's
    /// recommendation), not stored until a code from it is confirmed.
    pub fn totp_enrolment(&self, account: &Account) -> Result<Enrolment, AppError> {
        let mut bytes = [0u8; 20];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        let secret = Secret::Raw(bytes.to_vec()).to_encoded().to_string();
        let uri = totp(&secret, &account.email)?.get_url();
        Ok(Enrolment { secret, uri })
    }

    /// The `otpauth://` address of a secret being enrolled (shown again after a wrong code).
    pub fn totp_uri(&self, account: &Account, secret: &str) -> Result<String, AppError> {
        Ok(totp(secret.trim(), &account.email)?.get_url())
    }

    /// Confirms a second factor with a code from it; answers the recovery codes, shown once.
    pub async fn enrol_totp(
        &self,
        account: &Account,
        secret: &str,
        code: &str,
        client: &Client,
    ) -> Result<Vec<String>, AppError> {
        let t = totp(secret.trim(), &account.email)?;
        let typed: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        let step = matching_step(&t, &typed, self.now_secs()).ok_or_else(|| invalid("code", "totp.code_wrong"))?;
        let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| recovery_code()).collect();
        let hashes: Vec<String> =
            codes.iter().map(|c| secrets::hash_secret(&format!("recovery:{}", normal_code(c)))).collect();
        self.db.enable_totp(account.id, secret.trim(), step, &hashes, self.now_secs(), &client.network).await?;
        Ok(codes)
    }

    /// Enrols a given TOTP secret for the account with this address without a code (the
    /// server's owner on the command line, e.g. for a demo); answers the recovery codes.
    pub async fn enrol_totp_secret(&self, email: &EmailAddress, secret: &str) -> Result<Vec<String>, AppError> {
        let account = self.db.account_by_email(email).await?.ok_or(AppError::NotFound("account.not_found"))?;
        let secret: String = secret.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
        let bytes =
            Secret::Encoded(secret.clone()).to_bytes().map_err(|_| invalid("totp-secret", "totp.secret_invalid"))?;
        if bytes.len() < 16 {
            return Err(invalid("totp-secret", "totp.secret_invalid"));
        }
        let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| recovery_code()).collect();
        let hashes: Vec<String> =
            codes.iter().map(|c| secrets::hash_secret(&format!("recovery:{}", normal_code(c)))).collect();
        self.db.enable_totp(account.id, &secret, 0, &hashes, self.now_secs(), "").await?;
        Ok(codes)
    }

    /// Removes the second factor; the password must be given again.
    pub async fn disable_totp(&self, account: &Account, password: String, client: &Client) -> Result<(), AppError> {
        if !secrets::verify_password(password, Some(account.password_hash.clone())).await {
            return Err(invalid("current", "password.current_wrong"));
        }
        Ok(self.db.disable_totp(account.id, self.now_secs(), &client.network).await?)
    }

    /// How many recovery codes the account has left.
    pub async fn recovery_codes_left(&self, account: &Account) -> Result<i64, AppError> {
        Ok(self.db.recovery_codes_left(account.id).await?)
    }
}

/// How long a reset link works, and how many may be asked for an address per hour.
pub const RESET_MINUTES: i64 = 60;
pub const RESETS_PER_HOUR: i64 = 3;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clients_are_kept_as_networks() {
        let v4 = Client::new(Some("203.0.113.9".parse().unwrap()));
        assert_eq!(v4.network, "203.0.113.0/24");
        let v6 = Client::new(Some("2001:db8:1:2:3::9".parse().unwrap()));
        assert_eq!(v6.network, "2001:db8:1::/48");
        // Two addresses of one /64 are one client.
        assert_eq!(v6.key, Client::new(Some("2001:db8:1:2:ffff::1".parse().unwrap())).key);
        assert_ne!(v4.key, Client::new(Some("203.0.113.10".parse().unwrap())).key);
        assert_eq!(Client::new(None).network, "");
    }

    #[test]
    fn a_code_matches_its_step_and_its_neighbours_only() {
        let t = totp("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "a@example.org").unwrap();
        let now = 1_543_827_600;
        let code = t.generate(now as u64);
        assert_eq!(matching_step(&t, &code, now), Some(now / 30));
        assert!(matching_step(&t, &code, now + 30).is_some(), "a clock a step behind is allowed");
        assert!(matching_step(&t, &code, now + 120).is_none());
        assert_eq!(normal_code(" K7M2P-x9qfa "), "k7m2px9qfa");
        assert_eq!(recovery_code().len(), 11);
    }
}
