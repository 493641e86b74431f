//! Twinning's application layer, between the store and its adapters (HTML pages, the JSON
//! API, the CLI). One module per area; each offers commands and queries that take parsed
//! domain input and an [`Actor`] whose rights were decided once, write only the rows they
//! change in one transaction (with the audit row and any mail), and answer with domain
//! values or an [`AppError`] carrying a stable key. Every rule and every count lives here or
//! in `twinning-domain`, once.

pub mod accounts;
pub mod actor;
pub mod clock;
pub mod error;
pub mod figures;
pub mod letters;
pub mod mail;
pub mod memberships;
pub mod news;
pub mod passwords;
pub mod people;
pub mod photos;
pub mod programme;
pub mod registrations;
pub mod retention;
pub mod secrets;
pub mod setup;
pub mod signin;
pub mod twinnings;

pub use actor::{Actor, Standing};
pub use clock::Clock;
pub use error::AppError;

use std::sync::Arc;

use letters::Letters;
use twinning_store::Db;

/// What every command and query reaches: the database, the clock, the writer of the
/// letters commands send, and where the mail sender writes `.eml` files (to remove them).
#[derive(Clone)]
pub struct App {
    pub db: Db,
    pub clock: Clock,
    pub letters: Arc<dyn Letters>,
    pub mail_dir: Option<std::path::PathBuf>,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "App({}, {:?})", self.db.backend(), self.clock)
    }
}

impl App {
    /// The application over `db`, on the system clock, sending no letters.
    pub fn new(db: Db) -> Self {
        Self { db, clock: Clock::System, letters: Arc::new(letters::NoLetters), mail_dir: None }
    }

    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// The directory the mail sender writes `.eml` files to (`DATA_DIR/mail`).
    pub fn with_mail_dir(mut self, dir: std::path::PathBuf) -> Self {
        self.mail_dir = Some(dir);
        self
    }

    pub fn with_letters(mut self, letters: Arc<dyn Letters>) -> Self {
        self.letters = letters;
        self
    }
}
