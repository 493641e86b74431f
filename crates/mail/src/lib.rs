//! E-mail delivery from the outbox. Messages are written to the `outbox` table in the same
//! transaction as what they announce; this worker sends them later, with retries and
//! backoff, so a mail server that is down loses nothing. Without SMTP settings, messages go
//! to `.eml` files in the data directory, and the admin reads them on the admin page.

use std::path::PathBuf;
use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use twinning_store::{Db, OutboxMessage};

/// How the SMTP connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// TLS from the first byte (port 465).
    Tls,
    /// Plain, then upgraded with STARTTLS; refuses to go on unencrypted (port 587).
    StartTls,
    /// No encryption: only for a relay on the same machine or in tests.
    None,
}

impl Security {
    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "tls" => Some(Security::Tls),
            "starttls" => Some(Security::StartTls),
            "none" => Some(Security::None),
            _ => None,
        }
    }
}

/// SMTP settings; the password stays out of `Debug`.
#[derive(Clone)]
pub struct Smtp {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub username: Option<String>,
    pub password: Option<String>,
}

impl std::fmt::Debug for Smtp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Smtp({}:{} {:?}, user set: {})", self.host, self.port, self.security, self.username.is_some())
    }
}

#[derive(Debug, Clone)]
pub enum Transport {
    Smtp(Smtp),
    /// Write each message as an `.eml` file into this directory.
    Files(PathBuf),
}

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("the sender address {0:?} is not valid")]
    From(String),
    #[error(transparent)]
    Store(#[from] twinning_store::StoreError),
}

/// Sends the outbox's due messages through one transport.
pub struct Mailer {
    from: Mailbox,
    transport: Inner,
}

enum Inner {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(PathBuf),
}

/// After this many failed attempts (about two days of retries) the sender gives up on a
/// message; it stays for the admin to read, then is pruned like sent mail.
pub const MAX_ATTEMPTS: i64 = 16;

/// The wait before the next attempt after `attempts` failures: 1, 2, 4 … minutes, at most 6 hours.
pub fn backoff(attempts: i64) -> Duration {
    let minutes = 1u64 << attempts.clamp(0, 9);
    Duration::from_secs((minutes * 60).min(6 * 3600))
}

impl Mailer {
    pub fn new(from: &str, transport: Transport) -> Result<Self, MailError> {
        let from: Mailbox = from.parse().map_err(|_| MailError::From(from.to_owned()))?;
        let transport = match transport {
            Transport::Files(dir) => Inner::Files(dir),
            Transport::Smtp(s) => {
                let builder = match s.security {
                    Security::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&s.host),
                    Security::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&s.host),
                    Security::None => Ok(AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&s.host)),
                }
                .map_err(|_| MailError::From(s.host.clone()))?;
                let mut builder = builder.port(s.port).timeout(Some(Duration::from_secs(20)));
                if let (Some(u), Some(p)) = (s.username, s.password) {
                    builder = builder.credentials(Credentials::new(u, p));
                }
                Inner::Smtp(builder.build())
            }
        };
        Ok(Self { from, transport })
    }

    fn message(&self, m: &OutboxMessage) -> Result<Message, String> {
        let to: Mailbox = m.recipient.parse().map_err(|e| format!("recipient: {e}"))?;
        let builder = Message::builder().from(self.from.clone()).to(to).subject(m.subject.clone());
        let built = match &m.calendar {
            None => builder.header(ContentType::TEXT_PLAIN).body(m.body.clone()),
            // The text, with the calendar file attached (what calendar apps offer to add).
            Some(ics) => {
                builder.multipart(MultiPart::mixed().singlepart(SinglePart::plain(m.body.clone())).singlepart(
                    Attachment::new("event.ics".to_owned()).body(
                        ics.clone(),
                        ContentType::parse("text/calendar; charset=utf-8").expect("a valid content type"),
                    ),
                ))
            }
        };
        built.map_err(|e| format!("message: {e}"))
    }

    async fn send(&self, m: &OutboxMessage) -> Result<(), String> {
        let message = self.message(m)?;
        match &self.transport {
            Inner::Smtp(t) => t.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
            Inner::Files(dir) => {
                tokio::fs::create_dir_all(dir).await.map_err(|e| e.to_string())?;
                let path = dir.join(twinning_store::mail_file_name(m.id));
                tokio::fs::write(path, message.formatted()).await.map_err(|e| e.to_string())
            }
        }
    }

    /// Sends every due message once; failures are scheduled again with backoff. Returns how
    /// many were sent.
    pub async fn deliver_due(&self, db: &Db) -> Result<usize, MailError> {
        let mut sent = 0;
        // Counts of past hours no longer limit anyone.
        db.prune_mail_quota().await?;
        for m in db.due_mail(50).await? {
            match self.send(&m).await {
                Ok(()) => {
                    db.mark_mail_sent(m.id).await?;
                    sent += 1;
                }
                Err(e) => {
                    // A server's refusal can quote the recipient's address, so the text goes only
                    // to the outbox row, which the admin reads, and never to the log.
                    let gives_up = m.attempts + 1 >= MAX_ATTEMPTS;
                    tracing::warn!(
                        message = m.id,
                        attempts = m.attempts + 1,
                        gives_up,
                        "e-mail not sent (see the admin page)"
                    );
                    let next = chrono::Utc::now() + backoff(m.attempts);
                    db.mark_mail_failed(m.id, next.timestamp(), &e, gives_up).await?;
                }
            }
        }
        Ok(sent)
    }

    /// Delivers until `stop` changes, looking every `every`.
    pub async fn run(self, db: Db, every: Duration, mut stop: tokio::sync::watch::Receiver<bool>) {
        loop {
            if let Err(e) = self.deliver_due(&db).await {
                tracing::error!(error = %e, "the outbox could not be read");
            }
            tokio::select! {
                _ = tokio::time::sleep(every) => {}
                _ = stop.changed() => break,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(backoff(0), Duration::from_secs(60));
        assert_eq!(backoff(1), Duration::from_secs(120));
        assert_eq!(backoff(3), Duration::from_secs(480));
        assert_eq!(backoff(40), Duration::from_secs(6 * 3600));
    }

    #[test]
    fn settings_do_not_print_the_password() {
        let s = Smtp {
            host: "mail.daugavpils.lv".into(),
            port: 587,
            security: Security::StartTls,
            username: Some("u".into()),
            password: Some("hunter2".into()),
        };
        assert!(!format!("{s:?}").contains("hunter2"));
        assert_eq!(Security::parse("starttls"), Some(Security::StartTls));
        assert!(Mailer::new("not an address", Transport::Files("/tmp".into())).is_err());
    }

    #[test]
    fn a_calendar_travels_as_an_attachment() {
        let mailer = Mailer::new("Twinning <noreply@daugavpils.lv>", Transport::Files("/tmp".into())).unwrap();
        let mut m = OutboxMessage {
            id: 1,
            recipient: "anna@example.lv".into(),
            subject: "Registration".into(),
            body: "Hello Anna,\n\nyou have a place.".into(),
            created_at: chrono::Utc::now(),
            attempts: 0,
            next_attempt_at: chrono::Utc::now(),
            sent_at: None,
            last_error: None,
            calendar: None,
        };
        let plain = String::from_utf8(mailer.message(&m).unwrap().formatted()).unwrap();
        assert!(plain.contains("Content-Type: text/plain") && !plain.contains("multipart"));
        m.calendar = Some("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".into());
        let both = String::from_utf8(mailer.message(&m).unwrap().formatted()).unwrap();
        assert!(both.contains("multipart/mixed"), "{both}");
        assert!(both.contains("Content-Type: text/calendar; charset=utf-8"), "{both}");
        assert!(both.contains("filename=\"event.ics\""), "{both}");
        assert!(both.contains("you have a place."), "{both}");
    }
}
