use twinning_domain::ValidationErrors;

/// What can go wrong in the store. Database text stays here and in the server log: the web
/// layer maps these to a status and a stable key, never to the driver's message.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot reach the database: {0}")]
    Connect(#[source] sqlx::Error),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored data cannot be read back ({0}); was it edited by hand?")]
    Corrupt(String),
    #[error(transparent)]
    Invalid(#[from] ValidationErrors),
    #[error("configuration: {0}")]
    Config(String),
    /// A write that conflicts with what is stored (an address already in use); the key names it.
    #[error("conflict: {0}")]
    Conflict(&'static str),
    /// Something the write refers to does not exist; the key names it.
    #[error("not found: {0}")]
    NotFound(&'static str),
    /// The row was changed (or removed: `current` is `None`) since the version the writer saw.
    #[error("{key}: changed meanwhile (now at version {current:?})")]
    Stale { key: &'static str, current: Option<i64> },
}

impl StoreError {
    /// Whether the database could not be reached (as opposed to a query failing).
    pub fn is_unavailable(&self) -> bool {
        matches!(
            self,
            StoreError::Connect(_)
                | StoreError::Database(sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_))
        )
    }

    pub(crate) fn connect(e: sqlx::Error) -> Self {
        StoreError::Connect(e)
    }
}
