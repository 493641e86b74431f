//! Twinning's application layer, between the store and its adapters (HTML pages, the JSON
//! API, the CLI). One module per area; each offers commands and queries that take parsed
//! domain input and an [`Actor`] whose rights were decided once, write only the rows they
//! change in one transaction (with the audit row and any mail), and answer with domain
//! values or an [`AppError`] carrying a stable key. Every rule and every count lives here or
//! in `twinning-domain`, once.

pub mod actor;
pub mod clock;
pub mod error;
pub mod figures;
pub mod people;
pub mod programme;
pub mod setup;
pub mod twinnings;

pub use actor::{Actor, Standing};
pub use clock::Clock;
pub use error::AppError;

use twinning_store::Db;

/// What every command and query reaches: the database and the clock.
#[derive(Clone, Debug)]
pub struct App {
    pub db: Db,
    pub clock: Clock,
}

impl App {
    pub fn new(db: Db) -> Self {
        Self { db, clock: Clock::System }
    }

    pub fn with_clock(db: Db, clock: Clock) -> Self {
        Self { db, clock }
    }
}
