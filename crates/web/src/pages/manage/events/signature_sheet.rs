//! `/manage/projects/{project}/events/{event}/signature-sheet.pdf`: the sheet people sign
//! each day of a meeting, as the funder asks for, from the people lists of `people.rs`.

use axum::extract::State;
use axum::http::{HeaderValue, Uri, header};
use axum::response::Response;
use twinning_domain::Slug;

use super::people::{Scope, download, file_stem, load};
use crate::Shared;
use crate::auth::SignedIn;
use crate::error::{PageError, Problem};
use crate::extract::{LangPrefs, PagePath, query_param};
use crate::i18n::Arg;

/// `GET …/signature-sheet.pdf?day=…&delegation=…[&blank=yes]`: the day's sheet for one
/// delegation (`none`: people of no delegation), or a blank one for walk-ins. A coordinator
/// gets their own delegation's.
pub async fn signature_sheet(
    State(state): State<Shared>,
    prefs: LangPrefs,
    SignedIn(user): SignedIn,
    PagePath((project, event)): PagePath<(String, String)>,
    uri: Uri,
) -> Result<Response, PageError> {
    let ctx = load(&state, &prefs, &user, &project, &event).await?;
    let tr = ctx.tr();
    let b = &ctx.page.b;
    let ev = ctx.page.event(ctx.event.as_str())?;
    let bad = |field: &'static str, detail: &str| PageError::from(Problem::bad_request("sheet.invalid", field, detail));
    let day = query_param(&uri, "day")
        .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
        .filter(|d| *d >= ev.start_date && *d <= ev.end_date)
        .ok_or_else(|| bad("day", "one of the meeting's days"))?;
    let blank = query_param(&uri, "blank").as_deref() == Some("yes");
    let wanted = query_param(&uri, "delegation").unwrap_or_default();
    let delegation: Option<Slug> = match (&ctx.scope, wanted.as_str()) {
        (Scope::Delegation(t), _) => Some(t.clone()),
        (Scope::All, "none") | (Scope::All, "") => None,
        (Scope::All, d) => Some(
            Slug::parse(d)
                .ok()
                .filter(|s| b.project.partners.iter().any(|p| &p.town == s))
                .ok_or_else(|| bad("delegation", "a partner town, or none"))?,
        ),
    };
    let rows: Vec<[String; 3]> = if blank {
        Vec::new()
    } else {
        let people = state.db.people(ctx.project(), ctx.event.as_str(), delegation.as_ref()).await?;
        people
            .into_iter()
            .filter(|r| !r.anonymised && (delegation.is_some() || r.delegation.is_none()))
            .map(|r| [r.person.name.clone(), r.person.town.clone(), tr.country(r.person.country.as_str())])
            .collect()
    };
    let host = b.town(&ev.host_town);
    let place = host
        .map(|t| format!("{}, {}", crate::view::town_name(tr, t).text, tr.country(t.country.as_str())))
        .unwrap_or_default();
    let who = match (&delegation, blank) {
        (_, true) => tr.get("sheet-walk-ins"),
        (Some(d), _) => tr.with("participants-title-delegation", &[("town", Arg::Str(ctx.town_name(d)))]),
        (None, _) => tr.get("participants-no-delegation"),
    };
    let blank_rows = if blank { 40 } else { 3 };
    let pages = twinning_pdf::pages(rows.len() + blank_rows);
    let funding = b.project.funding.as_ref().map(|f| tr.pick(&f.programme, Some(&b.project.default_lang)).text);
    let sheet = twinning_pdf::SignatureSheet {
        lang: tr.lang().to_owned(),
        title: tr.pick(&ev.title, Some(&b.project.default_lang)).text,
        subtitle: format!("{} · {place}", tr.date_range(ev.start_date, ev.end_date)),
        heading: format!("{} — {who}", tr.day_heading(day)),
        footer: match funding {
            Some(f) => format!("{} — {f} — {}", b.project.acronym, tr.get("sheet-footer")),
            None => format!("{} — {}", b.project.acronym, tr.get("sheet-footer")),
        },
        columns: [
            tr.get("sheet-number"),
            tr.get("field-name"),
            tr.get("venue-town"),
            tr.get("town-country"),
            tr.get("sheet-signature"),
        ],
        rows,
        blank_rows,
        page_labels: (1..=pages)
            .map(|n| tr.with("sheet-page", &[("n", Arg::Num(n as i64)), ("total", Arg::Num(pages as i64))]))
            .collect(),
    };
    let pdf = state.heavy.run(move || twinning_pdf::signature_sheet(&sheet)).await?.map_err(|_| Problem::internal())?;
    let name = match (&delegation, blank) {
        (_, true) => format!("{}-{day}-blank-signature-sheet.pdf", file_stem(&ctx)),
        (Some(d), _) => format!("{}-{day}-{d}-signature-sheet.pdf", ctx.project()),
        (None, _) => format!("{}-{day}-signature-sheet.pdf", file_stem(&ctx)),
    };
    let mut res = download("application/pdf", name, pdf);
    // Opened in the browser to print, rather than saved.
    if let Ok(v) = HeaderValue::from_str(&res.headers()[header::CONTENT_DISPOSITION].to_str().unwrap_or("").replacen(
        "attachment",
        "inline",
        1,
    )) {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}
