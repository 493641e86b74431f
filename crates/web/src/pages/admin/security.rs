//! `/admin/security?page=N`: the security log for the instance admin, newest first, 50 a
//! page — sign-ins, failures, throttles, second factors, recovery codes, API tokens, password
//! changes and resets, and the role changes of the audit log. It holds no secret; a client
//! appears only as its network (/24, /48).

use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;

use super::require_admin;
use crate::Shared;
use crate::auth::SignedIn;
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, query_param};
use crate::i18n::{Arg, Tr};
use crate::layout::{Layout, render};

/// Rows on one page of the log.
pub const PAGE_SIZE: i64 = 50;
/// The last page anyone can ask for; beyond it the answer is a 400 naming the limit.
pub const MAX_PAGE: i64 = 10_000;

pub struct SecurityRow {
    pub when: String,
    pub when_iso: String,
    pub account: String,
    pub event: String,
    pub client: String,
    pub detail: String,
}

#[derive(askama::Template)]
#[template(path = "admin_security.html")]
struct SecurityPage {
    l: Layout,
    rows: Vec<SecurityRow>,
    page_label: String,
    newer: Option<String>,
    older: Option<String>,
}

fn event_label(tr: &Tr, event: &str) -> String {
    let wire = event.replace('.', "-");
    let own = tr.name("security", &wire);
    if own != wire { own } else { tr.name("audit", &wire) }
}

pub async fn show(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    uri: Uri,
) -> Result<Response, PageError> {
    require_admin(&user)?;
    let tr = prefs.tr(None);
    let page = match query_param(&uri, "page") {
        None => 1,
        Some(p) => match p.parse::<i64>() {
            Ok(n) if (1..=MAX_PAGE).contains(&n) => n,
            _ => {
                return Err(PageError::from(Problem::bad_request(
                    "page.invalid",
                    "page",
                    "a page number from 1 to 10000",
                )));
            }
        },
    };
    // One row more than shown says whether an older page exists.
    let mut entries = state.db.security_log(PAGE_SIZE + 1, (page - 1) * PAGE_SIZE).await?;
    let more = entries.len() as i64 > PAGE_SIZE;
    entries.truncate(PAGE_SIZE as usize);
    let rows = entries
        .into_iter()
        .map(|e| SecurityRow {
            when: format!("{} {} UTC", tr.date(e.at.date_naive()), tr.time(e.at.naive_utc())),
            when_iso: e.at.to_rfc3339(),
            account: e.account.unwrap_or_else(|| "—".into()),
            event: event_label(&tr, &e.event),
            client: if e.client.is_empty() { "—".into() } else { e.client },
            detail: e.detail,
        })
        .collect();
    let view = SecurityPage {
        l: Layout::new(&tr, tr.get("security-title"), "/admin/security".into()),
        rows,
        page_label: tr.with("security-page", &[("page", Arg::Num(page))]),
        newer: (page > 1).then(|| format!("/admin/security?page={}", page - 1)),
        older: more.then(|| format!("/admin/security?page={}", page + 1)),
    };
    render(&view, &prefs, &tr)
}
