//! The one place a page error becomes a page. Handlers, extractors and guards answer a
//! [`PageError`](crate::error::PageError): its status, its [`Problem`] in the response's
//! extensions and no body. [`render`], a middleware, writes `error.html` for it in the
//! visitor's language, chosen from the request the way every page chooses it (`?lang=`, the
//! cookie, Accept-Language), then the default language of the project the handler loaded, if
//! it loaded one, then English. API errors are JSON and never come here.

use axum::body::Body;
use axum::http::{HeaderValue, Request, header};
use axum::response::{IntoResponse, Response};

use crate::error::{PageProblem, Problem, ProblemArgs};
use crate::extract::{ProjectLang, lang_prefs};
use crate::i18n::{Arg, Tr};
use crate::layout::Layout;

#[derive(askama::Template)]
#[template(path = "error.html")]
struct ErrorPage {
    l: Layout,
    heading: String,
    explanation: String,
    /// The limit the request went over, when the problem is one.
    limit: Option<String>,
    field: Option<String>,
}

/// Renders the page of any response that carries a [`PageProblem`]; passes others through.
pub async fn render(req: Request<Body>, next: axum::middleware::Next) -> Response {
    let (mut parts, body) = req.into_parts();
    // A malformed `?lang=` is itself the error to show; it reads in English.
    let prefs = lang_prefs(&parts).ok();
    // What this address accepts, for a "too much data" page that a handler did not detail.
    let body_mib = crate::body_limit(&parts.method, parts.uri.path()).div_ceil(1024 * 1024) as i64;
    let project_lang = ProjectLang::default();
    parts.extensions.insert(project_lang.clone());
    let res = next.run(Request::from_parts(parts, body)).await;
    let Some(PageProblem(problem)) = res.extensions().get::<PageProblem>().cloned() else {
        return res;
    };
    let tr = match prefs {
        Some(p) => p.tr(project_lang.get().as_ref()),
        None => Tr::new("en"),
    };
    let args = res
        .extensions()
        .get::<ProblemArgs>()
        .cloned()
        .or_else(|| (problem.key == "request.too_large").then(|| ProblemArgs(vec![("mib", body_mib)])));
    let (mut parts, _) = res.into_parts();
    parts.extensions.remove::<PageProblem>();
    parts.headers.remove(header::CONTENT_LENGTH);
    match page(&problem, args.as_ref(), &tr) {
        Some(html) => {
            parts.headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
            Response::from_parts(parts, Body::from(html))
        }
        None => (parts.status, problem.key).into_response(),
    }
}

/// The error page for `p` in the language of `tr`.
fn page(p: &Problem, args: Option<&ProblemArgs>, tr: &Tr) -> Option<String> {
    // Every "changed meanwhile" reads the same to a person, whatever changed.
    let key = if p.key.ends_with(".changed_meanwhile") { "edit.changed_meanwhile" } else { p.key };
    let message = format!("error-{}", key.replace(['.', '_'], "-"));
    let heading = tr.get(&message);
    let l = Layout::new(tr, heading.clone(), "/".into());
    // "Being prepared" says when it asks again; other problems share their status's explanation.
    let explanation = if p.key == crate::heavy::BUSY {
        tr.with("error-server-busy-help", &[("seconds", Arg::Num(crate::heavy::RETRY_AFTER_SECS as i64))])
    } else {
        tr.get(&format!("error-{}-help", p.status.as_u16()))
    };
    let limit = args.and_then(|a| {
        let args: Vec<(&'static str, Arg)> = a.0.iter().map(|(k, v)| (*k, Arg::Str(tr.integer(*v)))).collect();
        tr.try_with(&format!("{message}-limit"), &args)
    });
    let page = ErrorPage { l, heading, explanation, limit, field: p.field.clone() };
    askama::Template::render(&page).map_err(|e| tracing::error!(error = %e, "error page failed to render")).ok()
}
