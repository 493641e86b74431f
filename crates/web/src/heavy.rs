//! Heavy work — PDFs, spreadsheets, the report, badges, images — runs off the async request
//! threads, a bounded number at once, so that it never slows the public pages down.
//!
//! Every heavy route goes through [`Heavy`]: [`Heavy::run`] waits for a free slot (at most
//! the configured wait ([`crate::Limits`])), then runs the closure on tokio's blocking pool; the
//! slot stays taken until the closure returns, even when the request that asked for it has
//! timed out or gone, so the number of jobs at once really is bounded. A request that finds no
//! slot in time answers `503` with `Retry-After`: a "being prepared" page that refreshes itself
//! (the `Refresh` header, no script needed), or the JSON error `server.busy` under `/api/`.

use std::sync::Arc;
use std::time::Duration;

use axum::http::StatusCode;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::error::Problem;

/// The key of the "being prepared" answer.
pub const BUSY: &str = "server.busy";

/// Seconds a client is asked to wait before asking again (`Retry-After`, `Refresh`).
pub const RETRY_AFTER_SECS: u64 = 5;

/// The default number of heavy jobs at once: every core but one, and at least one, so the
/// public pages always keep a core.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).saturating_sub(1).max(1)
}

/// The slots for heavy work, shared by every request.
#[derive(Debug, Clone)]
pub struct Heavy {
    slots: Arc<Semaphore>,
    wait: Duration,
}

/// A taken slot; the slot is free again when this is dropped.
#[derive(Debug)]
pub struct Slot(#[allow(dead_code)] OwnedSemaphorePermit);

impl Heavy {
    /// `jobs` slots (at least one); a request waits at most `wait` for one.
    pub fn new(jobs: usize, wait: Duration) -> Self {
        Self { slots: Arc::new(Semaphore::new(jobs.max(1))), wait }
    }

    /// Takes a slot, waiting at most the configured time. For work that goes off the request
    /// threads elsewhere (the app's image preparation): hold the slot while awaiting it.
    pub async fn slot(&self) -> Result<Slot, Problem> {
        match tokio::time::timeout(self.wait, self.slots.clone().acquire_owned()).await {
            Ok(Ok(permit)) => Ok(Slot(permit)),
            // Waited too long (or the semaphore was closed, which never happens).
            _ => Err(busy()),
        }
    }

    /// Runs `work` on the blocking pool once a slot is free; the slot is held until it returns.
    pub async fn run<T, F>(&self, work: F) -> Result<T, Problem>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        let slot = self.slot().await?;
        self.run_in(slot, work).await
    }

    /// Runs `work` on the blocking pool in a slot taken before (by a route that also gathers
    /// the work's input under it); the slot is held until `work` returns.
    pub async fn run_in<T, F>(&self, slot: Slot, work: F) -> Result<T, Problem>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        tokio::task::spawn_blocking(move || {
            let _background = Background::enter();
            let out = work();
            drop(slot);
            out
        })
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "heavy work panicked");
            Problem::internal()
        })
    }

    /// How many slots are free now (for tests and the health of an instance).
    pub fn free(&self) -> usize {
        self.slots.available_permits()
    }
}

/// While alive, the current thread runs at a lower scheduling priority (nice 10), so that
/// where cores are fewer than heavy jobs plus request threads, the request threads still come
/// first. Linux only (a thread's own nice value); elsewhere nothing changes.
struct Background;

impl Background {
    fn enter() -> Self {
        set_thread_nice(10);
        Background
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        // The blocking pool reuses its threads. Raising the priority back needs privileges
        // an unprivileged server lacks; then the thread stays low, which only slows the next
        // blocking job on it.
        set_thread_nice(0);
    }
}

#[cfg(target_os = "linux")]
fn set_thread_nice(nice: i32) {
    // SAFETY: setpriority(2) and gettid(2) take plain integers and touch no memory; with
    // PRIO_PROCESS and a thread id they change that one thread.
    unsafe {
        let tid = libc::gettid();
        libc::setpriority(libc::PRIO_PROCESS, tid as libc::id_t, nice);
    }
}

#[cfg(not(target_os = "linux"))]
fn set_thread_nice(_nice: i32) {}

/// "Being prepared": every slot is taken; ask again shortly.
pub fn busy() -> Problem {
    Problem {
        status: StatusCode::SERVICE_UNAVAILABLE,
        key: BUSY,
        field: None,
        detail: format!("the server is busy preparing other documents; ask again in {RETRY_AFTER_SECS} seconds"),
    }
}
